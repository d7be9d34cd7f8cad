import CImages

/// A photo decoded for publishing (see `kimg_open`): oriented, sRGB, 8-bit, without metadata, in
/// memory, at most as wide as the widest file made from it. Encodes its variants.
package final class DecodedImage {
    private let image: OpaquePointer
    package let width: Int
    package let height: Int
    package let hasAlpha: Bool

    package init(path: String, maxWidth: Int) throws(ImageProblem) {
        try Vips.start()
        var detail = [CChar](repeating: 0, count: 512)
        var opened: OpaquePointer?
        let status = kimg_open(path, Int32(maxWidth), Int64(ImageHeader.pixelLimit), &opened, &detail, detail.count)
        if let problem = ImageProblem(status, detail: detail, path: path) { throw problem }
        guard let opened else { throw .failed(detail: "no image") }
        image = opened
        var w: Int32 = 0
        var h: Int32 = 0
        var alpha: Int32 = 0
        kimg_size(opened, &w, &h, &alpha)
        (width, height, hasAlpha) = (Int(w), Int(h), alpha != 0)
    }

    private init(image: OpaquePointer) {
        self.image = image
        var w: Int32 = 0
        var h: Int32 = 0
        var alpha: Int32 = 0
        kimg_size(image, &w, &h, &alpha)
        (width, height, hasAlpha) = (Int(w), Int(h), alpha != 0)
    }

    deinit { kimg_close(image) }

    /// The image fitted into a `size`-pixel square, centred, on white (`opaque`) or transparency.
    package func square(size: Int, opaque: Bool) throws(ImageProblem) -> DecodedImage {
        var detail = [CChar](repeating: 0, count: 512)
        var made: OpaquePointer?
        guard kimg_square(image, Int32(size), opaque ? 1 : 0, &made, &detail, detail.count) == KIMG_OK, let made
        else { throw .failed(detail: String(buffer: detail)) }
        return DecodedImage(image: made)
    }

    /// `#rrggbb`.
    func meanColour() -> String {
        var rgb: [UInt8] = [0xEF, 0xE6, 0xDA]
        _ = kimg_mean_colour(image, &rgb)
        return "#" + rgb.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The image `width` pixels wide (or its own width, if smaller), encoded.
    package func encode(
        width: Int, format: VariantFormat, quality: Int
    ) throws(ImageProblem) -> (
        bytes: [UInt8], width: Int, height: Int
    ) {
        var detail = [CChar](repeating: 0, count: 512)
        var pointer: UnsafeMutableRawPointer?
        var length = 0
        var w: Int32 = 0
        var h: Int32 = 0
        let kind: kimg_format =
            switch format {
            case .webp: KIMG_WEBP
            case .jpeg: KIMG_JPEG
            case .png: KIMG_PNG
            }
        let status = kimg_encode(
            image, Int32(width), kind, Int32(quality), &pointer, &length, &w, &h, &detail, detail.count)
        if status != KIMG_OK { throw .failed(detail: String(buffer: detail)) }
        defer { kimg_free(pointer) }
        let bytes = pointer.map { [UInt8](UnsafeRawBufferPointer(start: $0, count: length)) } ?? []
        return (bytes, Int(w), Int(h))
    }

    /// The metadata fields libvips finds in an encoded file (tests: none may be EXIF, XMP, IPTC).
    package static func metadataFields(of bytes: [UInt8]) -> [String]? {
        try? Vips.start()
        var names = [CChar](repeating: 0, count: 8192)
        let failed = bytes.withUnsafeBytes { kimg_metadata_fields($0.baseAddress, $0.count, &names, names.count) }
        guard failed == 0 else { return nil }
        return String(buffer: names).split(separator: "\n").map(String.init)
    }

    /// The SHA-256 of a file, in hex.
    static func digest(of path: String) -> String? {
        var hex = [CChar](repeating: 0, count: 65)
        return kimg_digest_file(path, &hex) == 0 ? String(buffer: hex) : nil
    }
}

extension DecodedImage {
    /// Tests only: whether libvips itself, asked directly, decodes the file (the loader block).
    package static func libvipsLoads(_ path: String) -> Bool {
        try? Vips.start()
        return kimg_libvips_loads(path) != 0
    }
}
