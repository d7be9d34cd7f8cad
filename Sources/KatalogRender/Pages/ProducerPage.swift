import KatalogContent

/// `producers/<slug>/`: a producer, how to reach them, and their products (`producer`, subject
/// `producer`: the producer card with `facts`, `body`, `products`).
package enum ProducerPage: PageKind {
    package static let template = "producer"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.producers.map { .producer($0.slug) } }

    package static func view(_ context: PageContext) -> PageView {
        guard case .producer(let slug, _) = context.route, let producer = context.catalog.producerBySlug[slug] else {
            preconditionFailure("not a producer page: \(context.route)")
        }
        let cluster = context.catalog.cluster(of: producer)
        let products = context.catalog.products(of: producer)
        var facts = [Fact(.cluster, cluster.name, url: .cluster(cluster.slug), in: context)]
        if let owner = producer.owner { facts.append(Fact(.owner, owner, in: context)) }
        if let address = producer.address { facts.append(Fact(.address, address, in: context)) }
        if let since = producer.since { facts.append(Fact(.since, String(since), in: context)) }
        let view = Subject(
            card: ProducerCard(producer, in: context), facts: facts,
            body: producer.body.isEmpty ? nil : context.html(producer.body),
            products: products.map { ProductCard($0, in: context) })
        let place = [cluster.name, cluster.city, cluster.province].compactMap { $0 }.joined(separator: ", ")
        return PageView(
            template: template, title: producer.name,
            description: "\(producer.name) · \(place) · \(products.count) \(context.words[.products])",
            crumbs: [(context.words[.producers], .producers()), (producer.name, nil)], subject: ("producer", view),
            in: context)
    }

    /// `producer`: every key of the producer card, and `facts`, `body`, `products`.
    package struct Subject: TemplateView {
        package var card: ProducerCard
        package var facts: [Fact]
        package var body: Text?
        package var products: [ProductCard]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            card.fields(&fields)
            fields.field("facts", facts)
            fields.field("body", body)
            fields.field("products", products)
        }
    }
}
