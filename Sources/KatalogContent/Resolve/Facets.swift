/// The ways buyers browse a catalogue besides clusters and motifs: technique, price band,
/// province, what is in stock, and what is newest. Each list holds product slugs in name order
/// (newest: by `added`, newest first, then by name).
package struct Facets: Sendable {
    package let bands: [PriceBand]
    package let productsByTechnique: [Technique: [String]]
    package let productsByBand: [PriceBand: [String]]
    /// By name.
    package let provinces: [Province]
    package let productsByProvince: [String: [String]]
    package let provinceOfCluster: [String: String]
    package let inStock: [String]
    /// Dated products newest first, then the undated, each by name.
    package let newest: [String]

    /// Groups `products` (in name order) whose producers and clusters exist.
    package static func group(
        products: [Product], producers: [String: Producer], clusters: [Cluster], limits: [Int],
        into diagnostics: inout Diagnostics
    ) -> Facets {
        let bands = PriceBand.bands(limits: limits)
        var byTechnique: [Technique: [String]] = [:]
        var byBand: [PriceBand: [String]] = [:]
        var inStock: [String] = []
        for product in products {
            if let technique = product.technique { byTechnique[technique, default: []].append(product.slug) }
            if let band = bands.first(where: { $0.contains(product.price) }) {
                byBand[band, default: []].append(product.slug)
            }
            if product.available { inStock.append(product.slug) }
        }

        // Provinces as the clusters write them, grouped by slug like motifs.
        var spellings: [String: [String: Int]] = [:]
        var provinceOfCluster: [String: String] = [:]
        for cluster in clusters {
            let slug = Slug.make(cluster.province)
            guard !slug.isEmpty else {
                diagnostics.error(SourceLocation(path: cluster.body.path), .provinceNameEmpty(name: cluster.province))
                continue
            }
            spellings[slug, default: [:]][cluster.province, default: 0] += 1
            provinceOfCluster[cluster.slug] = slug
        }
        let provinces = Catalog.sortedByName(
            spellings.map { slug, counts in
                Province(slug: slug, name: Self.mostUsed(counts))
            }, \.name, \.slug)
        var byProvince: [String: [String]] = [:]
        for product in products {
            guard let producer = producers[product.producer.value],
                let province = provinceOfCluster[producer.cluster.value]
            else { continue }
            byProvince[province, default: []].append(product.slug)
        }

        // Newest first; the undated after them, in name order (a stable sort keeps it).
        let newest = products.enumerated().sorted { a, b in
            switch (a.element.added, b.element.added) {
            case (let x?, let y?) where x != y: x > y
            case (.some, nil): true
            case (nil, .some): false
            default: a.offset < b.offset
            }
        }.map(\.element.slug)

        return Facets(
            bands: bands, productsByTechnique: byTechnique, productsByBand: byBand, provinces: provinces,
            productsByProvince: byProvince, provinceOfCluster: provinceOfCluster, inStock: inStock, newest: newest)
    }

    /// The spelling used most; a tie goes to the one that sorts first by code point.
    static func mostUsed(_ counts: [String: Int]) -> String {
        counts.max { a, b in
            a.value != b.value
                ? a.value < b.value : b.key.unicodeScalars.lexicographicallyPrecedes(a.key.unicodeScalars)
        }!.key
    }

    /// The band a price falls in.
    package func band(of price: Int?) -> PriceBand { bands.first { $0.contains(price) }! }
}
