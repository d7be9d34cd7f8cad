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

    /// The prefilled WhatsApp message, naming what the buyer is asking about.
    package func whatsAppMessage(about subject: String, site: String) -> String {
        language == .id
            ? "Halo, saya melihat \(subject) di \(site). Apakah masih tersedia?"
            : "Hello, I saw \(subject) on \(site). Is it still available?"
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
