import Yams

/// Reads the typed fields of one front-matter mapping, keeping each value's position and
/// collecting every problem instead of stopping at the first.
///
/// Values are read from the Yams node tree, never through Codable, so every message can point at
/// the line the author wrote.
public struct Fields {
    public let path: String
    private let lineOffset: Int
    private var values: [String: (key: Node, value: Node)] = [:]
    private var keyOrder: [String] = []
    private var known: [String] = []
    public var diagnostics = Diagnostics()

    /// Parses `yaml` (which starts at file line `firstLine`). Empty front matter is an empty mapping.
    public init(yaml: String, firstLine: Int, path: String) {
        self.path = path
        self.lineOffset = firstLine - 1
        if let deep = YAMLDepth.firstTooDeep(yaml, limit: Limits.yamlDepth) {
            // Yams builds and frees its node tree recursively: refuse before it sees the text.
            diagnostics.error(
                location(line: deep.line, column: deep.column),
                "front matter is nested more than \(Limits.yamlDepth) levels deep; "
                    + "katalog's fields are plain 'key: value' lines and short lists")
            return
        }
        let root: Node?
        do {
            // The basic resolver types nothing: values are read as the text the author wrote and
            // typed here, and Yams' regular-expression tag resolution is skipped. The encoding is
            // given because Yams' default reads the process environment on every call.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (point, message) = Self.describe(error)
            diagnostics.error(point.map { location(line: $0.line, column: $0.column) } ?? location(nil), message)
            return
        } catch {
            diagnostics.error(SourceLocation(path: path, line: firstLine), "invalid front matter: \(error)")
            return
        }
        guard let root else { return }
        // Anchors start with '&' and aliases with '*': most front matter has neither.
        if yaml.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }),
            let anchored = AnchorFinder(yaml: yaml).firstAnchor(in: root)
        {
            diagnostics.error(
                location(anchored),
                "YAML anchors and aliases (&name, *name) are not allowed in front matter; write each value out")
            return
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.error(
                location(root.mark), "fields must be written as 'key: value' lines, found \(Self.kind(root))")
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                diagnostics.error(location(key.mark), "a key must be a plain word like 'name'")
                continue
            }
            values[scalar.string] = (key, value)
            keyOrder.append(scalar.string)
        }
    }

    public var isValid: Bool { !diagnostics.hasErrors }

    /// The position of a Yams mark in the file.
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    /// The location of the key, for "missing" or "wrong type" messages about it.
    public func location(of key: String) -> SourceLocation {
        values[key].map { location($0.key.mark) } ?? SourceLocation(path: path, line: lineOffset)
    }

    /// Present and not empty (`phone:` with nothing after it does not count).
    public func hasValue(_ key: String) -> Bool {
        guard let node = values[key]?.value else { return false }
        if Self.isNull(node) { return false }
        if case .scalar(let scalar) = node { return !scalar.string.trimmingWhitespace().isEmpty }
        return true
    }

    /// The location of the opening `---`, for fields that are missing.
    public var fileStart: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    // MARK: Typed readers

    /// A text value. Numbers and booleans are read as the text the author wrote.
    public mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        known.append(key)
        guard let (_, node) = values[key] else {
            if required { diagnostics.error(fileStart, "missing required field '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            if Self.isNull(node) {
                if required { diagnostics.error(location(of: key), "'\(key)' is empty") }
            } else {
                diagnostics.error(location(node.mark), "'\(key)' must be text, found \(Self.kind(node))")
            }
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            if required { diagnostics.error(location(node.mark), "'\(key)' is empty") }
            return nil
        }
        return Located(text, at: location(node.mark))
    }

    /// The raw scalar, with whether it was quoted: for parsers (price, year) that must see what
    /// the author typed rather than what YAML made of it.
    public mutating func scalar(_ key: String) -> (text: String, quoted: Bool, location: SourceLocation)? {
        known.append(key)
        guard let (_, node) = values[key], !Self.isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error(location(node.mark), "'\(key)' must be a single value, found \(Self.kind(node))")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty { return nil }  // `whatsapp: ""` is as good as leaving it out
        return (text, scalar.style != .plain, location(node.mark))
    }

    /// `true` or `false`.
    public mutating func bool(_ key: String) -> Located<Bool>? {
        guard let raw = scalar(key) else { return nil }
        switch raw.text.lowercased() {
        case "true", "yes", "ya": return Located(true, at: raw.location)
        case "false", "no", "tidak": return Located(false, at: raw.location)
        default:
            diagnostics.error(raw.location, "'\(key)' must be true or false, found '\(raw.text)'")
            return nil
        }
    }

    /// A year such as 2018.
    public mutating func year(_ key: String) -> Located<Int>? {
        guard let raw = scalar(key) else { return nil }
        guard raw.text.count == 4, let year = Int(raw.text), (1000...2999).contains(year) else {
            diagnostics.error(raw.location, "'\(key)' must be a year like 2018, found '\(raw.text)'")
            return nil
        }
        return Located(year, at: raw.location)
    }

    /// A list of texts. A single value is a list of one, so `motifs: Gorga` works.
    public mutating func list(_ key: String) -> [Located<String>] {
        known.append(key)
        guard let (_, node) = values[key], !Self.isNull(node) else { return [] }
        switch node {
        case .scalar(let scalar):
            let text = scalar.string.trimmingWhitespace()
            return text.isEmpty ? [] : [Located(text, at: location(node.mark))]
        case .sequence(let sequence):
            var items: [Located<String>] = []
            if sequence.count > Limits.listItems {
                diagnostics.error(
                    location(node.mark),
                    "'\(key)' has \(sequence.count) items; at most \(Limits.listItems) are allowed")
                return []
            }
            for item in sequence {
                guard case .scalar(let scalar) = item, !Self.isNull(item) else {
                    if !Self.isNull(item) {
                        diagnostics.error(
                            location(item.mark), "each item of '\(key)' must be text, found \(Self.kind(item))")
                    }
                    continue
                }
                let text = scalar.string.trimmingWhitespace()
                if !text.isEmpty { items.append(Located(text, at: location(item.mark))) }
            }
            return items
        default:
            diagnostics.error(location(node.mark), "'\(key)' must be a list like [a, b], found \(Self.kind(node))")
            return []
        }
    }

    /// Warns about every key no reader asked for, suggesting the nearest known one.
    public mutating func reportUnknownKeys() {
        for key in keyOrder where !known.contains(key) {
            var message = "unknown field '\(key)' is ignored"
            if let suggestion = Spelling.nearest(to: key, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; known fields: \(known.joined(separator: ", "))"
            }
            diagnostics.warning(location(of: key), message)
        }
    }

    // MARK: Helpers

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a nested mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A message, and the 1-based line and column (in the YAML text) it belongs at.
    static func describe(_ error: YamlError) -> ((line: Int, column: Int)?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context, !context.text.isEmpty { message += " (\(context.text))" }
            message += hint(for: problem)
            return ((mark.line, mark.column), message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let line = duplicates.first.flatMap { repeatLine(of: $0, in: context.text) }
            return (
                line.map { ($0, 1) } ?? (context.mark.line, context.mark.column),
                "duplicate key \(names): each field may appear only once"
            )
        case .reader(let problem, let offset, _, let yaml):
            var message = "invalid YAML: \(problem)"
            if problem.contains("control characters") {
                message += "; delete the invisible character (it often comes from copying text out of a document)"
            }
            return (offset.map { point(atCharacterOffset: $0, in: yaml) }, message)
        default:
            return (nil, "invalid YAML: \(error)")
        }
    }

    /// Line and column (in scalars) of a character offset.
    static func point(atCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }

    /// Where a top-level key is written the second time, so the message points at the repeat.
    static func repeatLine(of key: String, in yaml: String) -> Int? {
        var seen = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.prefix { $0 != ":" }
            guard line.dropFirst(trimmed.count).hasPrefix(":") else { continue }
            let name = trimmed.trimmingCharacters(in: [" ", "\t", "\"", "'"])
            if name == key, trimmed.first != " " {
                seen += 1
                if seen == 2 { return index + 1 }
            }
        }
        return nil
    }

    private static func hint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "; if a value contains ': ', put it in double quotes"
        }
        if problem.contains("tab character") {
            return "; indent with spaces, not tabs"
        }
        if problem.contains("found character that cannot start any token") {
            return "; indent with spaces, not tabs, and quote values that start with @ or `"
        }
        return ""
    }
}

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

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

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
