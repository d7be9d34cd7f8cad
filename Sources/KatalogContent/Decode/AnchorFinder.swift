import Yams

/// Finds YAML anchors from the source text. Yams keeps a node's anchor only weakly, so it is gone
/// once composing returns; but libyaml starts a node's mark at its properties, so the text at the
/// mark reads `&name` (possibly after a `!tag`) exactly when the node has an anchor. Aliases need
/// an anchor written before them, so refusing anchors refuses aliases, and the walk stops at the
/// first one: it never expands an alias bomb.
struct AnchorFinder {
    let lines: [Substring]

    init(yaml: String) {
        lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func firstAnchor(in node: Node) -> Mark? {
        if let mark = node.mark, hasAnchor(at: mark) { return mark }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = firstAnchor(in: key) ?? firstAnchor(in: value) { return found }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let found = firstAnchor(in: item) { return found }
            }
        case .scalar, .alias: break
        }
        return nil
    }

    func hasAnchor(at mark: Mark) -> Bool {
        guard mark.line >= 1, mark.line <= lines.count else { return false }
        var scalars = lines[mark.line - 1].unicodeScalars.dropFirst(max(mark.column - 1, 0)).makeIterator()
        var next = scalars.next()
        if next == "!" {  // a tag, then spaces, then maybe the anchor
            while let s = next, s != " ", s != "\t" { next = scalars.next() }
            while let s = next, s == " " || s == "\t" { next = scalars.next() }
        }
        return next == "&" || next == "*"
    }
}
