import Foundation
import KatalogSystem
import Testing

@testable import KatalogImages

@Suite struct ImageCacheTests {
    private func process(
        _ names: [String], in folder: String, recipe: ImageRecipe = .standard
    ) throws -> (
        [ProcessedPhoto], ImageCache.Work
    ) {
        let cache = ImageCache(folder: folder, recipe: recipe)
        let photos = try cache.process(names.map(Fixture.source)).map { try $0.get() }
        cache.save(removeUnused: true)
        return (photos, cache.work)
    }

    private func bytes(_ path: String) throws -> [UInt8] { try SafeRead.bytes(path, limit: 1 << 24).get() }

    /// Oriented, every metadata block gone: no EXIF, GPS position, camera name or XMP in any file.
    @Test func publishedFilesCarryNoMetadata() throws {
        let (photos, _) = try process(["exif-gps-rotated.jpg", "iphone.heic"], in: Fixture.temporaryFolder())
        #expect(photos[0].variants.map(\.width) == [48, 48])
        #expect(photos[0].variants.map(\.height) == [64, 64])
        for variant in photos.flatMap(\.variants) {
            let data = try bytes(variant.cachePath)
            let fields = try #require(DecodedImage.metadataFields(of: data))
            #expect(fields.filter { $0.contains("exif") || $0.contains("xmp") || $0.contains("iptc") } == [])
            for marker in ["Exif", "GPS", "Xiaomi", "Redmi", "http://ns.adobe.com/xap"] {
                #expect(!data.contains(Array(marker.utf8)), "\(variant.cachePath) holds \(marker)")
            }
        }
    }

    /// CMYK, 16-bit, grey, animated and transparent photos all come out as 8-bit sRGB files.
    @Test func oddPhotosArePublished() throws {
        let names = ["cmyk.jpg", "sixteen-bit.png", "grey.jpg", "animated.webp", "transparent.png", "opaque-alpha.png"]
        let (photos, _) = try process(names, in: Fixture.temporaryFolder())
        #expect(
            photos.map { $0.variants.map(\.format) } == [
                [.webp, .jpeg], [.webp, .jpeg], [.webp, .jpeg], [.webp, .jpeg], [.webp, .png], [.webp, .jpeg],
            ])
        for variant in photos.flatMap(\.variants) {
            let header = try ImageHeader.read(variant.cachePath).get()
            #expect(header.width == variant.width && header.height == variant.height)
        }
        // The CMYK picture is orange-brown, not its inverse.
        #expect(photos[0].colour.hasPrefix("#"))
        let red = Int(photos[0].colour.dropFirst().prefix(2), radix: 16)!
        #expect(red > 100)
    }

    @Test(arguments: [
        ("truncated.jpg", "damaged"), ("bomb.png", "tooManyPixels"),
    ])
    func brokenPhotosAreRefused(name: String, kind: String) throws {
        let path = Fixture.path(name)
        let source = ImageCache.Source(
            path: path, version: try #require(FileVersion(path: path)),
            header: ImageHeader(format: .png, width: 200, height: 150))
        let cache = ImageCache(folder: Fixture.temporaryFolder())
        let result = cache.process([source])[0]
        switch result {
        case .failure(.damaged) where kind == "damaged", .failure(.tooManyPixels) where kind == "tooManyPixels": break
        default: Issue.record("\(name): \(result)")
        }
    }

    /// A rebuild encodes nothing; a changed quality re-encodes the files it changes; an added
    /// width encodes only that width; what no build uses is removed.
    @Test func rebuildsEncodeOnlyWhatChanged() throws {
        let folder = Fixture.temporaryFolder()
        let names = ["exif-gps-rotated.jpg", "transparent.png"]
        let (first, cold) = try process(names, in: folder)
        #expect(cold.encoded == 4 && cold.decoded == 2)
        let (again, warm) = try process(names, in: folder)
        #expect(again == first)
        #expect(warm == ImageCache.Work())

        var finer = ImageRecipe.standard
        finer.webpQuality = 90
        let (_, requality) = try process(names, in: folder, recipe: finer)
        #expect(requality.encoded == 2 && requality.removed == 2)

        var wider = finer
        wider.widths = [32] + finer.widths
        let (narrow, widened) = try process(names, in: folder, recipe: wider)
        #expect(widened.encoded == 4 && widened.removed == 0)
        #expect(narrow[1].variants.map(\.width) == [32, 40, 32, 40])

        let (_, fewer) = try process(["transparent.png"], in: folder, recipe: wider)
        #expect(fewer.encoded == 0 && fewer.removed == 4)
        let left = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { !$0.hasSuffix("manifest") }
        #expect(left.filter { $0.contains("/") }.count == 4)
    }

    /// Keyed by content: the same path with new bytes is encoded again.
    @Test func anEditedPhotoIsEncodedAgain() throws {
        let folder = Fixture.temporaryFolder()
        let photo = folder + "/foto.jpg"
        try FileManager.default.copyItem(atPath: Fixture.path("grey.jpg"), toPath: photo)
        let cache = ImageCache(folder: folder + "/cache")
        let source = ImageCache.Source(
            path: photo, version: try #require(FileVersion(path: photo)), header: try ImageHeader.read(photo).get())
        let before = try cache.process([source])[0].get()
        cache.save(removeUnused: true)
        try FileManager.default.removeItem(atPath: photo)
        try FileManager.default.copyItem(atPath: Fixture.path("cmyk.jpg"), toPath: photo)
        var edited = source
        edited.version = try #require(FileVersion(path: photo))
        let after = try cache.process([edited])[0].get()
        #expect(cache.work.encoded == 4)
        #expect(before.colour != after.colour)
    }

    /// Photos with the same bytes under different names, processed at the same time, share their
    /// files and all succeed.
    @Test func samePhotoUnderManyNamesAtOnce() throws {
        let folder = Fixture.temporaryFolder()
        let sources = try (1...8).map { n in
            let path = folder + "/foto-\(n).jpg"
            try FileManager.default.copyItem(atPath: Fixture.path("grey.jpg"), toPath: path)
            return ImageCache.Source(
                path: path, version: try #require(FileVersion(path: path)), header: try ImageHeader.read(path).get())
        }
        let cache = ImageCache(folder: folder + "/cache")
        let photos = try cache.process(sources).map { try $0.get() }
        #expect(Set(photos).count == 1)
        cache.save(removeUnused: true)
        let left = try FileManager.default.subpathsOfDirectory(atPath: folder + "/cache")
        #expect(left.filter { $0.contains(".tmp-") } == [])
    }

    /// Two caches built from nothing hold byte-identical files.
    @Test func encodingIsDeterministic() throws {
        let names = ["exif-gps-rotated.jpg", "transparent.png", "cmyk.jpg", "iphone.heic"]
        let (a, _) = try process(names, in: Fixture.temporaryFolder())
        let (b, _) = try process(names, in: Fixture.temporaryFolder())
        for (x, y) in zip(a.flatMap(\.variants), b.flatMap(\.variants)) {
            #expect(try bytes(x.cachePath) == bytes(y.cachePath))
        }
    }
}
