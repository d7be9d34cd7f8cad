import Foundation
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// The submission form (`submit/`): made only when site.yml names the maintainer's number, with its
/// producers in a script file of their own and `katalog check`'s messages in its data.
@Suite struct SubmitPageTests {
    static let maintainer = try! PhoneNumber.parse("0812-3456-7890").get()

    static func site(language: Language = .id, content: LoadedContent? = nil) -> Site {
        let config = SiteConfig(
            title: "Katalog Uji", language: language, submissions: Submissions(whatsapp: maintainer))
        var content = content ?? CatalogFixture.content(site: config)
        content.site = config
        guard case .valid(let catalog, _) = Catalog.resolve(content) else { preconditionFailure("invalid fixture") }
        return CatalogFixture.site(catalog)
    }

    /// The JSON of the page's `<script type="application/json">`.
    static func data(_ site: Site) throws -> [String: Any] {
        let view = CatalogFixture.view(.submit, in: site)
        let text = try #require(PageViewTests.string(view, "submit.data"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func render(_ site: Site) -> String {
        String(decoding: site.render(CatalogFixture.view(.submit, in: site)), as: UTF8.self)
    }

    @Test func theFormExistsOnlyWithTheSetting() {
        let without = CatalogFixture.site()
        #expect(!without.pages().contains { $0.route == .submit })
        let files = without.files(pages: without.pages().map(\.route)).map(\.path)
        #expect(!files.contains("submit/producers.js"))
        #expect(!files.contains("assets/submit.js"))
        #expect(files.contains("assets/search.js"))
        #expect(PageViewTests.value(CatalogFixture.view(.home, in: without), "links.submit") as? Bool == false)

        let with = Self.site()
        #expect(with.pages().filter { $0.route == .submit }.count == 1)
        let withFiles = with.files(pages: with.pages().map(\.route)).map(\.path)
        #expect(withFiles.contains("submit/producers.js"))
        #expect(withFiles.contains("assets/submit.js"))
        // Linked from every page's footer; left out of the sitemap, and `noindex`.
        #expect(PageViewTests.string(CatalogFixture.view(.home, in: with), "links.submit") == "submit/")
        #expect(
            PageViewTests.string(CatalogFixture.view(.product("ulos"), in: with), "links.submit") == "../../submit/")
        #expect(!Route.submit.inSitemap)
        let html = Self.render(with)
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(
            String(decoding: with.render(CatalogFixture.view(.home, in: with)), as: UTF8.self).contains(
                "<li><a href=\"submit/\">Kirim produk</a></li>"))
    }

    @Test func thePageNamesTheMaintainersChatAndTheTechniques() throws {
        let view = CatalogFixture.view(.submit, in: Self.site())
        #expect(view.template == "submit")
        #expect(PageViewTests.string(view, "page_title") == "Kirim produk")
        #expect(PageViewTests.string(view, "submit.whatsapp_display") == "0812-3456-7890")
        let example = SubmitPage.example(.id).text
        #expect(
            PageViewTests.string(view, "submit.whatsapp")
                == Text("https://wa.me/6281234567890?text=" + URLEncoding.queryValue(example)).html)
        #expect(PageViewTests.string(view, "submit.example") == Text(example).html)
        #expect(PageViewTests.string(view, "submit.script") == "../assets/submit.js")
        #expect(
            PageViewTests.list(view, "submit.techniques").map { PageViewTests.string($0, "value") }
                == ["tulis", "cap", "kombinasi", "printing", "ecoprint"])
        let data = try Self.data(Self.site())
        #expect(data["whatsapp"] as? String == "6281234567890")
        #expect(data["producers"] as? String == "producers.js")
        #expect((data["words"] as? [String: String])?["ready"] == Word.submitReady.text(.id))
    }

    /// The example a producer without JavaScript copies is a sheet `katalog check` reads without a
    /// problem but the producer code it asks to replace.
    @Test(arguments: Language.allCases)
    func theExampleIsAValidSheet(language: Language) throws {
        let example = SubmitPage.example(language)
        let (entry, diagnostics) = try Self.decode(example.text)
        #expect(diagnostics == [])
        let product = try #require(entry)
        #expect(product.name == example.name)
        #expect(product.producer.value == example.producer)
        #expect(product.technique == .tulis)
        #expect(product.price == 650_000)
        #expect(product.motifNames.map(\.value) == example.motifs)
        #expect(product.colors == example.colors)
        #expect(product.added?.description == "2026-07-11")
    }

    /// Decodes a sheet as `katalog check` reads `products/x.md`.
    static func decode(_ text: String) throws -> (Product?, [Diagnostic]) {
        let (entry, diagnostics) = Entry.decode(kind: .product, slug: "x", path: "content/products/x.md", text: text)
        guard case .product(let product) = entry else { return (nil, diagnostics) }
        return (product, diagnostics)
    }

    /// Values YAML would read as something else when written plainly come back as typed.
    @Test(arguments: [
        "Batik \"Gorga\": Merah", "# bukan komentar", "- daftar", "null", "NULL", "~", "yes", "1945", "[a, b]",
        "{a: b}", "&anchor", "*alias", "!tag", "|", ">", "@nama", "`kode`", "%x", "a #b", "a: b", "tab\there",
        "back\\slash", "'kutip'", "ujung ", "\u{2028}baris", "bom\u{FEFF}", "nel\u{85}x", "\u{7F}del", "Ünïcödé ÿ",
        "日本語", "emoji 🙂", "e\u{301}", "2 m x 1,15 m", "Katun (primisima) / sutra + 'sogan' - 1.",
    ])
    func everyValueComesBackAsWritten(value: String) throws {
        var sheet = ProductSheet(name: value, producer: "sinar", added: "2026-07-11")
        sheet.material = value
        sheet.size = value
        sheet.colors = [value, "merah"]
        sheet.motifs = [value]
        let (entry, diagnostics) = try Self.decode(sheet.text)
        let product = try #require(entry)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(diagnostics == [], "\(sheet.text)")
        #expect(product.name == trimmed, "\(sheet.text)")
        #expect(product.material == trimmed)
        #expect(product.size == trimmed)
        #expect(product.colors == [trimmed, "merah"])
        #expect(product.motifNames.map(\.value) == [trimmed])
    }

    @Test func plainValuesStayPlain() {
        let sheet = SubmitPage.example(.id)
        #expect(sheet.text.contains("\nname: Batik Tulis Daun Kopi Sogan\n"))
        #expect(sheet.text.contains("\nsize: 2 m x 1,15 m\n"))
        #expect(ProductSheet.scalar("Batik: Gorga") == "\"Batik: Gorga\"")
        #expect(ProductSheet.scalar("null") == "\"null\"")
        #expect(ProductSheet.scalar("a\u{2028}b\"\\") == "\"a\\u2028b\\\"\\\\\"")
        // A price that is not digits is quoted, so check reports what was typed.
        #expect(
            ProductSheet(name: "K", producer: "p", price: "450.000", added: "2026-01-01").text.contains(
                "\nprice: \"450.000\"\n"))
    }

    /// The messages the script shows are `katalog check`'s: each template, with the values put in,
    /// is the message of the reason with those values, in the site's language.
    @Test(arguments: Language.allCases)
    func embeddedMessagesAreChecksTexts(language: Language) throws {
        let messages = try #require(try Self.data(Self.site(language: language))["messages"] as? [String: String])
        func say(_ key: String, _ values: [String: String]) -> String? {
            guard var text = messages[key] else { return nil }
            for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
            return text
        }
        let cases: [(String, [String: String], Diagnostic.Reason)] = [
            ("empty-field", ["key": "name"], .emptyField(key: "name")),
            (
                "price-formatted", ["value": "Rp 1.250.000", "suggestion": "1250000", "marks": "Rp dan titik ribuan"],
                .priceFormatted(value: "Rp 1.250.000", suggestion: 1_250_000)
            ),
            ("price-not-positive", ["value": "0"], .priceNotPositive(value: "0")),
            ("price-fraction", ["value": "450,5"], .priceFraction(value: "450,5")),
            ("price-not-a-number", ["value": "nego"], .priceNotANumber(value: "nego")),
            (
                "unknown-producer", ["value": "sinar-tobo"],
                .unknownReference(kind: .producer, slug: "sinar-tobo", suggestion: nil)
            ),
            (
                "unknown-producer-suggestion", ["value": "sinar-tobo", "suggestion": "sinar-toba"],
                .unknownReference(kind: .producer, slug: "sinar-tobo", suggestion: "sinar-toba")
            ),
            ("invalid-file-name", ["name": "!!.md"], .invalidFileName(name: "!!.md", suggestion: "")),
            ("reserved-file-name", [:], .reservedFileName(kind: .product, slug: "page")),
            ("motif-name-empty", ["name": "!!"], .motifNameEmpty(name: "!!")),
            ("reserved-motif-name", ["name": "Page"], .reservedMotifName(name: "Page", slug: "page")),
        ]
        #expect(Set(messages.keys) == Set(cases.map(\.0)))
        for (key, values, reason) in cases {
            #expect(say(key, values) == reason.message(in: language), "\(key)")
        }
        // Every value the template takes is marked in it.
        #expect(messages["price-formatted"]?.contains("{suggestion}") == true)
        #expect(messages["price-formatted"]?.contains(String(SubmitPage.numberMark)) == false)
    }

    @Test func theProducersFileListsEveryProducerAsData() throws {
        var content = CatalogFixture.content()
        let hostile = "</script><script>alert(1)</script>\u{2028}&"
        content.producers["hostile"] = Producer(
            slug: "hostile", name: hostile, cluster: Located("tamanan", at: CatalogFixture.at("producers", "hostile")),
            contact: Contact(phone: CatalogFixture.landline), body: CatalogFixture.body("producers", "hostile"))
        let site = Self.site(content: content)
        let file = try #require(site.files(pages: []).first { $0.route == .submitProducers })
        guard case .bytes(let bytes) = file.content else {
            Issue.record("not bytes")
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains { "<>\u{2028}\u{2029}".contains($0) })
        let prefix = "katalogSubmit.producers("
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(text.dropFirst(prefix.count).dropLast(3).utf8))
                as? [String: Any])
        let clusters = try #require(json["clusters"] as? [String])
        #expect(clusters == site.catalog.clusters.map(\.name))
        let producers = try #require(json["producers"] as? [[Any]])
        #expect(producers.count == site.catalog.producers.count)
        #expect(producers.map { $0[0] as? String } == site.catalog.producers.map(\.slug))
        #expect(producers.map { $0[1] as? String } == site.catalog.producers.map(\.name))
        #expect(
            producers.compactMap { $0[2] as? Int }.map { clusters[$0] }
                == site.catalog.producers.map { site.catalog.clusterBySlug[$0.cluster.value]?.name })
        #expect(producers.contains { $0[1] as? String == hostile })
    }

    /// The producers are in their own file: the page is the same size with 5,000 of them, and small.
    @Test func thePageDoesNotGrowWithTheProducers() {
        var content = CatalogFixture.content()
        for i in 0..<5000 {
            let slug = "perajin-batik-nusantara-\(i)"
            content.producers[slug] = Producer(
                slug: slug, name: "Perajin Batik Nusantara \(i)",
                cluster: Located("sumut", at: CatalogFixture.at("producers", slug)),
                contact: Contact(phone: CatalogFixture.landline), body: CatalogFixture.body("producers", slug))
        }
        let small = Self.render(Self.site())
        let large = Self.render(Self.site(content: content))
        #expect(large.utf8.count == small.utf8.count)
        #expect(large.utf8.count < 20_000)
    }
}
