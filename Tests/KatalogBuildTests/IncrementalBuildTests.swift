import Foundation
import KatalogBuild
import Testing

/// Rebuilds: nothing changed means nothing written; an edit rewrites only the pages that show
/// what changed, and every other file keeps its inode and modification time; the result is always
/// byte-identical to a fresh build.
@Suite struct IncrementalBuildTests {
    static let site: [String: String] = TestSite.minimal.merging([
        "content/producers/deli.md": "---\nname: Batik Deli\ncluster: sumut\nwhatsapp: 0823 3144 5678\n---\n",
        "content/products/kain-deli.md":
            "---\nname: Kain Deli\nproducer: deli\nmotifs: [Pucuk Rebung]\nprice: 300000\n---\nKain cap.\n",
    ]) { $1 }

    /// Inode and modification time of every file of the output.
    static func stamps(_ site: TestSite) -> [String: String] {
        var result: [String: String] = [:]
        let base = site.path("public")
        let walker = FileManager.default.enumerator(atPath: base)!
        while let relative = walker.nextObject() as? String {
            var info = stat()
            guard stat(base + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            result[relative] = "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return result
    }

    static func changed(_ before: [String: String], _ after: [String: String]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// The output of a cold build of the same content into another folder: the folder and its
    /// caches are removed first, or it would be an incremental build like the one it checks.
    static func fresh(_ site: TestSite) -> [String: Data] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: site.path(""))) ?? []
        for name in files where name == "fresh" || name.hasPrefix(".fresh.katalog-") {
            try? FileManager.default.removeItem(atPath: site.path(name))
        }
        #expect(site.build(BuildOptions(output: "fresh")).succeeded)
        var tree = site.tree("fresh")
        tree.removeValue(forKey: ".katalog-output")
        return tree
    }

    static func output(_ site: TestSite) -> [String: Data] {
        var tree = site.tree()
        tree.removeValue(forKey: ".katalog-output")
        return tree
    }

    @Test func nothingChangedWritesNothingAndRepeatsTheWarnings() throws {
        let site = try TestSite(
            [
                "content/products/kain-gorga.md":
                    "---\nname: Kain Gorga\nproducer: sinar\nmotifs: [Gorga]\nprodcuer: x\n---\n"
            ],
            base: Self.site)
        let first = site.build()
        #expect(first.succeeded && !first.upToDate)
        let before = Self.stamps(site)
        let second = site.build()
        #expect(second.upToDate)
        #expect(second.diagnostics == first.diagnostics)
        #expect(
            second.diagnostics.map(\.description) == [
                "content/products/kain-gorga.md:5:1: warning: unknown field 'prodcuer' is ignored; did you mean 'producer'?"
            ])
        #expect(second.pages == first.pages)
        #expect(Self.stamps(site) == before)
    }

    @Test func editingABodyRewritesOnlyThatPage() throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        let before = Self.stamps(site)
        try site.write(
            "content/products/kain-gorga.md",
            Data(
                "---\nname: Kain Gorga\nproducer: sinar\nmotifs: [Gorga]\nprice: 450000\n---\nKain tulis halus.\n".utf8)
        )
        let report = site.build()
        #expect(report.succeeded && !report.upToDate)
        // The page, and catalogue.json, which holds every body's Markdown.
        #expect(Self.changed(before, Self.stamps(site)) == ["catalogue.json", "products/kain-gorga/index.html"])
        #expect(report.unchanged == report.files - 2)
        #expect(Self.output(site) == Self.fresh(site))

        // The third build starts from the spare tree (the first build's site): the same guarantee.
        let second = Self.stamps(site)
        try site.write(
            "content/products/kain-gorga.md",
            Data(
                "---\nname: Kain Gorga\nproducer: sinar\nmotifs: [Gorga]\nprice: 450000\n---\nKain tulis, halus.\n".utf8
            ))
        #expect(site.build().succeeded)
        #expect(Self.changed(second, Self.stamps(site)) == ["catalogue.json", "products/kain-gorga/index.html"])
        #expect(Self.output(site) == Self.fresh(site))
    }

    @Test func editingAPriceRewritesEveryPageThatShowsTheProductAndNoOther() throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        let before = Self.stamps(site)
        try site.write(
            "content/products/kain-gorga.md",
            Data("---\nname: Kain Gorga\nproducer: sinar\nmotifs: [Gorga]\nprice: 475000\n---\nKain tulis.\n".utf8))
        #expect(site.build().succeeded)
        let changed = Self.changed(before, Self.stamps(site))
        #expect(
            changed.filter { $0.hasSuffix(".html") } == [
                "clusters/sumut/index.html", "in-stock/index.html", "index.html", "motifs/gorga/index.html",
                "prices/250rb-500rb/index.html", "print/sumut/index.html", "producers/sinar/index.html",
                "products/index.html", "products/kain-gorga/index.html", "provinces/sumatera-utara/index.html",
            ])
        // The search index: the product's card, and the shards of its words (which hold its price).
        let index = changed.filter { $0.hasPrefix("search/") }
        #expect(index.contains("search/r-0.js") && index.contains("search/t-ka.js") && index.contains("search/t-go.js"))
        // And the exports, which list every price.
        #expect(
            changed.filter { !$0.hasSuffix(".html") && !$0.hasPrefix("search/") } == [
                "catalogue.csv", "catalogue.json",
            ])
        #expect(!index.contains("search/meta.js"))
        #expect(Self.output(site) == Self.fresh(site))
    }

    @Test func removingAProductRemovesItsPage() throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        try site.remove("content/products/kain-deli.md")
        #expect(site.build().succeeded)
        #expect(site.output("products/kain-deli/index.html") == nil)
        #expect(site.output("motifs/pucuk-rebung/index.html") == nil)
        #expect(Self.output(site) == Self.fresh(site))
    }

    @Test func aNewThemeRebuildsEverything() throws {
        let site = try TestSite(["templates/assets/extra.css": "body { color: black; }\n"], base: Self.site)
        #expect(site.build(BuildOptions(templates: "templates")).succeeded)
        let before = Self.stamps(site)
        try site.write("templates/assets/extra.css", Data("body { color: navy; }\n".utf8))
        #expect(site.build(BuildOptions(templates: "templates")).succeeded)
        let after = Self.stamps(site)
        #expect(Self.changed(before, after) == after.keys.filter { $0 != ".katalog-output" }.sorted())
    }

    @Test(arguments: ["", "katalog-cache 2\nkey\tnot-a-fingerprint\n", "katalog-cache 1\n", "garbage\n"])
    func aMissingOrBrokenCacheMeansAFullBuild(cache: String) throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        if cache.isEmpty {
            try site.remove(".public.katalog-cache")
        } else {
            try site.write(".public.katalog-cache", Data(cache.utf8))
        }
        let report = site.build()
        #expect(report.succeeded && !report.upToDate && report.unchanged == 0)
        #expect(Self.output(site) == Self.fresh(site))
    }

    @Test func aNewSiteTitleRewritesEveryPage() throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        let before = Self.stamps(site)
        try site.write("content/site.yml", Data("title: Katalog Uji Baru\n".utf8))
        #expect(site.build().succeeded)
        let after = Self.stamps(site)
        // Every page, and the web manifest and catalogue.json, which name the site.
        #expect(
            Self.changed(before, after)
                == (after.keys.filter { $0.hasSuffix(".html") } + ["catalogue.json", "site.webmanifest"]).sorted())
        #expect(Self.output(site) == Self.fresh(site))
    }

    @Test func aNewFreePageRewritesEveryPageItsFooterLinksFrom() throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        try site.write("content/pages/tentang.md", Data("---\nname: Tentang\n---\nTentang kami.\n".utf8))
        #expect(site.build().succeeded)
        #expect(site.output("products/kain-gorga/index.html")?.contains("Tentang</a>") == true)
        #expect(Self.output(site) == Self.fresh(site))
    }

    /// From the third build on, the staging folder starts as the spare tree (the site before the
    /// last one) and is updated in place: after every step the output must equal a fresh build.
    @Test func aLongRunOfEditsAlwaysEqualsAFreshBuild() throws {
        let site = try TestSite([:], base: Self.site)
        let gorga = "---\nname: Kain Gorga\nproducer: sinar\nmotifs: [Gorga]\nprice: %@\n---\nKain tulis.\n"
        let steps: [(String, String?)] = [
            ("content/products/kain-gorga.md", gorga.replacingOccurrences(of: "%@", with: "460000")),
            ("content/products/kain-baru.md", "---\nname: Kain Baru\nproducer: deli\nmotifs: [Kawung]\n---\nBaru.\n"),
            ("content/products/kain-deli.md", nil),
            ("content/products/kain-gorga.md", gorga.replacingOccurrences(of: "%@", with: "450000")),
            ("content/site.yml", "title: Katalog Uji\ndescription: Batik dari Medan.\n"),
            ("content/products/kain-baru.md", nil),
            ("content/products/kain-gorga.md", gorga.replacingOccurrences(of: "%@", with: "470000")),
        ]
        #expect(site.build().succeeded)
        for (path, text) in steps {
            if let text { try site.write(path, Data(text.utf8)) } else { try site.remove(path) }
            let report = site.build()
            #expect(report.succeeded, "\(path): \(report.diagnostics)")
            #expect(Self.output(site) == Self.fresh(site), "after changing \(path)")
        }
        #expect(FileManager.default.fileExists(atPath: site.path(".public.katalog-spare")))
        #expect(site.output("products/kain-baru/index.html") == nil)
        #expect(site.output("motifs/kawung/index.html") == nil)
    }

    /// Links to a parent folder inside content/ must not make the input scan loop (two of them
    /// double the paths at every level: 2^40 before the kernel's own link limit stops it).
    @Test func linksToAParentFolderDoNotLoop() throws {
        let site = try TestSite([:], base: Self.site)
        for name in ["loop", "loop2"] {
            try FileManager.default.createSymbolicLink(
                atPath: site.path("content/clusters/\(name)"), withDestinationPath: site.path("content/clusters"))
        }
        let first = site.build()
        #expect(first.succeeded)
        #expect(
            first.diagnostics.map(\.description) == [
                "content/clusters/loop: warning: folders inside clusters/ are not used; ignored",
                "content/clusters/loop2: warning: folders inside clusters/ are not used; ignored",
            ])
        #expect(site.build().upToDate)
    }

    @Test func aFailedRebuildKeepsTheCacheAndTheSite() throws {
        let site = try TestSite([:], base: Self.site)
        #expect(site.build().succeeded)
        let before = Self.stamps(site)
        try site.write(
            "content/products/kain-deli.md", Data("---\nname: Kain Deli\nproducer: deli\nprice: 30.000\n---\n".utf8))
        #expect(!site.build().succeeded)
        #expect(Self.stamps(site) == before)
        // Put it back: nothing changed against the last good build's cache except times.
        try site.write(
            "content/products/kain-deli.md", Data(Self.site["content/products/kain-deli.md"]!.utf8))
        let report = site.build()
        #expect(report.succeeded)
        #expect(Self.changed(before, Self.stamps(site)) == [])
    }

    /// Any file name can turn up in the content folder; the cache keeps a tab or a newline in one,
    /// so the next build still knows nothing changed.
    @Test func fileNamesWithTabsAndNewlinesStayInTheCache() throws {
        let site = try TestSite(["content/catatan\tsatu.txt": "x", "content/baris\nbaru%.txt": "y"])
        #expect(site.build().succeeded)
        let second = site.build()
        #expect(second.upToDate)
        #expect(second.diagnostics.count == 2)
    }
}
