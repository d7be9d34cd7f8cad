import KatalogContent
import KatalogImages

/// A photo's published files, for an `<img>` in a `<picture>`: `src`, `width`, `height` (of
/// `src`; the others share its aspect ratio), `alt`, `srcset` (JPEG or PNG) and `webp_srcset`
/// with their widths, `full` (the largest file, for a tap), `colour` (shown while it loads),
/// `loading` (`eager` or `lazy`) and `priority` (true for the one photo a page is about).
package struct PhotoView: TemplateView {
    /// Which of the files a view offers: cards and tiles are small, the product page large.
    package enum Use: Sendable {
        case card, page
    }

    package var src: Text
    package var width: Int
    package var height: Int
    package var alt: Text
    package var srcset: Text
    package var webpSrcset: Text
    package var full: Text
    package var colour: Text
    package var loading: Text
    package var priority: Bool

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("src", src)
        fields.field("width", width)
        fields.field("height", height)
        fields.field("alt", alt)
        fields.field("srcset", srcset)
        fields.field("webp_srcset", webpSrcset)
        fields.field("full", full)
        fields.field("colour", colour)
        fields.field("loading", loading)
        fields.field("priority", priority)
    }

    /// Nil when the photo has no published files.
    package init?(
        _ photo: Photo, of product: Product, index: Int, count: Int, use: Use, eager: Bool = false,
        priority: Bool = false, in page: PageContext
    ) {
        guard let processed = page.photos[photo.sourcePath] else { return nil }
        let cardWidths = ImageRecipe.standard.cardWidths
        func offered(_ format: VariantFormat) -> [ProcessedPhoto.Variant] {
            let all = processed.variants(format)
            guard use == .card else { return all }
            // Cards need no more than the largest card width; a small photo offers what it has.
            let small = all.filter { $0.width <= (cardWidths.last ?? 0) }
            return small.isEmpty ? Array(all.prefix(1)) : small
        }
        let fallback = offered(processed.fallbackFormat)
        let webp = offered(.webp)
        guard let largest = processed.variants(.webp).last ?? fallback.last else { return nil }
        // The `src` for browsers without srcset: the middle size.
        let middle = fallback[fallback.count / 2]
        func list(_ variants: [ProcessedPhoto.Variant]) -> String {
            variants.map { page.links.href(.photo(photo, $0)) + " \($0.width)w" }.joined(separator: ", ")
        }
        src = page.href(.photo(photo, middle))
        width = middle.width
        height = middle.height
        alt = Text(page.words.photoAlt(product.name, index: index, count: count))
        srcset = Text(list(fallback))
        webpSrcset = Text(list(webp))
        full = page.href(.photo(photo, largest))
        colour = Text(processed.colour)
        loading = Text(eager || priority ? "eager" : "lazy")
        self.priority = priority
    }
}
