import Foundation
import Testing

@testable import KatalogContent
@testable import KatalogRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `feed.xml`: valid Atom, newest dated products first, dates from `added` only, absolute addresses,
/// and every text escaped.
@Suite struct AtomFeedTests {
    static let atom = "http://www.w3.org/2005/Atom"

    /// The feed read back by Foundation's XML parser, with namespaces.
    static func parse(_ site: Site) throws -> XMLNode {
        let file = try #require(AtomFeed.file(site))
        guard case .bytes(let bytes) = file.content else { throw XMLNode.Failure() }
        #expect(file.path == "feed.xml")
        return try XMLNode.parse(Data(bytes))
    }

    @Test func isAtomWithTheNewestDatedProductsFirst() throws {
        let feed = try Self.parse(ExportFixture.site())
        #expect(feed.name == "feed" && feed.namespace == Self.atom)
        #expect((feed.attributes["xml:lang"] ?? feed.attributes["lang"]) == "id")
        #expect(feed.child("title")?.text == "Katalog <Uji> & \"Co\"")
        #expect(feed.child("id")?.text == "https://katalog.example/sub/feed.xml")
        // Newest first; the tie on 2026-07-11 by name; the undated product is not an entry.
        let entries = feed.children("entry")
        #expect(
            entries.map { $0.child("id")?.text } == [
                "https://katalog.example/sub/products/kawah-ijen/",
                "https://katalog.example/sub/products/gorga-katun/",
                "https://katalog.example/sub/products/gorga-merah/",
                "https://katalog.example/sub/products/daun-kopi/",
            ])
        #expect(
            entries.map { $0.child("updated")?.text } == [
                "2026-08-01T00:00:00Z", "2026-07-11T00:00:00Z", "2026-07-11T00:00:00Z", "2025-01-31T00:00:00Z",
            ])
        // The feed's `updated` is the newest entry's, never the time of the build.
        #expect(feed.child("updated")?.text == "2026-08-01T00:00:00Z")
        #expect(entries.allSatisfy { $0.namespace == Self.atom && $0.child("author")?.child("name") != nil })
    }

    @Test func everyAddressIsAbsolute() throws {
        let feed = try Self.parse(ExportFixture.site())
        var links = feed.children("link")
        for entry in feed.children("entry") { links += entry.children("link") }
        #expect(links.count == 6)
        #expect(links.allSatisfy { $0.attributes["href"]?.hasPrefix(ExportFixture.base) == true })
        #expect(feed.children("link").map { $0.attributes["rel"] } == ["self", "alternate"])
        let merah = try #require(
            feed.children("entry").first { $0.child("id")?.text?.hasSuffix("gorga-merah/") == true })
        #expect(
            merah.child("author")?.child("uri")?.text == "https://katalog.example/sub/producers/sinar/")
        // The photo: the largest JPEG, absolute, in the entry's HTML.
        let html = try #require(merah.child("content")?.text)
        #expect(merah.child("content")?.attributes["type"] == "html")
        #expect(html.contains("<img src=\"https://katalog.example/sub/products/gorga-merah/depan-720.jpg\""))
        #expect(html.contains("Harga: Rp1.850.000"))
        #expect(html.contains("Perajin: Sekar Jagad Ibu Siti"))
        #expect(html.contains("Kota/Kabupaten: Medan"))
        #expect(
            merah.child("summary")?.text == "Rp1.850.000 · Batik tulis · Sekar Jagad Ibu Siti · Medan, Sumatera Utara")
        #expect(merah.child("category")?.attributes["term"] == "tulis")
    }

    /// Names are text in `title` and escaped HTML inside `content`: they cannot add markup to the
    /// feed or to the HTML a feed reader shows. No body is ever in the feed.
    @Test func textIsEscapedTwiceInTheEntryHTML() throws {
        var content = ExportFixture.content()
        content.products["gorga-merah"]?.name = "Gorga <b>Merah</b> & \"Co\" </script>"
        let feed = try Self.parse(ExportFixture.site(content))
        let merah = try #require(
            feed.children("entry").first { $0.child("id")?.text?.hasSuffix("gorga-merah/") == true })
        #expect(merah.child("title")?.text == "Gorga <b>Merah</b> & \"Co\" </script>")
        let html = try #require(merah.child("content")?.text)
        #expect(html.contains("alt=\"Foto Gorga &lt;b&gt;Merah&lt;/b&gt; &amp; &quot;Co&quot; &lt;/script&gt;\""))
        #expect(!html.contains("<b>") && !html.contains("</script>"))
        #expect(!html.contains("Kain") && !html.contains("tulis*"))
        let ijen = try #require(feed.children("entry").first)
        #expect(ijen.child("title")?.text == "Kawah <Ijen> & \"Co\" </script>")
    }

    @Test func entryIdsDoNotDependOnTheLinkStyle() throws {
        let feed = try Self.parse(ExportFixture.site(style: .files))
        let entry = try #require(feed.children("entry").first)
        #expect(entry.child("id")?.text == "https://katalog.example/sub/products/kawah-ijen/")
        #expect(entry.child("link")?.attributes["href"] == "https://katalog.example/sub/products/kawah-ijen/index.html")
    }

    @Test func noFeedWithoutABaseURL() {
        let site = ExportFixture.site(ExportFixture.content(base: nil))
        #expect(AtomFeed.file(site) == nil)
        #expect(!site.files(pages: []).contains { $0.route == .feed })
        #expect(!AtomFeed.isPublished(site.catalog))
        #expect(site.notes.count == 1 && site.notes[0].contains("no base_url"))
    }

    @Test func noFeedWithoutADatedProductAndTheSummarySaysWhy() {
        var content = ExportFixture.content()
        for slug in content.products.keys { content.products[slug]?.added = nil }
        let site = ExportFixture.site(content)
        #expect(AtomFeed.file(site) == nil)
        #expect(!site.files(pages: []).contains { $0.route == .feed })
        #expect(
            site.notes == [
                "no product has an 'added' date (added: 2026-07-11), so there is no feed.xml of new products"
            ])
        #expect(ExportFixture.site().notes == [])
        #expect(ExportFixture.site().files(pages: []).contains { $0.route == .feed })
    }

    @Test func atMostFiftyEntries() throws {
        var content = ExportFixture.content()
        let template = content.products["daun-kopi"]!
        for n in 1...60 {
            var product = template
            product.slug = "kain-\(n)"
            product.added = Day("2024-01-\(n % 28 + 1 < 10 ? "0" : "")\(n % 28 + 1)")
            content.products[product.slug] = product
        }
        let entries = try Self.parse(ExportFixture.site(content)).children("entry")
        #expect(entries.count == 50)
        // The four 2025–2026 products, then the newest of the 2024 ones.
        #expect(entries[4].child("updated")?.text == "2024-01-28T00:00:00Z")
    }

    @Test func xmlTextReplacesWhatXMLCannotHold() throws {
        #expect(XMLText.escape("a\u{1}b\u{FFFE}\t<&>\"'") == "a\u{FFFD}b\u{FFFD}\t&lt;&amp;&gt;&quot;&apos;")
        var content = ExportFixture.content()
        content.products["kawah-ijen"]?.name = "Kawah\u{1}Ijen\u{B}"
        let feed = try Self.parse(ExportFixture.site(content))
        #expect(feed.children("entry").first?.child("title")?.text == "Kawah\u{FFFD}Ijen\u{FFFD}")
    }

    /// The layout's links: relative from the page, the feed false when there is none.
    @Test func exportLinks() {
        let links = ExportLinks(ExportFixture.site().context(.product("gorga-merah")))
        #expect(links.feed?.html == "../../feed.xml")
        #expect(links.json.html == "../../catalogue.json" && links.csv.html == "../../catalogue.csv")
        #expect(ExportLinks(ExportFixture.site(ExportFixture.content(base: nil)).context(.home)).feed == nil)
    }

    @Test func sameBytesEveryBuild() {
        #expect(AtomFeed.xml(ExportFixture.site()) == AtomFeed.xml(ExportFixture.site()))
    }
}

/// An element read back by `XMLParser`: name, namespace, attributes, text and children.
final class XMLNode {
    struct Failure: Error {}

    let name: String
    let namespace: String?
    let attributes: [String: String]
    var text: String?
    var children: [XMLNode] = []

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    static func parse(_ data: Data) throws -> XMLNode {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse(), let root = reader.root else { throw parser.parserError ?? Failure() }
        return root
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let node = XMLNode(name: name, namespace: namespaceURI, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text = (stack.last?.text ?? "") + string
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
        }
    }
}
