import KatalogImages
import KatalogSystem
import Testing

@testable import KatalogContent

/// Photos are found in the product's folder, then in images/.
@Suite struct CatalogPhotoTests {
    static let jpeg = ImageHeader(format: .jpeg, width: 800, height: 600)
    static let version = FileVersion(size: 1, modified: 2)

    /// A photo file in product `a`'s folder.
    static func file(_ name: String, _ header: ImageHeader = jpeg) -> PhotoFile {
        PhotoFile(
            sourcePath: "/s/\(name)", displayPath: "content/products/a/\(name)", header: .success(header),
            version: version)
    }

    @Test func photosResolveFromOwnFolderThenSharedImages() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["kain-1.jpg", "logo.png"])
        f.content.productFolders["a"] = [
            "kain-1.jpg": PhotoFile(
                sourcePath: "/site/content/products/a/kain-1.jpg", displayPath: "content/products/a/kain-1.jpg",
                header: .success(Self.jpeg), version: Self.version)
        ]
        f.content.sharedImages["logo.png"] = PhotoFile(
            sourcePath: "/site/content/images/logo.png", displayPath: "content/images/logo.png",
            header: .success(ImageHeader(format: .png, width: 480, height: 480)), version: Self.version)
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let photos = try #require(resolved?.photos["a"])
        #expect(photos.map(\.folder) == [.product("a"), .shared])
        #expect(photos.map(\.file) == ["kain-1.jpg", "logo.png"])
        #expect(photos.map(\.sourcePath) == ["/site/content/products/a/kain-1.jpg", "/site/content/images/logo.png"])
        #expect(photos.map(\.header) == [Self.jpeg, ImageHeader(format: .png, width: 480, height: 480)])
        #expect(photos.map(\.version) == [Self.version, Self.version])
    }

    @Test func photoProblems() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["hilang.jpg", "rusak.jpg", "ok.jpg", "ok.jpg"])
        f.content.productFolders["a"] = [
            "rusak.jpg": PhotoFile(
                sourcePath: "/s/rusak.jpg", displayPath: "content/products/a/rusak.jpg",
                header: .failure(.notAPhoto(kind: "GIF")),
                version: Self.version),
            "ok.jpg": Self.file("ok.jpg"),
            "lain.jpg": Self.file("lain.jpg"),
        ]
        f.content.productFolders["tanpa-lembar"] = [:]
        f.content.productFolderPaths["tanpa-lembar"] = "content/products/tanpa-lembar"
        let (resolved, diagnostics) = f.resolve()
        #expect(
            Set(diagnostics) == [
                .error(
                    ContentFixture.at("products", "a", 10, 5),
                    "photo 'hilang.jpg' not found: put it in products/a/ or images/"),
                .error(
                    ContentFixture.at("products", "a", 11, 5),
                    "photo 'rusak.jpg' is in GIF format, not a photo; save the picture as JPEG and list that file"),
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
            "ok.jpg": Self.file("ok.jpg"),
            "lain.jpg": Self.file("lain.jpg"),
        ]
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.count == 1)
        #expect(try #require(resolved).photos["a"]?.map(\.file) == ["ok.jpg"])
    }

    /// A photo under 480 px wide is published, with a warning naming the file.
    @Test func smallPhotoIsAWarning() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["kecil.jpg"])
        f.content.productFolders["a"] = [
            "kecil.jpg": Self.file("kecil.jpg", ImageHeader(format: .jpeg, width: 320, height: 240))
        ]
        let (resolved, diagnostics) = f.resolve()
        #expect(resolved?.photos["a"]?.count == 1)
        #expect(
            diagnostics == [
                .warning(
                    SourceLocation(path: "content/products/a/kecil.jpg"),
                    "photo 'kecil.jpg' is only 320 pixels wide and will look blurred; ask for one at least 480 wide")
            ])
    }

    /// `kain.jpg` and `kain.png` in one folder would both be published as `kain-240.webp`, ...
    @Test func photosWithTheSameStemClash() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["kain.jpg", "kain.png"])
        f.content.productFolders["a"] = [
            "kain.jpg": Self.file("kain.jpg"),
            "kain.png": Self.file("kain.png"),
        ]
        let (_, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .error(
                    ContentFixture.at("products", "a", 11, 5),
                    "photos 'kain.jpg' and 'kain.png' would both be published as 'kain-*.webp'; rename one of them")
            ])
    }
}
