import Testing

@testable import KatalogContent

@Suite struct ImageInfoTests {
    static func be32(_ v: Int) -> [UInt8] {
        [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }
    static func be16(_ v: Int) -> [UInt8] { [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func le24(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF)] }
    static func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16) }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func png(width: Int, height: Int) -> [UInt8] {
        pngSignature + be32(13) + Array("IHDR".utf8) + be32(width) + be32(height)
            + [8, 6, 0, 0, 0] + [0, 0, 0, 0]  // bit depth, colour type, ..., CRC
    }

    static let app0: [UInt8] = [0xFF, 0xE0] + be16(16) + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]

    static func sof(_ marker: UInt8, width: Int, height: Int) -> [UInt8] {
        [0xFF, marker] + be16(17) + [8] + be16(height) + be16(width) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
    }

    static func jpeg(width: Int, height: Int, marker: UInt8 = 0xC0) -> [UInt8] {
        [0xFF, 0xD8] + app0 + sof(marker, width: width, height: height)
    }

    static func riff(_ chunk: String, _ payload: [UInt8]) -> [UInt8] {
        let body = Array("WEBP".utf8) + Array(chunk.utf8) + le32(payload.count) + payload
        return Array("RIFF".utf8) + le32(body.count) + body
    }

    static func vp8(width: Int, height: Int) -> [UInt8] {
        riff("VP8 ", [0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A] + le16(width) + le16(height) + [0, 0])
    }

    static func vp8l(width: Int, height: Int) -> [UInt8] {
        let bits = (width - 1) | (height - 1) << 14
        return riff("VP8L", [0x2F] + le32(bits) + [0, 0, 0, 0, 0])
    }

    static func vp8x(width: Int, height: Int) -> [UInt8] {
        riff("VP8X", [0x10, 0, 0, 0] + le24(width - 1) + le24(height - 1))
    }

    @Test func png() {
        #expect(
            ImageInfo.probe(Self.png(width: 1200, height: 800)) == ImageInfo(format: .png, width: 1200, height: 800))
        #expect(ImageInfo.probe(Self.png(width: 1, height: 65535)) == ImageInfo(format: .png, width: 1, height: 65535))
    }

    @Test func jpegBaseline() {
        #expect(
            ImageInfo.probe(Self.jpeg(width: 1600, height: 1067)) == ImageInfo(format: .jpeg, width: 1600, height: 1067)
        )
    }

    @Test(arguments: [0xC1, 0xC2, 0xC3, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF] as [UInt8])
    func jpegOtherFrameTypes(_ marker: UInt8) {
        #expect(
            ImageInfo.probe(Self.jpeg(width: 640, height: 480, marker: marker))
                == ImageInfo(format: .jpeg, width: 640, height: 480))
    }

    @Test func jpegSkipsTablesAndFillBytes() {
        let dht: [UInt8] = [0xFF, 0xC4] + Self.be16(5) + [0, 1, 2]
        let exif: [UInt8] = [0xFF, 0xE1] + Self.be16(200) + [UInt8](repeating: 0xAB, count: 198)
        let bytes = [0xFF, 0xD8] + Self.app0 + exif + dht + [0xFF, 0xFF] + Self.sof(0xC0, width: 300, height: 200)
        #expect(ImageInfo.probe(bytes) == ImageInfo(format: .jpeg, width: 300, height: 200))
    }

    @Test func webpLossy() {
        #expect(
            ImageInfo.probe(Self.vp8(width: 1024, height: 768)) == ImageInfo(format: .webp, width: 1024, height: 768))
    }

    @Test func webpLossyIgnoresScaleBits() {
        // The top two bits of each VP8 dimension are a scale, not part of the size.
        var bytes = Self.vp8(width: 1024, height: 768)
        bytes[27] |= 0xC0
        bytes[29] |= 0x40
        #expect(ImageInfo.probe(bytes) == ImageInfo(format: .webp, width: 1024, height: 768))
    }

    @Test func webpLossless() {
        #expect(
            ImageInfo.probe(Self.vp8l(width: 500, height: 333)) == ImageInfo(format: .webp, width: 500, height: 333))
        #expect(
            ImageInfo.probe(Self.vp8l(width: 16384, height: 1)) == ImageInfo(format: .webp, width: 16384, height: 1))
    }

    @Test func webpExtended() {
        #expect(
            ImageInfo.probe(Self.vp8x(width: 4000, height: 3000)) == ImageInfo(format: .webp, width: 4000, height: 3000)
        )
    }

    @Test func webpExtendedLargerThanLimitIsRefused() {
        #expect(ImageInfo.probe(Self.vp8x(width: 70000, height: 10)) == nil)
    }

    static let garbage: [(String, [UInt8])] = [
        ("empty", []),
        ("text", Array("not an image at all, just text".utf8)),
        ("gif", Array("GIF89a".utf8) + [0x10, 0, 0x10, 0] + [UInt8](repeating: 0, count: 30)),
        ("png signature only", pngSignature),
        ("png without IHDR", pngSignature + be32(13) + Array("IDAT".utf8) + be32(10) + be32(10)),
        ("png zero width", png(width: 0, height: 10)),
        ("png too wide", png(width: 65536, height: 10)),
        ("jpeg SOI only", [0xFF, 0xD8, 0xFF]),
        ("jpeg truncated frame", Array(jpeg(width: 10, height: 10).prefix(25))),
        ("jpeg scan before frame", [0xFF, 0xD8] + app0 + [0xFF, 0xDA] + be16(8) + [UInt8](repeating: 0, count: 20)),
        ("jpeg bad segment", [0xFF, 0xD8] + app0 + [0x00, 0xC0] + be16(17) + [UInt8](repeating: 0, count: 20)),
        ("jpeg zero height", jpeg(width: 10, height: 0)),
        ("riff not webp", Array("RIFF".utf8) + le32(30) + Array("WAVEfmt ".utf8) + [UInt8](repeating: 0, count: 30)),
        ("webp unknown chunk", riff("ALPH", [UInt8](repeating: 1, count: 20))),
        ("webp short", Array(vp8(width: 10, height: 10).prefix(28))),
        ("vp8 bad start code", riff("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2B] + le16(10) + le16(10) + [0, 0])),
        ("vp8l bad signature", riff("VP8L", [0x2E] + le32(0) + [0, 0, 0, 0, 0])),
    ]

    @Test(arguments: garbage)
    func garbageIsNil(_ name: String, _ bytes: [UInt8]) {
        #expect(ImageInfo.probe(bytes) == nil)
    }
}
