import KatalogContent
import KatalogImages

/// `products/<slug>/`: a product sheet (`product`, subject `product`: the product card with
/// `photos`, `facts`, `motifs`, `producer`, `body`).
package enum ProductPage: PageKind {
    package static let template = "product"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.products.map { .product($0.slug) } }

    /// The link preview's picture: the largest JPEG (or PNG) file, at most 720 px wide (WhatsApp and
    /// Facebook read JPEG; it stays well under their 300 KB).
    static func previewImage(_ photo: Photo, _ processed: ProcessedPhoto, in context: PageContext) -> Text? {
        processed.variants(processed.fallbackFormat).last.flatMap { context.absolute(.photo(photo, $0)) }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .product(let slug) = context.route, let product = context.catalog.productBySlug[slug] else {
            preconditionFailure("not a product page: \(context.route)")
        }
        let catalog = context.catalog
        let words = context.words
        let producer = catalog.producer(of: product)
        let cluster = catalog.cluster(of: producer)
        let band = catalog.facets.band(of: product.price)
        var facts = [
            Fact(.price, words.price(product.price), url: .priceBand(band.slug), in: context),
            Fact(.availability, words[product.available ? .available : .soldOut], in: context),
            Fact(.producer, producer.name, url: .producer(producer.slug), in: context),
            Fact(.cluster, cluster.name, url: .cluster(cluster.slug), in: context),
        ]
        if let province = context.province(of: cluster) {
            facts.append(Fact(.province, cluster.province, url: province, in: context))
        }
        if let technique = product.technique {
            facts.append(Fact(.technique, words.technique(technique), url: .technique(technique.rawValue), in: context))
        }
        if let material = product.material { facts.append(Fact(.material, material, in: context)) }
        if let size = product.size { facts.append(Fact(.size, size, in: context)) }
        if !product.colors.isEmpty { facts.append(Fact(.colors, product.colors.joined(separator: ", "), in: context)) }
        let photos = catalog.photos[product.slug] ?? []
        let view = Subject(
            card: ProductCard(product, in: context),
            // The first photo is what the buyer came for: fetched first, at high priority.
            photos: photos.enumerated().compactMap {
                PhotoView(
                    $1, of: product, index: $0 + 1, count: photos.count, use: .page, priority: $0 == 0, in: context)
            },
            facts: facts,
            motifs: catalog.motifs(of: product).map { NamedLink($0.name, .motif($0.slug), in: context) },
            producer: ProducerCard(producer, subject: "\(product.name) (\(producer.name))", in: context),
            body: product.body.isEmpty ? nil : context.html(product.body))
        let summary = [
            product.technique.map { words.technique($0) }, words.price(product.price), producer.name, cluster.place,
        ].compactMap { $0 }.joined(separator: " · ")
        return PageView(
            template: template, title: product.name, description: "\(product.name): \(summary)",
            image: photos.first.flatMap { photo in
                context.photos[photo.sourcePath].flatMap { Self.previewImage(photo, $0, in: context) }
            },
            crumbs: [(words[.products], .products()), (product.name, nil)], subject: ("product", view), in: context)
    }

    /// `product`: every key of the product card, and `photos`, `facts`, `motifs`, `producer`, `body`.
    package struct Subject: TemplateView {
        package var card: ProductCard
        package var photos: [PhotoView]
        package var facts: [Fact]
        package var motifs: [NamedLink]
        /// The producer's card; its WhatsApp message names the product.
        package var producer: ProducerCard
        package var body: Text?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            card.fields(&fields)
            fields.field("photos", photos)
            fields.field("facts", facts)
            fields.field("motifs", motifs)
            fields.field("producer", producer)
            fields.field("body", body)
        }
    }
}
