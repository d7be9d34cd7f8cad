import Foundation
import KatalogBuild
import Testing

/// What buyers see: escaping of untrusted text in every context, the UI language, prices and stock.
@Suite struct RenderedPageTests {
    static let hostile = #"Kain "<script>alert(1)</script>" & 'x' onmouseover=alert(1) {{site.title}}"#

    @Test func untrustedTextIsEscapedInTextAttributesAndURLs() throws {
        let site = try TestSite([
            "content/products/kain-gorga.md": """
            ---
            name: '\(Self.hostile.replacingOccurrences(of: "'", with: "''"))'
            producer: sinar
            colors: ["<img src=x onerror=alert(1)>"]
            ---
            """
        ])
        #expect(site.build().succeeded)
        let page = try #require(site.output("products/kain-gorga/index.html"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(
            page.contains(
                "<h1>Kain &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; &#39;x&#39; onmouseover=alert(1) {{site.title}}</h1>"
            ))
        #expect(page.contains("<title>Kain &quot;&lt;script&gt;"))
        #expect(page.contains(#"<meta property="og:title" content="Kain &quot;&lt;script&gt;"#))
        // The WhatsApp message is percent-encoded inside the URL, then the URL is HTML-escaped.
        #expect(
            page.contains(
                "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20Kain%20%22%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22%20%26%20%27x%27"
            ))
        // Mustache tags in content are text, never expanded.
        #expect(page.contains("{{site.title}}"))
    }

    /// WhatsApp leads, in the contact card and in the bar a phone keeps at the bottom; without
    /// WhatsApp the call takes its place (a producer always has one of the two).
    @Test(arguments: [
        (
            "whatsapp: 0812-3456-7890\nphone: (061) 786-5521",
            #"<a class="button whatsapp" href="https://wa.me/6281234567890?text="#,
            #"<a class="button secondary" href="tel:+62617865521">Telepon</a>"#
        ),
        ("phone: (061) 786-5521", nil, #"<a class="button" href="tel:+62617865521">Telepon</a>"#),
    ])
    func chatBarLeadsWithWhatsApp(contact: String, whatsApp: String?, call: String?) throws {
        let site = try TestSite([
            "content/producers/sinar.md": "---\nname: Rumah Batik Sinar\ncluster: sumut\n\(contact)\n---\n"
        ])
        #expect(site.build().succeeded)
        let page = try #require(site.output("products/kain-gorga/index.html"))
        let bar = page.range(of: #"<div class="chat-bar">"#).map { String(page[$0.lowerBound...]) }
        #expect((bar != nil) == (whatsApp != nil || call != nil))
        #expect(page.components(separatedBy: #"<div class="chat-bar">"#).count <= 2)
        if let whatsApp { #expect(bar?.contains(whatsApp) == true) }
        if let call { #expect(bar?.contains(call) == true) }
        // In the contact card, WhatsApp comes first.
        if whatsApp != nil, let card = page.range(of: #"<ul class="actions">"#) {
            #expect(page[card.upperBound...].hasPrefix("\n<li class=\"primary\"><a class=\"button whatsapp\""))
        }
    }

    @Test func englishSiteUsesEnglishWordsAndPrices() throws {
        let site = try TestSite([
            "content/site.yml": "title: Batik Catalogue\nlanguage: en\n",
            "content/products/kain-gorga.md": "---\nname: Kain Gorga\nproducer: sinar\nprice: 1250000\n---\n",
            "content/products/kain-habis.md": "---\nname: Kain Habis\nproducer: sinar\navailable: false\n---\n",
        ])
        #expect(site.build().succeeded)
        let product = try #require(site.output("products/kain-gorga/index.html"))
        #expect(product.contains("<html lang=\"en\">"))
        #expect(product.contains("<p class=\"price big\">IDR 1,250,000</p>"))
        #expect(product.contains("text=Hello%2C%20I%20am%20interested%20in%20Kain%20Gorga%20for%20IDR%201%2C250%2C000"))
        let soldOut = try #require(site.output("products/kain-habis/index.html"))
        #expect(soldOut.contains("<p class=\"badge\">Sold out</p>"))
        #expect(soldOut.contains("<p class=\"price big\">Price on request</p>"))
        #expect(!soldOut.contains("IDR 0"))
    }

    @Test func indonesianSiteShowsRupiahAndStockWords() throws {
        let site = try TestSite([
            "content/products/kain-habis.md": "---\nname: Kain Habis\nproducer: sinar\navailable: false\n---\n"
        ])
        #expect(site.build().succeeded)
        let soldOut = try #require(site.output("products/kain-habis/index.html"))
        #expect(soldOut.contains("<p class=\"badge\">Stok habis</p>"))
        #expect(soldOut.contains("<p class=\"price big\">Hubungi penjual</p>"))
        #expect(!soldOut.contains("Rp0"))
        let product = try #require(site.output("products/kain-gorga/index.html"))
        #expect(product.contains("<p class=\"price big\">Rp450.000</p>"))
    }

    @Test func notFoundPageUsesBaseURLOnlyWhenThereIsOne() throws {
        let plain = try TestSite([:])
        #expect(plain.build().succeeded)
        let relative = try #require(plain.output("404.html"))
        #expect(relative.contains("<link rel=\"stylesheet\" href=\"assets/katalog.css\">"))
        #expect(plain.output("sitemap.xml") == nil)

        let hosted = try TestSite(["content/site.yml": "title: T\nbase_url: https://batik.example.id/sumut\n"])
        #expect(hosted.build().succeeded)
        let absolute = try #require(hosted.output("404.html"))
        #expect(
            absolute.contains("<link rel=\"stylesheet\" href=\"https://batik.example.id/sumut/assets/katalog.css\">"))
        let product = try #require(hosted.output("products/kain-gorga/index.html"))
        #expect(
            product.contains("<link rel=\"canonical\" href=\"https://batik.example.id/sumut/products/kain-gorga/\">"))
        #expect(product.contains("<link rel=\"stylesheet\" href=\"../../assets/katalog.css\">"))
    }

    @Test func listsAreSortedByNameIgnoringCaseAndAccents() throws {
        let site = try TestSite([
            "content/products/b.md": "---\nname: batik Zamrud\nproducer: sinar\n---\n",
            "content/products/c.md": "---\nname: Élok Cap\nproducer: sinar\n---\n",
            "content/products/d.md": "---\nname: Anggun\nproducer: sinar\n---\n",
        ])
        #expect(site.build().succeeded)
        let list = try #require(site.output("products/index.html"))
        let names = ["Anggun", "batik Zamrud", "Élok Cap", "Kain Gorga"]
        let positions = names.map { list.range(of: "<span class=\"card-name\">\($0)</span>")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func motifSpellingsShareOnePageWithTheMostUsedName() throws {
        let site = try TestSite([
            "content/products/a.md": "---\nname: A\nproducer: sinar\nmotifs: [gorga]\n---\n",
            "content/products/b.md": "---\nname: B\nproducer: sinar\nmotifs: [GORGA]\n---\n",
            "content/products/c.md": "---\nname: C\nproducer: sinar\nmotifs: [gorga]\n---\n",
        ])
        #expect(site.build().succeeded)
        let motifs = try #require(site.output("motifs/index.html"))
        #expect(motifs.contains("<tr><th scope=\"row\"><a href=\"gorga/\">gorga</a></th><td>4</td></tr>"))
        #expect(site.output("motifs/gorga/index.html") != nil)
    }

    /// The product page's first photo: WebP and JPEG in every size with `sizes` for the layout,
    /// the aspect ratio, alt text, fetched first, a placeholder colour, a tap to the largest file.
    @Test func productPhotoIsResponsiveAndFetchedFirst() throws {
        let site = try TestSite([
            "content/products/kain-gorga.md":
                "---\nname: Kain Gorga\nproducer: sinar\nphotos: [kain 1.png, kain-2.png]\n---\n"
        ])
        try site.write("content/products/kain-gorga/kain 1.png", BadInput.png)
        try site.write("content/products/kain-gorga/kain-2.png", BadInput.png)
        #expect(site.build().succeeded)
        let page = try #require(site.output("products/kain-gorga/index.html"))
        let sizes = "(min-width: 48rem) 38rem, calc(100vw - 2rem)"
        #expect(
            page.contains(
                #"<a href="kain%201-480.webp"><picture><source type="image/webp" srcset="kain%201-240.webp 240w, "#
                    + #"kain%201-360.webp 360w, kain%201-480.webp 480w" sizes="\#(sizes)"><img src="kain%201-360.jpg" "#
                    + #"srcset="kain%201-240.jpg 240w, kain%201-360.jpg 360w, kain%201-480.jpg 480w" sizes="\#(sizes)" "#
                    + #"width="360" height="270" alt="Foto Kain Gorga, 1 dari 2" loading="eager" fetchpriority="high" "#
                    + #"decoding="async" style="background-color:#"#))
        // The second photo waits until it is scrolled to.
        #expect(page.contains(#"alt="Foto Kain Gorga, 2 dari 2" loading="lazy" decoding="async""#))
        #expect(site.tree()["products/kain-gorga/kain 1.png"] == nil)
        #expect(site.tree()["products/kain-gorga/kain 1-480.webp"] != nil)
    }

    /// The first row of a list loads its photos at once; the rest are lazy.
    @Test func firstRowOfCardsIsEager() throws {
        var files: [String: String] = [:]
        for n in 1...6 {
            files["content/products/kain-\(n).md"] = "---\nname: Kain \(n)\nproducer: sinar\nphotos: [a.png]\n---\n"
        }
        let site = try TestSite(files)
        for n in 1...6 { try site.write("content/products/kain-\(n)/a.png", BadInput.png) }
        #expect(site.build().succeeded)
        let list = try #require(site.output("products/index.html"))
        let loading = list.components(separatedBy: #"loading=""#).dropFirst().map { $0.prefix(5) }
        #expect(loading == ["eager", "eager", "eager", "eager", "lazy\"", "lazy\""])
        #expect(list.contains(#"sizes="(min-width: 48rem) 12rem, (min-width: 30rem) 30vw, 45vw""#))
    }
}
