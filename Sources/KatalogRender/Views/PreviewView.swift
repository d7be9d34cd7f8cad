import KatalogContent
import KatalogImages

/// What a shared link shows and what search engines read: `preview`, only when the site has a base
/// URL (every address in it is absolute). `type` (`og:type`: `product` or `website`), `url` (the
/// page's canonical address), `locale` (`id_ID`, `en_US`), `image` (or false), `card` (the Twitter
/// card), `price` (a product's whole rupiah, or false) and `json_ld` (the page's schema.org graph,
/// already safe inside `<script>`).
package struct PreviewView: TemplateView {
    package enum Kind: String, Sendable {
        case website, product
    }

    /// The preview picture: a JPEG WhatsApp and Facebook accept (at least 300 px wide, under
    /// 300 KB): `url`, `width`, `height`, `alt`.
    package struct Image: TemplateView {
        /// Absolute, escaped when shown (JSON-LD takes it as it is).
        package var url: String
        package var width: Int
        package var height: Int
        package var alt: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("url", Text(url))
            fields.field("width", width)
            fields.field("height", height)
            fields.field("alt", alt)
        }

        /// The smallest limits WhatsApp's preview honours.
        static let minimumWidth = 300
        static let maximumBytes = 300_000

        /// The largest JPEG of `processed` within the limits, or nil.
        static func variant(of processed: ProcessedPhoto) -> ProcessedPhoto.Variant? {
            processed.variants(.jpeg).last { $0.width >= minimumWidth && $0.bytes < maximumBytes }
        }
    }

    package var type: Text
    package var url: Text
    package var locale: Text
    package var image: Image?
    package var card: Text
    package var price: Text?
    package var jsonLD: Text

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("type", type)
        fields.field("url", url)
        fields.field("locale", locale)
        fields.field("image", image)
        fields.field("card", card)
        fields.field("price", price)
        fields.field("json_ld", jsonLD)
    }

    init(type: Kind, url: Text, language: Language, image: Image?, price: Int?, jsonLD: Text) {
        self.type = Text(type.rawValue)
        self.url = url
        locale = Text(language == .id ? "id_ID" : "en_US")
        self.image = image
        card = Text(image == nil ? "summary" : "summary_large_image")
        self.price = price.map { Text(String($0)) }
        self.jsonLD = jsonLD
    }
}

extension PageContext {
    /// The preview picture of the first of `products` with a photo that has a suitable JPEG.
    func previewImage<S: Sequence<String>>(ofProducts products: S) -> PreviewView.Image? {
        for slug in products {
            guard let product = catalog.productBySlug[slug] else { continue }
            let photos = catalog.photos[slug] ?? []
            for (index, photo) in photos.enumerated() {
                guard let processed = self.photos[photo.sourcePath],
                    let variant = PreviewView.Image.variant(of: processed),
                    let address = absoluteURL(.photo(photo, variant))
                else { continue }
                return PreviewView.Image(
                    url: address, width: variant.width, height: variant.height,
                    alt: Text(words.photoAlt(product.name, index: index + 1, count: photos.count)))
            }
        }
        return nil
    }
}
