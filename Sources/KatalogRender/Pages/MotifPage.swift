import KatalogContent

/// `motifs/<slug>/`: a motif, its description and its products (`motif`, subject `motif`).
package enum MotifPage: PageKind {
    package static let template = "motif"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.motifs.map { .motif($0.slug) } }

    package static func view(_ context: PageContext) -> PageView {
        guard case .motif(let slug, _) = context.route, let motif = context.catalog.motifBySlug[slug] else {
            preconditionFailure("not a motif page: \(context.route)")
        }
        // In product order already: the resolver walks products sorted by name.
        let products = context.catalog.products(with: motif)
        let body = motif.description.flatMap { $0.body.isEmpty ? nil : context.html($0.body) }
        let view = Subject(
            name: Text(motif.name), origin: motif.description?.origin.map(Text.init), body: body,
            products: products.map { ProductCard($0, in: context) })
        let words = context.words
        return PageView(
            template: template, title: motif.name,
            description: "\(words[.motif]) \(motif.name) · \(products.count) \(words[.products])",
            crumbs: [(words[.motifs], .motifs()), (motif.name, nil)], subject: ("motif", view), in: context)
    }

    /// `motif`: `name`, `origin`, `body`, `products`.
    package struct Subject: TemplateView {
        package var name: Text
        package var origin: Text?
        package var body: Text?
        package var products: [ProductCard]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("origin", origin)
            fields.field("body", body)
            fields.field("products", products)
        }
    }
}
