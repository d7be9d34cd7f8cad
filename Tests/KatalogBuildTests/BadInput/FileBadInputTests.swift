import Foundation
import KatalogBuild
import KatalogContent
import Testing

/// Bad input met while reading the content folder (stage 1, the loader): file names, encodings,
/// sizes, links and stray files.
///
/// Every test asserts the exact line a catalogue author reads: file, line and column (1-based,
/// columns in characters), severity and message.
@Suite struct FileBadInputTests {
    @Test(arguments: [
        ("Batik Gorga.md", "rename it to 'batik-gorga.md'"),
        ("batik_gorga.md", "rename it to 'batik-gorga.md'"),
        ("Kain-Ulos.md", "rename it to 'kain-ulos.md'"),
        ("kain--ulos.md", "rename it to 'kain-ulos.md'"),
        ("!!!.md", "use lowercase letters, digits and '-'"),
    ])
    func fileNameNotASlug(name: String, fix: String) throws {
        let site = try TestSite(["content/products/\(name)": BadInput.product()])
        #expect(
            site.errors() == [
                "content/products/\(name): error: file name '\(name)' is not a valid slug "
                    + "(lowercase letters, digits and single '-'); \(fix)"
            ])
    }

    @Test(arguments: [
        "index", "products", "404", "assets", "page", "techniques", "prices", "provinces", "in-stock", "search",
        "print", "submit", "feed", "catalogue", "sitemap", "site", "favicon", "icons",
    ])
    func reservedPageSlug(slug: String) throws {
        let site = try TestSite(["content/pages/\(slug).md": "---\nname: Halaman\n---\nTeks.\n"])
        #expect(
            site.errors() == [
                "content/pages/\(slug).md: error: page name '\(slug)' is reserved for the site's own pages; "
                    + "rename the file, e.g. to 'info-\(slug).md'"
            ])
    }

    /// `<list>/page/2/` is a list's second page: no entry of any kind may be called `page`.
    @Test(arguments: [
        ("products", BadInput.product(), "product"),
        ("producers", BadInput.producer("phone: 0812-3456-7890\n"), "producer"),
        ("clusters", "---\nname: K\nprovince: P\n---\n", "cluster"), ("motifs", "---\nname: Page\n---\n", "motif"),
    ])
    func entryCalledPage(folder: String, text: String, singular: String) throws {
        let site = try TestSite(["content/\(folder)/page.md": text])
        #expect(
            site.errors() == [
                "content/\(folder)/page.md: error: file name 'page.md' is reserved for the numbered pages of the "
                    + "\(folder) list (\(folder)/page/2/); rename the file, e.g. to '\(singular)-page.md'"
            ])
    }

    @Test func fileOverOneMiB() throws {
        let paragraph = String(repeating: "Batik tulis. ", count: 700) + "\n\n"  // 9 102 bytes
        let body = String(repeating: paragraph, count: 116)  // 1 055 832 bytes
        let text = BadInput.product(body: body)
        let site = try TestSite(["content/products/x.md": text])
        #expect(
            site.errors() == [
                "content/products/x.md: error: file is \(text.utf8.count) bytes; at most 1 MiB is allowed: "
                    + "put photos in images/ and keep the text short"
            ])
    }

    @Test func lineOver16KiB() throws {
        let line = String(repeating: "a", count: 16 * 1024 + 1)
        let site = try TestSite(["content/products/x.md": BadInput.product(body: "Teks.\n" + line + "\n")])
        #expect(
            site.errors() == [
                "content/products/x.md:6:1: error: line is 16385 bytes long; at most 16 KiB is allowed: "
                    + "break it into shorter lines"
            ])
    }

    @Test func lineOfExactly16KiBIsFine() throws {
        let line = String(repeating: "a", count: 16 * 1024)
        let site = try TestSite(["content/products/x.md": BadInput.product(body: line + "\n")])
        #expect(site.errors() == [])
    }

    @Test func namedPipeInTheThemeIsRefusedWithoutWaiting() throws {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(
            atPath: site.path("templates/assets"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path("templates/product.mustache"), 0o644) == 0)
        #expect(mkfifo(site.path("templates/assets/x.css"), 0o644) == 0)
        #expect(
            site.check(templates: "templates").filter { $0.contains("error") } == [
                "templates/assets/x.css: error: cannot read theme asset: not a regular file",
                "templates/product.mustache: error: cannot read template: not a regular file",
            ])
    }

    @Test func namedPipeIsRefusedWithoutWaiting() throws {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(
            atPath: site.path("content/products"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path("content/products/x.md"), 0o644) == 0)
        #expect(site.errors() == ["content/products/x.md: error: not a regular file"])
    }

    @Test func siteYmlMissing() throws {
        let site = try TestSite([:])
        try site.remove("content/site.yml")
        #expect(
            site.errors() == [
                "content/site.yml: error: missing site.yml: create it with at least 'title: Your catalogue name'"
            ])
    }

    @Test func invalidUTF8() throws {
        let site = try TestSite([:])
        var bytes = Data("---\nname: Kain Uji\nproducer: sinar\n---\nKain ".utf8)
        bytes += Data([0xFF]) + Data(" tebal\nbaris \u{E9} ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        try site.write("content/products/x.md", bytes)
        #expect(
            site.errors() == [
                "content/products/x.md:5:6: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)",
                "content/products/x.md:6:9: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)",
            ])
    }

    /// CRLF and lone-CR line endings count as one line each, also in files that are not UTF-8.
    @Test(arguments: ["\r\n", "\r"])
    func invalidUTF8AfterOtherLineEndings(newline: String) throws {
        let site = try TestSite([:])
        let lines = ["---", "name: Kain Uji", "producer: sinar", "---", "Kain "].joined(separator: newline)
        try site.write("content/products/x.md", Data(lines.utf8) + Data([0xFF]) + Data(newline.utf8))
        #expect(
            site.errors() == [
                "content/products/x.md:5:6: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)"
            ])
    }

    @Test func invalidUTF8InSiteConfig() throws {
        let site = try TestSite([:])
        try site.write("content/site.yml", Data("title: Katalog ".utf8) + Data([0xC0, 0xAF]) + Data("\n".utf8))
        #expect(
            site.errors() == [
                "content/site.yml:1:16: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)"
            ])
    }

    @Test func byteOrderMarkAndCRLFAccepted() throws {
        let site = try TestSite([
            "content/site.yml": "\u{FEFF}title: Katalog Uji\r\nlanguage: en\r\n",
            "content/products/x.md":
                "\u{FEFF}---\r\nname: Kain Uji\r\nproducer: sinar\r\nprice: 450000\r\n---\r\nKain tulis.\r\n\r\nBaris dua.\r\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
        #expect(site.output("products/x/index.html")?.contains("Kain Uji") == true)
    }

    @Test func lineNumbersAfterCRLFLines() throws {
        let site = try TestSite([
            "content/products/x.md": "\u{FEFF}---\r\nname: Kain Uji\r\nproducer: sinar\r\nprice: murah\r\n---\r\n"
                + "Kain tulis.\r\n\r\nLihat [x](product:nope).\r\n"
        ])
        #expect(
            site.errors() == [
                "content/products/x.md:4:8: error: price 'murah' is not a number; write whole rupiah, like price: 450000, or leave price out",
                "content/products/x.md:8:7: error: link to unknown product 'nope': there is no file products/nope.md",
            ])
    }

    @Test func byteOrderMarkDoesNotShiftFirstLineColumn() throws {
        let site = try TestSite(["content/site.yml": "\u{FEFF}title: Katalog: Uji\n"])
        #expect(
            site.errors() == [
                "content/site.yml:1:15: error: invalid YAML: mapping values are not allowed in this context; "
                    + "if a value contains ': ', put it in double quotes"
            ])
    }

    @Test func symlinkOutsideContent() throws {
        let site = try TestSite(["outside.md": BadInput.product()])
        try FileManager.default.createSymbolicLink(
            atPath: site.path("content/products/link.md"), withDestinationPath: site.path("outside.md"))
        let target = BadInput.realPath(site.path("outside.md"))
        #expect(
            site.errors() == [
                "content/products/link.md: error: symbolic link points outside the content folder (to \(target)); copy the file in instead"
            ])
    }

    @Test func symlinkToNothing() throws {
        let site = try TestSite([:])
        try FileManager.default.createSymbolicLink(
            atPath: site.path("content/products/link.md"), withDestinationPath: site.path("missing.md"))
        #expect(site.errors() == ["content/products/link.md: error: symbolic link points to nothing"])
    }

    @Test func symlinkInsideContentIsFollowed() throws {
        let site = try TestSite(["content/products/asli.md": BadInput.product()])
        try FileManager.default.createSymbolicLink(
            atPath: site.path("content/products/salin.md"), withDestinationPath: "asli.md")
        #expect(site.check() == [])
    }

    @Test func hiddenAndBackupFilesIgnored() throws {
        let site = try TestSite([
            "content/products/.draft.md": "rusak",
            "content/products/x.md~": "rusak",
            "content/products/#x.md#": "rusak",
            "content/products/x.md.swp": "rusak",
            "content/.DS_Store": "rusak",
            "content/Thumbs.db": "rusak",
            "content/.git/config": "rusak",
        ])
        #expect(site.check() == [])
    }

    @Test func strayFilesWarn() throws {
        let site = try TestSite([
            "content/notes.txt": "catatan",
            "content/clusters/readme.txt": "baca",
        ])
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/clusters/readme.txt: warning: 'readme.txt' is not a .md file and is ignored",
                "content/notes.txt: warning: 'notes.txt' is not part of the catalogue and is ignored (expected site.yml, "
                    + "clusters/, producers/, products/, motifs/, pages/ or images/)",
            ])
        #expect(report.succeeded)
    }

    @Test func strayFoldersWarn() throws {
        let site = try TestSite([
            "content/clusters/lama/x.md": "x",
            "content/images/album/a.png": "x",
            "content/products/x/sub/a.png": "x",
            "content/products/x.md": BadInput.product(),
        ])
        #expect(
            site.warnings() == [
                "content/clusters/lama: warning: folders inside clusters/ are not used; ignored",
                "content/images/album: warning: folders inside images/ are not used; ignored",
                "content/products/x/sub: warning: folders inside a product's photo folder are not used; ignored",
            ])
    }

    @Test func bodyJustUnderOneMiBBuilds() throws {
        let paragraph = "Kain tulis bermotif gorga dari Sumatera Utara, dikerjakan dengan tangan.\n\n"
        let body = String(repeating: paragraph, count: 1_040_000 / paragraph.utf8.count)
        let text = BadInput.product(body: body)
        #expect(text.utf8.count > 1_000_000 && text.utf8.count <= 1 << 20)
        let site = try TestSite(["content/products/besar.md": text])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
        #expect(site.output("products/besar/index.html")?.contains("dikerjakan dengan tangan") == true)
    }
}
