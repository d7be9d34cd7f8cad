import KatalogContent
import KatalogImages

/// A product in a list: `partials/product-card`.
package struct ProductCard: TemplateView {
    package var name: Text
    package var url: Text
    package var price: Text
    package var hasPrice: Bool
    package var soldOut: Bool
    package var producerName: Text
    /// The producer's cluster's city.
    package var city: Text?
    /// The technique as buyers know it.
    package var technique: Text?
    /// The first photo.
    package var photo: PhotoView?

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("name", name)
        fields.field("url", url)
        fields.field("price", price)
        fields.field("has_price", hasPrice)
        fields.field("sold_out", soldOut)
        fields.field("producer_name", producerName)
        fields.field("city", city)
        fields.field("technique", technique)
        fields.field("photo", photo)
    }

    /// How many cards of a list load their photo at once rather than when scrolled to: the
    /// first row on a wide screen, the first two on a phone (two columns); the rest are lazy.
    package static let eagerCount = 4

    package init(_ product: Product, eager: Bool = false, in page: PageContext) {
        name = Text(product.name)
        url = page.href(.product(product.slug))
        price = Text(page.words.price(product.price))
        hasPrice = product.price != nil
        soldOut = !product.available
        let producer = page.catalog.producer(of: product)
        producerName = Text(producer.name)
        city = page.catalog.cluster(of: producer).city.map(Text.init)
        technique = product.technique.map { Text(page.words.technique($0)) }
        photo = page.catalog.photos[product.slug]?.first.flatMap {
            PhotoView($0, of: product, index: 1, count: 1, use: .card, eager: eager, in: page)
        }
    }
}
