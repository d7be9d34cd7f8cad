extension Catalog {
    /// Checks every reference (front matter and body links), groups motifs and finds photos. Pure:
    /// no file system. Runs to the end whatever it finds, so one run reports every problem; the
    /// catalogue is made only when neither loading nor resolving found an error.
    ///
    /// A reference to a file that exists but failed to load (or was refused for its name) is not
    /// reported: that file's own error says what to fix.
    package static func resolve(_ content: LoadedContent) -> Resolution {
        var diagnostics = Diagnostics(content.diagnostics)
        let clusters = sortedByName(Array(content.clusters.values), \.name, \.slug)
        let producers = sortedByName(Array(content.producers.values), \.name, \.slug)
        let products = sortedByName(Array(content.products.values), \.name, \.slug)
        let pages = sortedByName(Array(content.pages.values), \.name, \.slug)

        var producersByCluster: [String: [String]] = [:]
        var productsByProducer: [String: [String]] = [:]
        var productsByCluster: [String: [String]] = [:]
        for producer in producers {
            producersByCluster[producer.cluster.value, default: []].append(producer.slug)
        }
        for product in products {
            productsByProducer[product.producer.value, default: []].append(product.slug)
            if let producer = content.producers[product.producer.value] {
                productsByCluster[producer.cluster.value, default: []].append(product.slug)
            }
        }
        let (motifs, motifsByProduct) = groupMotifs(
            products: products, descriptions: content.motifs, into: &diagnostics)
        let motifBySlug = Dictionary(uniqueKeysWithValues: motifs.map { ($0.slug, $0) })

        // Every reference, with one check: does the slug name an entry (or a file that failed)?
        // The suggestions come from the entries in name order, listed only when one is missing.
        let references = References(
            content: content,
            slugs: [
                .cluster: clusters.map(\.slug), .producer: producers.map(\.slug), .product: products.map(\.slug),
                .motif: motifs.map(\.slug), .page: pages.map(\.slug),
            ],
            motifs: motifBySlug)
        for producer in producers {
            if let reason = references.missing(.cluster, producer.cluster.value) {
                diagnostics.error(producer.cluster.location, reason)
            }
        }
        // A product whose producer is unknown is still checked (motifs, photos, body links).
        for product in products {
            if let reason = references.missing(.producer, product.producer.value) {
                diagnostics.error(product.producer.location, reason)
            }
        }
        let bodies =
            clusters.map(\.body) + producers.map(\.body) + products.map(\.body)
            + content.motifs.values.map(\.body) + pages.map(\.body)
        for link in bodies.flatMap(\.links) {
            if let reason = references.missing(link) { diagnostics.error(link.location, reason) }
        }
        let photos = resolvePhotos(content, products: products, into: &diagnostics)
        let logo = content.site?.logo.flatMap { resolveLogo($0, in: content, into: &diagnostics) }
        let facets = Facets.group(
            products: products, producers: content.producers, clusters: clusters,
            limits: content.site?.priceBands ?? SiteConfig.defaultPriceBands, into: &diagnostics)

        guard let site = content.site else {
            if !diagnostics.hasErrors { diagnostics.error(SourceLocation(path: content.sitePath), .siteFileMissing) }
            return .invalid(diagnostics.items)
        }
        guard !diagnostics.hasErrors else { return .invalid(diagnostics.items) }
        let catalog = Catalog(
            site: site, clusters: clusters, producers: producers, products: products, motifs: motifs, pages: pages,
            photos: photos, clusterBySlug: content.clusters, producerBySlug: content.producers,
            productBySlug: content.products, motifBySlug: motifBySlug, pageBySlug: content.pages,
            producersByCluster: producersByCluster, productsByProducer: productsByProducer,
            productsByCluster: productsByCluster, motifsByProduct: motifsByProduct, facets: facets, logo: logo)
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
}

/// Whether a slug names an entry of a kind, and the problem when it does not.
private struct References {
    let content: LoadedContent
    /// The slugs of each kind, in name order: the candidates of "did you mean".
    let slugs: [EntryKind: [String]]
    let motifs: [String: Motif]

    func exists(_ kind: EntryKind, _ slug: String) -> Bool {
        let found: Bool
        switch kind {
        case .cluster: found = content.clusters[slug] != nil
        case .producer: found = content.producers[slug] != nil
        case .product: found = content.products[slug] != nil
        case .motif: found = motifs[slug] != nil
        case .page: found = content.pages[slug] != nil
        }
        return found || content.failed.contains(kind.rawValue + "/" + slug)
    }

    /// A front-matter reference to a missing entry.
    func missing(_ kind: EntryKind, _ slug: String) -> Diagnostic.Reason? {
        guard !exists(kind, slug) else { return nil }
        return .unknownReference(kind: kind, slug: slug, suggestion: Spelling.nearest(to: slug, in: slugs[kind] ?? []))
    }

    /// A body link to a missing entry.
    func missing(_ link: EntryLink) -> Diagnostic.Reason? {
        guard !exists(link.target, link.slug) else { return nil }
        let suggestion = Spelling.nearest(to: link.name, in: slugs[link.target] ?? [])
        return .unknownLinkTarget(target: link.target, name: link.name, suggestion: suggestion)
    }
}
