import Ccmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// CommonMark to HTML through libcmark, in its safe mode.
///
/// Every cmark pointer lives and dies inside `render(_:links:)`. Before rendering, the tree is
/// walked once: raw HTML is removed, links and images are handed to the caller's resolver, links
/// with a scheme other than http, https, mailto or tel are unwrapped to their text, and headings
/// are renumbered so the body's top level is `<h2>` (the page template owns the only `<h1>`). Each removal is reported as an
/// issue at its line, so authors learn why something vanished.
public enum Markdown {
    /// What the caller decides about a link or image destination.
    public enum LinkResolution: Sendable, Equatable {
        /// Keep the destination as written (it is still checked for an allowed scheme).
        case keep
        /// Use this URL instead (already safe; not checked again).
        case replace(String)
        /// The destination is wrong; the link is unwrapped and the message reported as an error.
        case error(String)
    }

    public struct Issue: Sendable, Hashable {
        public enum Severity: Sendable, Hashable { case error, warning }
        public var severity: Severity
        /// 1-based line in the text given to `render`.
        public var line: Int
        /// 1-based column in characters.
        public var column: Int
        public var message: String
    }

    public struct Result: Sendable {
        public var html: String
        public var issues: [Issue]
    }

    /// Renders `text`. `links` is called for every link and image destination, with `isImage`.
    public static func render(
        _ text: String,
        links: (_ destination: String, _ isImage: Bool) -> LinkResolution = { _, _ in .keep }
    ) -> Result {
        var issues: [Issue] = []
        let lines = LineIndex(text)
        let options = CMARK_OPT_DEFAULT
        let doc: OpaquePointer? = text.withCString { cmark_parse_document($0, strlen($0), options) }
        guard let doc else { return Result(html: "", issues: []) }
        defer { cmark_node_free(doc) }

        // Collect first, mutate after: changing the tree while iterating it is undefined.
        var rawHTML: [OpaquePointer] = []
        var linksAndImages: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        if let iter = cmark_iter_new(doc) {
            defer { cmark_iter_free(iter) }
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linksAndImages.append(node)
                case CMARK_NODE_HEADING: headings.append(node)
                default: break
                }
            }
        }

        func position(_ node: OpaquePointer) -> (line: Int, column: Int) {
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            return (max(line, 1), lines.characterColumn(line: line, byteColumn: byteColumn))
        }

        for node in rawHTML {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let (line, column) = position(node)
            issues.append(Issue(
                severity: .warning, line: line, column: column,
                message: "raw HTML is not allowed and was removed: \(snippet(literal))"))
            cmark_node_unlink(node)
            cmark_node_free(node)
        }

        for node in linksAndImages {
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let (line, column) = position(node)
            let what = isImage ? "image" : "link"
            switch links(destination, isImage) {
            case .replace(let url):
                cmark_node_set_url(node, url)
            case .error(let message):
                issues.append(Issue(severity: .error, line: line, column: column, message: message))
                unwrap(node)
            case .keep:
                if !URLSafety.isAllowed(destination) {
                    issues.append(Issue(
                        severity: .warning, line: line, column: column,
                        message: "\(what) to '\(snippet(destination))' was removed: only http, https, mailto, tel "
                            + "and relative links are allowed"))
                    unwrap(node)
                }
            }
        }

        // The page owns the only <h1>: the body's top heading level becomes <h2>, and the levels
        // below it keep their distance, so `## A` / `### B` and `# A` / `## B` both give h2 / h3.
        let top = headings.map { cmark_node_get_heading_level($0) }.min() ?? 2
        for node in headings {
            let level = cmark_node_get_heading_level(node)
            cmark_node_set_heading_level(node, min(level - top + 2, 6))
        }

        guard let rendered = cmark_render_html(doc, options) else { return Result(html: "", issues: issues) }
        defer { free(rendered) }
        return Result(html: String(cString: rendered), issues: issues)
    }

    /// Replaces a link or image by its children (an image's children are its alt text).
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A one-line excerpt of user text for a message.
    static func snippet(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: [" ", "\t"])
        return trimmed.count > 60 ? String(trimmed.prefix(57)) + "..." : trimmed
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// Turns cmark's byte columns into character columns.
struct LineIndex {
    private let utf8: [UInt8]
    private var lineStarts: [Int] = [0]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
    }

    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        let prefix = utf8[start..<end]
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        return prefix.reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
