import KatalogContent
import KatalogImages

/// `products/<slug>/`: a product sheet (`product`, subject `product`: the product card with
/// `photos`, `facts`, `motifs`, `producer`, `body`).
package enum ProductPage: PageKind {
    package static let template = "product"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.products.map { .product($0.slug) } }

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
        let card = ProductCard(product, in: context)
        let producerCard = ProducerCard(
            producer, chat: .product(name: product.name, price: product.price), chatPage: context.route, in: context)
        let view = Subject(
            card: card,
            // The first photo is what the buyer came for: fetched first, at high priority.
            photos: photos.enumerated().compactMap {
                PhotoView(
                    $1, of: product, index: $0 + 1, count: photos.count, use: .page, priority: $0 == 0, in: context)
            },
            facts: facts,
            motifs: catalog.motifs(of: product).map { NamedLink($0.name, .motif($0.slug), in: context) },
            producer: producerCard,
            body: product.body.isEmpty ? nil : context.html(product.body),
            bar: ChatBar(price: card.price, contact: producerCard.contact))
        // Price, technique and place first: a preview or a search result cuts the end.
        let summary = [words.price(product.price), product.technique.map { words.technique($0) }, cluster.place]
            .compactMap { $0 }.joined(separator: " · ")
        let images = photos.compactMap { photo in
            context.photos[photo.sourcePath].flatMap(PreviewView.Image.variant).flatMap {
                context.absoluteURL(.photo(photo, $0))
            }
        }
        return PageView(
            template: template, title: product.name,
            description: "\(summary). \(Words.shortened(product.name, limit: 100)) \(words[.by]) \(producer.name)",
            crumbs: [(words[.products], .products()), (product.name, nil)], subject: ("product", view),
            kind: .product, price: product.price, previewProducts: [product.slug],
            schema: [StructuredData.product(product, images: images, in: context)], in: context)
    }

    /// `product`: every key of the product card, and `photos`, `facts`, `motifs`, `producer`, `body`,
    /// `bar` (the chat bar a phone keeps at the bottom of the screen, or false without a number).
    package struct Subject: TemplateView {
        package var card: ProductCard
        package var photos: [PhotoView]
        package var facts: [Fact]
        package var motifs: [NamedLink]
        /// The producer's card; its WhatsApp message names the product.
        package var producer: ProducerCard
        package var body: Text?
        package var bar: ChatBar?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            card.fields(&fields)
            fields.field("photos", photos)
            fields.field("facts", facts)
            fields.field("motifs", motifs)
            fields.field("producer", producer)
            fields.field("body", body)
            fields.field("bar", bar)
        }
    }

    /// `bar`: `price`, and `whatsapp` and `call` (each an `href`, or false); `call_class` is the
    /// call button's classes, `button` when it takes WhatsApp's place, `button secondary` beside it.
    package struct ChatBar: TemplateView {
        package var price: Text
        package var whatsapp: Text?
        package var call: Text?
        package var callClass: Text

        init?(price: Text, contact: ContactView) {
            guard contact.whatsapp != nil || contact.phone != nil else { return nil }
            self.price = price
            whatsapp = contact.whatsapp?.href
            call = contact.phone?.href
            callClass = Text(whatsapp == nil ? "button" : "button secondary")
        }

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("price", price)
            fields.field("whatsapp", whatsapp)
            fields.field("call", call)
            fields.field("call_class", callClass)
        }
    }
}
