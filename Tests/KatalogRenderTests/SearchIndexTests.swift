import Foundation
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// The search index is built by katalog, on its own: words as the script cuts them, shards by word
/// prefix, records by product number, the same bytes every build.
@Suite struct SearchIndexTests {
    @Test(arguments: [
        ("Batik Tulis Gorga Merah", ["batik", "tulis", "gorga", "merah"]),
        ("GÖRGA, merah-hitam!", ["gorga", "merah", "hitam"]),
        ("Sékar Jagad 2 m x 1,5 m", ["sekar", "jagad", "2", "1", "5"]),
        ("a b c", []),
        ("", []),
    ])
    func words(text: String, words: [String]) {
        #expect(SearchText.words(text) == words)
    }

    /// Text that could end or break the script comes out escaped, and a JSON parser reads back
    /// exactly what went in.
    @Test func scriptJSONEscapesAndRoundTrips() throws {
        let text = "</script><b>&amp; \"kutip\" \\ baris\nbaru\ttab\u{1}\u{7F} \u{2028}\u{2029} Sékar 🌺"
        let value = ScriptJSON.object(["a": .string(text), "b": .numbers([0, -1, 450_000]), "c": .strings([])])
        let json = String(decoding: value.bytes, as: UTF8.self)
        #expect(
            json == #"{"a":"\u003c/script\u003e\u003cb\u003e\u0026amp; \"kutip\" \\ baris\nbaru\ttab\u0001\u007f "#
                + #"\u2028\u2029 Sékar 🌺","b":[0,-1,450000],"c":[]}"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.bytes)) as? [String: Any])
        #expect(parsed["a"] as? String == text)
        #expect(parsed["b"] as? [Int] == [0, -1, 450_000])
    }

    @Test func numbersRoundTrip() {
        let values = [0, 1, 31, 32, 1023, 1024, 1_850_000, 999_999_999_999]
        #expect(Varint.decode(Varint.encode(values)) == values)
        #expect(Varint.encode([0, 1, 31]) == "01V")
        #expect(Varint.encode([32]).count == 2)
        let ascending = [3, 4, 10, 500]
        #expect(
            Varint.decode(Varint.encodeAscending(ascending)).reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1) }
                == ascending)
    }

    static func index(_ catalog: Catalog = CatalogFixture.catalog()) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: SearchIndex.files(
                catalog, photos: CatalogFixture.photos(catalog), words: Words.of(.id), style: .dirs
            ).map { file in
                guard case .bytes(let bytes) = file.content else { preconditionFailure() }
                return (file.path, String(decoding: bytes, as: UTF8.self))
            })
    }

    /// The JSON inside `katalogSearch.add("name", …);`.
    static func data(_ index: [String: String], _ name: String) throws -> Any {
        let text = try #require(index["search/\(name).js"])
        let prefix = "katalogSearch.add(\"\(name)\","
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        return try JSONSerialization.jsonObject(with: Data(text.dropFirst(prefix.count).dropLast(3).utf8))
    }

    @Test func filesAndShards() throws {
        let index = Self.index()
        #expect(index["search/meta.js"] != nil)
        #expect(index["search/r-0.js"] != nil)
        let meta = try #require(try Self.data(index, "meta") as? [String: Any])
        let shards = try #require(meta["shards"] as? [String])
        #expect(shards.contains("go") && shards.contains("ka") && shards.contains("me"))
        #expect(shards == shards.sorted())
        #expect(Set(index.keys) == Set(["search/meta.js", "search/r-0.js"] + shards.map { "search/t-\($0).js" }))
        #expect(meta["clusters"] as? [String] == ["Klaster Batik Sumut", "Klaster Batik Tamanan"])
        #expect(
            meta["bandSlugs"] as? [String] == [
                "under-100rb", "100rb-250rb", "250rb-500rb", "500rb-1jt", "from-1jt", "on-request",
            ])
    }

    /// `gorga` is in two products: Gorga Katun (number 1 in name order) and Gorga Merah (2), in both
    /// names, with their filter values.
    @Test func aShardHoldsItsWordsProductsAndTheirValues() throws {
        let shard = try #require(try Self.data(Self.index(), "t-go") as? [String: Any])
        let words = try #require(shard["words"] as? [String])
        let ids = Varint.decode(try #require(shard["ids"] as? String)).reduce(into: [Int]()) {
            $0.append(($0.last ?? -0) + $1)
        }
        #expect(ids == [1, 2])
        let gorga = try #require(words.firstIndex(of: "gorga"))
        let postings = Varint.decode(try #require((shard["postings"] as? [String])?[gorga]))
        #expect(postings == [0 * 2 + 1, 1 * 2 + 1])
        #expect(Varint.decode(try #require(shard["price"] as? String)) == [450_000, 1_850_000])
        // Both in Klaster Batik Sumut (0), technique cap (2) and tulis (1), in stock.
        #expect(Varint.decode(try #require(shard["cluster"] as? String)) == [0, 0])
        let flags = Varint.decode(try #require(shard["flags"] as? String))
        #expect(flags.map { $0 % 6 } == [2, 1])
        #expect(flags.map { $0 / 6 % 6 } == [2, 4])
        #expect(flags.map { $0 / 36 } == [1, 1])
    }

    @Test func recordsShowWhatACardShows() throws {
        let records = try #require(try Self.data(Self.index(), "r-0") as? [[Any]])
        #expect(records.count == 5)
        let gorgaMerah = records[2]
        #expect(gorgaMerah[0] as? String == "gorga-merah")
        #expect(gorgaMerah[1] as? String == "Gorga Merah")
        #expect(gorgaMerah[2] as? Int == 1_850_000)
        #expect(gorgaMerah[3] as? String == "Rumah Batik Sinar")
        #expect(gorgaMerah[4] as? String == "Medan")
        #expect((gorgaMerah[6] as? [Any])?.first as? String == "products/gorga-merah/depan-360.webp")
        #expect(records[4][7] as? Int == 0)  // Ulos Printing is sold out
    }

    @Test func sameIndexEveryBuild() {
        #expect(Self.index() == Self.index())
    }

    /// A shard with many postings is split by one more letter; a word as long as the shard's prefix
    /// stays in it.
    @Test func largeShardsAreSplit() {
        var postings: [String: [(id: Int, inName: Bool)]] = [:]
        let many = (0..<(SearchIndex.shardPostings / 2 + 1)).map { (id: $0, inName: true) }
        postings["batik"] = many
        postings["bali"] = many
        postings["ba"] = [(0, true)]
        postings["go"] = [(0, true)]
        let shards = SearchIndex.shards(postings)
        #expect(shards.mapValues { $0.sorted() } == ["ba": ["ba"], "bat": ["batik"], "bal": ["bali"], "go": ["go"]])
    }

    /// Content cannot end the script: the characters that could are escaped inside the JSON.
    @Test func hostileNamesStayInsideTheData() throws {
        var content = CatalogFixture.content()
        content.products["ulos"]?.name = "</script><script>alert(1)</script>\u{2028}&"
        guard case .valid(let catalog, _) = Catalog.resolve(content) else { return }
        let text = try #require(Self.index(catalog)["search/r-0.js"])
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&") && !text.contains("\u{2028}"))
        let records = try #require(try Self.data(Self.index(catalog), "r-0") as? [[Any]])
        #expect(records.contains { $0[1] as? String == "</script><script>alert(1)</script>\u{2028}&" })
    }
}
