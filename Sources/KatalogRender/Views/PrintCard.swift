import KatalogContent
import KatalogImages
import KatalogQR
import Mustache

/// A product on a printed sheet (`print-cluster`): `name`, `url` (its page), `price`, `sold_out`,
/// `producer_name`, `photo` (a card's small files, loaded at once so that printing waits for none),
/// `qr` (or false) and `contact` (the number to call or chat with, shown for those who cannot scan;
/// or false).
package struct PrintCard: TemplateView {
    package var name: Text
    package var url: Text
    package var price: Text
    package var soldOut: Bool
    package var producerName: Text
    package var photo: PhotoView?
    package var qr: QRView?
    package var contact: Text?

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("name", name)
        fields.field("url", url)
        fields.field("price", price)
        fields.field("sold_out", soldOut)
        fields.field("producer_name", producerName)
        fields.field("photo", photo)
        fields.field("qr", qr)
        fields.field("contact", contact)
    }

    package init(_ product: Product, in page: PageContext) {
        let words = page.words
        let producer = page.catalog.producer(of: product)
        name = Text(product.name)
        url = page.href(.product(product.slug))
        price = Text(words.price(product.price))
        soldOut = !product.available
        producerName = Text(producer.name)
        photo = page.catalog.photos[product.slug]?.first.flatMap {
            PhotoView($0, of: product, index: 1, count: 1, use: .card, eager: true, in: page)
        }
        let contact = producer.contact
        self.contact =
            contact.whatsapp.map { Text("\(words[.whatsapp]) \($0.display)") }
            ?? contact.phone.map { Text("\(words[.phone]) \($0.display)") }
        qr = QRView.target(of: product, producer: producer, in: page).flatMap { target, purpose in
            QRView(target, purpose: purpose, product: product.name, producer: producer.name, in: page)
        }
    }
}

/// A printed QR code: `svg` (inline, sized by print.css) and `caption` (what scanning it does).
package struct QRView: TemplateView {
    package var svg: QRSVG
    package var caption: Text

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("svg", svg)
        fields.field("caption", caption)
    }

    /// Nil when the text cannot be a QR code (it always can: katalog's links are far shorter than
    /// the 2,331 bytes a code holds).
    init?(_ target: String, purpose: Word, product: String, producer: String, in page: PageContext) {
        guard let svg = QRSVG(target, label: page.words.qrLabel(purpose, product: product, producer: producer)) else {
            return nil
        }
        self.svg = svg
        caption = page.word(purpose)
    }

    /// What a product's printed code opens, and the word that says so: its page's absolute URL when
    /// the site has a base URL (short, so the code stays coarse); else a WhatsApp chat with the
    /// producer with a short message naming the product; else a call to the producer's phone; else
    /// nothing.
    static func target(of product: Product, producer: Producer, in page: PageContext) -> (String, Word)? {
        if let url = page.absoluteURL(.product(product.slug)) { return (url, .printScanPage) }
        if let whatsapp = producer.contact.whatsapp {
            let message = page.words.printMessage(about: product.name)
            return (Formatting.whatsAppHref(whatsapp, message: message), .printScanWhatsApp)
        }
        return producer.contact.phone.map { (Formatting.telHref($0), .printScanCall) }
    }
}

/// A QR code's inline SVG, made when the page is rendered: a page's fingerprint needs only the
/// text and the label (the code follows from them), so a rebuild that keeps a printed page does
/// not encode its 96 codes again.
package struct QRSVG: TemplateValue, MustacheCustomRenderable, CustomStringConvertible {
    package let target: String
    package let label: String

    /// Nil when the text cannot be a QR code: empty, with a NUL, or longer than the 2,331 bytes
    /// a code holds at medium correction (katalog's links are far shorter).
    init?(_ target: String, label: String) {
        guard !target.isEmpty, !target.utf8.contains(0), target.utf8.count <= 2331 else { return nil }
        self.target = target
        self.label = label
    }

    package func digest(into digest: inout Fingerprint.Builder) {
        digest.add(byte: 9)
        digest.add(target)
        digest.add(label)
    }

    /// The SVG; `Text(qrCode:label:)` escapes the label.
    package var html: String { QRCode(text: target).map { Text(qrCode: $0, label: label).html } ?? "" }
    package var renderText: String { html }
    package var isNull: Bool { false }
    package var description: String { html }
}
