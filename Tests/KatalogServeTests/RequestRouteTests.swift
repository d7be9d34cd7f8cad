import Testing

@testable import KatalogServe

/// What each request path asks for, decided before any lookup; base paths; content types; where
/// the banner and the script go in a page.
@Suite struct RequestRouteTests {
    @Test func routesUnderTheRootBasePath() {
        let cases: [(String, RequestRoute)] = [
            ("/", .file("index.html")),
            ("/index.html", .file("index.html")),
            ("/products/kain/", .file("products/kain/index.html")),
            ("/products/kain", .file("products/kain")),
            ("/css/site.css", .file("css/site.css")),
            ("/produk%20baru/", .file("produk baru/index.html")),
            ("/caf%C3%A9.html", .file("café.html")),
            // Decoded once: a doubly encoded dot is a name, never a dot segment.
            ("/%252e%252e/x", .file("%2e%2e/x")),
            ("/a%3Fb", .file("a?b")),
            ("/_katalog/events", .reserved("events")),
            ("/_katalog/live.js", .reserved("live.js")),
            ("/_katalog/", .reserved("/")),
            ("/_katalogue/x", .file("_katalogue/x")),
            ("/../etc/passwd", .badRequest),
            ("/%2e%2e/%2e%2e/etc/passwd", .badRequest),
            ("/%2E%2E/", .badRequest),
            ("/.%2e/x", .badRequest),
            ("//etc/passwd", .badRequest),
            ("/%2Fetc/passwd", .badRequest),
            ("/products/..%2f..%2fsecret", .badRequest),
            ("/products/./kain/", .badRequest),
            ("/./", .badRequest),
            ("/a//b", .badRequest),
            ("/a/..", .badRequest),
            ("/a/.", .badRequest),
            ("/a\\b", .badRequest),
            ("/a%5Cb", .badRequest),
            ("/a%00b", .badRequest),
            ("/a%0Ab", .badRequest),
            ("/a%7Fb", .badRequest),
            ("/a%ZZ", .badRequest),
            ("/a%", .badRequest),
            ("/%FF", .badRequest),
            ("/a b", .badRequest),
            ("/caf\u{E9}", .badRequest),
            ("*", .badRequest),
            ("", .badRequest),
            ("http://host/x", .badRequest),
        ]
        for (path, route) in cases {
            #expect(RequestRoute.route(rawPath: path, basePath: "/") == route, "\(path)")
        }
    }

    @Test func routesUnderASubPath() {
        let cases: [(String, RequestRoute)] = [
            ("/sub/", .file("index.html")),
            ("/sub/products/kain/", .file("products/kain/index.html")),
            ("/sub/_katalog/events", .reserved("events")),
            ("/", .redirect("/sub/")),
            ("/sub", .redirect("/sub/")),
            ("/index.html", .notFound),
            ("/subway/", .notFound),
            ("/_katalog/events", .notFound),
            ("/SUB/", .notFound),
            ("/sub/../index.html", .badRequest),
            ("/sub//x", .badRequest),
        ]
        for (path, route) in cases {
            #expect(RequestRoute.route(rawPath: path, basePath: "/sub/") == route, "\(path)")
        }
    }

    @Test func basePaths() throws {
        let cases = [
            ("", "/"), ("/", "/"), ("sub", "/sub/"), ("/sub", "/sub/"), ("sub/", "/sub/"), ("/a/b/", "/a/b/"),
            ("/batik medan/", "/batik%20medan/"), ("/café/", "/caf%C3%A9/"),
        ]
        for (given, normalized) in cases {
            #expect(try BasePath.normalize(given) == normalized, "\(given)")
        }
        for invalid in ["//", "/a//b/", "/../", "/a/./", "/a\\b/", "/a\u{0}/"] {
            #expect(throws: BasePath.Invalid(basePath: invalid), "\(invalid)") { try BasePath.normalize(invalid) }
        }
        #expect(
            BasePath.Invalid(basePath: "/../").description
                == "the base path \"/../\" must be a path of plain folder names, such as /batik/")
    }

    @Test func contentTypes() {
        let cases = [
            ("index.html", "text/html; charset=utf-8"), ("a/b.HTM", "text/html; charset=utf-8"),
            ("css/site.css", "text/css; charset=utf-8"), ("search/t-ab.js", "text/javascript; charset=utf-8"),
            ("m.mjs", "text/javascript; charset=utf-8"), ("catalogue.json", "application/json"),
            ("sitemap.xml", "application/xml; charset=utf-8"), ("feed.xml", "application/atom+xml; charset=utf-8"),
            ("x.atom", "application/atom+xml; charset=utf-8"), ("site.webmanifest", "application/manifest+json"),
            ("icon.svg", "image/svg+xml"), ("a.png", "image/png"), ("a.JPG", "image/jpeg"), ("a.jpeg", "image/jpeg"),
            ("a.webp", "image/webp"), ("a.avif", "image/avif"), ("a.gif", "image/gif"),
            ("favicon.ico", "image/x-icon"), ("catalogue.csv", "text/csv; charset=utf-8"),
            ("robots.txt", "text/plain; charset=utf-8"), ("print/a.pdf", "application/pdf"),
            ("f.woff2", "font/woff2"), ("f.woff", "font/woff"), (".katalog-output", "application/octet-stream"),
            ("README", "application/octet-stream"), ("a.exe", "application/octet-stream"),
        ]
        for (path, type) in cases {
            #expect(ContentType.of(path) == type, "\(path)")
        }
        #expect(ContentType.isHTML("Text/HTML ; charset=utf-8") && !ContentType.isHTML("text/htmlx"))
    }

    @Test func injection() {
        func inject(_ page: String, banner: String? = "[B]") -> String {
            String(decoding: HTMLInjection.inject(banner: banner, script: "[S]", into: Array(page.utf8)), as: UTF8.self)
        }
        #expect(inject("<html><body><p>x</p></body></html>") == "<html><body>[B]<p>x</p>[S]</body></html>")
        #expect(inject("<html><body><p>x</p></body></html>", banner: nil) == "<html><body><p>x</p>[S]</body></html>")
        #expect(
            inject("<BODY class=\"a>b\" data-x='>'>x</Body>") == "<BODY class=\"a>b\" data-x='>'>[B]x[S]</Body>")
        // `<bodyguard>` is not `<body>`; the last `</body>` counts.
        #expect(inject("<bodyguard><body>x</body><!--</body>-->") == "<bodyguard><body>[B]x</body><!--[S]</body>-->")
        // No tags (both are optional in HTML): at the end, still inside the document.
        #expect(inject("<!doctype html><title>t</title><p>x") == "<!doctype html><title>t</title><p>x[B][S]")
        #expect(inject("") == "[B][S]")
        #expect(inject("<body") == "<body[B][S]")
    }

    @Test func pageKeysAndEvents() {
        #expect(LiveReload.pageKey("index.html", basePath: "/") == "/")
        #expect(LiveReload.pageKey("products/kain/index.html", basePath: "/sub/") == "/sub/products/kain/")
        #expect(LiveReload.pageKey("products/kain.html", basePath: "/") == "/products/kain.html")
        #expect(LiveReload.pageKey("produk baru/index.html", basePath: "/") == "/produk%20baru/")
        #expect(LiveReload.pageKey("myindex.html", basePath: "/") == "/myindex.html")
        let event = LiveReload.event(.pages(["/b/", "/a/"]), serverID: "s1", version: 4)
        #expect(
            String(decoding: event, as: UTF8.self)
                == "event: reload\ndata: {\"all\":false,\"pages\":[\"/a/\",\"/b/\"],\"server\":\"s1\",\"version\":4}\n\n"
        )
        #expect(
            LiveReload.scriptTag(basePath: "/s/", keys: ["/a\"/", "/b/"], serverID: "x", version: 2)
                == "<script src=\"/s/_katalog/live.js\" data-katalog-events=\"/s/_katalog/events\" "
                + "data-katalog-server=\"x\" data-katalog-version=\"2\" data-katalog-pages=\"/a&quot;/ /b/\" "
                + "defer></script>")
    }

    @Test func changeLog() {
        var log = LiveReload.Log()
        #expect(log.changes(since: 0) == nil)
        #expect(log.record(.pages(["/a/"])) == 1)
        #expect(log.record(.pages(["/b/"])) == 2)
        #expect(log.changes(since: 0) == .pages(["/a/", "/b/"]))
        #expect(log.changes(since: 1) == .pages(["/b/"]))
        #expect(log.changes(since: 2) == nil)
        #expect(log.changes(since: 3) == .all)
        #expect(log.changes(since: -1) == .all)
        #expect(log.record(.all) == 3)
        #expect(log.changes(since: 1) == .all)
        for _ in 0..<LiveReload.Log.capacity { _ = log.record(.pages(["/c/"])) }
        // The log keeps versions 4 to 259: it no longer knows what version 3 changed.
        #expect(log.changes(since: 2) == .all)
        #expect(log.changes(since: 3) == .pages(["/c/"]))
    }

    @Test func bannerEscapesEveryProblem() throws {
        let banner = try #require(ProblemBanner.html(problems: ["a.md:1:2: error: <b>'&'</b>"], hasSite: true))
        #expect(banner.contains(">a.md:1:2: error: &lt;b&gt;&#39;&amp;&#39;&lt;/b&gt;</li>"))
        #expect(banner.contains("1 problem in the last rebuild; this is the last good version of the page."))
        #expect(
            banner.hasPrefix("<div id=\"katalog-problems\" role=\"alert\" lang=\"en\" style=\"position:sticky;top:0;"))
        #expect(ProblemBanner.html(problems: [], hasSite: true) == nil)
    }
}
