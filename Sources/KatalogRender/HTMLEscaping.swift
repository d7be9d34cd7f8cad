import Mustache

/// HTML escaping for templates: the same five characters and entities as swift-mustache's own
/// (`& < > " '`), done on UTF-8 bytes. Most values need no escaping and are returned as they are;
/// the library's version walks grapheme clusters with a dictionary lookup for each, which was the
/// largest single cost of rendering a catalogue.
struct HTMLEscaping: MustacheContentType {
    /// The content-type name registered with swift-mustache.
    static let name = "KATALOG_HTML"

    /// A standalone pragma line put in front of every template, partial and layout (each partial
    /// starts with the library's default content type again).
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type once per process.
    static let registered: Void = { MustacheContentTypes.register(HTMLEscaping(), named: name) }()

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
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
