import KatalogContent

/// `clusters/<slug>/`: a cluster, its producers and its products (`cluster`, subject `cluster`).
package enum ClusterPage: PageKind {
    package static let template = "cluster"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.clusters.map { .cluster($0.slug) } }

    package static func view(_ context: PageContext) -> PageView {
        guard case .cluster(let slug, _) = context.route, let cluster = context.catalog.clusterBySlug[slug] else {
            preconditionFailure("not a cluster page: \(context.route)")
        }
        let producers = context.catalog.producers(in: cluster)
        let products = context.catalog.products(in: cluster)
        var facts = [Fact(.province, cluster.province, in: context)]
        if let city = cluster.city { facts.append(Fact(.city, city, in: context)) }
        if let year = cluster.established { facts.append(Fact(.established, String(year), in: context)) }
        if let coordinator = cluster.coordinator { facts.append(Fact(.coordinator, coordinator, in: context)) }
        let view = Subject(
            name: Text(cluster.name), place: Text(cluster.place), facts: facts,
            contact: ContactView(cluster.contact, subject: cluster.name, in: context),
            body: cluster.body.isEmpty ? nil : context.html(cluster.body),
            producers: producers.map { ProducerCard($0, in: context) },
            products: products.map { ProductCard($0, in: context) })
        let words = context.words
        return PageView(
            template: template, title: cluster.name,
            description: "\(cluster.name) · \(cluster.place) · \(producers.count) \(words[.producers]) · "
                + "\(products.count) \(words[.products])",
            crumbs: [(words[.clusters], .clusters()), (cluster.name, nil)], subject: ("cluster", view), in: context)
    }

    /// `cluster`: `name`, `place`, `facts`, `contact`, `body`, `producers`, `products`.
    package struct Subject: TemplateView {
        package var name: Text
        package var place: Text
        package var facts: [Fact]
        package var contact: ContactView
        package var body: Text?
        package var producers: [ProducerCard]
        package var products: [ProductCard]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("place", place)
            fields.field("facts", facts)
            fields.field("contact", contact)
            fields.field("body", body)
            fields.field("producers", producers)
            fields.field("products", products)
        }
    }
}
