import Foundation
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// `catalogue.json`: valid JSON that gives back every field of every entry exactly, hostile text
/// included, with the addresses absolute only when the site has a base URL.
@Suite struct CatalogueJSONTests {
    static func bytes(_ site: Site = ExportFixture.site()) throws -> [UInt8] {
        try ExportFixture.bytes(CatalogueJSON.file(site), path: "catalogue.json")
    }

    static func parse(_ site: Site = ExportFixture.site()) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes(site))) as? [String: Any])
    }

    static func entry(_ json: [String: Any], _ list: String, _ slug: String) throws -> [String: Any] {
        let entries = try #require(json[list] as? [[String: Any]])
        return try #require(entries.first { $0["slug"] as? String == slug })
    }

    /// Written entry by entry (no tree of the whole catalogue), to the same bytes as the whole
    /// value laid out at once; the golden sites hold the layout itself.
    @Test func streamedBytesEqualTheWholeValue() {
        let site = ExportFixture.site()
        #expect(CatalogueJSON.bytes(site) == CatalogueJSON.value(site).prettyBytes)
    }

    @Test func everyFieldOfAProductRoundTrips() throws {
        let json = try Self.parse()
        #expect(json["format"] as? String == "katalog-catalogue")
        #expect(json["version"] as? Int == 1)
        let product = try Self.entry(json, "products", "gorga-merah")
        #expect(product["name"] as? String == "Gorga Merah")
        #expect(product["producer"] as? String == "sinar")
        #expect(product["cluster"] as? String == "sumut")
        #expect(product["motifs"] as? [[String: String]] == [["name": "Gorga", "slug": "gorga"]])
        #expect(product["technique"] as? String == "tulis")
        #expect(product["material"] as? String == ExportFixture.hostile)
        #expect(product["size"] as? String == "-2 m x 1 m")
        #expect(product["price"] as? Int == 1_850_000)
        #expect(product["colors"] as? [String] == [ExportFixture.formula, "merah, marun", "crème"])
        #expect(product["available"] as? Bool == true)
        #expect(product["featured"] as? Bool == true)
        #expect(product["added"] as? String == "2026-07-11")
        #expect(product["url"] as? String == "https://katalog.example/sub/products/gorga-merah/")
        #expect(product["body"] as? String == ExportFixture.markdown)
        let photos = try #require(product["photos"] as? [[String: Any]])
        #expect(photos.count == 1)
        #expect(photos[0]["file"] as? String == "depan.jpg")
        #expect(photos[0]["url"] as? String == "https://katalog.example/sub/products/gorga-merah/depan-720.jpg")
        let files = try #require(photos[0]["files"] as? [[String: Any]])
        #expect(files.count == 9)  // WebP in five widths up to 800 px wide, JPEG in four
        #expect(files.first?["format"] as? String == "webp")
        #expect(files.first?["width"] as? Int == 240 && files.first?["height"] as? Int == 180)
        #expect(files.first?["url"] as? String == "https://katalog.example/sub/products/gorga-merah/depan-240.webp")
        // Absent optional fields are null, lists empty, the body "".
        let ulos = try Self.entry(json, "products", "ulos")
        #expect(ulos["price"] is NSNull && ulos["added"] is NSNull && ulos["material"] is NSNull)
        #expect(ulos["available"] as? Bool == false)
        #expect((ulos["photos"] as? [Any])?.isEmpty == true && ulos["body"] as? String == "")
        // Every member, in the documented order.
        #expect(
            Self.keys(of: "products", in: try Self.bytes()) == [
                "slug", "name", "producer", "cluster", "motifs", "technique", "material", "size", "price", "colors",
                "photos", "available", "featured", "added", "url", "body",
            ])
    }

    @Test func producersClustersMotifsAndPages() throws {
        let json = try Self.parse()
        let site = try #require(json["site"] as? [String: Any])
        #expect(site["title"] as? String == "Katalog <Uji> & \"Co\"")
        #expect(site["base_url"] as? String == ExportFixture.base && site["language"] as? String == "id")
        let producer = try Self.entry(json, "producers", "sinar")
        #expect(producer["name"] as? String == "Sekar Jagad Ibu Siti")
        #expect(producer["cluster"] as? String == "sumut" && producer["owner"] as? String == "Sari")
        #expect(producer["address"] as? String == "Jl. Kenanga No. 3, Medan" && producer["since"] as? Int == 2012)
        let contact = try #require(producer["contact"] as? [String: Any])
        #expect(contact["phone"] as? [String: String] == ["e164": "+62618452197", "display": "(061) 845-2197"])
        #expect(contact["whatsapp"] as? [String: String] == ["e164": "+6281370254418", "display": "0813-7025-4418"])
        #expect(contact["email"] as? String == "a&b@batik.id" && contact["website"] is NSNull)
        let cluster = try Self.entry(json, "clusters", "sumut")
        #expect(cluster["province"] as? String == "Sumatera Utara" && cluster["city"] as? String == "Medan")
        #expect(cluster["established"] as? Int == 2018 && cluster["coordinator"] as? String == "Rosmawati")
        #expect(cluster["province_url"] as? String == "https://katalog.example/sub/provinces/sumatera-utara/")
        let clusterContact = try #require(cluster["contact"] as? [String: Any])
        #expect(clusterContact["phone"] is NSNull && clusterContact["email"] as? String == "sumut@batik.id")
        let motif = try Self.entry(json, "motifs", "gorga")
        #expect(motif["name"] as? String == "Gorga" && motif["origin"] as? String == "Toba")
        #expect((try Self.entry(json, "motifs", "kawah"))["origin"] is NSNull)
        let page = try Self.entry(json, "pages", "cara-pesan")
        #expect(page["name"] as? String == "Cara Pesan" && page["url"] as? String == ExportFixture.base + "cara-pesan/")
    }

    /// Without a base URL, addresses are relative to the site's root, in the link style.
    @Test func relativeAddressesWithoutABaseURL() throws {
        let json = try Self.parse(ExportFixture.site(ExportFixture.content(base: nil), style: .files))
        #expect((json["site"] as? [String: Any])?["base_url"] is NSNull)
        let product = try Self.entry(json, "products", "gorga-merah")
        #expect(product["url"] as? String == "products/gorga-merah/index.html")
        #expect(
            (product["photos"] as? [[String: Any]])?.first?["url"] as? String == "products/gorga-merah/depan-720.jpg")
    }

    /// Nothing a producer writes can end a script the file is pasted into: `<`, `>`, `&`, U+2028
    /// and U+2029 are `\u` escapes, and the file is still plain JSON (parsed above).
    @Test func hostileTextIsEscapedAndTheFileIsUTF8() throws {
        let bytes = try Self.bytes()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Array(text.utf8) == bytes)
        #expect(!text.contains("</script>") && !text.contains("\u{2028}") && !text.contains("\u{2029}"))
        #expect(text.contains(#"Sutra \"ATBM\", \u003c/script\u003e\u2028baris\r\nbaru\u2029"#))
        #expect(text.contains("Sekar Jagad Ibu Siti") && text.contains("crème"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func sameBytesEveryBuild() throws {
        #expect(try Self.bytes() == Self.bytes())
    }

    @Test func prettyLayout() {
        let value = ScriptJSON.object([
            "a": .array([.object(["b": .number(1), "c": .null]), .bool(false)]), "d": .strings(["x"]),
        ])
        #expect(
            String(decoding: value.prettyBytes, as: UTF8.self)
                == "{\n  \"a\": [\n    {\"b\":1,\"c\":null},\n    false\n  ],\n  \"d\": [\"x\"]\n}\n")
    }

    /// The keys of the first object of a top-level list, in the order the file writes them.
    static func keys(of list: String, in bytes: [UInt8]) -> [String] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard let start = lines.firstIndex(of: "  \"\(list)\": [") else { return [] }
        return lines[(start + 2)...].prefix { $0 != "    }," && $0 != "    }" }.compactMap { line in
            line.hasPrefix("      \"") ? String(line.dropFirst(7).prefix { $0 != "\"" }) : nil
        }
    }
}
