import Foundation
import KatalogBuild
import Testing

/// Nothing is lost: a failed build leaves the previous site as it was, and katalog refuses output
/// folders that would destroy the user's work.
@Suite struct OutputSafetyTests {
    @Test func failedBuildLeavesPreviousSiteByteForByte() throws {
        let site = try TestSite([:])
        #expect(site.build().succeeded)
        let before = site.tree()
        #expect(before["products/kain-gorga/index.html"] != nil)
        try site.write("content/products/kain-gorga.md", Data("---\nname: Kain Gorga\nprice: 450.000\n---\n".utf8))
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.tree() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasPrefix(".public.katalog-staging") || $0.hasPrefix(".public.katalog-old")
        }
        #expect(leftovers == [])
    }

    @Test func successfulRebuildReplacesTheSiteWhole() throws {
        let site = try TestSite(["content/products/kain-lama.md": "---\nname: Kain Lama\nproducer: sinar\n---\n"])
        #expect(site.build().succeeded)
        #expect(site.output("products/kain-lama/index.html") != nil)
        try site.remove("content/products/kain-lama.md")
        #expect(site.build().succeeded)
        #expect(site.output("products/kain-lama/index.html") == nil)
        #expect(site.output("products/kain-gorga/index.html") != nil)
    }

    @Test func staleStagingFoldersAreRemoved() throws {
        let site = try TestSite([:])
        try site.write(".public.katalog-staging-99999/index.html", Data("half".utf8))
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.path(".public.katalog-staging-99999")))
    }

    @Test(arguments: [
        ("content", "refusing to write the site into 'content': it overlaps the content folder 'content'"),
        (
            "content/public",
            "refusing to write the site into 'content/public': it overlaps the content folder 'content'"
        ),
        (".", "refusing to write the site into '.': choose a folder of its own, like public"),
        ("/", "refusing to write the site into '/': choose a folder of its own, like public"),
    ])
    func refusesDangerousOutputs(output: String, message: String) throws {
        let site = try TestSite([:])
        let report = site.build(BuildOptions(output: output))
        #expect(report.diagnostics.map(\.description) == ["\(output): error: \(message)"])
    }

    @Test func refusesOutputAroundTheContent() throws {
        let site = try TestSite([:])
        let report = site.build(BuildOptions(content: "site/content", output: "site"))
        // The content folder does not exist there, so only the missing content is reported;
        // with it in place the overlap is refused.
        try site.write("site/content/site.yml", Data("title: X\n".utf8))
        let second = site.build(BuildOptions(content: "site/content", output: "site"))
        #expect(!report.succeeded)
        #expect(
            second.diagnostics.map(\.description).contains(
                "site: error: refusing to write the site into 'site': it overlaps the content folder 'site/content'"))
    }

    @Test func refusesForeignNonEmptyFolderUnlessForced() throws {
        let site = try TestSite([:])
        try site.write("public/thesis.docx", Data("precious".utf8))
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "public: error: 'public' is not empty and was not made by katalog; "
                    + "use --force to replace it whole, or choose another output folder"
            ])
        #expect(site.tree()["thesis.docx"] == Data("precious".utf8))
        #expect(site.build(BuildOptions(force: true)).succeeded)
        #expect(site.tree()["thesis.docx"] == nil)
        // Once katalog made it, it may replace it again without --force.
        #expect(site.build().succeeded)
    }

    /// Two builds never write one output at once: while another holds the lock, a build is
    /// refused and the site stays as it was; afterwards the next build goes through.
    @Test func aSecondBuildOnTheSameOutputIsRefused() throws {
        let site = try TestSite([:])
        #expect(site.build().succeeded)
        let before = site.tree()
        try site.write("content/products/kain-gorga.md", Data("---\nname: Kain Baru\nproducer: sinar\n---\n".utf8))
        let fd = open(site.path(".public.katalog-lock"), O_RDWR | O_CREAT, 0o644)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let refused = site.build()
        #expect(
            refused.diagnostics.map(\.description) == [
                "public: error: another katalog build is writing 'public' right now; run this one again when it has finished"
            ])
        #expect(site.tree() == before)
        close(fd)
        #expect(site.build().succeeded)
        #expect(site.output("products/kain-gorga/index.html")?.contains("Kain Baru") == true)
    }

    @Test func outputInAFolderThatDoesNotExistYet() throws {
        let site = try TestSite([:])
        let report = site.build(BuildOptions(output: "build/site/public"))
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(site.output("products/kain-gorga/index.html", folder: "build/site/public") != nil)
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite([:])
        let before = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(site.check() == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == before)
    }

    @Test func buildWritesOnlyItsOutput() throws {
        let site = try TestSite([:])
        let before = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(site.build(BuildOptions(output: "out")).succeeded)
        let after = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        // The output and, beside it, the build cache and the lock file (documented; safe to delete).
        #expect(
            after == (before + ["out", ".out.katalog-cache", ".out.katalog-entries", ".out.katalog-lock"]).sorted())
    }
}
