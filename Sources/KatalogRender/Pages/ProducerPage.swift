import KatalogContent

/// `producers/<slug>/`, `producers/<slug>/page/N/`: a producer, how to reach them, and their
/// products (`producer`, subject `producer`: the producer card with `facts`, `body`, `products`,
/// `count`, `pager`).
package enum ProducerPage: PageKind {
    package static let template = "producer"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.producers.flatMap { producer in
            let count = catalog.productsByProducer[producer.slug]?.count ?? 0
            return (1...Pagination(count: count, size: catalog.site.pageSize).pages).map {
                Route.producer(producer.slug, page: $0)
            }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .producer(let slug, let page) = context.route, let producer = context.catalog.producerBySlug[slug]
        else { preconditionFailure("not a producer page: \(context.route)") }
        let cluster = context.catalog.cluster(of: producer)
        let slugs = context.catalog.productsByProducer[slug] ?? []
        let (items, pager) = context.page(of: slugs, size: context.catalog.site.pageSize) { .producer(slug, page: $0) }
        var facts = [Fact(.cluster, cluster.name, url: .cluster(cluster.slug), in: context)]
        if let owner = producer.owner { facts.append(Fact(.owner, owner, in: context)) }
        if let address = producer.address { facts.append(Fact(.address, address, in: context)) }
        if let since = producer.since { facts.append(Fact(.since, String(since), in: context)) }
        let first = page <= 1
        let view = Subject(
            card: ProducerCard(producer, chatPage: .producer(slug), in: context), facts: first ? facts : [],
            body: first && !producer.body.isEmpty ? context.html(producer.body) : nil, products: context.cards(items),
            count: Text(context.words.number(slugs.count)), pager: pager)
        let place = [cluster.name, cluster.city, cluster.province].compactMap { $0 }.joined(separator: ", ")
        let words = context.words
        let image = context.previewImage(ofProducts: slugs)
        return PageView(
            template: template, title: words.title(producer.name, page: page),
            description: "\(producer.name) · \(place) · \(words.number(slugs.count)) \(words[.products])",
            pager: pager, crumbs: [(words[.producers], .producers()), (producer.name, nil)],
            subject: ("producer", view), image: image, listed: PageView.Listed(products: items, total: slugs.count),
            schema: [StructuredData.organization(producer, type: "LocalBusiness", image: image?.url, in: context)],
            in: context)
    }

    /// `producer`: every key of the producer card, and `facts`, `body` (on the first page),
    /// `products`, `count`, `pager`.
    package struct Subject: TemplateView {
        package var card: ProducerCard
        package var facts: [Fact]
        package var body: Text?
        package var products: [ProductCard]
        package var count: Text
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            card.fields(&fields)
            fields.field("facts", facts)
            fields.field("body", body)
            fields.field("products", products)
            fields.field("count", count)
            fields.field("pager", pager)
        }
    }
}
