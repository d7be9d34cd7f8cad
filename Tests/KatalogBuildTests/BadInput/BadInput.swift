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

    /// A 4×3 PNG: signature and IHDR chunk, which is all the prober reads. (Made on each use: a
    /// static constant would be memory LeakSanitizer reports at exit.)
    static var png: Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += [0x00, 0x00, 0x00, 0x0D] + Array("IHDR".utf8)
        bytes += [0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x03]
        bytes += [0x08, 0x06, 0x00, 0x00, 0x00]
        bytes += [0x00, 0x00, 0x00, 0x00]
        return Data(bytes)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
