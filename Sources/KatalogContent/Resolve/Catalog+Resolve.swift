extension Catalog {
    /// Checks every reference (front matter and body links), groups motifs and finds photos. Pure:
    /// no file system. Runs to the end whatever it finds, so one run reports every problem; the
    /// catalogue is made only when neither loading nor resolving found an error.
    ///
    /// A reference to a file that exists but failed to decode is not reported: that file's own
    /// errors say what to fix.
    package static func resolve(_ content: LoadedContent) -> Resolution {
        var diagnostics = Diagnostics(content.diagnostics)
        let clusters = sortedByName(Array(content.clusters.values), \.name, \.slug)
        let producers = sortedByName(Array(content.producers.values), \.name, \.slug)
        let products = sortedByName(Array(content.products.values), \.name, \.slug)
        let pages = sortedByName(Array(content.pages.values), \.name, \.slug)

        func check(_ reference: Located<String>, _ kind: EntryKind, exists: Bool, known: () -> [String]) {
            guard !exists, !content.failed.contains(kind.rawValue + "/" + reference.value) else { return }
            let suggestion = Spelling.nearest(to: reference.value, in: known())
            diagnostics.error(
                reference.location, .unknownReference(kind: kind, slug: reference.value, suggestion: suggestion))
        }
        var producersByCluster: [String: [String]] = [:]
        for producer in producers {
            let slug = producer.cluster.value
            check(producer.cluster, .cluster, exists: content.clusters[slug] != nil) { clusters.map(\.slug) }
            producersByCluster[slug, default: []].append(producer.slug)
        }
        var productsByProducer: [String: [String]] = [:]
        var productsByCluster: [String: [String]] = [:]
        for product in products {
            let slug = product.producer.value
            check(product.producer, .producer, exists: content.producers[slug] != nil) { producers.map(\.slug) }
            productsByProducer[slug, default: []].append(product.slug)
            if let producer = content.producers[slug] {
                productsByCluster[producer.cluster.value, default: []].append(product.slug)
            }
        }
        // A product whose producer is unknown is still checked below (motifs, photos, body links).

        let (motifs, motifsByProduct) = groupMotifs(
            products: products, descriptions: content.motifs, into: &diagnostics)
        let motifBySlug = Dictionary(uniqueKeysWithValues: motifs.map { ($0.slug, $0) })
        let photos = resolvePhotos(content, products: products, into: &diagnostics)
        checkBodyLinks(content, motifs: motifBySlug, into: &diagnostics)

        guard !diagnostics.hasErrors, let site = content.site else { return .invalid(diagnostics.items) }
        let catalog = Catalog(
            site: site, clusters: clusters, producers: producers, products: products, motifs: motifs, pages: pages,
            photos: photos, clusterBySlug: content.clusters, producerBySlug: content.producers,
            productBySlug: content.products, motifBySlug: motifBySlug, pageBySlug: content.pages,
            producersByCluster: producersByCluster, productsByProducer: productsByProducer,
            productsByCluster: productsByCluster, motifsByProduct: motifsByProduct)
        return .valid(catalog, warnings: diagnostics.items)
    }

    /// By name, case- and accent-insensitively; equal names by slug, so the order is total.
    /// (`Slug.nameOrder`, with each name folded once rather than at every comparison.)
    static func sortedByName<T>(_ items: [T], _ name: (T) -> String, _ slug: (T) -> String) -> [T] {
        let keyed = items.map { (fold: Slug.fold(name($0)), name: name($0), slug: slug($0), item: $0) }
        return keyed.sorted { a, b in
            a.name == b.name ? a.slug < b.slug : Slug.nameOrder(a.name, folded: a.fold, b.name, folded: b.fold)
        }.map(\.item)
    }

    /// Every body's links to other entries: the same check as front-matter references, reported
    /// at the link.
    private static func checkBodyLinks(
        _ content: LoadedContent, motifs: [String: Motif], into diagnostics: inout Diagnostics
    ) {
        let bodies =
            content.clusters.values.map(\.body) + content.producers.values.map(\.body)
            + content.products.values.map(\.body) + content.motifs.values.map(\.body) + content.pages.values.map(\.body)
        for link in bodies.flatMap(\.links) {
            let known: [String]
            switch link.target {
            case .product: known = Array(content.products.keys)
            case .producer: known = Array(content.producers.keys)
            case .cluster: known = Array(content.clusters.keys)
            case .motif: known = Array(motifs.keys)
            case .page: known = Array(content.pages.keys)
            }
            guard !known.contains(link.slug), !content.failed.contains(link.target.folder + "/" + link.slug) else {
                continue
            }
            let suggestion = Spelling.nearest(to: link.name, in: known.sorted())
            diagnostics.error(
                link.location, .unknownLinkTarget(target: link.target, name: link.name, suggestion: suggestion))
        }
    }
}
