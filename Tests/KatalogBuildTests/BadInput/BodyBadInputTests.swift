import Foundation
import KatalogBuild
import KatalogContent
import Testing

/// Bad bodies (stage 3, Markdown): raw HTML, unsafe links, limits.
///
/// Every test asserts the exact line a catalogue author reads: file, line and column (1-based,
/// columns in characters), severity and message.
@Suite struct BodyBadInputTests {
    @Test(arguments: [40, 10_000])
    func markdownNestedTooDeep(levels: Int) throws {
        let site = try TestSite([
            "content/products/x.md": BadInput.product(body: String(repeating: ">", count: levels) + " teks\n")
        ])
        #expect(
            site.errors() == [
                "content/products/x.md:5:33: error: text is nested more than 32 levels deep (block quotes, lists or "
                    + "emphasis inside each other); write it flatter"
            ])
    }

    @Test func markdownNestedListsTooDeep() throws {
        // Each level of a list is a list and an item: 17 levels of list pass 32.
        let body = (0..<20).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body)])
        #expect(site.errors().count == 1)
        #expect(site.errors().first?.hasPrefix("content/products/x.md:") == true)
        #expect(site.errors().first?.contains("error: text is nested more than 32 levels deep") == true)
    }

    @Test func markdownListOver1000Items() throws {
        let body = String(repeating: "- a\n", count: 1_001)
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body)])
        #expect(site.errors() == ["content/products/x.md:5:1: error: list has 1001 items; at most 1000 are allowed"])
    }

    @Test func problemsInOneBodyAreCapped() throws {
        let body = String(repeating: "<b>x</b>\n\n", count: 60)
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body)])
        let warnings = site.warnings()
        #expect(warnings.count == 51)
        #expect(
            warnings.last
                == "content/products/x.md:55:1: warning: 70 more problems in this text are not shown; fix these first")
    }

    @Test func errorsLeftOutStillFailTheBuild() throws {
        // NUL characters are reported first: fifty of them fill the body's quota of problems, and
        // the nesting error after them is left out, but still fails the build.
        let body = String(repeating: "x\u{0}\n\n", count: 50) + String(repeating: "> ", count: 40) + "x\n"
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body)])
        #expect(
            site.errors() == [
                "content/products/x.md:105:65: error: 1 more problems in this text are not shown; fix these first"
            ])
    }

    @Test(arguments: [
        (
            "<script>alert(1)</script>\n",
            [
                "content/products/x.md:5:1: warning: raw HTML is not allowed and was removed: <script>alert(1)</script>"
            ]
        ),
        (
            "Kain <b>tebal</b>.\n",
            [
                "content/products/x.md:5:6: warning: raw HTML is not allowed and was removed: <b>",
                "content/products/x.md:5:14: warning: raw HTML is not allowed and was removed: </b>",
            ]
        ),
        (
            "Paragraf.\n\nLihat [x](javascript:alert(1)).\n",
            [
                "content/products/x.md:7:7: warning: link to 'javascript:alert(1)' was removed: only http, https, "
                    + "mailto, tel and relative links are allowed"
            ]
        ),
        (
            "![foto](data:image/png;base64,AAAA)\n",
            [
                "content/products/x.md:5:1: warning: image to 'data:image/png;base64,AAAA' was removed: only http, "
                    + "https, mailto, tel and relative links are allowed"
            ]
        ),
    ])
    func bodyWarning(body: String, expected: [String]) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body)])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == expected)
        #expect(report.succeeded)
        #expect(site.output("products/x/index.html")?.contains("alert(1)") == false)
    }

    @Test func autolinkWithScriptScheme() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product(body: "Lihat <javascript:alert(1)>.\n")])
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/products/x.md:5:7: warning: link to 'javascript:alert(1)' was removed: only http, https, "
                    + "mailto, tel and relative links are allowed"
            ])
        #expect(site.output("products/x/index.html")?.contains("href=\"javascript") == false)
    }

    /// Only `product:`, `producer:`, `cluster:`, `motif:` and `page:` are katalog's: every other
    /// link follows the safe-link rules, even with nothing after its colon.
    @Test(arguments: [
        ("[Telepon](tel:)", "<a href=\"tel:\">Telepon</a>"),
        ("[Surel](mailto:)", "<a href=\"mailto:\">Surel</a>"),
        ("[Telepon](TEL:#x)", "<a href=\"TEL:#x\">Telepon</a>"),
        (#"[link](foo\)\:)"#, "<a href=\"foo):\">link</a>"),
        ("[sini](#harga)", "<a href=\"#harga\">sini</a>"),
    ])
    func linksThatAreNotKatalogsAreKept(body: String, html: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body + "\n")])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(site.output("products/x/index.html")?.contains(html) == true)
    }

    @Test(arguments: ["product", "producer", "cluster", "motif", "page", "Product"])
    func katalogLinkWithoutAName(scheme: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product(body: "Lihat [ini](\(scheme):#atas).\n")])
        let lower = scheme.lowercased()
        #expect(
            site.errors() == [
                "content/products/x.md:5:7: error: link '\(lower):' needs a name after the colon, like \(lower):batik-gorga"
            ])
    }

    /// A NUL used to end the text that reached cmark: the rest of the body was silently lost.
    @Test func nulCharacterIsReplacedAndTheRestKept() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product(body: "Kain\u{0} tenun.\n\nAkhir.\n")])
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/products/x.md:5:5: warning: an invisible NUL character (often left by a broken copy) was "
                    + "replaced by U+FFFD; delete it"
            ])
        let page = try #require(site.output("products/x/index.html"))
        #expect(page.contains("<p>Kain\u{FFFD} tenun.</p>\n<p>Akhir.</p>"))
    }

    @Test func bodyProblemsInEveryKindOfFile() throws {
        let site = try TestSite([
            "content/clusters/sumut.md":
                "---\nname: Klaster Batik Sumut\nprovince: Sumatera Utara\n---\n[a](product:nope)\n",
            "content/producers/sinar.md":
                "---\nname: Rumah Batik Sinar\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n\n<i>x</i>\n",
            "content/motifs/gorga.md": "---\nname: Gorga\n---\n[b](page:nope)\n",
            "content/pages/tentang.md": "---\nname: Tentang\n---\n[c](javascript:x)\n",
        ])
        #expect(
            site.check() == [
                "content/clusters/sumut.md:5:1: error: link to unknown product 'nope': there is no file products/nope.md",
                "content/motifs/gorga.md:4:1: error: link to unknown page 'nope': there is no file pages/nope.md",
                "content/pages/tentang.md:4:1: warning: link to 'javascript:x' was removed: only http, https, mailto, tel "
                    + "and relative links are allowed",
                "content/producers/sinar.md:7:1: warning: raw HTML is not allowed and was removed: <i>",
                "content/producers/sinar.md:7:5: warning: raw HTML is not allowed and was removed: </i>",
            ])
    }
}
