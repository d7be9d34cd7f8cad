import Testing
@testable import KatalogRender

@Suite struct LinksTests {
    @Test(arguments: [
        // (from, target, dirs, files)
        ("products/x/index.html", "producers/y/index.html", "../../producers/y/", "../../producers/y/index.html"),
        ("products/x/index.html", "index.html", "../../", "../../index.html"),
        ("products/x/index.html", "products/x/index.html", "./", "index.html"),
        ("products/x/index.html", "assets/katalog.css", "../../assets/katalog.css", "../../assets/katalog.css"),
        ("products/x/index.html", "products/x/kain-1.jpg", "kain-1.jpg", "kain-1.jpg"),
        ("index.html", "index.html", "./", "index.html"),
        ("index.html", "products/index.html", "products/", "products/index.html"),
        ("index.html", "producers/y/index.html", "producers/y/", "producers/y/index.html"),
        ("index.html", "sitemap.xml", "sitemap.xml", "sitemap.xml"),
        ("404.html", "index.html", "./", "index.html"),
        ("products/index.html", "index.html", "../", "../index.html"),
        ("products/index.html", "motifs/gorga/index.html", "../motifs/gorga/", "../motifs/gorga/index.html"),
        ("tentang/index.html", "assets/katalog.css", "../assets/katalog.css", "../assets/katalog.css"),
        ("index.html", "my-index.html", "my-index.html", "my-index.html"),
    ])
    func relativeLinks(_ from: String, _ target: String, _ dirs: String, _ files: String) {
        #expect(Links(from: from, style: .dirs).href(target) == dirs)
        #expect(Links(from: from, style: .files).href(target) == files)
    }

    @Test(arguments: [
        ("index.html", "https://batik.example.id/katalog/", "https://batik.example.id/katalog/index.html"),
        ("products/x/index.html", "https://batik.example.id/katalog/products/x/", "https://batik.example.id/katalog/products/x/index.html"),
        ("assets/katalog.css", "https://batik.example.id/katalog/assets/katalog.css", "https://batik.example.id/katalog/assets/katalog.css"),
    ])
    func absoluteBase(_ target: String, _ dirs: String, _ files: String) {
        let base = "https://batik.example.id/katalog/"
        #expect(Links(from: "404.html", style: .dirs, absoluteBase: base).href(target) == dirs)
        #expect(Links(from: "404.html", style: .files, absoluteBase: base).href(target) == files)
        // The page's depth does not matter with an absolute base.
        #expect(Links(from: "a/b/c/index.html", style: .dirs, absoluteBase: base).href(target) == dirs)
        #expect(Links.absolute(target, base: base, style: .dirs) == dirs)
        #expect(Links.absolute(target, base: base, style: .files) == files)
    }

    @Test func homeUnderAbsoluteBaseIsTheBase() {
        #expect(Links.absolute("index.html", base: "https://a.id/", style: .dirs) == "https://a.id/")
    }

    @Test(arguments: [
        ("products/x/kain biru.jpg", "kain%20biru.jpg"),
        ("products/x/kain#1.jpg", "kain%231.jpg"),
        ("products/x/kain?.jpg", "kain%3F.jpg"),
        ("products/x/100%.jpg", "100%25.jpg"),
        ("products/x/s\u{E9}kar.jpg", "s%C3%A9kar.jpg"),
        ("products/x/a+b&c.jpg", "a%2Bb%26c.jpg"),
        ("products/x/Kain_1~v2.JPG", "Kain_1~v2.JPG"),
        ("images/\"q\".png", "../../images/%22q%22.png"),
    ])
    func fileNamesArePercentEncoded(_ target: String, _ href: String) {
        #expect(Links(from: "products/x/index.html", style: .dirs).href(target) == href)
        #expect(Links(from: "products/x/index.html", style: .files).href(target) == href)
    }

    @Test(arguments: [
        ("Halo, apa kabar?", "Halo%2C%20apa%20kabar%3F"),
        ("a+b&c=d", "a%2Bb%26c%3Dd"),
        ("AZaz09-._~", "AZaz09-._~"),
        ("s\u{E9}kar", "s%C3%A9kar"),
        ("baris\nbaru", "baris%0Abaru"),
        ("/#%", "%2F%23%25"),
        ("", ""),
    ])
    func encodeQueryValue(_ text: String, _ encoded: String) {
        #expect(Links.encodeQueryValue(text) == encoded)
    }

    @Test func routes() {
        #expect(Route.product("batik-gorga") == "products/batik-gorga/index.html")
        #expect(Route.producer("sari") == "producers/sari/index.html")
        #expect(Route.cluster("lasem") == "clusters/lasem/index.html")
        #expect(Route.motif("gorga") == "motifs/gorga/index.html")
        #expect(Route.page("tentang") == "tentang/index.html")
        #expect(Links(from: Route.product("a"), style: .dirs).href(Route.producer("b")) == "../../producers/b/")
    }
}
