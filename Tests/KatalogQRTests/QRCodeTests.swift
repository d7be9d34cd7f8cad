import Testing

@testable import KatalogQR

/// The QR codes of the printed catalogue: sizes by version, the structure every code has, the SVG,
/// determinism, refusals. (`QRDecodeTests` in CLITests reads codes back with a real decoder.)
@Suite struct QRCodeTests {
    /// A product page's URL of the sample catalogue, the kind of text katalog prints most.
    static let productURL = "https://katalog.example/products/batik-tulis-gorga-sutra-merah-hitam/"

    @Test func versionAndSizeFollowTheText() throws {
        // Version 1 at medium holds 14 bytes; one more needs version 2 (25 modules a side).
        let v1 = try #require(QRCode(text: String(repeating: "a", count: 14), correction: .medium))
        #expect(v1.version == 1 && v1.size == 21 && v1.modules.count == 21 * 21)
        let v2 = try #require(QRCode(text: String(repeating: "a", count: 15), correction: .medium))
        #expect(v2.version == 2 && v2.size == 25)
        // The classic example: 11 characters in alphanumeric mode, version 1 even at quartile.
        #expect(QRCode(text: "HELLO WORLD", correction: .quartile)?.version == 1)
        // A 70-byte product URL: version 5 at medium (37 modules), version 4 at low (33).
        let url = try #require(QRCode(text: Self.productURL))
        #expect(url.version == 5 && url.size == 37 && url.extent == 45)
        #expect(QRCode(text: Self.productURL, correction: .low)?.version == 4)
        #expect(QRCode(text: Self.productURL, correction: .high)?.version == 8)
    }

    /// Every code has its three finder patterns (7 × 7 rings with a 3 × 3 centre) in three corners,
    /// a light separator around them and the timing patterns between them: the bits are read the
    /// right way round and not transposed or mirrored.
    @Test func finderAndTimingPatterns() throws {
        let code = try #require(QRCode(text: Self.productURL))
        let n = code.size
        for (left, top) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            for y in 0..<7 {
                for x in 0..<7 {
                    let ring = x == 0 || x == 6 || y == 0 || y == 6
                    let centre = (2...4).contains(x) && (2...4).contains(y)
                    #expect(code.isDark(x: left + x, y: top + y) == (ring || centre), "finder at \(left),\(top)")
                }
            }
        }
        for i in 0..<8 {
            #expect(!code.isDark(x: 7, y: i) && !code.isDark(x: i, y: 7), "separator")
        }
        for i in 8..<(n - 8) {
            #expect(code.isDark(x: i, y: 6) == i.isMultiple(of: 2), "timing row")
            #expect(code.isDark(x: 6, y: i) == i.isMultiple(of: 2), "timing column")
        }
        // The dark module beside the bottom-left finder, always dark.
        #expect(code.isDark(x: 8, y: n - 8))
        // The bottom-right corner is not a finder: no three corners but these have one.
        #expect(!(0..<7).allSatisfy { code.isDark(x: n - 1 - $0, y: n - 1) })
    }

    @Test func svgIsOnePathOfTheDarkModules() throws {
        let code = try #require(QRCode(text: Self.productURL))
        let svg = code.svg(escapedLabel: "Kode QR &amp; tautan")
        #expect(
            svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 45 45\" role=\"img\""))
        #expect(svg.contains(" aria-label=\"Kode QR &amp; tautan\" shape-rendering=\"crispEdges\">"))
        #expect(
            svg.split(separator: "<path ", omittingEmptySubsequences: false).count == 2 && svg.hasSuffix("\"/></svg>"))
        #expect(code.pathData.allSatisfy { "0123456789 -Mmhvz".contains($0) })
        // Drawn back, the path covers exactly the dark modules, inside the quiet zone.
        let drawn = Self.draw(code.pathData, extent: code.extent)
        for y in 0..<code.extent {
            for x in 0..<code.extent {
                let q = QRCode.quietZone
                let inside = (q..<(q + code.size)).contains(x) && (q..<(q + code.size)).contains(y)
                #expect(drawn[y * code.extent + x] == (inside && code.isDark(x: x - q, y: y - q)), "\(x),\(y)")
            }
        }
    }

    @Test func sameTextSameBytes() {
        let texts = [
            Self.productURL, "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik", "tel:+6281234567890",
        ]
        for text in texts {
            let a = QRCode(text: text)
            #expect(a == QRCode(text: text))
            #expect(a?.svg(escapedLabel: "x") == QRCode(text: text)?.svg(escapedLabel: "x"))
        }
        #expect(QRCode(text: texts[0]) != QRCode(text: texts[0] + "x"))
    }

    @Test func refusals() {
        #expect(QRCode(text: "") == nil)
        #expect(QRCode(text: "a\u{0}b") == nil)
        // 2,331 bytes is the most a version-40 code holds at medium; one more is too long.
        #expect(QRCode(text: String(repeating: "a", count: 2331))?.version == 40)
        #expect(QRCode(text: String(repeating: "a", count: 2332)) == nil)
        #expect(QRCode(text: String(repeating: "a", count: 2332), correction: .low) != nil)
    }

    // MARK: - Helpers

    /// Fills the rectangles of a path made by `pathData` (absolute `M`, then relative `m`, `h`,
    /// `v`, `z` only) on a grid of `extent` × `extent` modules: true where a rectangle covers.
    static func draw(_ d: String, extent: Int) -> [Bool] {
        var grid = [Bool](repeating: false, count: extent * extent)
        var numbers: [Int] = []
        var start = (x: 0, y: 0)
        var command: Character = " "
        var current = ""
        func flushNumber() {
            if let value = Int(current) { numbers.append(value) }
            current = ""
        }
        var pending: [(Character, [Int])] = []
        for c in d + "M" {
            if c.isNumber || (c == "-" && current.isEmpty) {
                current.append(c)
            } else if c == " " {
                flushNumber()
            } else if c == "-" {
                flushNumber()
                current = "-"
            } else {
                flushNumber()
                if command != " " { pending.append((command, numbers)) }
                command = c
                numbers = []
            }
        }
        var width = 0
        for (command, values) in pending {
            switch command {
            case "M": start = (values[0], values[1])
            case "m": start = (start.x + values[0], start.y + values[1])
            case "h" where values[0] > 0: width = values[0]
            case "z":
                for x in start.x..<(start.x + width) { grid[start.y * extent + x] = true }
            default: break
            }
        }
        return grid
    }
}
