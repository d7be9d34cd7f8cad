import KatalogContent

/// A photo: `src`, `width`, `height`, `alt`.
package struct PhotoView: TemplateView {
    package var src: Text
    package var width: Int
    package var height: Int
    package var alt: Text

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("src", src)
        fields.field("width", width)
        fields.field("height", height)
        fields.field("alt", alt)
    }

    package init(_ photo: Photo, of product: Product, index: Int, count: Int, in page: PageContext) {
        src = page.href(.photo(photo))
        width = photo.info.width
        height = photo.info.height
        alt = Text(page.words.photoAlt(product.name, index: index, count: count))
    }
}
