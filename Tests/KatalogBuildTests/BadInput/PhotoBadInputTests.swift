import Foundation
import KatalogBuild
import Testing

/// Hostile and odd photos, as producers send them: each is published correctly or refused with a
/// located message, never a hang or a crash.
@Suite struct PhotoBadInputTests {
    /// A fixture image of the image tests (`Tests/KatalogImagesTests/Fixtures`).
    static func fixture(_ name: String) throws -> Data {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try Data(contentsOf: tests.appendingPathComponent("KatalogImagesTests/Fixtures/" + name))
    }

    /// A site whose one product lists `name`, a copy of the fixture `fixture`.
    static func site(photo name: String, from fixture: String) throws -> TestSite {
        let site = try TestSite(["content/products/x.md": BadInput.product("photos: [\(name)]\n")])
        try site.write("content/products/x/\(name)", Self.fixture(fixture))
        return site
    }

    /// Refused from the header, by `check` as by `build`, at the sheet's line.
    @Test(arguments: [
        (
            "kain.gif", "photo.gif",
            "photo 'kain.gif' is in GIF format, not a photo; save the picture as JPEG and list that file"
        ),
        (
            "kain.tif", "photo.tif",
            "photo 'kain.tif' is in TIFF format, not a photo; save the picture as JPEG and list that file"
        ),
        (
            "kain.svg", "drawing.svg",
            "photo 'kain.svg' is in SVG format, not a photo; save the picture as JPEG and list that file"
        ),
        (
            "kain.jpg", "really-html.jpg",
            "photo 'kain.jpg' is in HTML format, not a photo; save the picture as JPEG and list that file"
        ),
        (
            "kain.png", "bomb.png",
            "photo 'kain.png' is 30000 x 30000 pixels, more than katalog reads (100 million); make it smaller"
        ),
    ])
    func refusedFromTheHeader(name: String, fixture: String, message: String) throws {
        let site = try Self.site(photo: name, from: fixture)
        #expect(site.errors() == ["content/products/x.md:4:10: error: " + message])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == ["content/products/x.md:4:10: error: " + message])
        #expect(site.tree() == [:])
    }

    /// A JPEG cut short is found when it is decoded: the error names the photo file.
    @Test func truncatedJPEGFailsTheBuild() throws {
        let site = try Self.site(photo: "kain.jpg", from: "truncated.jpg")
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/products/x/kain.jpg: error: photo 'kain.jpg' cannot be read: the file is damaged or cut short;"
                    + " ask for the photo again",
                "content/products/x/kain.jpg: warning: photo 'kain.jpg' is only 200 pixels wide and will look blurred;"
                    + " ask for one at least 480 wide",
            ])
        #expect(!report.succeeded)
        #expect(site.tree() == [:])
    }

    /// CMYK, 16-bit, grey, animated, transparent and HEIC photos are published, as WebP and a
    /// JPEG (PNG for transparency) fallback.
    @Test(arguments: [
        ("kain.jpg", "cmyk.jpg", "jpg"), ("kain.png", "sixteen-bit.png", "jpg"), ("kain.jpg", "grey.jpg", "jpg"),
        ("kain.webp", "animated.webp", "jpg"), ("kain.png", "transparent.png", "png"),
        ("IMG_2041.HEIC", "iphone.heic", "jpg"),
    ])
    func oddPhotosArePublished(name: String, fixture: String, fallback: String) throws {
        let site = try Self.site(photo: name, from: fixture)
        let report = site.build()
        #expect(report.errorCount == 0)
        let stem = String(name[..<name.lastIndex(of: ".")!])
        let files = site.tree().keys.filter { $0.hasPrefix("products/x/") && !$0.hasSuffix(".html") }.sorted()
        #expect(files.count == 2)
        #expect(files.allSatisfy { $0.hasPrefix("products/x/\(stem)-") })
        #expect(Set(files.map { $0.split(separator: ".").last! }) == ["webp", Substring(fallback)])
    }

    /// The GPS position, the camera and every other EXIF field stay out of every published file;
    /// the picture is turned upright.
    @Test func noPublishedFileCarriesExifOrGPS() throws {
        let site = try Self.site(photo: "kain.jpg", from: "exif-gps-rotated.jpg")
        #expect(site.build().errorCount == 0)
        let tree = site.tree()
        let photos = tree.filter { !$0.key.hasSuffix(".html") && $0.key.hasPrefix("products/x/") }
        #expect(photos.keys.sorted() == ["products/x/kain-48.jpg", "products/x/kain-48.webp"])
        for (path, data) in photos {
            for marker in ["Exif", "GPS", "Xiaomi", "Redmi"] {
                #expect(data.range(of: Data(marker.utf8)) == nil, "\(path) holds \(marker)")
            }
        }
        let page = String(decoding: try #require(tree["products/x/index.html"]), as: UTF8.self)
        #expect(page.contains(#"width="48" height="64""#))
    }
}
