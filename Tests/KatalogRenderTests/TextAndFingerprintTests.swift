import Foundation
import Mustache
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// `Text` (escaped once, when made; body placeholders; string transforms) and page fingerprints
/// (what a page shows, and nothing shared by every page).
@Suite struct TextAndFingerprintTests {
    @Test func textIsEscapedOnceWhenMade() {
        #expect(Text("<b>\"Kain\" & 'x'</b>").html == "&lt;b&gt;&quot;Kain&quot; &amp; &#39;x&#39;&lt;/b&gt;")
        #expect(Text("Kain tenun").html == "Kain tenun")
        // Only a body's HTML is not escaped.
        let body = Body(html: "<p>x</p>\n", links: [], path: "content/pages/a.md")
        #expect(Text(body: body, links: Links(from: .home, style: .dirs)).html == "<p>x</p>\n")
    }

    /// Only a placeholder with its number is filled in.
    @Test func placeholdersNeedTheirNumber() {
        let link = EntryLink(target: .page, name: "tentang", location: SourceLocation(path: "a.md"))
        let body = Body(
            html: "<a href=\"katalog:\">a</a><a href=\"katalog:0\">b</a><a href=\"katalog:1\">c</a>", links: [link],
            path: "a.md")
        #expect(
            Text(body: body, links: Links(from: .home, style: .dirs)).html
                == "<a href=\"katalog:\">a</a><a href=\"tentang/\">b</a><a href=\"katalog:1\">c</a>")
    }

    /// swift-mustache's string transforms work on the text, and what they give is escaped again.
    @Test func transformsOfText() {
        #expect((Text("Kain & <b>").transform("uppercased") as? Text)?.html == "KAIN &amp; &lt;B&gt;")
        #expect(Text("").transform("empty") as? Bool == true)
        #expect(Text("x").transform("empty") as? Bool == false)
        let site = CatalogFixture.site()
        var library = site.theme.library
        library.register(
            try! MustacheTemplate(
                string: Theme.pragma
                    + "{{#product}}{{uppercased(name)}} {{^empty(price)}}ok{{/empty(price)}}{{/product}}"),
            named: "probe")
        var view = CatalogFixture.view(.product("gorga-merah"), in: site)
        view.template = "probe"
        #expect(library.render(view, withTemplate: "probe") == "GORGA MERAH ok")
    }

    @Test func fingerprintFollowsWhatThePageShows() {
        let before = CatalogFixture.view(.product("gorga-katun")).fingerprint
        #expect(CatalogFixture.view(.product("gorga-katun")).fingerprint == before)
        var content = CatalogFixture.content()
        content.products["gorga-katun"]?.price = 460_000
        guard case .valid(let catalog, _) = Catalog.resolve(content) else { return }
        let site = CatalogFixture.site(catalog)
        #expect(CatalogFixture.view(.product("gorga-katun"), in: site).fingerprint != before)
        // The price shows on the producer's page too, but not on another producer's.
        #expect(
            CatalogFixture.view(.producer("deli"), in: site).fingerprint
                != CatalogFixture.view(.producer("deli")).fingerprint)
        #expect(
            CatalogFixture.view(.producer("ijen"), in: site).fingerprint
                == CatalogFixture.view(.producer("ijen")).fingerprint)
    }

    @Test func sharedValuesAreNotInThePagesFingerprint() {
        let plain = CatalogFixture.site()
        let retitled = CatalogFixture.site(CatalogFixture.catalog(site: SiteConfig(title: "Katalog Lain")))
        #expect(
            CatalogFixture.view(.product("ulos"), in: retitled).fingerprint
                == CatalogFixture.view(.product("ulos"), in: plain).fingerprint)
        #expect(retitled.sharedFingerprint != plain.sharedFingerprint)
    }

    @Test func renderedPageUsesTheView() {
        let site = CatalogFixture.site()
        let html = String(decoding: site.render(CatalogFixture.view(.product("gorga-merah"), in: site)), as: UTF8.self)
        #expect(html.contains("<h1>Gorga Merah</h1>"))
        #expect(html.contains("<p class=\"price big\">Rp1.850.000</p>"))
        #expect(html.contains("mailto:a&amp;b@batik.id"))
    }
}
