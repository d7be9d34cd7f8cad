import KatalogSystem

/// The files made of a site's logo (`logo` in site.yml): the icons a browser, a phone's home
/// screen and an installed site use, and the picture of a link preview where a page has no photo.
package enum LogoFile: String, CaseIterable, Sendable {
    /// Android and installed sites (`site.webmanifest`), transparent around the logo.
    case icon192 = "icon-192.png"
    case icon512 = "icon-512.png"
    /// iOS home screen: opaque (iOS shows transparency as black) and square (it rounds the corners).
    case appleTouchIcon = "apple-touch-icon.png"
    /// Browser tabs: 16, 32 and 48 px PNGs in an ICO file.
    case favicon = "favicon.ico"
    /// Link previews: a JPEG on white, at least 300 px (WhatsApp), well under 300 KB.
    case preview = "preview.jpg"

    /// The square's side in pixels.
    var size: Int {
        switch self {
        case .icon192: 192
        case .icon512: 512
        case .appleTouchIcon: 180
        case .favicon: 48
        case .preview: 600
        }
    }

    var opaque: Bool { self == .appleTouchIcon || self == .preview }

    /// The smallest logo katalog makes icons of: the largest icon's size.
    package static let minimumSize = 512

    /// The cache's name of this file: everything that decides its bytes but the logo.
    func cacheName() -> String {
        let stem = rawValue.split(separator: ".")[0]
        let format = self == .favicon ? "ico" : self == .preview ? "jpg" : "png"
        return "logo-\(stem)-\(size)-vips\(Vips.version)-k\(ImageRecipe.pipelineVersion).\(format)"
    }
}

/// An ICO file holding PNG images (read by every browser since 2010): the container, not an image
/// format, so katalog writes it: a 6-byte header, a 16-byte entry per image, then the PNGs.
enum ICOFile {
    static func bytes(_ pngs: [(size: Int, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        func le16(_ value: Int) { out += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: Int) { for shift in [0, 8, 16, 24] { out.append(UInt8((value >> shift) & 0xFF)) } }
        le16(0)
        le16(1)  // an icon
        le16(pngs.count)
        var offset = 6 + 16 * pngs.count
        for png in pngs {
            out.append(UInt8(png.size >= 256 ? 0 : png.size))
            out.append(UInt8(png.size >= 256 ? 0 : png.size))
            out += [0, 0]  // no palette, reserved
            le16(1)  // colour planes
            le16(32)  // bits per pixel
            le32(png.bytes.count)
            le32(offset)
            offset += png.bytes.count
        }
        for png in pngs { out += png.bytes }
        return out
    }
}

extension ImageCache {
    /// The logo's files, cached like photos (by the logo's SHA-256; each name holds the recipe).
    package func processLogo(_ source: Source) -> Result<[LogoFile: ProcessedPhoto.Variant], ImageProblem> {
        try? FileSystem.makeDirectories(folder)
        let outcome = Self.logo(source, manifest: manifestSnapshot, folder: folder)
        work.encoded += outcome.encoded
        if let digest = outcome.digest, let entry = outcome.entry {
            remember(source, digest: digest, entry: entry)
        }
        return outcome.result
    }

    private struct LogoOutcome {
        var digest: String?
        var entry: Manifest.Entry?
        var result: Result<[LogoFile: ProcessedPhoto.Variant], ImageProblem>
        var encoded = 0
    }

    private static func logo(_ source: Source, manifest: Manifest, folder: String) -> LogoOutcome {
        let known = manifest.sources[source.path]
        guard let digest = known?.version == source.version ? known?.digest : DecodedImage.digest(of: source.path)
        else { return LogoOutcome(result: .failure(.damaged(detail: "cannot read the file"))) }
        var entry = manifest.digests[digest] ?? Manifest.Entry(colour: "", files: [:])
        var encoded = 0
        if !LogoFile.allCases.allSatisfy({ entry.files[$0.cacheName()] != nil }) {
            do throws(ImageProblem) {
                let image = try DecodedImage(path: source.path, maxWidth: 1024)
                if entry.colour.isEmpty { entry.colour = image.meanColour() }
                do {
                    try FileSystem.makeDirectories(folder + "/" + digest)
                } catch {
                    throw .failed(detail: "cannot write the image cache: \(error)")
                }
                for file in LogoFile.allCases where entry.files[file.cacheName()] == nil {
                    let bytes: [UInt8]
                    switch file {
                    case .favicon:
                        var pngs: [(size: Int, bytes: [UInt8])] = []
                        for size in [16, 32, 48] {
                            let square = try image.square(size: size, opaque: false)
                            pngs.append((size, try square.encode(width: size, format: .png, quality: 0).bytes))
                        }
                        bytes = ICOFile.bytes(pngs)
                    case .preview:
                        let square = try image.square(size: file.size, opaque: true)
                        bytes = try square.encode(width: file.size, format: .jpeg, quality: 80).bytes
                    default:
                        let square = try image.square(size: file.size, opaque: file.opaque)
                        bytes = try square.encode(width: file.size, format: .png, quality: 0).bytes
                    }
                    try write(bytes, to: folder + "/" + digest + "/" + file.cacheName())
                    entry.files[file.cacheName()] = .init(width: file.size, height: file.size, bytes: bytes.count)
                    encoded += 1
                }
            } catch {
                return LogoOutcome(result: .failure(error), encoded: encoded)
            }
        }
        var files: [LogoFile: ProcessedPhoto.Variant] = [:]
        var kept: [String: Manifest.File] = [:]
        for file in LogoFile.allCases {
            guard let made = entry.files[file.cacheName()] else { continue }
            kept[file.cacheName()] = made
            files[file] = .init(
                width: made.width, height: made.height, format: file == .preview ? .jpeg : .png,
                cachePath: folder + "/" + digest + "/" + file.cacheName(), bytes: made.bytes)
        }
        return LogoOutcome(
            digest: digest, entry: Manifest.Entry(colour: entry.colour, files: kept), result: .success(files),
            encoded: encoded)
    }
}
