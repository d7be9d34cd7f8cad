import Foundation
import KatalogBuild
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The feed and the exports of whole builds: written on every build (the feed only with a base
/// URL and a dated product), never in the sitemap, and hostile text in every field comes back
/// from each exactly, read by an XML parser, a JSON parser and Python's `csv` module.
@Suite struct ExportBuildTests {
    /// The escaping audit's payloads, and what a spreadsheet would run as a formula.
    static let payloads = EscapingAuditTests.payloads + ["=cmd|' /C calc'!A0", "+62 812 1", "-1+1", "@SUM(A1)"]

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(arguments: payloads)
    func hostileTextComesBackFromEveryExport(payload: String) throws {
        var files = EscapingAuditTests.site(payload)
        files["content/products/kain-gorga.md"] = files["content/products/kain-gorga.md"]?
            .replacingOccurrences(of: "price: 450000\n", with: "price: 450000\nadded: 2026-07-11\n")
        let site = try TestSite(files, base: [:])
        try site.write("content/products/kain-gorga/depan.png", BadInput.png)
        let report = site.build()
        #expect(report.errorCount == 0, "\(report.diagnostics.filter { $0.severity == .error })")
        let expected = payload.trimmingCharacters(in: .whitespacesAndNewlines)
        let tree = site.tree()

        // The feed is well-formed XML, the name its entry's title.
        let feed = try #require(tree["feed.xml"])
        let titles = TitleReader()
        let parser = XMLParser(data: feed)
        parser.delegate = titles
        #expect(parser.parse(), "feed.xml is not well-formed for payload \(payload.debugDescription)")
        #expect(titles.titles == [expected, expected])  // the site's title, the entry's

        // The JSON parses and gives back every text as written, the body as its Markdown.
        let data = try #require(tree["catalogue.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let product = try #require((json["products"] as? [[String: Any]])?.first)
        #expect(product["name"] as? String == expected)
        #expect(product["material"] as? String == expected && product["size"] as? String == expected)
        #expect(product["colors"] as? [String] == [expected])
        #expect(product["body"] as? String == payload + "\n\n" + EscapingAuditTests.markdownAttacks)
        #expect((json["producers"] as? [[String: Any]])?.first?["address"] as? String == expected)
        #expect((json["clusters"] as? [[String: Any]])?.first?["coordinator"] as? String == expected)

        // The CSV, read by Python's csv module: the same text, or with an apostrophe in front of
        // what a spreadsheet would run.
        guard let python = Self.python else { return }
        let rows = try Self.readCSV(site.path("public/catalogue.csv"), python: python)
        #expect(rows.count == 2)
        let guarded = "=+-@".contains(expected.first ?? " ") ? "'" + expected : expected
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["product_name"] == guarded && row["material"] == guarded && row["colors"] == guarded)
        #expect(row["producer_name"] == guarded && row["cluster_name"] == guarded)
        #expect(row["producer_phone"] == "'+62617865521" && row["producer_phone_display"] == "(061) 786-5521")
    }

    /// Without a base URL: the exports with relative addresses, no feed, and the note about
    /// base_url; with one but no dated product: the exports, no feed, and the note about `added`.
    @Test func feedOnlyWithABaseURLAndADatedProduct() throws {
        let site = try TestSite([:])
        let report = site.build()
        #expect(site.output("catalogue.json") != nil && site.output("catalogue.csv") != nil)
        #expect(site.output("feed.xml") == nil)
        #expect(report.notes.count == 1 && report.notes[0].hasPrefix("no base_url"))
        #expect(site.output("catalogue.json")?.contains("\"url\": \"products/kain-gorga/\"") == true)

        let based = try TestSite(["content/site.yml": "title: Katalog Uji\nbase_url: https://b.example/\n"])
        let basedReport = based.build()
        #expect(based.output("feed.xml") == nil && based.output("catalogue.csv") != nil)
        #expect(
            basedReport.notes == [
                "no product has an 'added' date (added: 2026-07-11), so there is no feed.xml of new products"
            ])

        try based.write(
            "content/products/kain-gorga.md",
            Data("---\nname: Kain Gorga\nproducer: sinar\nadded: 2026-07-11\n---\nKain tulis.\n".utf8))
        let datedReport = based.build()
        #expect(datedReport.notes == [])
        let feed = try #require(based.output("feed.xml"))
        #expect(feed.contains("<id>https://b.example/products/kain-gorga/</id>"))
        // The feed and the exports are files, not pages: not in the sitemap.
        let sitemap = try #require(based.output("sitemap.xml"))
        #expect(sitemap.contains("https://b.example/products/kain-gorga/"))
        #expect(!sitemap.contains("feed.xml") && !sitemap.contains("catalogue"))
    }

    /// The rows of a CSV file as Python's csv module reads them (UTF-8 with its BOM removed).
    static func readCSV(_ path: String, python: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c",
            "import csv, json, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                + "    json.dump(list(csv.reader(f, strict=True)), sys.stdout)",
            path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }

    /// The text of every `title` element.
    final class TitleReader: NSObject, XMLParserDelegate {
        var titles: [String] = []
        private var current: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            if name == "title" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title", let current { titles.append(current) }
            current = nil
        }
    }
}
