import CImages
import Foundation

/// Why a photo cannot be published. The content stage turns each into a message in the site's
/// language; `detail` keeps libvips' own (English) words for the curious.
package enum ImageProblem: Error, Hashable, Sendable {
    /// Not a JPEG, PNG, WebP or HEIF file. `kind` names what it is when that is recognisable
    /// (GIF, TIFF, SVG, HTML, ...), so the message can say so.
    case notAPhoto(kind: String?)
    /// A photo file that cannot be decoded: cut short or damaged.
    case damaged(detail: String)
    /// Too many pixels to decode safely.
    case tooManyPixels(width: Int, height: Int)
    /// A HEIF/HEIC photo (iPhone) that this machine's libheif cannot decode.
    case heifUnreadable(detail: String)
    /// libvips would not start, or encoding failed.
    case failed(detail: String)

    init?(_ status: kimg_status, detail: [CChar], path: String) {
        let words = String(buffer: detail)
        switch status {
        case KIMG_OK: return nil
        case KIMG_UNKNOWN_FORMAT: self = .notAPhoto(kind: Self.kind(of: path))
        case KIMG_DAMAGED: self = .damaged(detail: words)
        case KIMG_TOO_MANY_PIXELS:
            let sizes = words.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            self = .tooManyPixels(width: sizes.first ?? 0, height: sizes.dropFirst().first ?? 0)
        case KIMG_HEIF_UNREADABLE: self = .heifUnreadable(detail: words)
        default: self = .failed(detail: words)
        }
    }

    /// What a refused file is, from its first bytes, for the message only (libvips decides what
    /// may be read; this never does).
    static func kind(of path: String) -> String? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        let head = [UInt8]((try? file.read(upToCount: 512)) ?? Data())
        if head.starts(with: Array("GIF8".utf8)) { return "GIF" }
        if head.starts(with: [0x49, 0x49, 0x2A, 0]) || head.starts(with: [0x4D, 0x4D, 0, 0x2A]) { return "TIFF" }
        if head.starts(with: Array("BM".utf8)) { return "BMP" }
        if head.starts(with: Array("%PDF".utf8)) { return "PDF" }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        if text.contains("<svg") { return "SVG" }
        if text.contains("<html") || text.contains("<!doctype html") { return "HTML" }
        return nil
    }
}
