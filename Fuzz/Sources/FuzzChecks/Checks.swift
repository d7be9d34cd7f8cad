import Foundation
import KatalogContent
import KatalogImages
import KatalogMarkdown
import KatalogRender

/// One function per fuzz target. Each takes the fuzzer's bytes, runs one of katalog's entry points
/// and checks what must always hold; a broken promise stops the process (`precondition`), which
/// libFuzzer reports as a crash with the input that caused it.
public enum Checks {
    /// Front matter: split the text, read the YAML, ask for every kind of field.
    public static func frontMatter(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .success(let split) = FrontMatter.split(text) else { return }
        var fields = Fields(yaml: split.yaml, firstLine: FrontMatter.firstYAMLLine, path: "fuzz.md")
        guard fields.isValid else {
            precondition(!fields.diagnostics.items.isEmpty, "invalid front matter without a message")
            return
        }
        _ = fields.string("name", required: true)
        _ = fields.list("motifs")
        _ = fields.bool("available")
        _ = fields.year("since")
        _ = fields.scalar("price")
        fields.reportUnknownKeys()
        for diagnostic in fields.diagnostics.items {
            precondition(diagnostic.location.path == "fuzz.md")
            if let line = diagnostic.location.line {
                precondition(
                    line >= 1 && line <= FrontMatter.firstYAMLLine + split.yaml.utf8.count + 1, "line out of the file")
            }
        }
    }

    /// Phone numbers: a parsed number has 7 to 12 national digits and formats back to itself.
    public static func phone(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .success(let number) = PhoneNumber.parse(text) else { return }
        precondition(
            PhoneNumber.parse(number.display).map(\.display) == .success(number.display), "display does not parse back")
        precondition(number.display.allSatisfy { $0.isASCII }, "display holds non-ASCII")
    }

    /// Prices: a parsed price is a positive whole number of rupiah that parses back from its digits.
    public static func price(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .success(let value) = Price.parse(text) else { return }
        precondition(value > 0, "a price that is not more than 0")
        precondition(Price.parse(String(value)) == .success(value), "price does not parse back")
    }

    /// Slugs: a made slug is valid (or empty), and making it again changes nothing.
    public static func slug(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let slug = Slug.make(text)
        precondition(slug.isEmpty || Slug.isValid(slug), "made an invalid slug")
        precondition(Slug.make(slug) == slug, "slug is not stable")
        _ = Slug.nameOrder(text, slug)
    }

    /// A whole content file, of every kind, as the loader reads it, body included: no script or
    /// `javascript:` link may come out of the body, and every katalog link becomes a placeholder.
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>) {
        var diagnostics = Diagnostics()
        guard let source = SourceText.decode(Array(bytes), path: "fuzz.md", into: &diagnostics) else {
            precondition(diagnostics.hasErrors, "undecodable file without an error")
            return
        }
        var body: Body?
        for kind in EntryKind.allCases {
            let (entry, problems) = Entry.decode(kind: kind, slug: "fuzz", path: "fuzz.md", text: source.text)
            if entry == nil {
                precondition(problems.contains { $0.severity == .error }, "\(kind) refused without an error")
            }
            if case .product(let product) = entry { body = product.body }
        }
        guard let body, case .success(let split) = FrontMatter.split(source.text) else { return }
        precondition(
            Markdown.render(split.body).issues.count <= Markdown.Limits.issues + 1, "more issues than the limit")
        let html = body.html.lowercased()
        precondition(!html.contains("<script"), "a script element in rendered Markdown")
        precondition(!html.contains("href=\"javascript:") && !html.contains("src=\"javascript:"), "a javascript: URL")
        let placeholders = html.components(separatedBy: "=\"" + Body.placeholderScheme).count - 1
        precondition(placeholders == body.links.count, "a katalog link without its placeholder")
        // Filled in for a page, in both link styles: every placeholder replaced, nothing unsafe added.
        for style in LinkStyle.allCases {
            let page = Text(body: body, links: Links(from: .product("fuzz"), style: style)).html.lowercased()
            precondition(!page.contains("=\"" + Body.placeholderScheme), "a placeholder left in a page")
            precondition(
                !page.contains("<script") && !page.contains("href=\"javascript:")
                    && !page.contains("src=\"javascript:"),
                "unsafe HTML after filling links")
        }
    }

    /// A photo file as a producer could send it: libvips reads its header (only the JPEG, PNG,
    /// WebP and HEIF loaders may run), then decodes and encodes it small. Anything may be refused;
    /// nothing may crash, hang or claim an impossible size.
    public static func image(_ bytes: UnsafeBufferPointer<UInt8>) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-fuzz-image-\(getpid())").path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .success(let header) = ImageHeader.read(path) else { return }
        precondition(header.width >= 1 && header.height >= 1, "an empty picture")
        precondition(header.width * header.height <= ImageHeader.pixelLimit, "more pixels than the limit")
        guard let image = try? DecodedImage(path: path, maxWidth: 64) else { return }
        precondition(image.width <= 64 && image.width >= 1, "decoded wider than asked")
        for format in [VariantFormat.webp, image.hasAlpha ? .png : .jpeg] {
            guard let made = try? image.encode(width: 32, format: format, quality: 70) else { continue }
            precondition(made.width <= 32 && !made.bytes.isEmpty, "encoded wider than asked")
        }
    }
}
