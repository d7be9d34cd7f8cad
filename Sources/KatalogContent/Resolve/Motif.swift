/// A motif: every product motif name that slugs the same, with its optional description.
package struct Motif: Sendable {
    package var slug: String
    /// The description's name, else the most used spelling.
    package var name: String
    package var description: MotifDescription?
    /// Slugs of the products that name it, in product order.
    package var products: [String]

    package init(slug: String, name: String, description: MotifDescription? = nil, products: [String]) {
        self.slug = slug
        self.name = name
        self.description = description
        self.products = products
    }
}
