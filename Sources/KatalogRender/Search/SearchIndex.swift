import Foundation
import KatalogContent

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
    package static func files(_ catalog: Catalog, words: Words, style: LinkStyle) -> [OutputFile] {
        let table = ProductTable(catalog)
        // word → [(product, in its name)], products ascending.
        var postings: [String: [(id: Int, inName: Bool)]] = [:]
        for (id, product) in catalog.products.enumerated() {
            var found: [String: Bool] = [:]
            for word in SearchText.words(product.name) { found[word] = true }
            for text in searchable(product, in: catalog, words: words) {
                for word in SearchText.words(text) where found[word] == nil { found[word] = false }
            }
            for (word, inName) in found { postings[word, default: []].append((id, inName)) }
        }
        let shards = Self.shards(postings)
        var files: [OutputFile] = []
        for (name, tokens) in shards.sorted(by: { $0.key < $1.key }) {
            let data = shard(tokens.sorted(), postings: postings, table: table)
            files.append(file("t-" + name, data))
        }
        files.append(file("meta", meta(catalog, words: words, style: style, shards: shards.keys.sorted())))
        for start in stride(from: 0, to: catalog.products.count, by: recordsPerFile) {
            let products = catalog.products[start..<min(start + recordsPerFile, catalog.products.count)]
            files.append(file("r-\(start / recordsPerFile)", records(products, in: catalog, words: words)))
        }
        return files
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
    static func shard(_ tokens: [String], postings: [String: [(id: Int, inName: Bool)]], table: ProductTable) -> String
    {
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
        return json([
            "ids": Varint.encodeAscending(ids),
            "cluster": Varint.encode(ids.map { table.cluster[$0] }),
            "flags": Varint.encode(ids.map { table.flags[$0] }),
            "price": Varint.encode(ids.map { table.price[$0] }),
            "added": Varint.encode(ids.map { table.added[$0] }),
            "motifs": Varint.encode(ids.flatMap { [table.motifs[$0].count] + table.motifs[$0] }),
            "words": tokens,
            "postings": lists,
        ])
    }

    /// Names behind the numbers, and how to make addresses.
    static func meta(_ catalog: Catalog, words: Words, style: LinkStyle, shards: [String]) -> String {
        let facets = catalog.facets
        let provinceIndex = Dictionary(uniqueKeysWithValues: facets.provinces.enumerated().map { ($1.slug, $0) })
        return json([
            "version": 1,
            "products": catalog.products.count,
            "perFile": recordsPerFile,
            "style": style.rawValue,
            "language": catalog.site.language.rawValue,
            "shards": shards,
            "techniques": [""] + Technique.allCases.map { words.technique($0) },
            "techniqueSlugs": [""] + Technique.allCases.map(\.rawValue),
            "bands": facets.bands.map { words.priceBand($0) },
            "bandSlugs": facets.bands.map(\.slug),
            "provinces": facets.provinces.map(\.name),
            "provinceSlugs": facets.provinces.map(\.slug),
            "clusters": catalog.clusters.map(\.name),
            "clusterSlugs": catalog.clusters.map(\.slug),
            "clusterProvince": catalog.clusters.map { cluster in
                facets.provinceOfCluster[cluster.slug].flatMap { provinceIndex[$0] } ?? -1
            },
            "motifs": catalog.motifs.map(\.name),
            "motifSlugs": catalog.motifs.map(\.slug),
        ])
    }

    /// What a result card shows: `[slug, name, price (0: on request), producer, city, technique,
    /// photo ([path, width, height] or 0), available (1 or 0)]`.
    static func records(_ products: ArraySlice<Product>, in catalog: Catalog, words: Words) -> String {
        let techniques = Technique.allCases
        let records: [[Any]] = products.map { product in
            let producer = catalog.producer(of: product)
            let photo: Any =
                catalog.photos[product.slug]?.first.map { photo -> Any in
                    [URLEncoding.path(Route.photo(photo).path), photo.info.width, photo.info.height]
                } ?? 0
            return [
                product.slug, product.name, product.price ?? 0, producer.name,
                catalog.cluster(of: producer).city ?? "",
                product.technique.map { techniques.firstIndex(of: $0)! + 1 } ?? 0, photo, product.available ? 1 : 0,
            ]
        }
        return json(records)
    }

    /// `katalogSearch.add("<name>", <data>)`: a script that hands its data to the search script.
    static func file(_ name: String, _ data: String) -> OutputFile {
        let script = "katalogSearch.add(\"\(name)\"," + data + ");\n"
        return OutputFile(route: .searchData(name), content: .bytes(Array(script.utf8)))
    }

    /// Compact JSON with keys in a fixed order, and `<`, `>`, `&`, U+2028 and U+2029 escaped, so that
    /// no content can end the script or break it.
    static func json(_ value: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        var text = String(decoding: data, as: UTF8.self)
        for (character, escape) in [
            ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"),
        ] where text.contains(character) {
            text = text.replacingOccurrences(of: character, with: escape)
        }
        return text
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
