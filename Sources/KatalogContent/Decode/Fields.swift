import Yams

/// Reads the typed fields of one front-matter mapping, keeping each value's position and
/// collecting every problem instead of stopping at the first.
///
/// Values are read from the Yams node tree, never through Codable, so every message can point at
/// the line the author wrote.
package struct Fields {
    package let path: String
    private let lineOffset: Int
    private var values: [String: (key: Node, value: Node)] = [:]
    private var keyOrder: [String] = []
    private var known: [String] = []
    /// Where a missing field is reported: the file's first line, or a section's key.
    private var start: SourceLocation?
    package var diagnostics = Diagnostics()

    /// Parses `yaml` (which starts at file line `firstLine`). Empty front matter is an empty mapping.
    package init(yaml: String, firstLine: Int, path: String) {
        self.path = path
        self.lineOffset = firstLine - 1
        if let deep = YAMLDepth.firstTooDeep(yaml, limit: Limits.yamlDepth) {
            // Yams builds and frees its node tree recursively: refuse before it sees the text.
            diagnostics.error(location(line: deep.line, column: deep.column), .yamlTooDeep(limit: Limits.yamlDepth))
            return
        }
        let root: Node?
        do {
            // The basic resolver types nothing: values are read as the text the author wrote and
            // typed here, and Yams' regular-expression tag resolution is skipped. The encoding is
            // given because Yams' default reads the process environment on every call.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (point, reason) = Self.describe(error)
            diagnostics.error(point.map { location(line: $0.line, column: $0.column) } ?? location(nil), reason)
            return
        } catch {
            diagnostics.error(SourceLocation(path: path, line: firstLine), .frontMatterUnreadable("\(error)"))
            return
        }
        guard let root else { return }
        // Anchors start with '&' and aliases with '*': most front matter has neither.
        if yaml.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }),
            let anchored = AnchorFinder(yaml: yaml).firstAnchor(in: root)
        {
            diagnostics.error(location(anchored), .yamlAnchors)
            return
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.error(location(root.mark), .notAMapping(found: Self.shape(root)))
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                diagnostics.error(location(key.mark), .keyNotAWord)
                continue
            }
            values[scalar.string] = (key, value)
            keyOrder.append(scalar.string)
        }
    }

    package var isValid: Bool { !diagnostics.hasErrors }

    /// The position of a Yams mark in the file.
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    /// The location of the key, for "missing" or "wrong type" messages about it.
    package func location(of key: String) -> SourceLocation {
        values[key].map { location($0.key.mark) } ?? SourceLocation(path: path, line: lineOffset)
    }

    /// Present and not empty (`phone:` with nothing after it does not count).
    package func hasValue(_ key: String) -> Bool {
        guard let node = values[key]?.value else { return false }
        if Self.isNull(node) { return false }
        if case .scalar(let scalar) = node { return !scalar.string.trimmingWhitespace().isEmpty }
        return true
    }

    /// The location of the opening `---`, for fields that are missing (in a `section`, its key).
    package var fileStart: SourceLocation { start ?? SourceLocation(path: path, line: 1, column: 1) }

    /// The fields of a nested mapping, `key:` with `name: value` lines indented below it, read with
    /// the same readers (unknown keys in it are its own); nil when the key is absent or empty, and
    /// an error at the value, naming `example`, when it is not a mapping. The section's problems
    /// stay in the returned value: add them to these fields' after reading it.
    package mutating func section(_ key: String, example: String) -> Fields? {
        known.append(key)
        guard let (keyNode, node) = values[key], !Self.isNull(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            diagnostics.error(location(node.mark), .notASection(key: key, example: example, found: Self.shape(node)))
            return nil
        }
        var section = Fields(path: path, lineOffset: lineOffset)
        section.start = location(keyNode.mark)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                section.diagnostics.error(location(key.mark), .keyNotAWord)
                continue
            }
            section.values[scalar.string] = (key, value)
            section.keyOrder.append(scalar.string)
        }
        return section
    }

    private init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    // MARK: Typed readers

    /// A text value. Numbers and booleans are read as the text the author wrote.
    package mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        known.append(key)
        guard let (_, node) = values[key] else {
            if required { diagnostics.error(fileStart, .missingField(key: key)) }
            return nil
        }
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            if Self.isNull(node) {
                if required { diagnostics.error(location(of: key), .emptyField(key: key)) }
            } else {
                diagnostics.error(location(node.mark), .notText(key: key, found: Self.shape(node)))
            }
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            if required { diagnostics.error(location(node.mark), .emptyField(key: key)) }
            return nil
        }
        return Located(text, at: location(node.mark))
    }

    /// The raw scalar, with whether it was quoted: for parsers (price, year) that must see what
    /// the author typed rather than what YAML made of it.
    package mutating func scalar(_ key: String) -> (text: String, quoted: Bool, location: SourceLocation)? {
        known.append(key)
        guard let (_, node) = values[key], !Self.isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error(location(node.mark), .notSingleValue(key: key, found: Self.shape(node)))
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty { return nil }  // `whatsapp: ""` is as good as leaving it out
        return (text, scalar.style != .plain, location(node.mark))
    }

    /// `true` or `false`.
    package mutating func bool(_ key: String) -> Located<Bool>? {
        guard let raw = scalar(key) else { return nil }
        switch raw.text.lowercased() {
        case "true", "yes", "ya": return Located(true, at: raw.location)
        case "false", "no", "tidak": return Located(false, at: raw.location)
        default:
            diagnostics.error(raw.location, .notBoolean(key: key, value: raw.text))
            return nil
        }
    }

    /// A year such as 2018.
    package mutating func year(_ key: String) -> Located<Int>? {
        guard let raw = scalar(key) else { return nil }
        guard raw.text.count == 4, let year = Int(raw.text), (1000...2999).contains(year) else {
            diagnostics.error(raw.location, .notAYear(key: key, value: raw.text))
            return nil
        }
        return Located(year, at: raw.location)
    }

    /// A date such as 2024-03-12.
    package mutating func day(_ key: String) -> Located<Day>? {
        guard let raw = scalar(key) else { return nil }
        guard let day = Day(raw.text) else {
            diagnostics.error(raw.location, .notADate(key: key, value: raw.text))
            return nil
        }
        return Located(day, at: raw.location)
    }

    /// A whole number in `range`, written with digits only.
    package mutating func wholeNumber(_ key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        guard let raw = scalar(key) else { return nil }
        guard raw.text.count <= 9, raw.text.allSatisfy(\.isASCIIDigit), let value = Int(raw.text), range.contains(value)
        else {
            diagnostics.error(
                raw.location,
                .notAWholeNumber(key: key, value: raw.text, minimum: range.lowerBound, maximum: range.upperBound))
            return nil
        }
        return Located(value, at: raw.location)
    }

    /// A list of texts. A single value is a list of one, so `motifs: Gorga` works.
    package mutating func list(_ key: String) -> [Located<String>] {
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
                    location(node.mark), .listTooLong(key: key, count: sequence.count, limit: Limits.listItems))
                return []
            }
            for item in sequence {
                guard case .scalar(let scalar) = item, !Self.isNull(item) else {
                    if !Self.isNull(item) {
                        diagnostics.error(location(item.mark), .listItemNotText(key: key, found: Self.shape(item)))
                    }
                    continue
                }
                let text = scalar.string.trimmingWhitespace()
                if !text.isEmpty { items.append(Located(text, at: location(item.mark))) }
            }
            return items
        default:
            diagnostics.error(location(node.mark), .notAList(key: key, found: Self.shape(node)))
            return []
        }
    }

    /// Warns about every key no reader asked for, suggesting the nearest known one.
    package mutating func reportUnknownKeys() {
        for key in keyOrder where !known.contains(key) {
            diagnostics.warning(
                location(of: key),
                .unknownField(key: key, suggestion: Spelling.nearest(to: key, in: known), known: known))
        }
    }

    // MARK: Helpers

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func shape(_ node: Node) -> Diagnostic.YAMLShape {
        switch node {
        case .scalar: .singleValue
        case .mapping: .mapping
        case .sequence: .list
        case .alias: .alias
        }
    }
}
