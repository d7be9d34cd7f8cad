import Foundation
import Testing

/// The sample catalogue in a real browser (headless Chromium at phone width), as a buyer uses it:
/// typing in the header's search field, filtering and sorting the results, following one; from
/// disk (`--links files`, `file://`), over HTTP under a sub-path, and with JavaScript off. Slow
/// tests: `make test-slow` installs Debian's chromium and runs them.
@Suite(.serialized) struct SearchBrowserSlowTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample catalogue in `content/`, built by the `katalog` binary into `<dir>/<path>`.
    static func buildSample(links: String, into path: String) throws -> URL {
        let dir = try CLITests.site([:])
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let run = try CLITests.run(
            [
                "build", "--content", repository.appendingPathComponent("content").path, "--templates",
                repository.appendingPathComponent("templates").path, "--output", path, "--links", links,
            ], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        return dir
    }

    /// The texts of the elements `selector` matches.
    static func texts(_ browser: Chromium, _ selector: String) throws -> [String] {
        try browser.evaluate("[...document.querySelectorAll('\(selector)')].map(e => e.textContent)") as? [String]
            ?? []
    }

    /// Waits for the search page to show its results (for `query`, when given: the page writes the
    /// query into the address as it shows them, and is "done" when their cards are filled).
    static func waitForResults(_ browser: Chromium, query: String? = nil) throws {
        let shown = query.map { "new URLSearchParams(location.search).get('q') === '\($0)' && " } ?? ""
        try browser.wait(
            "\(shown)document.getElementById('search')?.dataset.state === 'done'", what: "results for \(query ?? "")")
    }

    /// Rupiah as the cards show them ("Rp1.850.000"), or nil for "Hubungi penjual".
    static func rupiah(_ text: String) -> Int? { Int(text.filter(\.isNumber)) }

    @Test func searchFromDiskFindsFiltersSortsAndLinks() throws {
        let dir = try Self.buildSample(links: "files", into: "public")
        let site = dir.appendingPathComponent("public")
        let browser = try Chromium()

        // From the home page: the header's field, then Enter, lands on the search page.
        try browser.open(site.appendingPathComponent("index.html").absoluteString)
        let label = try browser.evaluate("document.querySelector('.site-header input[name=q]').labels.length")
        #expect(label as? Int == 1)
        try browser.evaluate("document.querySelector('.site-header input[name=q]').focus()")
        try browser.type("gorg mer")
        try browser.press("Enter", code: 13)
        try browser.wait("location.pathname.endsWith('/search/index.html')", what: "the search page")
        try Self.waitForResults(browser)
        let names = try Self.texts(browser, "#search-results .card-name")
        // Word beginnings, in any field: "gorg" and "mer" in the name, the colours or the motifs.
        #expect(names.first == "Batik Tulis Gorga Sutra Merah Hitam")
        #expect(names.allSatisfy { !$0.isEmpty })
        let status = try browser.evaluate("document.getElementById('search-status').textContent") as? String
        #expect(status == "\(names.count) produk")
        #expect(
            try browser.evaluate("document.getElementById('search-status').getAttribute('role')") as? String == "status"
        )

        // A broad query, typed on the search page itself, as results arrive while typing.
        try browser.evaluate(
            "{ const q = document.querySelector('.site-header input[name=q]'); q.value = ''; q.focus() }")
        try browser.type("batik")
        try Self.waitForResults(browser, query: "batik")
        let all = try Self.texts(browser, "#search-results .card-name")
        let total =
            Int(
                (try browser.evaluate("document.getElementById('search-status').textContent") as? String ?? "")
                    .prefix { $0.isNumber }) ?? 0
        #expect(total > 24)
        #expect(all.count == 24)  // a page of results, then "more"
        #expect(try browser.evaluate("document.getElementById('search-more').hidden") as? Bool == false)
        try browser.evaluate("document.getElementById('search-more').click()")
        try browser.wait(
            "document.querySelectorAll('#search-results .card-name').length === \(total)", what: "more results")

        // A filter: the technique chip "Batik tulis", with its count; every result is then batik tulis.
        let chip =
            "[...document.querySelectorAll('#search-filters [data-facet=t]')].find(b => b.textContent.startsWith('Batik tulis '))"
        let chipText = try browser.evaluate("\(chip).textContent") as? String ?? ""
        let tulis = Int(chipText.filter(\.isNumber)) ?? 0
        #expect(tulis > 0 && tulis < total)
        try browser.evaluate("document.querySelector('#search-controls summary').click()")  // opens the filters
        #expect(try browser.evaluate("document.querySelector('#search-controls details').open") as? Bool == true)
        try browser.evaluate("\(chip).click()")
        try Self.waitForResults(browser)
        #expect(try browser.evaluate("\(chip).getAttribute('aria-pressed')") as? String == "true")
        let focused = try browser.evaluate("document.activeElement.outerHTML") as? String ?? ""
        #expect(try browser.evaluate("document.activeElement === \(chip)") as? Bool == true, "focus on \(focused)")
        let techniques =
            try browser.evaluate(
                "[...document.querySelectorAll('#search-results .card')].map(c => [...c.querySelectorAll('.card-meta')].pop().textContent)"
            ) as? [String] ?? []
        #expect(techniques.count == min(tulis, 24))
        #expect(techniques.allSatisfy { $0 == "Batik tulis" })
        #expect(
            try browser.evaluate("document.getElementById('search-status').textContent") as? String
                == "\(tulis) produk")

        // Sorted by price, cheapest first, then dearest first; products without a price last.
        for (order, ascending) in [("price-up", true), ("price-down", false)] {
            try browser.evaluate(
                "{ const s = document.getElementById('search-sort'); s.value = '\(order)'; s.dispatchEvent(new Event('change')) }"
            )
            try Self.waitForResults(browser)
            let prices = try Self.texts(browser, "#search-results .price").compactMap(Self.rupiah)
            #expect(prices.count == techniques.count)
            #expect(prices == prices.sorted(by: ascending ? (<) : (>)), "\(order): \(prices)")
        }

        // The address keeps query, filter and sort: opened again, it shows the same list.
        let shown = try Self.texts(browser, "#search-results .card-name")
        let address = try browser.evaluate("location.href") as? String ?? ""
        #expect(address.contains("q=batik") && address.contains("sort=price-down") && address.contains("t="))
        try browser.open(address)
        try Self.waitForResults(browser)
        #expect(try Self.texts(browser, "#search-results .card-name") == shown)

        // A result is a link to the product's page, which opens from disk.
        try browser.evaluate("document.querySelector('#search-results a').click()")
        try browser.wait("location.pathname.includes('/products/')", what: "a product page")
        try browser.wait("document.readyState === 'complete'", what: "the product page to load")
        #expect(try browser.evaluate("document.querySelector('h1').textContent") as? String == shown.first)
    }

    @Test func searchOverHTTPUnderASubPath() throws {
        let dir = try Self.buildSample(links: "dirs", into: "www/pameran/batik")
        let server = try HTTPServer(root: dir.appendingPathComponent("www"))
        defer { server.stop() }
        let browser = try Chromium()
        let root = "http://127.0.0.1:\(server.port)/pameran/batik/"

        try browser.open(root)
        try browser.evaluate("document.querySelector('.site-header input[name=q]').focus()")
        try browser.type("kaw")
        try browser.press("Enter", code: 13)
        try browser.wait("location.pathname === '/pameran/batik/search/'", what: "the search page")
        try Self.waitForResults(browser)
        let names = try Self.texts(browser, "#search-results .card-name")
        #expect(names.contains("Batik Tulis Kawah Ijen Biru Toska"))
        // Every index file came from under the sub-path, and every request succeeded.
        let loaded = try browser.evaluate("document.getElementById('search').dataset.loaded") as? String ?? ""
        #expect(loaded.hasPrefix("meta t-"))
        let failed =
            try browser.evaluate(
                "performance.getEntriesByType('resource').filter(e => e.responseStatus !== 200 || !e.name.startsWith('\(root)')).map(e => e.name)"
            ) as? [String]
        #expect(failed == [])

        // Newest first: the product added last leads.
        try browser.evaluate(
            "{ const q = document.querySelector('.site-header input[name=q]'); q.value = ''; q.focus() }")
        try browser.type("batik tulis")
        try Self.waitForResults(browser, query: "batik tulis")
        try browser.evaluate(
            "{ const s = document.getElementById('search-sort'); s.value = 'newest'; s.dispatchEvent(new Event('change')) }"
        )
        try Self.waitForResults(browser)
        let newest =
            try browser.evaluate("new URL(document.querySelector('#search-results a').href).pathname") as? String
        #expect(newest == "/pameran/batik/products/\(try Self.newestTulis())/")
        try browser.evaluate("document.querySelector('#search-results a').click()")
        try browser.wait(
            "location.pathname === '\(newest ?? "")' && document.readyState === 'complete'", what: "the product")
        #expect(try browser.evaluate("document.title") as? String != nil)
    }

    @Test func withoutJavaScriptTheFieldStillSearchesAndThePageOffersTheFacets() throws {
        let dir = try Self.buildSample(links: "files", into: "public")
        let site = dir.appendingPathComponent("public")
        let browser = try Chromium(javaScript: false)

        // The header's form is a plain form: Enter submits it to the search page.
        try browser.open(site.appendingPathComponent("products/index.html").absoluteString)
        try browser.evaluate("document.querySelector('.site-header input[name=q]').focus()")
        try browser.type("gorga")
        try browser.press("Enter", code: 13)
        try browser.wait(
            "location.pathname.endsWith('/search/index.html') && location.search === '?q=gorga' && document.readyState === 'complete'",
            what: "the search page")
        // No results without scripts, and it says so; the ways to browse instead.
        #expect(try browser.evaluate("document.getElementById('search-no-script').hidden") as? Bool == false)
        #expect(try browser.evaluate("document.getElementById('search-results').children.length") as? Int == 0)
        let links =
            try browser.evaluate(
                "[...document.querySelectorAll('#search-browse a')].map(a => a.getAttribute('href'))") as? [String]
            ?? []
        for facet in ["techniques/tulis/index.html", "prices/", "provinces/", "in-stock/index.html", "clusters/"] {
            #expect(links.contains { $0.contains(facet) }, "no link to \(facet) in \(links)")
        }
        for link in links {
            let target = site.appendingPathComponent("search").appendingPathComponent(link).standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: target.path), "\(link) leads nowhere")
        }
        // A facet page is a plain paginated list.
        try browser.evaluate(
            "[...document.querySelectorAll('#search-browse a')].find(a => a.getAttribute('href').includes('techniques/tulis/')).click()"
        )
        try browser.wait(
            "location.pathname.endsWith('/techniques/tulis/index.html') && document.readyState === 'complete'",
            what: "the tulis page")
        #expect(try browser.evaluate("document.querySelectorAll('.grid .card').length") as? Int ?? 0 > 0)
    }

    /// The slug of the newest product made by hand (tulis) in the sample, from its files.
    static func newestTulis() throws -> String {
        let folder = repository.appendingPathComponent("content/products")
        var best = ("", "")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard text.contains("\ntechnique: tulis\n"),
                let line = text.split(separator: "\n").first(where: { $0.hasPrefix("added: ") })
            else { continue }
            let date = String(line.dropFirst(7))
            if date > best.0 { best = (date, String(name.dropLast(3))) }
        }
        return best.1
    }
}

/// Python's `http.server` over a folder, on a free port of 127.0.0.1: a plain static host.
final class HTTPServer {
    let process = Process()
    let port: Int

    init(root: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root.path,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        var line = ""
        while !line.contains("\n") {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            line += String(decoding: data, as: UTF8.self)
        }
        guard let range = line.range(of: "port "), let port = Int(line[range.upperBound...].prefix { $0.isNumber })
        else {
            kill(process.processIdentifier, SIGKILL)
            throw Chromium.Failure(description: "python3 -m http.server did not start: \(line)")
        }
        self.port = port
    }

    /// Stops the server with SIGKILL: a child of the test process may inherit SIGTERM blocked.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
