/// How a photo becomes published files: which widths, which formats, what quality. Part of every
/// cached file's name, so changing any of it re-encodes exactly the files it changes.
package struct ImageRecipe: Hashable, Sendable {
    /// Widths in pixels, smallest first. Cards are about 160-190 CSS px wide (240 and 360 serve
    /// them at 1x and 2x), the product page up to about 600 (800 serves a phone at 2x, 1200 a
    /// large screen).
    package var widths: [Int]
    /// The widths a card or a tile uses.
    package var cardWidths: [Int]
    package var webpQuality: Int
    package var jpegQuality: Int

    package init(widths: [Int], cardWidths: [Int], webpQuality: Int, jpegQuality: Int) {
        self.widths = widths.sorted()
        self.cardWidths = cardWidths.sorted()
        self.webpQuality = webpQuality
        self.jpegQuality = jpegQuality
    }

    package static let standard = ImageRecipe(
        widths: [240, 360, 480, 800, 1200], cardWidths: [240, 360, 480], webpQuality: 72, jpegQuality: 72)

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
    static let pipelineVersion = 1
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
