import Cgumbo

/// A page as a browser reads it: parsed by gumbo, Google's HTML5 parser, into elements with their
/// attributes and text. Only what the escaping audit needs.
struct HTMLTree {
    struct Element {
        /// Lowercase tag name; unknown tags as `?` plus their source text.
        var name: String
        var attributes: [(name: String, value: String)]
        /// The text directly and indirectly inside the element.
        var text: String
    }

    var elements: [Element] = []
    /// How many parse errors gumbo reported (0 for a well-formed HTML5 page).
    var parseErrors = 0

    init(_ html: String) {
        let output = html.withCString { gumbo_parse($0) }!
        defer { gumbo_destroy_output(withUnsafePointer(to: kGumboDefaultOptions) { $0 }, output) }
        parseErrors = Int(output.pointee.errors.length)
        // An explicit stack: a page's depth must not matter to the test either.
        var stack: [UnsafeMutablePointer<GumboNode>] = [output.pointee.root]
        while let node = stack.popLast() {
            guard node.pointee.type == GUMBO_NODE_ELEMENT else { continue }
            let element = node.pointee.v.element
            var name = String(cString: gumbo_normalized_tagname(element.tag))
            if element.tag == GUMBO_TAG_UNKNOWN {
                var original = element.original_tag
                gumbo_tag_from_original_text(&original)
                name =
                    "?"
                    + String(
                        decoding: UnsafeRawBufferPointer(start: original.data, count: original.length), as: UTF8.self)
            }
            var attributes: [(String, String)] = []
            for i in 0..<Int(element.attributes.length) {
                let attribute = element.attributes.data[i]!.assumingMemoryBound(to: GumboAttribute.self).pointee
                attributes.append((String(cString: attribute.name), String(cString: attribute.value)))
            }
            elements.append(Element(name: name, attributes: attributes, text: Self.text(of: node)))
            for i in 0..<Int(element.children.length) {
                stack.append(element.children.data[i]!.assumingMemoryBound(to: GumboNode.self))
            }
        }
    }

    static func text(of root: UnsafeMutablePointer<GumboNode>) -> String {
        var parts: [String] = []
        var stack = [root]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                parts.append(String(cString: node.pointee.v.text.text))
            case GUMBO_NODE_ELEMENT:
                let children = node.pointee.v.element.children
                for i in (0..<Int(children.length)).reversed() {
                    stack.append(children.data[i]!.assumingMemoryBound(to: GumboNode.self))
                }
            default:
                break
            }
        }
        return parts.joined()
    }

    /// The scheme a browser would see in a URL attribute: tabs and newlines removed, leading and
    /// trailing spaces and control characters trimmed, lowercase; nil for a relative URL.
    static func scheme(of url: String) -> String? {
        var scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars = scalars.dropFirst() }
        let text = String(String.UnicodeScalarView(scalars)).lowercased()
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let before = text[..<colon]
        if before.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        return String(before)
    }
}
