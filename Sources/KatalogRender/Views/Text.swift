import KatalogContent
import KatalogQR
import Mustache

/// Text a page shows, escaped for HTML once, when it is made: the five characters `& < > " '`
/// become entities (the same as swift-mustache's own escaping), so the text is safe in element
/// content and in quoted attributes alike.
///
/// Templates run under swift-mustache's built-in `TEXT` content type, which prints values as they
/// are: escaping belongs to the value, not to the tag, so `{{x}}` and `{{{x}}}` print the same and
/// no template can print content unescaped. The only HTML that is not escaped is a body katalog
/// rendered itself (`init(body:links:)`) and a QR code's SVG (`init(qrCode:label:)`).
package struct Text: Hashable, Sendable, MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible {
    /// The HTML to print.
    package let html: String
    /// The text before escaping, for swift-mustache's transforms (`uppercased(x)`, `empty(x)`).
    private let raw: String

    /// Escapes `text`.
    package init(_ text: String) {
        raw = text
        html = Self.escape(text)
    }

    /// A body's safe HTML (rendered by cmark in safe mode when its file was decoded), with its links
    /// to other entries filled in from the page `links` is made for.
    package init(body: Body, links: Links) {
        html = BodyLinks.fill(body, links: links)
        raw = html
    }

    /// JSON for a `<script>` element's text: `ScriptJSON` escapes `<`, `>`, `&`, U+2028 and U+2029,
    /// so no content can end the script or comment it out.
    init(script json: ScriptJSON) {
        html = String(decoding: json.bytes, as: UTF8.self)
        raw = html
    }

    /// A QR code as inline SVG, named `label` (escaped here): digits and path letters from
    /// `QRCode`, so nothing a producer wrote is printed unescaped.
    package init(qrCode: QRCode, label: String) {
        html = qrCode.svg(escapedLabel: Self.escape(label))
        raw = label
    }

    package var renderText: String { html }
    package var isNull: Bool { false }
    package var description: String { html }

    /// swift-mustache's string transforms, applied to the text and escaped again.
    package func transform(_ name: String) -> Any? {
        switch raw.transform(name) {
        case let text as String: Text(text)
        case let text as Substring: Text(String(text))
        case let other: other
        }
    }

    package static func == (a: Text, b: Text) -> Bool { a.html == b.html }
    package func hash(into hasher: inout Hasher) { hasher.combine(html) }

    /// Escapes on UTF-8 bytes; most text needs no escaping and is returned as it is.
    package static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
