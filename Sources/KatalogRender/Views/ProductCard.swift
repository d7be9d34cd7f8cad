import KatalogContent

/// A product in a list: `partials/product-card`.
package struct ProductCard: TemplateView {
    package var name: Text
    package var url: Text
    package var price: Text
    package var hasPrice: Bool
    package var soldOut: Bool
    package var producerName: Text
    /// The technique as buyers know it.
    package var technique: Text?
    /// The first photo.
    package var photo: PhotoView?

    package static let keys = ["name", "url", "price", "has_price", "sold_out", "producer_name", "technique", "photo"]

    package func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "url": url
        case "price": price
        case "has_price": hasPrice
        case "sold_out": soldOut
        case "producer_name": producerName
        case "technique": technique.orFalse
        case "photo": photo.orFalse
        default: nil
        }
    }

    package init(_ product: Product, in page: PageContext) {
        name = Text(product.name)
        url = page.href(.product(product.slug))
        price = Text(page.words.price(product.price))
        hasPrice = product.price != nil
        soldOut = !product.available
        producerName = Text(page.catalog.producer(of: product).name)
        technique = product.technique.map { Text(page.words.technique($0)) }
        photo = page.catalog.photos[product.slug]?.first.map {
            PhotoView($0, of: product, index: 1, count: 1, in: page)
        }
    }
}
