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
package enum Markdown {
    /// A link or image destination, where it is written.
    package struct Link: Sendable, Equatable {
        package var destination: String
        package var isImage: Bool
        /// 1-based line in the text given to `render`, and column in characters.
        package var line: Int
        package var column: Int
    }

    /// What the caller decides about a link or image destination.
    package enum LinkResolution: Sendable, Equatable {
        /// Keep the destination as written (it is still checked for an allowed scheme).
        case keep
        /// Use this URL instead (already safe; not checked again).
        case replace(String)
        /// Unwrap the link to its text; the caller has reported why.
        case remove
    }

    /// What a body may not pass; each over-limit body gets an error at the line where it happens.
    package enum Limits {
        /// Block quotes, lists, list items, paragraphs, emphasis and links inside each other.
        package static let depth = 32
        /// Items of one list.
        package static let listItems = 1_000
        /// Problems reported for one body; one more issue says how many were left out.
        package static let issues = 50
    }

    /// Something in the text that was removed or refused. The words for each are in KatalogContent's
    /// message table.
    package struct Issue: Sendable, Hashable {
        package enum Severity: Sendable, Hashable { case error, warning }

        package enum Kind: Sendable, Hashable, Codable {
            /// Raw HTML, removed: a one-line excerpt of it.
            case rawHTML(String)
            /// A link or image whose scheme is not allowed, unwrapped to its text.
            case linkRemoved(destination: String, isImage: Bool)
            /// Nesting deeper than `Limits.depth`.
            case tooDeep(limit: Int)
            /// A list of more than `Limits.listItems` items.
            case tooManyItems(count: Int, limit: Int)
            /// Issues past `Limits.issues`, left out.
            case moreProblems(count: Int)
            /// A NUL character, which CommonMark replaces by U+FFFD.
            case nulCharacter
        }

        package var severity: Severity
        /// 1-based line in the text given to `render`.
        package var line: Int
        /// 1-based column in characters.
        package var column: Int
        package var kind: Kind
    }

    package struct Result: Sendable {
        package var html: String
        package var issues: [Issue]
    }

    /// Renders `text`. `links` is called for every link and image destination, with `isImage`.
    package static func render(_ text: String, links: (Link) -> LinkResolution = { _ in .keep }) -> Result {
        var issues: [Issue] = []
        var issuesLeftOut = 0
        var errorsLeftOut = false
        var firstLeftOut = (line: 1, column: 1)
        let lines = LineIndex(text)
        func report(
            _ severity: Issue.Severity, at point: (line: Int, column: Int), _ kind: @autoclosure () -> Issue.Kind
        ) {
            guard issues.count < Limits.issues else {
                if issuesLeftOut == 0 { firstLeftOut = point }
                issuesLeftOut += 1
                errorsLeftOut = errorsLeftOut || severity == .error
                return
            }
            issues.append(Issue(severity: severity, line: point.line, column: point.column, kind: kind()))
        }
        func report(_ severity: Issue.Severity, _ node: OpaquePointer, _ kind: @autoclosure () -> Issue.Kind) {
            // Past the limit, nothing is computed: finding a column walks the line.
            guard issues.count < Limits.issues else {
                if issuesLeftOut == 0 { firstLeftOut = position(node) }
                issuesLeftOut += 1
                errorsLeftOut = errorsLeftOut || severity == .error
                return
            }
            report(severity, at: position(node), kind())
        }
        func position(_ node: OpaquePointer) -> (line: Int, column: Int) {
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            return (max(line, 1), lines.characterColumn(line: line, byteColumn: byteColumn))
        }
        // CommonMark replaces NUL by U+FFFD; cmark does so when it is given the text's length
        // (through a C string, everything after the first NUL was lost).
        for point in lines.nulPositions() { report(.warning, at: point, .nulCharacter) }
        let options = CMARK_OPT_DEFAULT
        var utf8 = text
        let doc: OpaquePointer? = utf8.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
        }
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
                        report(.error, node, .tooDeep(limit: Limits.depth))
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
                        report(.error, node, .tooManyItems(count: items, limit: Limits.listItems))
                    }
                default: break
                }
            }
        }

        for node in rawHTML {
            report(.warning, node, .rawHTML(snippet(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")))
            cmark_node_unlink(node)
            cmark_node_free(node)
        }

        for node in linksAndImages {
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let (line, column) = position(node)
            switch links(Link(destination: destination, isImage: isImage, line: line, column: column)) {
            case .replace(let url):
                cmark_node_set_url(node, url)
            case .remove:
                unwrap(node)
            case .keep:
                if !URLSafety.isAllowed(destination) {
                    report(.warning, node, .linkRemoved(destination: snippet(destination), isImage: isImage))
                    unwrap(node)
                }
            }
        }
        if issuesLeftOut > 0 {
            // Left-out errors still fail the build.
            issues.append(
                Issue(
                    severity: errorsLeftOut ? .error : .warning, line: firstLeftOut.line, column: firstLeftOut.column,
                    kind: .moreProblems(count: issuesLeftOut)))
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
