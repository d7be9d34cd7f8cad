/// How the cloth was decorated.
package enum Technique: String, Sendable, CaseIterable, Codable {
    case tulis, cap, kombinasi, printing, ecoprint
}

/// `content/products/<slug>.md`: one product sheet.
package struct Product: Sendable, Equatable {
    package var slug: String
    package var name: String
    /// Slug of the producer, checked by the resolver.
    package var producer: Located<String>
    /// Motif names as written; grouped by slug in the resolver.
    package var motifNames: [Located<String>]
    package var technique: Technique?
    package var material: String?
    package var size: String?
    /// Whole rupiah; nil shows "price on request".
    package var price: Int?
    package var colors: [String]
    /// Bare file names, looked up by the resolver.
    package var photos: [Located<String>]
    package var available: Bool
    package var featured: Bool
    /// When the product joined the catalogue, for "newest"; nil sorts after every dated product.
    package var added: Day?
    package var body: Body

    package init(
        slug: String, name: String, producer: Located<String>, motifNames: [Located<String>] = [],
        technique: Technique? = nil, material: String? = nil, size: String? = nil, price: Int? = nil,
        colors: [String] = [], photos: [Located<String>] = [], available: Bool = true, featured: Bool = false,
        added: Day? = nil, body: Body
    ) {
        self.slug = slug
        self.name = name
        self.producer = producer
        self.motifNames = motifNames
        self.technique = technique
        self.material = material
        self.size = size
        self.price = price
        self.colors = colors
        self.photos = photos
        self.available = available
        self.featured = featured
        self.added = added
        self.body = body
    }
}
