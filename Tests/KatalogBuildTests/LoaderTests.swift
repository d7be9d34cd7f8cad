import Foundation
import KatalogBuild
import KatalogContent
import KatalogImages
import KatalogSystem
import Testing

/// The loader reads a whole content folder on every core, or one file on its own: a file read again
/// and put in place gives what reading everything again gives (what `katalog serve` will rely on).
@Suite struct LoaderTests {
    static func loader(_ site: TestSite) -> ContentLoader {
        ContentLoader(root: "content", workingDirectory: site.root.path)
    }

    /// Diagnostics and entries, compared by what a user sees.
    static func summary(_ content: LoadedContent) -> [String] {
        content.diagnostics.map(\.description).sorted()
            + content.products.values.map { "product \($0.slug): \($0.name), \($0.price.map(String.init) ?? "-")" }
            .sorted()
            + content.producers.keys.sorted().map { "producer \($0)" }
            + content.failed.sorted().map { "failed \($0)" }
    }

    @Test func oneFileReadAgainEqualsEverythingReadAgain() throws {
        let site = try TestSite([:])
        var content = Self.loader(site).load()
        #expect(content.products["kain-gorga"]?.price == 450_000)

        // An edit with a mistake, a new file, a broken file, and a deleted one.
        try site.write(
            "content/products/kain-gorga.md", Data("---\nname: Kain Gorga\nproducer: sinar\nprice: 450.000\n---\n".utf8)
        )
        try site.write("content/products/kain-baru.md", Data("---\nname: Kain Baru\nproducer: sinar\n---\n".utf8))
        try site.write("content/producers/rusak.md", Data("name: Rusak\n".utf8))
        for (kind, slug) in [(EntryKind.product, "kain-gorga"), (.product, "kain-baru"), (.producer, "rusak")] {
            content.apply(Self.loader(site).loadFile(kind, slug: slug))
        }
        #expect(Self.summary(content) == Self.summary(Self.loader(site).load()))
        #expect(
            content.diagnostics.map(\.description).contains(
                "content/products/kain-gorga.md:4:8: error: price '450.000' is written with a currency or thousands "
                    + "separator; write digits only: price: 450000"))

        try site.remove("content/products/kain-baru.md")
        content.remove(.product, slug: "kain-baru")
        try site.write(
            "content/producers/rusak.md", Data("---\nname: Rusak\ncluster: sumut\nphone: 0812-1111-2222\n---\n".utf8))
        content.apply(Self.loader(site).loadFile(.producer, slug: "rusak"))
        #expect(Self.summary(content) == Self.summary(Self.loader(site).load()))
    }

    /// A file read on its own has its name checked as in a full load.
    @Test func oneFileReadAloneHasItsNameChecked() throws {
        let site = try TestSite([
            "content/products/page.md": BadInput.product(), "content/pages/search.md": "---\nname: Cari\n---\n",
        ])
        let product = Self.loader(site).loadFile(.product, slug: "page")
        #expect(product.entry == nil)
        #expect(
            product.diagnostics.map(\.description) == [
                "content/products/page.md: error: file name 'page.md' is reserved for the numbered pages of the products "
                    + "list (products/page/2/); rename the file, e.g. to 'product-page.md'"
            ])
        #expect(Self.loader(site).loadFile(.page, slug: "search").diagnostics.map(\.code) == [.reservedPageName])
        #expect(Self.loader(site).loadFile(.product, slug: "Kain Baru").diagnostics.map(\.code) == [.invalidFileName])
        var content = Self.loader(site).load()
        content.apply(product)
        #expect(Self.summary(content) == Self.summary(Self.loader(site).load()))
    }

    /// Builds of different folders at once, each with relative paths: nothing depends on the
    /// process's current folder.
    @Test func buildsOfDifferentFoldersRunAtOnce() async throws {
        let sites = try (0..<4).map { i in
            try TestSite(["content/site.yml": "title: Katalog \(i)\n"])
        }
        await withTaskGroup(of: Void.self) { group in
            for site in sites { group.addTask { _ = site.build() } }
        }
        for (i, site) in sites.enumerated() {
            #expect(site.output("index.html")?.contains("<title>Katalog \(i)</title>") == true)
            #expect(site.check() == [])
        }
    }

    /// A photo whose size and time match what an earlier build read keeps that header (libvips is
    /// not asked again); a changed file is read again.
    @Test func knownPhotoHeadersAreReused() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("photos: [kain.png]\n")])
        try site.write("content/products/x/kain.png", BadInput.png)
        let real = try #require(FileSystem.realPath(site.path("content/products/x/kain.png")))
        let version = try #require(FileVersion(path: real))
        let remembered = ImageHeader(format: .webp, width: 7, height: 5)
        var loader = Self.loader(site)
        loader.knownHeaders = [real: (version, remembered)]
        let header = { (loader: ContentLoader) in try loader.load().productFolders["x"]?["kain.png"]?.header.get() }
        #expect(try header(loader) == remembered)
        loader.knownHeaders = [real: (FileVersion(size: version.size + 1, modified: version.modified), remembered)]
        #expect(try header(loader) == ImageHeader(format: .png, width: 480, height: 360))
    }
}
