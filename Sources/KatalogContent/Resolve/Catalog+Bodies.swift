extension Catalog {
    /// The same catalogue with the bodies of these entries replaced: what resolving the content
    /// again would give when only their bodies changed (`LoadedFile.differsOnlyInBody`; the
    /// resolver checked the body links, and they are the same). `katalog serve` takes this way
    /// instead of resolving the whole content again. Each entry must already be in the catalogue.
    package func replacingBodies(of entries: [Entry]) -> Catalog {
        var clusters = clusters
        var producers = producers
        var products = products
        var motifs = motifs
        var pages = pages
        func replace<T>(_ list: inout [T], _ value: T, where matches: (T) -> Bool) {
            if let index = list.firstIndex(where: matches) { list[index] = value }
        }
        for entry in entries {
            switch entry {
            case .cluster(let value): replace(&clusters, value) { $0.slug == value.slug }
            case .producer(let value): replace(&producers, value) { $0.slug == value.slug }
            case .product(let value): replace(&products, value) { $0.slug == value.slug }
            case .motif(let value):
                if let index = motifs.firstIndex(where: { $0.slug == value.slug }) {
                    motifs[index].description = value
                }
            case .page(let value): replace(&pages, value) { $0.slug == value.slug }
            }
        }
        return Catalog(
            site: site, clusters: clusters, producers: producers, products: products, motifs: motifs, pages: pages,
            photos: photos, clusterBySlug: Dictionary(uniqueKeysWithValues: clusters.map { ($0.slug, $0) }),
            producerBySlug: Dictionary(uniqueKeysWithValues: producers.map { ($0.slug, $0) }),
            productBySlug: Dictionary(uniqueKeysWithValues: products.map { ($0.slug, $0) }),
            motifBySlug: Dictionary(uniqueKeysWithValues: motifs.map { ($0.slug, $0) }),
            pageBySlug: Dictionary(uniqueKeysWithValues: pages.map { ($0.slug, $0) }),
            producersByCluster: producersByCluster, productsByProducer: productsByProducer,
            productsByCluster: productsByCluster, motifsByProduct: motifsByProduct, facets: facets, logo: logo)
    }
}
