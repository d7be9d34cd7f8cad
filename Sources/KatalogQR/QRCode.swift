import Cqrencode

/// A QR code (ISO/IEC 18004) made by Debian's libqrencode: its modules, and an inline SVG of them
/// that prints sharply at any size. The same text always makes the same code, module for module,
/// and the same SVG, byte for byte. **The only code that imports Cqrencode**; libqrencode's
/// pointers never leave `init`.
package struct QRCode: Hashable, Sendable {
    /// How much of a code can be lost (smudged, creased, badly lit) and still read.
    package enum Correction: Sendable {
        /// About 7 %.
        case low
        /// About 15 %: what katalog prints (see `standard`).
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high

        /// Medium: a printed catalogue is handled, folded and photographed under exhibition lights,
        /// so it gets more than low's 7 %; but every step up makes a code of the same text denser
        /// (smaller modules at the same printed size), and a short product URL at medium still fits
        /// version 4 or 5 (33 or 37 modules a side), coarse enough for a cheap phone's camera at 2 cm.
        package static let standard = Correction.medium

        var level: QRecLevel {
            switch self {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            case .quartile: QR_ECLEVEL_Q
            case .high: QR_ECLEVEL_H
            }
        }
    }

    /// The light modules around the symbol that a reader needs to find it: 4, as the standard asks.
    package static let quietZone = 4

    /// The symbol's version, 1 (21 × 21 modules) to 40 (177 × 177).
    package let version: Int
    /// Modules a side, without the quiet zone: 17 + 4 × version.
    package let size: Int
    /// Row by row, top to bottom, left to right: true for a dark module.
    package let modules: [Bool]

    /// The smallest code of `text` (UTF-8; digits and upper-case runs in their compact modes) at
    /// `correction`; nil when the text is empty, holds a NUL, or is too long for a QR code at that
    /// level (2,331 bytes at medium).
    package init?(text: String, correction: Correction = .standard) {
        guard !text.isEmpty, !text.utf8.contains(0) else { return nil }
        guard let code = QRcode_encodeString(text, 0, correction.level, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        version = Int(code.pointee.version)
        size = width
        // Bit 0 of each byte is the module's colour; the other bits say what the module is part of.
        modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width).map { $0 & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` (from the symbol's top left, quiet zone not
    /// counted) is dark.
    package func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// Modules a side with the quiet zone: the SVG's view box.
    package var extent: Int { size + 2 * Self.quietZone }

    /// The dark modules as the `d` of one SVG path in the quiet-zoned view box: each horizontal run
    /// of dark modules is a rectangle one module high (`m3 0h2v1h-2z`), each placed relative to the
    /// one before. Digits, signs and path letters only.
    package var pathData: String {
        var d = ""
        var last: (x: Int, y: Int)? = nil
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                var end = x
                while end < size, isDark(x: end, y: y) { end += 1 }
                let (left, top) = (x + Self.quietZone, y + Self.quietZone)
                if let last {
                    d += "m\(left - last.x) \(top - last.y)"
                } else {
                    d += "M\(left) \(top)"
                }
                d += "h\(end - x)v1h-\(end - x)z"
                last = (left, top)
                x = end
            }
        }
        return d
    }

    /// An inline SVG of the code: one path of the dark modules (the light ones are the page behind
    /// it), a view box in modules with the quiet zone, edges kept crisp, and `role="img"` with
    /// `escapedLabel` as its accessible name. `escapedLabel` must already be escaped for a quoted
    /// attribute.
    package func svg(escapedLabel: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 \(extent) \(extent)\" role=\"img\" "
            + "aria-label=\"\(escapedLabel)\" shape-rendering=\"crispEdges\"><path d=\"\(pathData)\"/></svg>"
    }
}
