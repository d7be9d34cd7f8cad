/// A photo that will be published: where it comes from and where it goes.
public struct Photo: Sendable {
    public var name: String
    public var sourcePath: String
    /// Path inside the output folder: `products/<slug>/<name>` or `images/<name>`.
    public var outputPath: String
    public var info: ImageInfo
}

/// A motif: every product motif name that slugs the same, with its optional description.
public struct Motif: Sendable {
    public var slug: String
    /// The description's name, else the most used spelling.
    public var name: String
    public var description: MotifDescription?
    /// Slugs of the products that name it, in product order.
    public var products: [String]
}

/// The whole catalogue, every reference checked, every list sorted by name.
public struct Catalog: Sendable {
    public var site: SiteConfig
    public var clusters: [Cluster]
    public var producers: [Producer]
    public var products: [Product]
    public var motifs: [Motif]
    public var pages: [Page]
    /// Published photos by product slug, in the order the sheet lists them.
    public var photos: [String: [Photo]]

    public var clusterBySlug: [String: Cluster] = [:]
    public var producerBySlug: [String: Producer] = [:]
    public var productBySlug: [String: Product] = [:]
    public var motifBySlug: [String: Motif] = [:]
    /// Producer slugs by cluster slug, sorted by producer name.
    public var producersByCluster: [String: [String]] = [:]
    /// Product slugs by producer slug, sorted by product name.
    public var productsByProducer: [String: [String]] = [:]
    /// Product slugs by cluster slug, sorted by product name.
    public var productsByCluster: [String: [String]] = [:]
    /// Motif slugs of each product, in the order the sheet lists them.
    public var motifsByProduct: [String: [String]] = [:]

    /// Checks references, groups motifs, resolves photos. Pure: no file system.
    ///
    /// Always returns a catalogue, so that later stages can still report their own problems; it is
    /// fit to publish only when the diagnostics hold no error. A reference to a file that exists but
    /// failed to decode is not reported again: that file's own errors say what to fix.
    public static func resolve(_ content: LoadedContent) -> (Catalog, Diagnostics) {
        var diagnostics = Diagnostics()
        let site = content.site ?? SiteConfig(title: "", description: nil, language: .id, baseURL: nil, currency: "IDR")

        let clusters = sortedByName(content.clusters, \.name, \.slug)
        let producers = sortedByName(content.producers, \.name, \.slug)
        let products = sortedByName(content.products, \.name, \.slug)
        let pages = sortedByName(content.pages, \.name, \.slug)

        var catalog = Catalog(
            site: site, clusters: clusters, producers: producers, products: products, motifs: [], pages: pages,
            photos: [:])
        catalog.clusterBySlug = Dictionary(uniqueKeysWithValues: clusters.map { ($0.slug, $0) })
        catalog.producerBySlug = Dictionary(uniqueKeysWithValues: producers.map { ($0.slug, $0) })
        catalog.productBySlug = Dictionary(uniqueKeysWithValues: products.map { ($0.slug, $0) })

        for producer in producers {
            let ref = producer.cluster
            if catalog.clusterBySlug[ref.value] != nil {
                catalog.producersByCluster[ref.value, default: []].append(producer.slug)
            } else if !content.failed.contains("clusters/" + ref.value) {
                diagnostics.error(
                    ref.location,
                    unknownMessage("cluster", ref.value, folder: "clusters", known: clusters.map(\.slug)))
            }
        }
        for product in products {
            let ref = product.producer
            if let producer = catalog.producerBySlug[ref.value] {
                catalog.productsByProducer[ref.value, default: []].append(product.slug)
                if catalog.clusterBySlug[producer.cluster.value] != nil {
                    catalog.productsByCluster[producer.cluster.value, default: []].append(product.slug)
                }
            } else if !content.failed.contains("producers/" + ref.value) {
                diagnostics.error(
                    ref.location,
                    unknownMessage("producer", ref.value, folder: "producers", known: producers.map(\.slug)))
            }
        }
        // A product whose producer is unknown stays in the catalogue so that its motifs, photos
        // and body are still checked; the error already stops the build.

        catalog.motifs = groupMotifs(products: catalog.products, descriptions: content.motifs, catalog: &catalog, into: &diagnostics)
        catalog.motifBySlug = Dictionary(uniqueKeysWithValues: catalog.motifs.map { ($0.slug, $0) })
        resolvePhotos(content, catalog: &catalog, into: &diagnostics)
        return (catalog, diagnostics)
    }

    /// By name, case- and accent-insensitively; equal names by slug, so the order is total.
    /// (`Slug.nameOrder`, with each name folded once rather than at every comparison.)
    static func sortedByName<T>(_ items: [T], _ name: (T) -> String, _ slug: (T) -> String) -> [T] {
        let keyed = items.map { (fold: Slug.fold(name($0)), name: name($0), slug: slug($0), item: $0) }
        return keyed.sorted { a, b in
            a.name == b.name ? a.slug < b.slug : Slug.nameOrder(a.name, folded: a.fold, b.name, folded: b.fold)
        }.map(\.item)
    }

    static func unknownMessage(_ kind: String, _ slug: String, folder: String, known: [String]) -> String {
        var message = "unknown \(kind) '\(slug)': there is no file \(folder)/\(slug).md"
        if let guess = Spelling.nearest(to: slug, in: known) { message += "; did you mean '\(guess)'?" }
        return message
    }

    private static func groupMotifs(
        products: [Product], descriptions: [MotifDescription], catalog: inout Catalog, into diagnostics: inout Diagnostics
    ) -> [Motif] {
        var spellings: [String: [String: Int]] = [:]
        var productsByMotif: [String: [String]] = [:]
        for product in products {
            var seen: Set<String> = []
            for name in product.motifNames {
                let slug = Slug.make(name.value)
                guard !slug.isEmpty else {
                    diagnostics.error(name.location, "motif name '\(name.value)' has no letters or digits")
                    continue
                }
                guard seen.insert(slug).inserted else {
                    diagnostics.warning(name.location, "motif '\(name.value)' is listed twice on this product")
                    continue
                }
                spellings[slug, default: [:]][name.value, default: 0] += 1
                productsByMotif[slug, default: []].append(product.slug)
                catalog.motifsByProduct[product.slug, default: []].append(slug)
            }
        }
        var descriptionBySlug: [String: MotifDescription] = [:]
        for description in descriptions {
            descriptionBySlug[description.slug] = description
            let nameSlug = Slug.make(description.name.value)
            if nameSlug != description.slug {
                diagnostics.warning(
                    description.name.location,
                    "motif name '\(description.name.value)' would be written '\(nameSlug)' in a link, but this file "
                        + "is \(description.slug).md; products name motifs by the file's slug")
            }
            if productsByMotif[description.slug] == nil {
                diagnostics.warning(
                    SourceLocation(path: description.body.path),
                    "no product names the motif '\(description.name.value)'; its page lists no products")
            }
        }
        var motifs: [Motif] = []
        for slug in Set(spellings.keys).union(descriptionBySlug.keys) {
            let name: String
            if let description = descriptionBySlug[slug] {
                name = description.name.value
            } else {
                // The most used spelling; a tie goes to the one that sorts first by code point.
                let counts = spellings[slug] ?? [:]
                name = counts.max { a, b in
                    a.value != b.value ? a.value < b.value : b.key.unicodeScalars.lexicographicallyPrecedes(a.key.unicodeScalars)
                }!.key
            }
            motifs.append(Motif(slug: slug, name: name, description: descriptionBySlug[slug], products: productsByMotif[slug] ?? []))
        }
        return sortedByName(motifs, \.name, \.slug)
    }

    private static func resolvePhotos(_ content: LoadedContent, catalog: inout Catalog, into diagnostics: inout Diagnostics) {
        var used: [String: Set<String>] = [:]
        for product in catalog.products {
            var photos: [Photo] = []
            var seen: Set<String> = []
            for name in product.photos where Entry.photoNameProblem(name.value) == nil {
                guard seen.insert(name.value).inserted else {
                    diagnostics.warning(name.location, "photo '\(name.value)' is listed twice")
                    continue
                }
                let file: PhotoFile
                let outputPath: String
                if let own = content.productFolders[product.slug]?[name.value] {
                    file = own
                    outputPath = "products/\(product.slug)/\(name.value)"
                    used[product.slug, default: []].insert(name.value)
                } else if let shared = content.sharedImages[name.value] {
                    file = shared
                    outputPath = "images/\(name.value)"
                } else {
                    diagnostics.error(
                        name.location,
                        "photo '\(name.value)' not found: put it in products/\(product.slug)/ or images/")
                    continue
                }
                guard let info = file.info else {
                    diagnostics.error(name.location, "photo '\(name.value)' is not a JPEG, PNG or WebP image")
                    continue
                }
                photos.append(Photo(name: name.value, sourcePath: file.sourcePath, outputPath: outputPath, info: info))
            }
            if !photos.isEmpty { catalog.photos[product.slug] = photos }
        }
        for (slug, files) in content.productFolders.sorted(by: { $0.key < $1.key }) {
            let folder = content.productFolderPaths[slug] ?? slug
            guard catalog.productBySlug[slug] != nil || content.failed.contains("products/" + slug) else {
                diagnostics.warning(
                    SourceLocation(path: folder), "photo folder has no product sheet products/\(slug).md; not published")
                continue
            }
            for name in files.keys.sorted() where !(used[slug]?.contains(name) ?? false) {
                diagnostics.warning(
                    SourceLocation(path: files[name]!.displayPath),
                    "photo is not listed in the sheet's 'photos' and is not published")
            }
        }
    }
}
