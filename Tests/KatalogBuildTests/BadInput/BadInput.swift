import Foundation

/// Pieces the bad-input tests build their sites from.
enum BadInput {
    /// A product sheet for the minimal site; `extra` lines start at line 4, the body after the
    /// closing fence starts at line `5 + extra lines`.
    static func product(_ extra: String = "", body: String = "") -> String {
        "---\nname: Kain Uji\nproducer: sinar\n" + extra + "---\n" + body
    }

    /// A producer sheet in cluster `sumut`; `extra` lines start at line 4.
    static func producer(_ extra: String) -> String {
        "---\nname: Batik Uji\ncluster: sumut\n" + extra + "---\n"
    }

    /// A real 480×360 PNG (1.5 KB), the smallest photo published without a warning: libvips
    /// decodes every photo. (Read on each use: a static constant would be memory LeakSanitizer
    /// reports at exit.)
    static var png: Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try! Data(contentsOf: folder.appendingPathComponent("KatalogImagesTests/Fixtures/flat-480x360.png"))
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
