import KatalogContent

/// A photo: `src`, `width`, `height`, `alt`.
package struct PhotoView: TemplateView {
    package var src: Text
    package var width: Int
    package var height: Int
    package var alt: Text

    package static let keys = ["src", "width", "height", "alt"]

    package func child(named key: String) -> Any? {
        switch key {
        case "src": src
        case "width": width
        case "height": height
        case "alt": alt
        default: nil
        }
    }

    package init(_ photo: Photo, of product: Product, index: Int, count: Int, in page: PageContext) {
        src = page.href(.photo(photo))
        width = photo.info.width
        height = photo.info.height
        alt = Text(page.words.photoAlt(product.name, index: index, count: count))
    }
}
