import Foundation
import KatalogBuild
import KatalogRender
import Testing

/// The repository's own sample catalogue (content/ with the default theme in templates/) must
/// always build cleanly, and its every link must lead somewhere, so the sample never rots.
@Suite struct SampleCatalogueTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func sampleCatalogueChecksWithoutProblems() {
        let report = Builder.check(
            BuildOptions(content: "content", templates: "templates", workingDirectory: Self.root.path))
        #expect(report.diagnostics.map(\.description) == [])
    }

    /// Every relative `href` and `src` of every page names a file of the built site, in both link
    /// styles (a folder link means its index.html).
    @Test(arguments: LinkStyle.allCases)
    func everyLinkOfTheSampleLeadsToAFile(style: LinkStyle) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Builder.build(
            BuildOptions(
                content: "content", templates: "templates", output: out.path, links: style,
                workingDirectory: Self.root.path))
        #expect(report.succeeded)
        let files = Set(try GoldenTests.tree(out).keys)
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 60)
        var checked = 0
        for page in pages.sorted() {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            for link in Self.links(in: html) where !link.contains(":") && !link.hasPrefix("#") {
                let target = Self.resolve(link, from: page)
                #expect(files.contains(target), "\(page) links to \(link), which is no file of the site")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// The values of `href="…"` and `src="…"`, entities decoded.
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for marker in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: marker) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return links
    }

    /// The site's file a relative link of `page` names.
    static func resolve(_ link: String, from page: String) -> String {
        var folders = page.split(separator: "/").dropLast().map(String.init)
        var path = link.prefix { $0 != "#" && $0 != "?" }
        if path == "./" { path = "" }
        while path.hasPrefix("../") {
            path = path.dropFirst(3)
            if !folders.isEmpty { folders.removeLast() }
        }
        var target = (folders + [String(path)]).filter { !$0.isEmpty }.joined(separator: "/")
        if path.isEmpty || path.hasSuffix("/") {
            target += (target.isEmpty || target.hasSuffix("/") ? "" : "/") + "index.html"
        }
        return target.removingPercentEncoding ?? target
    }
}
