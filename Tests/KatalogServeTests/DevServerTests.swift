import Foundation
import Testing

@testable import KatalogServe

/// `DevServer` over real HTTP on the loopback: each test starts its own server on a free port,
/// sends raw requests, and stops the server on every path. Reads time out after 3 s.
@Suite(.timeLimit(.minutes(1))) struct DevServerTests {
    static let home =
        "<!doctype html><html lang=\"id\"><head><title>Beranda</title></head>\n<body class=\"home\">"
        + "<h1>Batik Medan</h1></body></html>\n"
    static let product = "<!doctype html><html><head><title>Kain</title></head><body><h1>Kain</h1></body></html>"
    static let css = "body { color: #222; } /* </body> */\n"
    static let json = "{\"html\":\"</body>\"}"
    static let notFound = "<!doctype html><html><head><title>404</title></head><body><p>Tidak ada</p></body></html>"

    static func site(_ extra: [String: String] = [:]) -> DictionarySite {
        DictionarySite(
            texts: [
                "index.html": home,
                "products/kain/index.html": product,
                "css/site.css": css,
                "catalogue.json": json,
                "feed.xml": "<feed/>",
                "site.webmanifest": "{}",
                "catalogue.csv": "name\nkain\n",
                "404.html": notFound,
            ].merging(extra) { $1 })
    }

    /// Runs `body` against a started server with `site` published, and stops the server after it,
    /// whether it threw or not.
    static func withServer(
        _ site: any ServedSite = site(), basePath: String = "/", problems: [String] = [], host: String = "127.0.0.1",
        keepAlive: Duration = .seconds(15), _ body: (DevServer, UInt16) async throws -> Void
    ) async throws {
        let server = DevServer(host: host, port: 0, basePath: basePath, keepAliveInterval: keepAlive)
        server.publish(site, changed: .all, problems: problems)
        let port = try await server.start()
        do {
            try await body(server, port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static func get(_ target: String, _ port: UInt16) async throws -> RawHTTP.Response {
        try await RawHTTP.request("GET", target, port: port)
    }

    /// The live-reload tag's attribute `name` in `page`.
    static func attribute(_ name: String, in page: String) throws -> String {
        let start = try #require(page.range(of: "\(name)=\""))
        let end = try #require(page[start.upperBound...].firstIndex(of: "\""))
        return String(page[start.upperBound..<end])
    }

    @Test func pageAndStylesheetWithTheirTypes() async throws {
        try await Self.withServer { _, port in
            let page = try await Self.get("/", port)
            #expect(page.status == 200)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.header("X-Content-Type-Options") == "nosniff")
            #expect(page.header("Cache-Control") == "no-store")
            #expect(page.header("Content-Length") == String(page.body.count))
            #expect(page.text.hasPrefix(Self.home.components(separatedBy: "</body>")[0]))

            let css = try await Self.get("/css/site.css?v=3", port)
            #expect(css.status == 200)
            #expect(css.header("Content-Type") == "text/css; charset=utf-8")
            #expect(css.header("X-Content-Type-Options") == "nosniff")
            #expect(css.text == Self.css)

            let types = [
                "/catalogue.json": "application/json", "/feed.xml": "application/atom+xml; charset=utf-8",
                "/site.webmanifest": "application/manifest+json", "/catalogue.csv": "text/csv; charset=utf-8",
                "/products/kain/index.html": "text/html; charset=utf-8",
            ]
            for (target, type) in types {
                let response = try await Self.get(target, port)
                #expect(response.status == 200, "\(target)")
                #expect(response.header("Content-Type") == type, "\(target)")
            }
        }
    }

    @Test func folderWithoutSlashRedirects() async throws {
        try await Self.withServer { _, port in
            let redirect = try await Self.get("/products/kain?x=1", port)
            #expect(redirect.status == 301)
            #expect(redirect.header("Location") == "/products/kain/")
            #expect(redirect.header("Cache-Control") == "no-store")
            let folder = try await Self.get("/products/kain/", port)
            #expect(folder.status == 200)
            #expect(folder.text.contains("<h1>Kain</h1>"))
            // A folder that has no index.html is not redirected.
            #expect(try await Self.get("/products", port).status == 404)
        }
    }

    @Test func headHasTheHeadersOfGetWithoutBody() async throws {
        try await Self.withServer { _, port in
            for target in ["/", "/css/site.css", "/missing/", "/products/kain"] {
                let get = try await Self.get(target, port)
                let head = try await RawHTTP.request("HEAD", target, port: port)
                #expect(head.status == get.status, "\(target)")
                #expect(head.body.isEmpty, "\(target)")
                #expect(head.header("Content-Length") == String(get.body.count), "\(target)")
                #expect(head.header("Content-Type") == get.header("Content-Type"), "\(target)")
                #expect(head.header("Location") == get.header("Location"), "\(target)")
            }
        }
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        let site = Self.site()
        try await Self.withServer(site) { _, port in
            for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"] {
                let response = try await RawHTTP.request(method, "/index.html", port: port, body: "a=1")
                #expect(response.status == 405, "\(method)")
                #expect(response.header("Allow") == "GET, HEAD", "\(method)")
                #expect(!response.text.contains("Batik Medan"), "\(method)")
            }
            // A method FlyingFox does not know never reaches the handler: 404, nothing served.
            let unknown = try await RawHTTP.request("BREW", "/index.html", port: port)
            #expect(unknown.status == 404 && !unknown.text.contains("Batik Medan"))
        }
        #expect(site.askedPaths.isEmpty)
    }

    @Test func notFoundIsTheSite404Page() async throws {
        try await Self.withServer { _, port in
            let missing = try await Self.get("/products/tidak-ada/", port)
            #expect(missing.status == 404)
            #expect(missing.header("Content-Type") == "text/html; charset=utf-8")
            #expect(missing.text.contains("<p>Tidak ada</p>"))
            // It reloads when the missing page appears, or when 404.html changes.
            #expect(
                try Self.attribute("data-katalog-pages", in: missing.text) == "/products/tidak-ada/ /404.html")
        }
        // A site without 404.html: the server's own page, still 404.
        try await Self.withServer(DictionarySite(texts: ["index.html": Self.home])) { _, port in
            let missing = try await Self.get("/nothing.css", port)
            #expect(missing.status == 404)
            #expect(missing.text.contains("<h1>Not found</h1>"))
            #expect(
                try Self.attribute("data-katalog-pages", in: missing.text) == "/nothing.css /nothing.css/ /404.html")
        }
    }

    @Test func basePath() async throws {
        try await Self.withServer(basePath: "sub") { server, port in
            #expect(server.basePath == "/sub/")
            let home = try await Self.get("/sub/", port)
            #expect(home.status == 200 && home.text.contains("Batik Medan"))
            #expect(
                home.text.contains("<script src=\"/sub/_katalog/live.js\" data-katalog-events=\"/sub/_katalog/events\"")
            )
            #expect(try await Self.get("/sub/css/site.css", port).text == Self.css)
            for target in ["/", "/sub"] {
                let redirect = try await Self.get(target, port)
                #expect(redirect.status == 302, "\(target)")
                #expect(redirect.header("Location") == "/sub/", "\(target)")
            }
            let folder = try await Self.get("/sub/products/kain", port)
            #expect(folder.status == 301 && folder.header("Location") == "/sub/products/kain/")
            for target in ["/index.html", "/css/site.css", "/other/", "/subway/index.html", "/_katalog/live.js"] {
                let outside = try await Self.get(target, port)
                #expect(outside.status == 404, "\(target)")
                #expect(!outside.text.contains("Batik Medan"), "\(target)")
            }
            let script = try await Self.get("/sub/_katalog/live.js", port)
            #expect(script.status == 200 && script.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(script.text == LiveReload.script)
        }
    }

    /// Requests that try to leave the site, against a site that serves any file under its folder
    /// from disk by joining the site path to it (what a careless site would do), with secrets next
    /// to that folder: each request is refused (400) or not found (404), none returns a secret or
    /// /etc/passwd, and the site is only ever asked for clean paths.
    @Test func traversalAttemptsNeverLeaveTheSite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-serve-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            "site/index.html": Self.home, "site/404.html": Self.notFound, "site/photos/kain.jpg": "JPEG-BYTES",
            "site/secret.txt.bak": "TOP-SECRET", "secret.txt": "TOP-SECRET", "cache/secret.txt": "TOP-SECRET",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let site = FolderSite(root: folder + "/site")
        try await Self.withServer(site) { _, port in
            let photo = try await Self.get("/photos/kain.jpg", port)
            #expect(photo.status == 200 && photo.text == "JPEG-BYTES")
            #expect(photo.header("Content-Type") == "image/jpeg")
            let attempts = [
                "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd", "/products/..%2f..%2fsecret.txt",
                "/../secret.txt", "/photos/../../secret.txt", "/%2e%2e/secret.txt", "/photos/%2E%2E/%2E%2E/secret.txt",
                "/..%2Fsecret.txt", "/photos/.%2e/.%2e/secret.txt", "/..%5csecret.txt", "/..\\secret.txt",
                "/photos/kain.jpg%00.html", "/./index.html", "/photos/./kain.jpg", "/photos//kain.jpg",
                "/%2Fetc%2Fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/%252e%252e/secret.txt",
                "/photos/%2e%2e%2f%2e%2e%2fsecret.txt", folder + "/secret.txt",
                "/%2F" + folder.dropFirst() + "/secret.txt",
                "/photos/kain.jpg/../../secret.txt", "/%c0%ae%c0%ae/secret.txt", "/photos/%ZZ",
                "/_katalog/../../secret.txt",
                "/../cache/secret.txt", "/secret.txt", "*", "http://test/secret.txt",
            ]
            for target in attempts {
                let response = try await Self.get(target, port)
                #expect([400, 404].contains(response.status), "\(target): \(response.status)")
                #expect(!response.text.contains("TOP-SECRET") && !response.text.contains("root:"), "\(target)")
            }
        }
        #expect(site.askedPaths.contains("photos/kain.jpg"))
        for path in site.askedPaths {
            let segments = path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0"), "\(path)")
            #expect(segments.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }, "\(path)")
        }
    }

    @Test func scriptOnlyInHTML() async throws {
        let upper = "<HTML><BODY>\n<p>Besar</p>\n</BODY></HTML>"
        let site = Self.site(["upper.html": upper, "page": "<body>x</body>"])
        var files = site.files
        files["page"] = .bytes(Array("<body>x</body>".utf8), contentType: "text/html")
        try await Self.withServer(DictionarySite(files)) { _, port in
            let page = try await Self.get("/products/kain/", port)
            let tag = try #require(page.text.range(of: "<script src=\"/_katalog/live.js\""))
            #expect(page.text[tag.lowerBound...].hasSuffix("defer></script></body></html>"))
            #expect(try Self.attribute("data-katalog-pages", in: page.text) == "/products/kain/")
            let uppercase = try await Self.get("/upper.html", port)
            #expect(uppercase.text.hasPrefix("<HTML><BODY>\n<p>Besar</p>\n<script src="))
            #expect(uppercase.text.hasSuffix("></script></BODY></HTML>"))
            let typed = try await Self.get("/page", port)
            #expect(typed.header("Content-Type") == "text/html" && typed.text.contains("live.js"))
            // CSS and JSON come back byte for byte, even when they hold `</body>`.
            #expect(try await Self.get("/css/site.css", port).text == Self.css)
            #expect(try await Self.get("/catalogue.json", port).text == Self.json)
        }
    }

    /// A page's stream gets an event naming the changed pages, as URL paths; a change of problems
    /// is `all`; a publish that changed nothing sends nothing.
    @Test func eventAfterPublish() async throws {
        try await Self.withServer(basePath: "/sub/") { server, port in
            let stream = try await RawHTTP.onThread {
                let socket = try RawHTTP.Socket(host: "127.0.0.1", port: port)
                try socket.send("GET /sub/_katalog/events HTTP/1.1\r\nHost: test\r\n\r\n")
                let head = try socket.read(until: "retry: 1000\n\n")
                #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
                #expect(head.contains("Content-Type: text/event-stream; charset=utf-8\r\n"))
                #expect(head.contains("Cache-Control: no-store\r\n"))
                #expect(head.contains("Transfer-Encoding: chunked\r\n"))
                return socket
            }
            defer { stream.close() }
            let site = Self.site()
            server.publish(site, changed: .pages([]), problems: [])
            server.publish(site, changed: .pages(["products/kain/index.html", "index.html"]), problems: [])
            let event = try await RawHTTP.onThread { try stream.read(until: "}\n\n") }
            let id = server.serverID
            #expect(
                event.hasSuffix(
                    "event: reload\ndata: {\"all\":false,\"pages\":[\"/sub/\",\"/sub/products/kain/\"],"
                        + "\"server\":\"\(id)\",\"version\":2}\n\n"))
            // The empty publish before sent nothing.
            #expect(!event.contains("\"version\":1}"))
            server.publish(site, changed: .pages([]), problems: ["content/a.md:1:1: error: x"])
            let all = try await RawHTTP.onThread { try stream.read(until: "}\n\n") }
            #expect(all.hasSuffix("data: {\"all\":true,\"pages\":[],\"server\":\"\(id)\",\"version\":3}\n\n"))
        }
    }

    /// A page that was served before a publish, and connects after it, learns at once what it
    /// missed; a page from another server (a restart) reloads.
    @Test func pageCatchesUpOnWhatItMissed() async throws {
        try await Self.withServer { server, port in
            let page = try await Self.get("/products/kain/", port)
            let id = try Self.attribute("data-katalog-server", in: page.text)
            let version = try Self.attribute("data-katalog-version", in: page.text)
            #expect(id == server.serverID && version == "1")
            server.publish(Self.site(), changed: .pages(["products/kain/index.html"]), problems: [])
            server.publish(Self.site(), changed: .pages(["index.html"]), problems: [])
            let cases = [
                ("server=\(id)&since=1", "{\"all\":false,\"pages\":[\"/\",\"/products/kain/\"],"),
                ("server=\(id)&since=2", "{\"all\":false,\"pages\":[\"/\"],"),
                ("server=other&since=3", "{\"all\":true,\"pages\":[],"),
                ("server=\(id)&since=junk", "{\"all\":true,\"pages\":[],"),
            ]
            for (query, start) in cases {
                let event = try await RawHTTP.onThread {
                    let socket = try RawHTTP.Socket(host: "127.0.0.1", port: port)
                    defer { socket.close() }
                    try socket.send("GET /_katalog/events?\(query) HTTP/1.1\r\nHost: test\r\n\r\n")
                    return try socket.read(until: "}\n\n")
                }
                #expect(event.contains("data: \(start)\"server\":\"\(id)\",\"version\":3}\n\n"), "\(query)")
            }
        }
    }

    @Test func problemsBannerUntilFixed() async throws {
        let problem = "content/products/kain.md:3:7: error: price \"<script>alert(1)</script>\" & more"
        try await Self.withServer(problems: [problem, "content/site.yml:1:1: error: title is missing"]) {
            server, port in
            let page = try await Self.get("/", port)
            let escaped =
                "content/products/kain.md:3:7: error: price &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; more"
            #expect(page.text.contains("<body class=\"home\"><div id=\"katalog-problems\" role=\"alert\""))
            #expect(page.text.contains(escaped))
            #expect(!page.text.contains("<script>alert(1)"))
            #expect(page.text.contains("2 problems in the last rebuild; this is the last good version of the page."))
            let missing = try await Self.get("/missing", port)
            #expect(missing.status == 404 && missing.text.contains("role=\"alert\""))
            #expect(try await Self.get("/css/site.css", port).text == Self.css)

            server.publish(Self.site(), changed: .pages([]), problems: [])
            let fixed = try await Self.get("/", port)
            #expect(!fixed.text.contains("katalog-problems") && !fixed.text.contains("role=\"alert\""))
        }
    }

    @Test func portInUseIsAClearError() async throws {
        try await Self.withServer { _, port in
            let second = DevServer(port: port)
            await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: port)) { try await second.start() }
            #expect(
                ServeError.portInUse(host: "127.0.0.1", port: port).description
                    == "cannot listen on 127.0.0.1:\(port): the port is in use by another program")
            // The first server still answers.
            let status = try await Self.get("/", port).status
            #expect(status == 200)
        }
        let bad = DevServer(host: "example.org", port: 0)
        await #expect(throws: ServeError.notAnAddress("example.org")) { try await bad.start() }
        await #expect(throws: ServeError.invalidBasePath("/a/../b/")) {
            try await DevServer(port: 0, basePath: "/a/../b/").start()
        }
    }

    /// Stopping ends open event streams and idle connections at once.
    @Test func stopClosesStreamsPromptly() async throws {
        let server = DevServer(port: 0)
        server.publish(Self.site(), changed: .all, problems: [])
        let port = try await server.start()
        let stream: RawHTTP.Socket
        let idle: RawHTTP.Socket
        do {
            (stream, idle) = try await RawHTTP.onThread {
                let stream = try RawHTTP.Socket(host: "127.0.0.1", port: port)
                try stream.send("GET /_katalog/events HTTP/1.1\r\nHost: test\r\n\r\n")
                _ = try stream.read(until: "retry: 1000\n\n")
                let idle = try RawHTTP.Socket(host: "127.0.0.1", port: port)
                try idle.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
                _ = try idle.read(until: "</html>")
                return (stream, idle)
            }
        } catch {
            await server.stop()
            throw error
        }
        defer {
            stream.close()
            idle.close()
        }
        #expect(server.eventClients == 1)
        let clock = ContinuousClock()
        let took = await clock.measure { await server.stop() }
        #expect(took < .seconds(2))
        // Both connections end (the stream with its last chunk); the port no longer accepts.
        let rest = try await RawHTTP.onThread { try stream.readToEnd() }
        #expect(String(decoding: rest, as: UTF8.self).hasSuffix("0\r\n\r\n"))
        _ = try await RawHTTP.onThread { try idle.readToEnd() }
        await #expect(throws: RawHTTP.Failure.self) { try await Self.get("/", port) }
    }

    /// An idle stream gets keep-alive comments; a browser that went away is dropped from the list
    /// at the next one.
    @Test func keepAliveAndGoneClients() async throws {
        try await Self.withServer(keepAlive: .milliseconds(50)) { server, port in
            try await RawHTTP.onThread {
                let socket = try RawHTTP.Socket(host: "127.0.0.1", port: port)
                defer { socket.close() }
                try socket.send("GET /_katalog/events HTTP/1.1\r\nHost: test\r\n\r\n")
                _ = try socket.read(until: ": keep-alive\n\n")
                _ = try socket.read(until: ": keep-alive\n\n")
            }
            #expect(server.eventClients <= 1)
            let deadline = ContinuousClock.now + .seconds(3)
            while server.eventClients > 0, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(server.eventClients == 0)
        }
    }

    /// Served on IPv6's loopback too (`--host ::1`), where the script's URLs are the same.
    @Test(.enabled(if: DevServerTests.hasIPv6Loopback)) func ipv6Loopback() async throws {
        try await Self.withServer(host: "::1") { _, port in
            let page = try await RawHTTP.request("GET", "/", port: port, host: "::1")
            #expect(page.status == 200 && page.text.contains("src=\"/_katalog/live.js\""))
            let event = try await RawHTTP.onThread {
                let socket = try RawHTTP.Socket(host: "::1", port: port)
                defer { socket.close() }
                try socket.send("GET /_katalog/events HTTP/1.1\r\nHost: [::1]\r\n\r\n")
                return try socket.read(until: "retry: 1000\n\n")
            }
            #expect(event.hasPrefix("HTTP/1.1 200 OK"))
        }
    }

    /// `--host 0.0.0.0` listens on every IPv4 address, the loopback included.
    @Test func anyAddress() async throws {
        try await Self.withServer(host: "0.0.0.0") { _, port in
            let page = try await Self.get("/", port)
            #expect(page.status == 200 && page.text.contains("src=\"/_katalog/live.js\""))
        }
    }

    @Test func beforeTheFirstPublishAPageWaits() async throws {
        let server = DevServer(port: 0)
        let port = try await server.start()
        do {
            let waiting = try await Self.get("/", port)
            #expect(waiting.status == 503)
            #expect(try Self.attribute("data-katalog-pages", in: waiting.text) == "*")
            server.publish(EmptySite(), changed: .all, problems: ["content/site.yml:2:1: error: x"])
            let broken = try await Self.get("/", port)
            #expect(broken.status == 404)
            #expect(broken.text.contains("1 problem. The site could not be built yet."))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static let hasIPv6Loopback: Bool = {
        let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_addr = in6addr_loopback
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) == 0
            }
        }
    }()
}
