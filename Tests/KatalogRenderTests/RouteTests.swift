import KatalogContent
import Testing

@testable import KatalogRender

/// Every route's output path (the URL layout of docs/content.md §10) and the links between routes.
@Suite struct RouteTests {
    /// One of each kind of route, with its path.
    static let paths: [(Route, String)] = [
        (.home, "index.html"),
        (.products(), "products/index.html"),
        (.products(page: 2), "products/page/2/index.html"),
        (.product("batik-gorga"), "products/batik-gorga/index.html"),
        (.producers(), "producers/index.html"),
        (.producers(page: 3), "producers/page/3/index.html"),
        (.producer("sari"), "producers/sari/index.html"),
        (.producer("sari", page: 2), "producers/sari/page/2/index.html"),
        (.clusters(), "clusters/index.html"),
        (.clusters(page: 2), "clusters/page/2/index.html"),
        (.cluster("lasem"), "clusters/lasem/index.html"),
        (.cluster("lasem", page: 4), "clusters/lasem/page/4/index.html"),
        (.motifs(), "motifs/index.html"),
        (.motifs(page: 2), "motifs/page/2/index.html"),
        (.motif("gorga"), "motifs/gorga/index.html"),
        (.motif("gorga", page: 2), "motifs/gorga/page/2/index.html"),
        (.techniques, "techniques/index.html"),
        (.technique("tulis"), "techniques/tulis/index.html"),
        (.technique("tulis", page: 2), "techniques/tulis/page/2/index.html"),
        (.priceBands, "prices/index.html"),
        (.priceBand("100-250-rb"), "prices/100-250-rb/index.html"),
        (.priceBand("100-250-rb", page: 2), "prices/100-250-rb/page/2/index.html"),
        (.provinces, "provinces/index.html"),
        (.province("sumatera-utara"), "provinces/sumatera-utara/index.html"),
        (.province("sumatera-utara", page: 2), "provinces/sumatera-utara/page/2/index.html"),
        (.inStock(), "in-stock/index.html"),
        (.inStock(page: 2), "in-stock/page/2/index.html"),
        (.search, "search/index.html"),
        (.print, "print/index.html"),
        (.printCluster("lasem"), "print/lasem/index.html"),
        (.printCluster("lasem", page: 2), "print/lasem/page/2/index.html"),
        (.submit, "submit/index.html"),
        (.submitProducers, "submit/producers.js"),
        (.freePage("tentang"), "tentang/index.html"),
        (.notFound, "404.html"),
        (.sitemap, "sitemap.xml"),
        (.sitemapPart(2), "sitemap-2.xml"),
        (.feed, "feed.xml"),
        (.catalogueJSON, "catalogue.json"),
        (.catalogueCSV, "catalogue.csv"),
        (.webManifest, "site.webmanifest"),
        (.favicon, "favicon.ico"),
        (.icon("icon-192.png"), "icons/icon-192.png"),
        (.asset("katalog.css"), "assets/katalog.css"),
        (.productPhoto(product: "batik-gorga", file: "kain-1.jpg"), "products/batik-gorga/kain-1.jpg"),
        (.sharedImage("logo.png"), "images/logo.png"),
    ]

    @Test(arguments: paths)
    func path(_ route: Route, _ path: String) {
        #expect(route.path == path)
    }

    @Test func pageOneIsTheListItself() {
        #expect(Route.products(page: 1) == Route.products())
        #expect(Route.products(page: 1).path == Route.products(page: 0).path)
        #expect(Route.cluster("lasem", page: 7).pageNumber == 7)
        #expect(Route.product("x").pageNumber == 1)
    }

    /// A free page lives at the top of the site, so every top-level name the layout uses is a
    /// reserved page slug (a page must never take the place of one of the site's own files).
    @Test(arguments: paths.map(\.0))
    func everyTopLevelNameIsReserved(_ route: Route) {
        if case .freePage = route { return }
        let top = route.path.prefix { $0 != "/" }
        // `sitemap-2.xml` is a part of `sitemap`.
        var stem = top.prefix { $0 != "." }
        if let dash = stem.lastIndex(of: "-"), Int(stem[stem.index(after: dash)...]) != nil { stem = stem[..<dash] }
        #expect(EntryKind.reservedPageSlugs.contains(String(stem)), "\(route.path)")
    }

    /// No two routes of the table share a path.
    @Test func pathsAreDistinct() {
        #expect(Set(Self.paths.map(\.1)).count == Self.paths.count)
    }

    @Test(arguments: [
        // (from, to, dirs, files)
        (Route.product("x"), Route.producer("y"), "../../producers/y/", "../../producers/y/index.html"),
        (.product("x"), .home, "../../", "../../index.html"),
        (.product("x"), .product("x"), "./", "index.html"),
        (.product("x"), .stylesheet, "../../assets/katalog.css", "../../assets/katalog.css"),
        (.product("x"), .productPhoto(product: "x", file: "kain-1.jpg"), "kain-1.jpg", "kain-1.jpg"),
        (.home, .home, "./", "index.html"),
        (.home, .products(), "products/", "products/index.html"),
        (.home, .producer("y"), "producers/y/", "producers/y/index.html"),
        (.home, .sitemap, "sitemap.xml", "sitemap.xml"),
        (.notFound, .home, "./", "index.html"),
        (.products(), .home, "../", "../index.html"),
        (.products(), .motif("gorga"), "../motifs/gorga/", "../motifs/gorga/index.html"),
        (.freePage("tentang"), .stylesheet, "../assets/katalog.css", "../assets/katalog.css"),
        (.products(page: 2), .products(), "../../", "../../index.html"),
        (.products(), .products(page: 2), "page/2/", "page/2/index.html"),
        (.products(page: 2), .products(page: 3), "../3/", "../3/index.html"),
        (
            .cluster("lasem", page: 2), .product("kain"), "../../../../products/kain/",
            "../../../../products/kain/index.html"
        ),
        (.technique("tulis", page: 2), .technique("cap"), "../../../cap/", "../../../cap/index.html"),
        (.priceBand("murah"), .search, "../../search/", "../../search/index.html"),
        (.province("bali"), .feed, "../../feed.xml", "../../feed.xml"),
        (.inStock(), .catalogueCSV, "../catalogue.csv", "../catalogue.csv"),
        (
            .printCluster("lasem", page: 3), .icon("icon-192.png"), "../../../../icons/icon-192.png",
            "../../../../icons/icon-192.png"
        ),
        (.submit, .webManifest, "../site.webmanifest", "../site.webmanifest"),
        (.submit, .submitProducers, "producers.js", "producers.js"),
        (.home, .favicon, "favicon.ico", "favicon.ico"),
    ])
    func relativeLinks(_ from: Route, _ to: Route, _ dirs: String, _ files: String) {
        #expect(Links(from: from, style: .dirs).href(to) == dirs)
        #expect(Links(from: from, style: .files).href(to) == files)
    }

    /// Every route links to every other in both styles: climbing out of the page's folders and back
    /// down gives the target's path.
    @Test(arguments: LinkStyle.allCases)
    func everyRouteReachesEveryOther(_ style: LinkStyle) {
        for (from, fromPath) in Self.paths {
            let links = Links(from: from, style: style)
            for (to, toPath) in Self.paths {
                var folders = fromPath.split(separator: "/").dropLast().map(String.init)
                var rest = Substring(links.href(to))
                if rest == "./" { rest = "" }
                while rest.hasPrefix("../") {
                    rest = rest.dropFirst(3)
                    folders.removeLast()
                }
                // A folder link (`dirs`) stands for the folder's index.html.
                if rest.isEmpty || rest.hasSuffix("/") { rest += "index.html" }
                let resolved = (folders + [String(rest)]).joined(separator: "/")
                #expect(resolved == toPath, "from \(fromPath) to \(toPath) (\(style))")
            }
        }
    }

    @Test(arguments: [
        (Route.home, "https://batik.example.id/katalog/", "https://batik.example.id/katalog/index.html"),
        (
            .product("x"), "https://batik.example.id/katalog/products/x/",
            "https://batik.example.id/katalog/products/x/index.html"
        ),
        (
            .stylesheet, "https://batik.example.id/katalog/assets/katalog.css",
            "https://batik.example.id/katalog/assets/katalog.css"
        ),
        (
            .products(page: 2), "https://batik.example.id/katalog/products/page/2/",
            "https://batik.example.id/katalog/products/page/2/index.html"
        ),
    ])
    func absoluteBase(_ target: Route, _ dirs: String, _ files: String) {
        let base = "https://batik.example.id/katalog/"
        #expect(Links(from: .notFound, style: .dirs, absoluteBase: base).href(target) == dirs)
        #expect(Links(from: .notFound, style: .files, absoluteBase: base).href(target) == files)
        // The page's depth does not matter with an absolute base.
        #expect(Links(from: .cluster("a", page: 2), style: .dirs, absoluteBase: base).href(target) == dirs)
        #expect(Links.absolute(target, base: base, style: .dirs) == dirs)
        #expect(Links.absolute(target, base: base, style: .files) == files)
    }

    @Test func homeUnderAbsoluteBaseIsTheBase() {
        #expect(Links.absolute(.home, base: "https://a.id/", style: .dirs) == "https://a.id/")
    }

    @Test(arguments: [
        ("kain biru.jpg", "kain%20biru.jpg"),
        ("kain#1.jpg", "kain%231.jpg"),
        ("kain?.jpg", "kain%3F.jpg"),
        ("100%.jpg", "100%25.jpg"),
        ("s\u{E9}kar.jpg", "s%C3%A9kar.jpg"),
        ("a+b&c.jpg", "a%2Bb%26c.jpg"),
        ("Kain_1~v2.JPG", "Kain_1~v2.JPG"),
    ])
    func photoNamesArePercentEncoded(_ file: String, _ href: String) {
        for style in LinkStyle.allCases {
            #expect(Links(from: .product("x"), style: style).href(.productPhoto(product: "x", file: file)) == href)
        }
        #expect(Links(from: .product("x"), style: .dirs).href(.sharedImage(file)) == "../../images/" + href)
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
        #expect(URLEncoding.queryValue(text) == encoded)
    }

    @Test func fragments() {
        #expect(URLEncoding.fragment("") == "")
        #expect(URLEncoding.fragment("Bagian 2") == "#Bagian%202")
    }

    @Test func sections() {
        #expect(Route.product("x").section == "products")
        #expect(Route.products(page: 3).section == "products")
        #expect(Route.cluster("x", page: 2).section == "clusters")
        #expect(Route.home.section == "index.html")
    }
}
