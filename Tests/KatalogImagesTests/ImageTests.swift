import Foundation
import KatalogSystem
import Testing

@testable import KatalogImages

/// The small images in Fixtures/ (made by make_fixtures.py and make_heic.c).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures"
    static func path(_ name: String) -> String { folder + "/" + name }

    static func source(_ name: String) throws -> ImageCache.Source {
        let path = path(name)
        let header = try ImageHeader.read(path).get()
        return ImageCache.Source(path: path, version: try #require(FileVersion(path: path)), header: header)
    }

    /// A fresh folder under the temporary directory.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "katalog-images-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

@Suite struct ImageHeaderTests {
    /// Sizes are as shown: a phone photo stored landscape with orientation 6 is portrait.
    @Test(arguments: [
        ("exif-gps-rotated.jpg", ImageHeader(format: .jpeg, width: 48, height: 64)),
        ("transparent.png", ImageHeader(format: .png, width: 40, height: 30, hasAlpha: true)),
        ("opaque-alpha.png", ImageHeader(format: .png, width: 40, height: 30, hasAlpha: true)),
        ("sixteen-bit.png", ImageHeader(format: .png, width: 32, height: 20)),
        ("grey.jpg", ImageHeader(format: .jpeg, width: 40, height: 30)),
        ("cmyk.jpg", ImageHeader(format: .jpeg, width: 40, height: 30)),
        ("animated.webp", ImageHeader(format: .webp, width: 40, height: 30)),
        ("iphone.heic", ImageHeader(format: .heif, width: 64, height: 48)),
    ])
    func readsHeaders(name: String, expected: ImageHeader) throws {
        #expect(try ImageHeader.read(Fixture.path(name)).get() == expected)
    }

    /// Only JPEG, PNG, WebP and HEIF loaders run; the others are refused, and named.
    @Test(arguments: [
        ("photo.gif", "GIF"), ("photo.tif", "TIFF"), ("drawing.svg", "SVG"), ("really-html.jpg", "HTML"),
        ("make_fixtures.py", nil),
    ])
    func refusesOtherFormats(name: String, kind: String?) {
        #expect(throws: ImageProblem.notAPhoto(kind: kind)) { try ImageHeader.read(Fixture.path(name)).get() }
    }

    /// The block is libvips' own: asked directly, it still reads none of these.
    @Test func libvipsItselfRefusesOtherLoaders() {
        for name in ["photo.gif", "photo.tif", "drawing.svg", "really-html.jpg"] {
            #expect(!DecodedImage.libvipsLoads(Fixture.path(name)), "\(name)")
        }
        #expect(DecodedImage.libvipsLoads(Fixture.path("grey.jpg")))
    }

    /// A small file that claims 30,000 x 30,000 pixels is refused before anything is decoded.
    @Test func refusesADecompressionBomb() {
        #expect(throws: ImageProblem.tooManyPixels(width: 30000, height: 30000)) {
            try ImageHeader.read(Fixture.path("bomb.png")).get()
        }
    }

    @Test func missingFileIsNotAPhoto() {
        #expect(throws: ImageProblem.notAPhoto(kind: nil)) { try ImageHeader.read(Fixture.path("none.jpg")).get() }
    }
}

@Suite struct ImageRecipeTests {
    @Test func widthsNeverUpscale() {
        let recipe = ImageRecipe.standard
        #expect(recipe.widths(forSourceWidth: 4000) == [240, 360, 480, 720, 960])
        #expect(recipe.widths(forSourceWidth: 960) == [240, 360, 480, 720, 960])
        #expect(recipe.widths(forSourceWidth: 600) == [240, 360, 480, 600])
        // The JPEG fallback stops at 720.
        #expect(recipe.widths(.jpeg, forSourceWidth: 4000) == [240, 360, 480, 720])
        #expect(recipe.widths(.webp, forSourceWidth: 4000) == [240, 360, 480, 720, 960])
        #expect(recipe.widths(.jpeg, forSourceWidth: 600) == [240, 360, 480, 600])
        #expect(recipe.widths(forSourceWidth: 240) == [240])
        #expect(recipe.widths(forSourceWidth: 100) == [100])
    }

    @Test func fallbackIsPNGOnlyForTransparency() {
        #expect(ImageRecipe.standard.formats(hasAlpha: false) == [.webp, .jpeg])
        #expect(ImageRecipe.standard.formats(hasAlpha: true) == [.webp, .png])
    }

    /// Every setting that decides a file's bytes is in its cache name.
    @Test func cacheNamesHoldTheRecipe() {
        let standard = ImageRecipe.standard
        var finer = standard
        finer.webpQuality = 90
        #expect(standard.cacheName(width: 360, format: .webp) != finer.cacheName(width: 360, format: .webp))
        #expect(standard.cacheName(width: 360, format: .jpeg) == finer.cacheName(width: 360, format: .jpeg))
        #expect(standard.cacheName(width: 360, format: .webp).contains("vips" + Vips.version))
    }
}
