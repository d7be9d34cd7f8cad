/// The format and pixel size of a photo, read from its first bytes (never from its extension).
package struct ImageInfo: Hashable, Sendable {
    package enum Format: String, Sendable { case jpeg, png, webp }
    package var format: Format
    package var width: Int
    package var height: Int

    package init(format: Format, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }

    /// How many leading bytes `probe` may need. JPEG headers can sit behind large EXIF blocks, so
    /// callers pass the whole file when this prefix is not enough.
    package static let headerSize = 64 * 1024

    /// Returns nil when the bytes are not a JPEG, PNG or WebP image with a readable size.
    package static func probe(_ bytes: [UInt8]) -> ImageInfo? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg(bytes) }
        if bytes.count >= 16, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return webp(bytes)
        }
        return nil
    }

    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    private static func be32(_ b: [UInt8], _ i: Int) -> Int { be16(b, i) << 16 | be16(b, i + 2) }
    private static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    private static func le24(_ b: [UInt8], _ i: Int) -> Int { le16(b, i) | Int(b[i + 2]) << 16 }

    private static func valid(_ format: Format, _ w: Int, _ h: Int) -> ImageInfo? {
        (1...65535).contains(w) && (1...65535).contains(h) ? ImageInfo(format: format, width: w, height: h) : nil
    }

    private static func png(_ b: [UInt8]) -> ImageInfo? {
        guard b.count >= 24, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        return valid(.png, be32(b, 16), be32(b, 20))
    }

    private static func jpeg(_ b: [UInt8]) -> ImageInfo? {
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF {
                i += 1
                continue
            }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                i += 2
                continue
            }
            let length = be16(b, i + 2)
            guard length >= 2 else { return nil }
            // Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                guard i + 9 <= b.count else { return nil }
                return valid(.jpeg, be16(b, i + 7), be16(b, i + 5))
            }
            if marker == 0xDA || marker == 0xD9 { return nil }  // scan data before any frame header
            i += 2 + length
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> ImageInfo? {
        guard b.count >= 30 else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard b[23] == 0x9D, b[24] == 0x01, b[25] == 0x2A else { return nil }
            return valid(.webp, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF)
        case "VP8L":
            guard b[20] == 0x2F else { return nil }
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return valid(.webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return valid(.webp, le24(b, 24) + 1, le24(b, 27) + 1)
        default:
            return nil
        }
    }
}
