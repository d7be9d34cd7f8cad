/// How a photo becomes published files: which widths, which formats, what quality. Part of every
/// cached file's name, so changing any of it re-encodes exactly the files it changes.
package struct ImageRecipe: Hashable, Sendable {
    /// Widths in pixels, smallest first. Cards are about 160-190 CSS px wide (240 and 360 serve
    /// them at 1x and 2x); the product photo is the screen's width less its margins on a phone
    /// (720 serves a 390-px phone at 2x) and about 600 CSS px on a large screen (960 at 2x, where
    /// a little softness does not show).
    package var widths: [Int]
    /// The widths a card offers.
    package var cardWidths: [Int]
    /// The JPEG (or PNG) fallback stops here: browsers without WebP are old, and link previews
    /// want a JPEG well under 300 KB.
    package var fallbackMaxWidth: Int
    package var webpQuality: Int
    package var jpegQuality: Int

    package init(widths: [Int], cardWidths: [Int], fallbackMaxWidth: Int, webpQuality: Int, jpegQuality: Int) {
        self.widths = widths.sorted()
        self.cardWidths = cardWidths.sorted()
        self.fallbackMaxWidth = fallbackMaxWidth
        self.webpQuality = webpQuality
        self.jpegQuality = jpegQuality
    }

    /// Quality 52: measured on 4000×3000 phone photos full of fine lines (`add_photos.py`), it keeps
    /// a card file under 25 KB, the phone's product photo under 100 KB and the largest file under
    /// 150 KB (Benchmarks/RESULTS.md).
    package static let standard = ImageRecipe(
        widths: [240, 360, 480, 720, 960], cardWidths: [240, 360], fallbackMaxWidth: 720, webpQuality: 52,
        jpegQuality: 52)

    /// Below this width a photo gets a warning: it looks blurred on the product page.
    package static let smallWidth = 480

    /// The widths made of a photo `width` pixels wide: never wider than the photo; a photo
    /// narrower than the smallest width is published at its own width.
    package func widths(forSourceWidth width: Int) -> [Int] {
        let fitting = widths.filter { $0 < width }
        return fitting.count == widths.count ? fitting : fitting + [min(width, widths.last ?? width)]
    }

    /// The formats published: WebP, and JPEG for browsers without WebP (PNG when the photo has
    /// transparency, which JPEG cannot hold).
    package func formats(hasAlpha: Bool) -> [VariantFormat] { [.webp, hasAlpha ? .png : .jpeg] }

    /// The widths made in `format` of a photo `width` pixels wide: the fallback stops at
    /// `fallbackMaxWidth` (keeping one file, however wide, for a photo wider than it).
    package func widths(_ format: VariantFormat, forSourceWidth width: Int) -> [Int] {
        let all = widths(forSourceWidth: width)
        guard format != .webp else { return all }
        let capped = all.filter { $0 <= fallbackMaxWidth }
        return capped.isEmpty ? Array(all.prefix(1)) : capped
    }

    func quality(_ format: VariantFormat) -> Int {
        switch format {
        case .webp: webpQuality
        case .jpeg: jpegQuality
        case .png: 0
        }
    }

    /// The cache's name for one encoded file: everything that decides its bytes but the source.
    func cacheName(width: Int, format: VariantFormat) -> String {
        "w\(width)-q\(quality(format))-vips\(Vips.version)-k\(Self.pipelineVersion).\(format.fileExtension)"
    }

    /// Raised when the steps in CImages change what they make of the same pixels.
    static let pipelineVersion = 2
}

package enum VariantFormat: String, Sendable, Hashable, CaseIterable {
    case webp, jpeg, png

    package var fileExtension: String {
        switch self {
        case .webp: "webp"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    package var mediaType: String { "image/" + rawValue }
}
