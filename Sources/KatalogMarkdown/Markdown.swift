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

    /// What a body may not pass; each over-limit body gets an error at the line where it happens.
    public enum Limits {
        /// Block quotes, lists, list items, paragraphs, emphasis and links inside each other.
        public static let depth = 32
        /// Items of one list.
        public static let listItems = 1_000
        /// Problems reported for one body; one more issue says how many were left out.
        public static let issues = 50
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
        var issuesLeftOut = 0
        var errorsLeftOut = false
        var firstLeftOut = (line: 1, column: 1)
        let lines = LineIndex(text)
        func report(_ severity: Issue.Severity, _ node: OpaquePointer, _ message: @autoclosure () -> String) {
            // Past the limit, nothing is computed: finding a column walks the line.
            guard issues.count < Limits.issues else {
                if issuesLeftOut == 0 { firstLeftOut = position(node) }
                issuesLeftOut += 1
                errorsLeftOut = errorsLeftOut || severity == .error
                return
            }
            let (line, column) = position(node)
            issues.append(Issue(severity: severity, line: line, column: column, message: message()))
        }
        func position(_ node: OpaquePointer) -> (line: Int, column: Int) {
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            return (max(line, 1), lines.characterColumn(line: line, byteColumn: byteColumn))
        }
        let options = CMARK_OPT_DEFAULT
        let doc: OpaquePointer? = text.withCString { cmark_parse_document($0, strlen($0), options) }
        guard let doc else { return Result(html: "", issues: []) }
        defer { cmark_node_free(doc) }

        // Collect first, mutate after: changing the tree while iterating it is undefined.
        var rawHTML: [OpaquePointer] = []
        var linksAndImages: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        // The walk is iterative (cmark's iterator), so no nesting can overflow a stack here; the
        // depth limit keeps pages sane and is reported once, where it is first passed.
        if let iter = cmark_iter_new(doc) {
            defer { cmark_iter_free(iter) }
            var depth = 0
            var tooDeep = false
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iter) else { continue }
                if event == CMARK_EVENT_EXIT {
                    depth -= 1
                    continue
                }
                guard event == CMARK_EVENT_ENTER else { continue }
                let type = cmark_node_get_type(node)
                if !isLeaf(type) {
                    depth += 1
                    if depth > Limits.depth + 1, !tooDeep {  // + 1: the document itself
                        tooDeep = true
                        report(
                            .error, node,
                            "text is nested more than \(Limits.depth) levels deep (block quotes, lists or "
                                + "emphasis inside each other); write it flatter")
                    }
                }
                switch type {
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linksAndImages.append(node)
                case CMARK_NODE_HEADING: headings.append(node)
                case CMARK_NODE_LIST:
                    var items = 0
                    var item = cmark_node_first_child(node)
                    while let current = item {
                        items += 1
                        item = cmark_node_next(current)
                    }
                    if items > Limits.listItems {
                        report(.error, node, "list has \(items) items; at most \(Limits.listItems) are allowed")
                    }
                default: break
                }
            }
        }

        for node in rawHTML {
            report(
                .warning, node,
                "raw HTML is not allowed and was removed: "
                    + snippet(cmark_node_get_literal(node).map { String(cString: $0) } ?? ""))
            cmark_node_unlink(node)
            cmark_node_free(node)
        }

        for node in linksAndImages {
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let what = isImage ? "image" : "link"
            switch links(destination, isImage) {
            case .replace(let url):
                cmark_node_set_url(node, url)
            case .error(let message):
                report(.error, node, message)
                unwrap(node)
            case .keep:
                if !URLSafety.isAllowed(destination) {
                    report(
                        .warning, node,
                        "\(what) to '\(snippet(destination))' was removed: only http, https, mailto, tel "
                            + "and relative links are allowed")
                    unwrap(node)
                }
            }
        }
        if issuesLeftOut > 0 {
            // Left-out errors still fail the build.
            issues.append(Issue(
                severity: errorsLeftOut ? .error : .warning, line: firstLeftOut.line, column: firstLeftOut.column,
                message: "\(issuesLeftOut) more problems in this text are not shown; fix these first"))
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

    /// Nodes that the iterator enters but never exits.
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
            CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            return true
        default:
            return false
        }
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
