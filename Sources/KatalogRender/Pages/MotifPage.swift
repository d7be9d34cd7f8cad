import KatalogContent

/// `motifs/<slug>/`, `motifs/<slug>/page/N/`: a motif, its description and its products (`motif`,
/// subject `motif`).
package enum MotifPage: PageKind {
    package static let template = "motif"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.motifs.flatMap { motif in
            (1...Pagination(count: motif.products.count, size: catalog.site.pageSize).pages).map {
                Route.motif(motif.slug, page: $0)
            }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .motif(let slug, let page) = context.route, let motif = context.catalog.motifBySlug[slug] else {
            preconditionFailure("not a motif page: \(context.route)")
        }
        // In product order already: the resolver walks products sorted by name.
        let (items, pager) = context.page(of: motif.products, size: context.catalog.site.pageSize) {
            .motif(slug, page: $0)
        }
        let body = page <= 1 ? motif.description.flatMap { $0.body.isEmpty ? nil : context.html($0.body) } : nil
        let view = Subject(
            name: Text(motif.name), origin: motif.description?.origin.map(Text.init), body: body,
            products: context.cards(items), count: Text(context.words.number(motif.products.count)), pager: pager)
        let words = context.words
        return PageView(
            template: template, title: words.title(motif.name, page: page),
            description: "\(words[.motif]) \(motif.name) · \(words.number(motif.products.count)) \(words[.products])",
            pager: pager, crumbs: [(words[.motifs], .motifs()), (motif.name, nil)], subject: ("motif", view),
            previewProducts: Array(items),
            listed: PageView.Listed(products: items, total: motif.products.count), in: context)
    }

    /// `motif`: `name`, `origin`, `body` (on the first page), `products`, `count`, `pager`.
    package struct Subject: TemplateView {
        package var name: Text
        package var origin: Text?
        package var body: Text?
        package var products: [ProductCard]
        package var count: Text
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("origin", origin)
            fields.field("body", body)
            fields.field("products", products)
            fields.field("count", count)
            fields.field("pager", pager)
        }
    }
}
