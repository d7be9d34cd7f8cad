import KatalogContent

/// `clusters/<slug>/`, `clusters/<slug>/page/N/`: a cluster's products, then on the first page its
/// details and producers (`cluster`, subject `cluster`).
package enum ClusterPage: PageKind {
    package static let template = "cluster"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.clusters.flatMap { cluster in
            let count = catalog.productsByCluster[cluster.slug]?.count ?? 0
            return (1...Pagination(count: count, size: catalog.site.pageSize).pages).map {
                Route.cluster(cluster.slug, page: $0)
            }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .cluster(let slug, let page) = context.route, let cluster = context.catalog.clusterBySlug[slug]
        else {
            preconditionFailure("not a cluster page: \(context.route)")
        }
        let producers = context.catalog.producers(in: cluster)
        let slugs = context.catalog.productsByCluster[slug] ?? []
        let (items, pager) = context.page(of: slugs, size: context.catalog.site.pageSize) { .cluster(slug, page: $0) }
        var facts = [Fact(.province, cluster.province, url: context.province(of: cluster), in: context)]
        if let city = cluster.city { facts.append(Fact(.city, city, in: context)) }
        if let year = cluster.established { facts.append(Fact(.established, String(year), in: context)) }
        if let coordinator = cluster.coordinator { facts.append(Fact(.coordinator, coordinator, in: context)) }
        // The details and the producers belong to the first page; the others carry on the list.
        let first = page <= 1
        let view = Subject(
            name: Text(cluster.name), place: Text(cluster.place), facts: first ? facts : [],
            contact: ContactView(
                cluster.contact, chat: .cluster(cluster.name), page: .cluster(cluster.slug), in: context),
            body: first && !cluster.body.isEmpty ? context.html(cluster.body) : nil,
            producers: first ? producers.map { ProducerCard($0, in: context) } : [],
            products: context.cards(items), count: Text(context.words.number(slugs.count)), pager: pager)
        let words = context.words
        return PageView(
            template: template, title: words.title(cluster.name, page: page),
            description: "\(cluster.name) · \(cluster.place) · \(words.number(producers.count)) \(words[.producers]) · "
                + "\(words.number(slugs.count)) \(words[.products])",
            pager: pager, crumbs: [(words[.clusters], .clusters()), (cluster.name, nil)], subject: ("cluster", view),
            previewProducts: slugs, listed: PageView.Listed(products: items, total: slugs.count),
            in: context)
    }

    /// `cluster`: `name`, `place`, `facts`, `contact`, `body`, `producers` (on the first page), and
    /// `products`, `count`, `pager`.
    package struct Subject: TemplateView {
        package var name: Text
        package var place: Text
        package var facts: [Fact]
        package var contact: ContactView
        package var body: Text?
        package var producers: [ProducerCard]
        package var products: [ProductCard]
        package var count: Text
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("place", place)
            fields.field("facts", facts)
            fields.field("contact", contact)
            fields.field("body", body)
            fields.field("producers", producers)
            fields.field("products", products)
            fields.field("count", count)
            fields.field("pager", pager)
        }
    }
}
