import KatalogContent
import Mustache

/// The theme's words in one language: `{{ui.<key>}}` for templates, `words[.key]` for code.
package struct Words: MustacheParent, TemplateValue {
    package let language: Language
    private let texts: [String: Text]

    private init(_ language: Language) {
        self.language = language
        texts = Dictionary(uniqueKeysWithValues: Word.allCases.map { ($0.rawValue, Text($0.text(language))) })
    }

    private static let indonesian = Words(.id)
    private static let english = Words(.en)

    package static func of(_ language: Language) -> Words { language == .id ? indonesian : english }

    package subscript(_ word: Word) -> String { word.text(language) }

    package func child(named key: String) -> Any? { texts[key] }

    package func digest(into digest: inout Fingerprint.Builder) {
        for word in Word.allCases {
            digest.add(word.rawValue)
            digest.add(word.text(language))
        }
    }

    /// The technique as buyers know it.
    package func technique(_ technique: Technique) -> String {
        switch (technique, language) {
        case (.tulis, .id): "Batik tulis"
        case (.tulis, .en): "Hand-drawn batik (tulis)"
        case (.cap, .id): "Batik cap"
        case (.cap, .en): "Stamped batik (cap)"
        case (.kombinasi, .id): "Batik kombinasi (tulis dan cap)"
        case (.kombinasi, .en): "Combined batik (tulis and cap)"
        case (.printing, .id): "Printing (tekstil motif batik)"
        case (.printing, .en): "Printed batik-pattern textile"
        case (.ecoprint, _): "Ecoprint"
        }
    }

    /// What a prefilled WhatsApp message is about: a product with its price, or a producer or a
    /// cluster, whose products the buyer asks about (not their stock).
    package enum ChatSubject: Sendable {
        case product(name: String, price: Int?)
        case producer(String)
        case cluster(String)
    }

    /// The prefilled WhatsApp message: polite, naming what the buyer asks about (a long name cut at a
    /// word), the price when there is one, and the page's address when the site has a base URL, on
    /// a line of its own at the end, so that WhatsApp shows the page's preview card in the chat.
    package func whatsAppMessage(_ subject: ChatSubject, site: String, url: String?) -> String {
        var message: String
        switch (subject, language) {
        case (.product(let name, let price?), .id):
            message =
                "Halo, saya tertarik dengan \(Self.shortened(name)) seharga \(self.price(price)) di \(site)."
                + " Apakah masih tersedia?"
        case (.product(let name, nil), .id):
            message = "Halo, saya tertarik dengan \(Self.shortened(name)) di \(site). Berapa harganya?"
        case (.product(let name, let price?), .en):
            message =
                "Hello, I am interested in \(Self.shortened(name)) for \(self.price(price)) on \(site)."
                + " Is it still available?"
        case (.product(let name, nil), .en):
            message = "Hello, I am interested in \(Self.shortened(name)) on \(site). What is its price?"
        case (.producer(let name), .id):
            message =
                "Halo \(Self.shortened(name)), saya melihat halaman Anda di \(site) dan ingin bertanya tentang produk Anda."
        case (.producer(let name), .en):
            message =
                "Hello \(Self.shortened(name)), I saw your page on \(site) and would like to ask about your products."
        case (.cluster(let name), .id):
            message =
                "Halo, saya melihat \(Self.shortened(name)) di \(site) dan ingin bertanya tentang produk para perajinnya."
        case (.cluster(let name), .en):
            message =
                "Hello, I saw \(Self.shortened(name)) on \(site) and would like to ask about its producers' products."
        }
        if let url { message += "\n" + url }
        return message
    }

    /// Names in messages stay readable in a chat bubble: past `limit` characters, cut at the last
    /// space before it and ended with `…`.
    package static func shortened(_ name: String, limit: Int = 60) -> String {
        guard name.count > limit else { return name }
        let head = name.prefix(limit - 1)
        // A word that ends where the cut falls is kept whole.
        let wordEnds = name[head.endIndex].isWhitespace
        var cut = wordEnds ? head : head.lastIndex(of: " ").map { head[..<$0] } ?? head
        while let last = cut.last, last.isWhitespace || ",;:-–—·/(".contains(last) { cut = cut.dropLast() }
        return cut + "…"
    }

    /// The WhatsApp message a printed catalogue's QR code starts (without a base URL): short, so the
    /// code stays coarse, naming the product (cut to 40 characters by `shortened`).
    package func printMessage(about product: String) -> String {
        language == .id
            ? "Halo, saya tertarik dengan \(Self.shortened(product, limit: 40))."
            : "Hello, I am interested in \(Self.shortened(product, limit: 40))."
    }

    /// The accessible name of a printed QR code, saying where it leads.
    package func qrLabel(_ target: Word, product: String, producer: String) -> String {
        switch (target, language) {
        case (.printScanWhatsApp, .id): "Kode QR: chat WhatsApp dengan \(producer) tentang \(product)"
        case (.printScanWhatsApp, .en): "QR code: chat on WhatsApp with \(producer) about \(product)"
        case (.printScanCall, .id): "Kode QR: telepon \(producer)"
        case (.printScanCall, .en): "QR code: call \(producer)"
        case (_, .id): "Kode QR: halaman \(product)"
        case (_, .en): "QR code: the page of \(product)"
        }
    }

    /// `Lembar 3 dari 8` / `Sheet 3 of 8`: a printed sheet of a cluster's catalogue.
    package func sheetOf(_ sheet: Int, _ sheets: Int) -> String {
        language == .id ? "Lembar \(sheet) dari \(sheets)" : "Sheet \(sheet) of \(sheets)"
    }

    /// `produk 1–96` / `products 1–96`.
    package func productRange(_ range: Range<Int>) -> String {
        let span = range.count == 1 ? "\(range.lowerBound + 1)" : "\(range.lowerBound + 1)–\(range.upperBound)"
        return (language == .id ? "produk " : "products ") + span
    }

    /// The alternative text of a product's photo `index` of `count`.
    package func photoAlt(_ product: String, index: Int, count: Int) -> String {
        if count == 1 { return language == .id ? "Foto \(product)" : "Photo of \(product)" }
        return language == .id ? "Foto \(product), \(index) dari \(count)" : "Photo of \(product), \(index) of \(count)"
    }

    /// `Halaman 2 dari 17` / `Page 2 of 17`.
    package func pageOf(_ page: Int, _ pages: Int) -> String {
        language == .id ? "Halaman \(page) dari \(pages)" : "Page \(page) of \(pages)"
    }

    /// A page's title with its page number after the first: `Produk, halaman 2`.
    package func title(_ title: String, page: Int) -> String {
        page <= 1 ? title : title + (language == .id ? ", halaman \(page)" : ", page \(page)")
    }

    /// `10.000` (id) or `10,000` (en).
    package func number(_ value: Int) -> String { Formatting.number(value, language: language) }

    /// A price band as buyers read it: `Di bawah Rp100 rb`, `Rp100 rb–250 rb`, `Rp1 jt ke atas`.
    package func priceBand(_ band: PriceBand) -> String {
        if band.onRequest { return self[.priceOnRequest] }
        let short = { Formatting.shortRupiah($0, language: language) }
        switch (band.lower, band.upper, language) {
        case (nil, let upper?, .id): return "Di bawah " + short(upper)
        case (nil, let upper?, .en): return "Under " + short(upper)
        case (let lower?, let upper?, _): return short(lower) + "–" + short(upper).drop { !$0.isNumber }
        case (let lower?, nil, .id): return short(lower) + " ke atas"
        case (let lower?, nil, .en): return short(lower) + " and up"
        default: return self[.allValues]
        }
    }

    /// `Rp450.000` (id) or `IDR 450,000` (en); "Hubungi penjual" without a price.
    package func price(_ amount: Int?) -> String {
        amount.map { Formatting.rupiah($0, language: language) } ?? self[.priceOnRequest]
    }
}
