import KatalogSystem
import Testing

@testable import KatalogContent

/// Photos are found in the product's folder, then in images/.
@Suite struct CatalogPhotoTests {
    static let jpeg = ImageInfo(format: .jpeg, width: 800, height: 600)
    static let version = FileVersion(size: 1, modified: 2)

    @Test func photosResolveFromOwnFolderThenSharedImages() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["kain-1.jpg", "logo.png"])
        f.content.productFolders["a"] = [
            "kain-1.jpg": PhotoFile(
                sourcePath: "/site/content/products/a/kain-1.jpg", displayPath: "content/products/a/kain-1.jpg",
                info: Self.jpeg, version: Self.version)
        ]
        f.content.sharedImages["logo.png"] = PhotoFile(
            sourcePath: "/site/content/images/logo.png", displayPath: "content/images/logo.png",
            info: ImageInfo(format: .png, width: 10, height: 10), version: Self.version)
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let photos = try #require(resolved?.photos["a"])
        #expect(photos.map(\.folder) == [.product("a"), .shared])
        #expect(photos.map(\.file) == ["kain-1.jpg", "logo.png"])
        #expect(photos.map(\.sourcePath) == ["/site/content/products/a/kain-1.jpg", "/site/content/images/logo.png"])
        #expect(photos.map(\.info) == [Self.jpeg, ImageInfo(format: .png, width: 10, height: 10)])
        #expect(photos.map(\.version) == [Self.version, Self.version])
    }

    @Test func photoProblems() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["hilang.jpg", "rusak.jpg", "ok.jpg", "ok.jpg"])
        f.content.productFolders["a"] = [
            "rusak.jpg": PhotoFile(
                sourcePath: "/s/rusak.jpg", displayPath: "content/products/a/rusak.jpg", info: nil,
                version: Self.version),
            "ok.jpg": PhotoFile(
                sourcePath: "/s/ok.jpg", displayPath: "content/products/a/ok.jpg", info: Self.jpeg,
                version: Self.version),
            "lain.jpg": PhotoFile(
                sourcePath: "/s/lain.jpg", displayPath: "content/products/a/lain.jpg", info: Self.jpeg,
                version: Self.version),
        ]
        f.content.productFolders["tanpa-lembar"] = [:]
        f.content.productFolderPaths["tanpa-lembar"] = "content/products/tanpa-lembar"
        let (resolved, diagnostics) = f.resolve()
        #expect(
            Set(diagnostics) == [
                .error(
                    ContentFixture.at("products", "a", 10, 5),
                    "photo 'hilang.jpg' not found: put it in products/a/ or images/"),
                .error(ContentFixture.at("products", "a", 11, 5), "photo 'rusak.jpg' is not a JPEG, PNG or WebP image"),
                .warning(ContentFixture.at("products", "a", 13, 5), "photo 'ok.jpg' is listed twice"),
                .warning(
                    SourceLocation(path: "content/products/a/lain.jpg"),
                    "photo is not listed in the sheet's 'photos' and is not published"),
                .warning(
                    SourceLocation(path: "content/products/tanpa-lembar"),
                    "photo folder has no product sheet products/tanpa-lembar.md; not published"),
            ])
        #expect(diagnostics.count == 5)
        #expect(resolved == nil)
    }

    @Test func warningsAloneLeaveAValidCatalogue() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["ok.jpg"])
        f.content.productFolders["a"] = [
            "ok.jpg": PhotoFile(
                sourcePath: "/s/ok.jpg", displayPath: "content/products/a/ok.jpg", info: Self.jpeg,
                version: Self.version),
            "lain.jpg": PhotoFile(
                sourcePath: "/s/lain.jpg", displayPath: "content/products/a/lain.jpg", info: Self.jpeg,
                version: Self.version),
        ]
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.count == 1)
        #expect(try #require(resolved).photos["a"]?.map(\.file) == ["ok.jpg"])
    }
}
