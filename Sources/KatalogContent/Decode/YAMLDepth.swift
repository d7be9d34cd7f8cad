/// An upper bound on how deeply the collections of a YAML text nest, found without parsing it.
///
/// Each level of nesting needs a deeper indentation, a `- ` or `? ` indicator before the content
/// of a line, or an opening `[` or `{`; counting all of them (quotes and comments included) can
/// only overcount. A compact mapping (`- key: value`) adds one level uncounted per line, so the
/// bound is at most one short of the true depth.
enum YAMLDepth {
    static func firstTooDeep(_ yaml: String, limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var flow = 0
        var line = 0
        for text in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            line += 1
            var bytes = text[...]
            var indent = 0
            while let first = bytes.first, first == UInt8(ascii: " ") {
                indent += 1
                bytes = bytes.dropFirst()
            }
            if bytes.isEmpty || bytes.first == UInt8(ascii: "#") { continue }
            if flow == 0 {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            var depth = indents.count + flow
            var column = indent + 1
            if depth > limit { return (line, column) }
            var i = bytes.startIndex
            func advance() {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i = bytes.index(after: i)
            }
            // Compact block indicators before the content: `- - x`, `? - x` (`-5` is a number).
            while i < bytes.endIndex, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "?") {
                let next = bytes.index(after: i)
                guard next == bytes.endIndex || bytes[next] == UInt8(ascii: " ") else { break }
                depth += 1
                if depth > limit { return (line, column) }
                advance()
                while i < bytes.endIndex, bytes[i] == UInt8(ascii: " ") { advance() }
            }
            // Flow collections anywhere in the rest of the line, and on the lines after it.
            while i < bytes.endIndex {
                switch bytes[i] {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    depth += 1
                    if depth > limit { return (line, column) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flow = max(flow - 1, 0)
                    depth -= 1
                default:
                    break
                }
                advance()
            }
        }
        return nil
    }
}
