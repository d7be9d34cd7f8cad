import KatalogContent
import KatalogImages
import KatalogSystem

/// The search index: the files under `search/` that the search script (`assets/search.js`) loads
/// as scripts, never with `fetch`, so that search works from `file://` and under any sub-path. A
/// query loads only what it needs:
///
/// - `meta.js`: the shard names and the names behind the numbers (techniques, price bands,
///   provinces, clusters, motifs), once;
/// - `t-<prefix>.js`: the words starting with `<prefix>` (two letters, longer where a shard would be
///   large), each with the products it is in; and for every one of those products what filters and
///   sorts need (cluster, technique, price band, stock, motifs, price, date), so a query's chips,
///   counts and sort order need no other file;
/// - `r-<n>.js`: what a result card shows, for the products `n*32 ..< (n+1)*32`, only for the
///   results on screen.
///
/// Products are numbered in name order. Every list is built in a fixed order: the index is
/// byte-identical from build to build.
package enum SearchIndex {
    /// Products per record file.
    static let recordsPerFile = 32
    /// A shard holding more word-product pairs than this is split by one more letter.
    static let shardPostings = 6_000
    /// The longest shard prefix.
    static let longestPrefix = 4

    /// The files of the index.
    package static func files(
        _ catalog: Catalog, photos: [String: ProcessedPhoto], words: Words, style: LinkStyle
    ) -> [OutputFile] {
        let table = ProductTable(catalog)
        let postings = Self.postings(catalog, words: words)
        let shards = Self.shards(postings).sorted { $0.key < $1.key }
        // Shards and record files are independent: made on every core, in a fixed order.
        let shardFiles = shards.parallelMap { name, tokens in
            file("t-" + name, shard(tokens.sorted(), postings: postings, table: table))
        }
        let starts = Array(stride(from: 0, to: catalog.products.count, by: recordsPerFile))
        let recordFiles = starts.parallelMap { start in
            let products = catalog.products[start..<min(start + recordsPerFile, catalog.products.count)]
            return file("r-\(start / recordsPerFile)", records(products, in: catalog, photos: photos, words: words))
        }
        let metaFile = file("meta", meta(catalog, words: words, style: style, shards: shards.map(\.key)))
        return shardFiles + [metaFile] + recordFiles
    }

    /// word → [(product, in its name)], products ascending. Producers', clusters' and motifs' names
    /// recur over many products: each text is cut into words once.
    static func postings(_ catalog: Catalog, words: Words) -> [String: [(id: Int, inName: Bool)]] {
        var postings: [String: [(id: Int, inName: Bool)]] = [:]
        var cut: [String: [String]] = [:]
        func wordsOf(_ text: String) -> [String] {
            if let known = cut[text] { return known }
            let found = SearchText.words(text)
            cut[text] = found
            return found
        }
        for (id, product) in catalog.products.enumerated() {
            var found: [String: Bool] = [:]
            for word in SearchText.words(product.name) { found[word] = true }
            for text in searchable(product, in: catalog, words: words) {
                for word in wordsOf(text) where found[word] == nil { found[word] = false }
            }
            // Each word's list grows in product order, whatever order `found` gives.
            for (word, inName) in found { postings[word, default: []].append((id, inName)) }
        }
        return postings
    }

    /// What a product is found by besides its name.
    static func searchable(_ product: Product, in catalog: Catalog, words: Words) -> [String] {
        let producer = catalog.producer(of: product)
        let cluster = catalog.cluster(of: producer)
        var texts = [producer.name, cluster.name, cluster.city ?? "", cluster.province]
        texts += catalog.motifs(of: product).map(\.name)
        texts += product.colors
        texts.append(product.material ?? "")
        if let technique = product.technique { texts += [technique.rawValue, words.technique(technique)] }
        return texts
    }

    /// Words grouped by prefix: two letters, or longer for groups with many postings. A word shorter
    /// than a split group's longer prefixes stays in the group's own shard.
    static func shards(_ postings: [String: [(id: Int, inName: Bool)]]) -> [String: [String]] {
        var shards: [String: [String]] = [:]
        func place(_ words: [String], prefix length: Int) {
            let groups = Dictionary(grouping: words) { String($0.prefix(length)) }
            for (prefix, group) in groups {
                let size = group.reduce(0) { $0 + postings[$1]!.count }
                let longer = group.filter { $0.count > length }
                if size > shardPostings, length < longestPrefix, !longer.isEmpty {
                    let own = group.filter { $0.count <= length }
                    if !own.isEmpty { shards[prefix, default: []] += own }
                    place(longer, prefix: length + 1)
                } else {
                    shards[prefix, default: []] += group
                }
            }
        }
        place(Array(postings.keys), prefix: 2)
        return shards
    }

    /// One shard: its products (`ids`) with their filter and sort values, its words, and each
    /// word's postings as (row − previous row) × 2 + (1 if in the product's name).
    static func shard(
        _ tokens: [String], postings: [String: [(id: Int, inName: Bool)]], table: ProductTable
    ) -> ScriptJSON {
        let ids = Set(tokens.flatMap { postings[$0]!.map(\.id) }).sorted()
        let row = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let lists = tokens.map { token -> String in
            var previous = 0
            return Varint.encode(
                postings[token]!.map { posting in
                    let current = row[posting.id]!
                    defer { previous = current }
                    return (current - previous) * 2 + (posting.inName ? 1 : 0)
                })
        }
        return .object([
            "added": .string(Varint.encode(ids.map { table.added[$0] })),
            "cluster": .string(Varint.encode(ids.map { table.cluster[$0] })),
            "flags": .string(Varint.encode(ids.map { table.flags[$0] })),
            "ids": .string(Varint.encodeAscending(ids)),
            "motifs": .string(Varint.encode(ids.flatMap { [table.motifs[$0].count] + table.motifs[$0] })),
            "postings": .strings(lists),
            "price": .string(Varint.encode(ids.map { table.price[$0] })),
            "words": .strings(tokens),
        ])
    }

    /// Names behind the numbers, and how to make addresses.
    static func meta(_ catalog: Catalog, words: Words, style: LinkStyle, shards: [String]) -> ScriptJSON {
        let facets = catalog.facets
        let provinceIndex = Dictionary(uniqueKeysWithValues: facets.provinces.enumerated().map { ($1.slug, $0) })
        return .object([
            "bandSlugs": .strings(facets.bands.map(\.slug)),
            "bands": .strings(facets.bands.map { words.priceBand($0) }),
            "clusterProvince": .numbers(
                catalog.clusters.map { cluster in
                    facets.provinceOfCluster[cluster.slug].flatMap { provinceIndex[$0] } ?? -1
                }),
            "clusterSlugs": .strings(catalog.clusters.map(\.slug)),
            "clusters": .strings(catalog.clusters.map(\.name)),
            "language": .string(catalog.site.language.rawValue),
            "motifSlugs": .strings(catalog.motifs.map(\.slug)),
            "motifs": .strings(catalog.motifs.map(\.name)),
            "perFile": .number(recordsPerFile),
            "products": .number(catalog.products.count),
            "provinceSlugs": .strings(facets.provinces.map(\.slug)),
            "provinces": .strings(facets.provinces.map(\.name)),
            "shards": .strings(shards),
            "style": .string(style.rawValue),
            "techniqueSlugs": .strings([""] + Technique.allCases.map(\.rawValue)),
            "techniques": .strings([""] + Technique.allCases.map { words.technique($0) }),
            "version": .number(1),
        ])
    }

    /// What a result card shows: `[slug, name, price (0: on request), producer, city, technique,
    /// photo ([path, width, height] or 0), available (1 or 0)]`.
    /// The file a search result shows: the WebP a card shows on a phone at 2x.
    static func cardFile(of photo: ProcessedPhoto) -> ProcessedPhoto.Variant? {
        let webp = photo.variants(.webp)
        return webp.last { $0.width <= 360 } ?? webp.first
    }

    static func records(
        _ products: ArraySlice<Product>, in catalog: Catalog, photos: [String: ProcessedPhoto], words: Words
    ) -> ScriptJSON {
        let techniques = Technique.allCases
        return .array(
            products.map { product in
                let producer = catalog.producer(of: product)
                let photo: ScriptJSON =
                    catalog.photos[product.slug]?.first.flatMap { photo in
                        photos[photo.sourcePath].flatMap { Self.cardFile(of: $0) }.map { variant in
                            .array([
                                .string(URLEncoding.path(Route.photo(photo, variant).path)), .number(variant.width),
                                .number(variant.height),
                            ])
                        }
                    } ?? .number(0)
                return .array([
                    .string(product.slug), .string(product.name), .number(product.price ?? 0), .string(producer.name),
                    .string(catalog.cluster(of: producer).city ?? ""),
                    .number(product.technique.map { techniques.firstIndex(of: $0)! + 1 } ?? 0), photo,
                    .number(product.available ? 1 : 0),
                ])
            })
    }

    /// `katalogSearch.add("<name>", <data>)`: a script that hands its data to the search script.
    static func file(_ name: String, _ data: ScriptJSON) -> OutputFile {
        var script = Array("katalogSearch.add(\"\(name)\",".utf8)
        data.write(into: &script)
        script += ");\n".utf8
        return OutputFile(route: .searchData(name), content: .bytes(script))
    }
}

/// Each product's filter and sort values, by product number.
struct ProductTable {
    var cluster: [Int] = []
    /// technique (0: none, 1…) + 6 × (price band + bands × in stock).
    var flags: [Int] = []
    /// Whole rupiah, 0 for price on request.
    var price: [Int] = []
    /// Days since 1900-01-01 plus one, 0 for no date.
    var added: [Int] = []
    var motifs: [[Int]] = []

    init(_ catalog: Catalog) {
        let clusterIndex = Dictionary(uniqueKeysWithValues: catalog.clusters.enumerated().map { ($1.slug, $0) })
        let motifIndex = Dictionary(uniqueKeysWithValues: catalog.motifs.enumerated().map { ($1.slug, $0) })
        let bands = catalog.facets.bands
        for product in catalog.products {
            let producer = catalog.producer(of: product)
            cluster.append(clusterIndex[producer.cluster.value]!)
            let technique = product.technique.map { Technique.allCases.firstIndex(of: $0)! + 1 } ?? 0
            let band = bands.firstIndex { $0.contains(product.price) }!
            flags.append(technique + 6 * (band + bands.count * (product.available ? 1 : 0)))
            price.append(product.price ?? 0)
            added.append(product.added.map { $0.ordinal + 1 } ?? 0)
            motifs.append((catalog.motifsByProduct[product.slug] ?? []).map { motifIndex[$0]! })
        }
    }
}
