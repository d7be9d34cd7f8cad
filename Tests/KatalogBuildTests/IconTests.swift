import Foundation
import KatalogBuild
import Testing

/// The site's icons and web manifest: the theme's, or made of the logo site.yml names.
@Suite struct IconTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A PNG's or ICO's size, from its header: (width, height) of a PNG, the sizes an ICO holds.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    static func icoSizes(_ data: Data) -> [Int] {
        let bytes = [UInt8](data)
        guard bytes.count > 6, bytes[0...3] == [0, 0, 1, 0] else { return [] }
        return (0..<Int(bytes[4])).map { Int(bytes[6 + 16 * $0]) }
    }

    @Test func theThemesIconsAndAManifestWithoutALogo() throws {
        let site = try TestSite([:])
        #expect(site.build().succeeded)
        let tree = site.tree()
        let theme = Self.repository.appendingPathComponent("templates/icons")
        for name in ["icon-192.png", "icon-512.png", "apple-touch-icon.png", "favicon.svg"] {
            #expect(tree["icons/" + name] == (try Data(contentsOf: theme.appendingPathComponent(name))), "\(name)")
        }
        #expect(Self.icoSizes(tree["favicon.ico"] ?? Data()) == [16, 32, 48])
        let manifest = try #require(
            JSONSerialization.jsonObject(with: tree["site.webmanifest"] ?? Data()) as? [String: Any])
        #expect(manifest["name"] as? String == "Katalog Uji")
        #expect(manifest["start_url"] as? String == "./")
        #expect(manifest["theme_color"] as? String == "#7a3412")
        let icons = try #require(manifest["icons"] as? [[String: String]])
        #expect(icons.map { $0["src"] } == ["icons/icon-192.png", "icons/icon-512.png", "icons/favicon.svg"])
        let page = try #require(site.output("products/kain-gorga/index.html"))
        for link in [
            #"<link rel="icon" href="../../favicon.ico" sizes="32x32">"#,
            #"<link rel="icon" href="../../icons/favicon.svg" type="image/svg+xml">"#,
            #"<link rel="apple-touch-icon" href="../../icons/apple-touch-icon.png">"#,
            #"<link rel="manifest" href="../../site.webmanifest">"#, ##"<meta name="theme-color" content="#7a3412">"##,
        ] {
            #expect(page.contains(link), "\(link)")
        }
    }

    @Test func aLogoBecomesTheIconsAndThePreviewPicture() throws {
        let site = try TestSite([
            "content/site.yml": "title: Katalog Uji\nbase_url: https://batik.example.id/\nlogo: logo.png\n"
        ])
        try site.write(
            "content/images/logo.png",
            Data(contentsOf: Self.repository.appendingPathComponent("templates/icons/icon-512.png")))
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let tree = site.tree()
        #expect(Self.pngSize(tree["icons/icon-192.png"] ?? Data()) ?? (0, 0) == (192, 192))
        #expect(Self.pngSize(tree["icons/icon-512.png"] ?? Data()) ?? (0, 0) == (512, 512))
        #expect(Self.pngSize(tree["icons/apple-touch-icon.png"] ?? Data()) ?? (0, 0) == (180, 180))
        #expect(Self.icoSizes(tree["favicon.ico"] ?? Data()) == [16, 32, 48])
        #expect(tree["icons/favicon.svg"] == nil)
        let preview = try #require(tree["icons/preview.jpg"])
        #expect(preview.starts(with: [0xFF, 0xD8]) && preview.count < 300_000)
        // A page without a product photo previews with the logo.
        let home = try #require(site.output("index.html"))
        #expect(home.contains(#"<meta property="og:image" content="https://batik.example.id/icons/preview.jpg">"#))
        #expect(home.contains(#"<meta property="og:image:width" content="600">"#))
        #expect(!home.contains("favicon.svg"))
        let manifest = String(decoding: tree["site.webmanifest"] ?? Data(), as: UTF8.self)
        #expect(manifest.contains(#""icons":[{"src":"icons/icon-192.png""#) && !manifest.contains("svg"))
    }

    /// A logo too small for the largest icon (on its longer side, as shown: EXIF orientation
    /// applied) is refused at its line.
    @Test func aLogoTooSmallIsRefused() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nlogo: lebar.jpg\n"])
        try site.write("content/images/lebar.jpg", PhotoBadInputTests.fixture("exif-gps-rotated.jpg"))
        var report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/site.yml:2:7: error: logo 'lebar.jpg' is only 48 x 64 pixels; icons need it at least 512"
                    + " pixels wide or high: ask for a larger logo"
            ])
        try site.write(
            "content/images/lebar.jpg",
            Data(
                contentsOf: Self.repository.appendingPathComponent("Tests/KatalogImagesTests/Fixtures/flat-480x360.png")
            ))
        report = site.build()
        #expect(report.diagnostics.first?.description.contains("is only 480 x 360 pixels") == true)
    }

    @Test(arguments: [
        ("logo: tidak-ada.png", nil, "content/site.yml:2:7: error: logo 'tidak-ada.png' not found: put it in images/"),
        (
            "logo: logo.webp", "animated.webp",
            "content/site.yml:2:7: error: logo 'logo.webp' is a WebP file; katalog makes icons from a PNG or JPEG"
                + " logo: save it as PNG"
        ),
        (
            "logo: logo.gif", "photo.gif",
            "content/site.yml:2:7: error: photo 'logo.gif' is in GIF format, not a photo; save the picture as JPEG"
                + " and list that file"
        ),
    ])
    func aLogoThatCannotBeUsedIsAnErrorAtItsLine(line: String, fixture: String?, message: String) throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\n\(line)\n"])
        if let fixture {
            try site.write("content/images/" + line.dropFirst("logo: ".count), PhotoBadInputTests.fixture(fixture))
        }
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [message])
        #expect(!report.succeeded)
    }
}
