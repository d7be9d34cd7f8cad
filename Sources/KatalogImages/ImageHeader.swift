import CImages

/// The formats katalog reads from content. Everything else is refused before any decoder runs.
package enum ImageFormat: String, Sendable, Hashable {
    case jpeg, png, webp, heif
}

/// A photo's header, read by libvips without decoding pixels: its format and its size as shown
/// (EXIF orientation applied).
package struct ImageHeader: Hashable, Sendable {
    package var format: ImageFormat
    package var width: Int
    package var height: Int
    package var hasAlpha: Bool

    package init(format: ImageFormat, width: Int, height: Int, hasAlpha: Bool = false) {
        self.format = format
        self.width = width
        self.height = height
        self.hasAlpha = hasAlpha
    }

    /// Refused above this many pixels, before decoding (a decompression bomb is a small file that
    /// claims a huge picture). 100 million pixels is more than any phone camera's default size.
    package static let pixelLimit = 100_000_000

    /// Reads the header of the file at `path`.
    package static func read(_ path: String) -> Result<ImageHeader, ImageProblem> {
        do throws(ImageProblem) {
            try Vips.start()
            var info = kimg_info()
            var detail = [CChar](repeating: 0, count: 512)
            let status = kimg_probe(path, Int64(pixelLimit), &info, &detail, detail.count)
            if let problem = ImageProblem(status, detail: detail, path: path) { throw problem }
            return .success(ImageHeader(info))
        } catch {
            return .failure(error)
        }
    }

    init(_ info: kimg_info) {
        let format: ImageFormat =
            switch info.format {
            case KIMG_PNG: .png
            case KIMG_WEBP: .webp
            case KIMG_HEIF: .heif
            default: .jpeg
            }
        self.init(format: format, width: Int(info.width), height: Int(info.height), hasAlpha: info.has_alpha != 0)
    }
}
