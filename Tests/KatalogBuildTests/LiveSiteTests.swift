import Foundation
import Testing

@testable import KatalogBuild

/// `katalog serve`'s engine without its server: after each change, what it serves equals a cold
/// `katalog build` of the same files, and it says which pages changed and how it found out.
@Suite struct LiveSiteTests {
    /// Every file of a cold build of the site's content, as the live site serves it: same paths
    /// (pages and files), same bytes.
    static func expectServesAColdBuild(_ site: TestSite, _ live: LiveSite, _ note: String) {
        let cold = IncrementalBuildTests.fresh(site)
        guard let snapshot = live.snapshot else {
            Issue.record("\(note): nothing served")
            return
        }
        var differ: [String] = []
        for (path, bytes) in cold where path != ".katalog-output" {
            switch snapshot.file(at: path) {
            case .bytes(let served)?: if Data(served) != bytes { differ.append(path) }
            case .disk(let source)?: if FileManager.default.contents(atPath: source) != bytes { differ.append(path) }
            case nil: differ.append(path + " (missing)")
            }
        }
        differ += snapshot.pagePaths.filter { cold[$0] == nil }.map { $0 + " (extra)" }
        #expect(differ.sorted() == [], "\(note)")
    }

    static func live(_ site: TestSite, templates: String? = nil) -> LiveSite {
        LiveSite(options: site.options(BuildOptions(templates: templates, output: "public")))
    }

    @Test func startsAsAColdBuild() throws {
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        let first = live.update()
        #expect(first.pages == .all && first.errorCount == 0)
        Self.expectServesAColdBuild(site, live, "start")
        // Nothing is written into the output folder.
        #expect(!FileManager.default.fileExists(atPath: site.path("public")))
    }

    @Test func aBodyEditPatchesOnePage() throws {
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        _ = live.update()
        try site.write(
            "content/products/kain-a.md",
            Data(RandomEditsTests.product("Kain A", producer: "deli", price: 100000, body: "Kain cap, baru.").utf8))
        let update = live.update(["content/products/kain-a.md"])
        #expect(update.way == .bodies)
        #expect(update.viewed == 1)
        #expect(update.pages == .some(["products/kain-a/index.html"]))
        Self.expectServesAColdBuild(site, live, "body edit")
    }

    @Test func aPriceEditChangesTheListsToo() throws {
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        _ = live.update()
        try site.write(
            "content/products/kain-a.md",
            Data(RandomEditsTests.product("Kain A", producer: "deli", price: 900000, body: "Kain cap.").utf8))
        let update = live.update(["content/products/kain-a.md"])
        #expect(update.way == .resolved)
        guard case .some(let pages) = update.pages else {
            Issue.record("\(update.pages)")
            return
        }
        #expect(pages.contains("products/kain-a/index.html") && pages.contains("products/index.html"))
        #expect(!pages.contains("tentang/index.html"))
        Self.expectServesAColdBuild(site, live, "price edit")
    }

    @Test func aBrokenFileKeepsTheLastGoodSiteUntilFixed() throws {
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        _ = live.update()
        let before = live.snapshot?.file(at: "products/kain-a/index.html")
        try site.write(
            "content/products/kain-a.md", Data("---\nname: Kain A\nproducer: deli\nprice: 30.000\n---\n".utf8))
        let broken = live.update(["content/products/kain-a.md"])
        #expect(broken.way == .failed && broken.pages == .all)
        #expect(
            broken.diagnostics.filter { $0.severity == .error }.map(\.description) == [
                "content/products/kain-a.md:4:8: error: price '30.000' is written with a currency or thousands "
                    + "separator; write digits only: price: 30000"
            ])
        if case .bytes(let old)? = before, case .bytes(let now)? = live.snapshot?.file(at: "products/kain-a/index.html")
        {
            #expect(old == now)
        } else {
            Issue.record("the page is not served while the file is broken")
        }
        try site.write(
            "content/products/kain-a.md",
            Data(RandomEditsTests.product("Kain A", producer: "deli", price: 30000, body: "Kain cap.").utf8))
        let fixed = live.update(["content/products/kain-a.md"])
        #expect(fixed.errorCount == 0 && fixed.pages == .all)
        Self.expectServesAColdBuild(site, live, "fixed")
    }

    @Test func deletedAndRenamedFiles() throws {
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        _ = live.update()
        let data = try Data(contentsOf: URL(fileURLWithPath: site.path("content/products/kain-b.md")))
        try site.remove("content/products/kain-b.md")
        try site.write("content/products/kain-c.md", data)
        let renamed = live.update(["content/products/kain-b.md", "content/products/kain-c.md"])
        guard case .some(let pages) = renamed.pages else {
            Issue.record("\(renamed.pages)")
            return
        }
        #expect(pages.contains("products/kain-b/index.html") && pages.contains("products/kain-c/index.html"))
        #expect(live.snapshot?.file(at: "products/kain-b/index.html") == nil)
        Self.expectServesAColdBuild(site, live, "renamed")
        try site.remove("content/products/kain-c.md")
        _ = live.update(["content/products/kain-c.md"])
        Self.expectServesAColdBuild(site, live, "deleted")
    }

    /// A photo dropped into the product's folder and named in its sheet: encoded through the image
    /// cache beside the output (as a build would), its time reported apart, the page showing it.
    @Test func aNewPhotoIsEncodedAndShown() throws {
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        _ = live.update()
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let png = try Data(contentsOf: tests.appendingPathComponent("KatalogImagesTests/Fixtures/flat-480x360.png"))
        try site.write("content/products/kain-a/depan.png", png)
        try site.write(
            "content/products/kain-a.md",
            Data(
                "---\nname: Kain A\nproducer: deli\nmotifs: [Kawung]\nprice: 100000\nphotos: [depan.png]\n---\nKain cap.\n"
                    .utf8))
        let update = live.update(["content/products/kain-a/depan.png", "content/products/kain-a.md"])
        #expect(update.errorCount == 0, "\(update.diagnostics)")
        #expect(update.photosEncoded > 0 && update.photoSeconds > 0)
        guard case .some(let pages) = update.pages else {
            Issue.record("\(update.pages)")
            return
        }
        #expect(pages.contains("products/kain-a/index.html"))
        #expect(FileManager.default.fileExists(atPath: site.path(".public.katalog-images")))
        Self.expectServesAColdBuild(site, live, "new photo")
    }

    @Test func aTemplateEditChangesEveryPage() throws {
        let site = try TestSite(
            ["templates/index.mustache": "<main><h1>Versi satu</h1></main>"], base: RandomEditsTests.base)
        let live = Self.live(site, templates: "templates")
        let first = live.update()
        #expect(first.errorCount == 0, "\(first.diagnostics)")
        try site.write("templates/index.mustache", Data("<main><h1>Versi dua</h1></main>".utf8))
        let update = live.update(["templates/index.mustache"])
        #expect(update.way == .theme && update.pages == .all)
        if case .bytes(let page)? = live.snapshot?.file(at: "index.html") {
            #expect(String(decoding: page, as: UTF8.self).contains("Versi dua"))
        }
    }

    /// A random run of edits, renames, deletions, breakages and repairs; after each, the served
    /// site is a cold build's.
    @Test(arguments: [7, 8] as [UInt64])
    func everyStepServesAColdBuild(seed: UInt64) throws {
        var random = RandomEditsTests.Seeded(state: seed)
        let site = try TestSite([:], base: RandomEditsTests.base)
        let live = Self.live(site)
        _ = live.update()
        var products = ["kain-a", "kain-b"]
        for step in 0..<12 {
            let slug = products.randomElement(using: &random)!
            let path = "content/products/\(slug).md"
            var changed = [path]
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                let text = try String(contentsOfFile: site.path(path), encoding: .utf8)
                try site.write(path, Data((text + "Kalimat \(step).\n").utf8))
            case 1:
                let price = Int.random(in: 1...9, using: &random) * 50000
                try site.write(
                    path, Data(RandomEditsTests.product(slug, producer: "sinar", price: price, body: "Baru.").utf8))
            case 2:
                let new = "kain-\(step)"
                products.append(new)
                changed = ["content/products/\(new).md"]
                try site.write(
                    changed[0], Data(RandomEditsTests.product(new, producer: "deli", price: 300000, body: "Baru.").utf8)
                )
            default:
                let text = try String(contentsOfFile: site.path(path), encoding: .utf8)
                try site.write(path, Data("---\nname: Rusak\n".utf8))
                #expect(live.update(changed).errorCount > 0)
                try site.write(path, Data((text + "Diperbaiki.\n").utf8))
            }
            let update = live.update(changed)
            #expect(update.errorCount == 0, "seed \(seed) step \(step): \(update.diagnostics)")
            Self.expectServesAColdBuild(site, live, "seed \(seed) step \(step)")
        }
    }
}
