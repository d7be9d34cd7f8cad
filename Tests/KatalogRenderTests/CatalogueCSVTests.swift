import Foundation
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// `catalogue.csv`: RFC 4180 with a BOM, one row per product, read back exactly by a strict
/// reader, and no cell that a spreadsheet would run as a formula.
@Suite struct CatalogueCSVTests {
    static func bytes(_ site: Site = ExportFixture.site()) throws -> [UInt8] {
        try ExportFixture.bytes(CatalogueCSV.file(site), path: "catalogue.csv")
    }

    /// The rows as header name → value.
    static func rows(_ site: Site = ExportFixture.site()) throws -> [[String: String]] {
        let bytes = try bytes(site)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = try RFC4180.read(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        let header = try #require(records.first)
        #expect(records.allSatisfy { $0.count == header.count })
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func oneRowPerProductWithItsProducerAndCluster() throws {
        let rows = try Self.rows()
        #expect(rows.map { $0["product_slug"] } == ["daun-kopi", "gorga-katun", "gorga-merah", "kawah-ijen", "ulos"])
        let merah = try #require(rows.first { $0["product_slug"] == "gorga-merah" })
        #expect(merah["product_name"] == "Gorga Merah")
        #expect(merah["product_url"] == "https://katalog.example/sub/products/gorga-merah/")
        #expect(merah["price"] == "1850000")
        #expect(merah["technique"] == "tulis")
        #expect(merah["material"] == ExportFixture.hostile)
        #expect(merah["motifs"] == "Gorga")
        #expect(merah["available"] == "true" && merah["featured"] == "true" && merah["added"] == "2026-07-11")
        #expect(merah["photo_urls"] == "https://katalog.example/sub/products/gorga-merah/depan-720.jpg")
        #expect(merah["producer_name"] == "Sekar Jagad Ibu Siti" && merah["producer_owner"] == "Sari")
        #expect(merah["producer_phone_display"] == "(061) 845-2197")
        #expect(merah["producer_email"] == "a&b@batik.id" && merah["producer_since"] == "2012")
        #expect(merah["cluster_name"] == "Klaster Batik Sumut" && merah["cluster_province"] == "Sumatera Utara")
        #expect(merah["cluster_established"] == "2018" && merah["cluster_city"] == "Medan")
        let ulos = try #require(rows.first { $0["product_slug"] == "ulos" })
        #expect(ulos["price"] == "" && ulos["available"] == "false" && ulos["added"] == "" && ulos["photo_urls"] == "")
        #expect(ulos["producer_whatsapp"] == "" && ulos["cluster_name"] == "Klaster Batik Sumut")
        #expect(try Self.rows().first?.keys.count == CatalogueCSV.columns.count)
    }

    /// A cell that starts with `=`, `+`, `-` or `@` gets an apostrophe, so a spreadsheet shows it
    /// as text instead of running it; list items are joined with `; `.
    @Test func formulasAreDisarmed() throws {
        let merah = try #require(try Self.rows().first { $0["product_slug"] == "gorga-merah" })
        #expect(merah["colors"] == "'" + ExportFixture.formula + "; merah, marun; crème")
        #expect(merah["size"] == "'-2 m x 1 m")
        #expect(merah["producer_phone"] == "'+62618452197")
        #expect(merah["producer_whatsapp"] == "'+6281370254418")
        for (cell, guarded) in [
            ("=1+1", "'=1+1"), ("+62", "'+62"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
            ("\rx", "'\rx"), ("Batik =1", "Batik =1"), ("0812", "0812"), ("", ""), ("'x", "'x"),
        ] {
            #expect(CatalogueCSV.guarded(cell) == guarded)
        }
    }

    /// Every row ends in CRLF, a line break inside a cell is quoted, and nothing else is.
    @Test func rfc4180Layout() throws {
        let text = String(decoding: try Self.bytes().dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.hasPrefix(CatalogueCSV.columns.map(\.name).joined(separator: ",") + "\r\n"))
        #expect(text.contains(",\"Sutra \"\"ATBM\"\", </script>\u{2028}baris\r\nbaru\u{2029} <!-- & é\","))
        #expect(text.contains(",tulis,"))
        #expect(CatalogueCSV.quoted("a\"b") == "\"a\"\"b\"" && CatalogueCSV.quoted("a b") == "a b")
        #expect(CatalogueCSV.quoted("a\nb") == "\"a\nb\"" && CatalogueCSV.quoted("a,b") == "\"a,b\"")
    }

    @Test func relativeAddressesWithoutABaseURL() throws {
        let rows = try Self.rows(ExportFixture.site(ExportFixture.content(base: nil)))
        #expect(rows.first { $0["product_slug"] == "gorga-merah" }?["product_url"] == "products/gorga-merah/")
    }

    @Test func sameBytesEveryBuild() throws {
        #expect(try Self.bytes() == Self.bytes())
    }

    @Test func theTestReaderIsStrict() throws {
        #expect(throws: RFC4180.Failure.self) { try RFC4180.read("a,\"b\"c\r\n") }
        #expect(throws: RFC4180.Failure.self) { try RFC4180.read("a,b\n") }
        #expect(throws: RFC4180.Failure.self) { try RFC4180.read("a,\"b\r\n") }
        #expect(try RFC4180.read("a,\"b,\"\"c\"\"\r\nd\"\r\n,\r\n") == [["a", "b,\"c\"\r\nd"], ["", ""]])
    }
}

/// A strict RFC 4180 reader for the tests: records end in CRLF (the last one too), a field is
/// quoted or holds no quote, CR or LF.
enum RFC4180 {
    struct Failure: Error {}

    static func read(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        while !scalars.isEmpty {
            if scalars.first == "\"" {
                scalars.removeFirst()
                while true {
                    guard let c = scalars.popFirst() else { throw Failure() }
                    if c == "\"" {
                        guard scalars.first == "\"" else { break }
                        scalars.removeFirst()
                    }
                    field.unicodeScalars.append(c)
                }
            } else {
                while let c = scalars.first, c != ",", c != "\r" {
                    guard c != "\"", c != "\n" else { throw Failure() }
                    field.unicodeScalars.append(scalars.removeFirst())
                }
            }
            record.append(field)
            field = ""
            switch scalars.popFirst() {
            case ",": continue
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Failure() }
                records.append(record)
                record = []
            default: throw Failure()
            }
        }
        return records
    }
}
