/// The values of the search index's files, written as compact JSON to sit inside a script: keys in
/// the order given (the index gives them sorted), and besides what JSON must escape, `<`, `>`, `&`,
/// U+2028 and U+2029, so that no product text can end the script or break it. Writing, never
/// parsing: the search script's browser parses it. `catalogue.json` is written with it too
/// (`CatalogueJSON`, laid out on lines by `prettyBytes`).
enum ScriptJSON {
    case number(Int)
    case string(String)
    case bool(Bool)
    case null
    case array([ScriptJSON])
    case object(KeyValuePairs<String, ScriptJSON>)
    /// An object made at run time, its keys in the order given.
    case pairs([(String, ScriptJSON)])

    /// An object of the pairs whose value is not nil.
    static func node(_ pairs: [(String, ScriptJSON?)]) -> ScriptJSON {
        .pairs(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    static func strings(_ values: [String]) -> ScriptJSON { .array(values.map { .string($0) }) }
    static func numbers(_ values: [Int]) -> ScriptJSON { .array(values.map { .number($0) }) }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .number(let value):
            out += String(value).utf8
        case .string(let value):
            Self.write(value, into: &out)
        case .bool(let value):
            out += (value ? "true" : "false").utf8
        case .null:
            out += "null".utf8
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (i, value) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            Self.write(pairs.map { ($0.key, $0.value) }, into: &out)
        case .pairs(let pairs):
            Self.write(pairs, into: &out)
        }
    }

    private static func write(_ pairs: [(String, ScriptJSON)], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, (key, value)) in pairs.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            write(key, into: &out)
            out.append(UInt8(ascii: ":"))
            value.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The same JSON laid out for people and for line-by-line diffs: an object or array that holds
    /// another one puts each member on a line of its own, indented by two spaces a level; one that
    /// holds only numbers, strings, booleans and nulls stays on one line, as `bytes` writes it.
    /// Ends with a line break.
    var prettyBytes: [UInt8] {
        var out: [UInt8] = []
        writePretty(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object, .pairs: true
        case .number, .string, .bool, .null: false
        }
    }

    /// An array of `count` objects laid out as `prettyBytes` lays out `.array(...)` of them, each
    /// element made and written in turn, so that a long list (every product of a catalogue) never
    /// exists as one tree.
    static func writePrettyArray(
        count: Int, indent: Int, into out: inout [UInt8], element: (Int) -> ScriptJSON
    ) {
        guard count > 0 else {
            out += "[]".utf8
            return
        }
        out.append(UInt8(ascii: "["))
        for index in 0..<count {
            let value = element(index)
            precondition(value.isContainer, "writePrettyArray writes arrays of objects")
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            out += repeatElement(UInt8(ascii: " "), count: indent + 2)
            value.writePretty(into: &out, indent: indent + 2)
        }
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: indent)
        out.append(UInt8(ascii: "]"))
    }

    func writePretty(into out: inout [UInt8], indent: Int) {
        let members: [(key: String?, value: ScriptJSON)]
        let (open, close): (UInt8, UInt8)
        switch self {
        case .array(let values) where values.contains(where: \.isContainer):
            members = values.map { (nil, $0) }
            (open, close) = (UInt8(ascii: "["), UInt8(ascii: "]"))
        case .object(let pairs) where pairs.contains(where: \.value.isContainer):
            members = pairs.map { ($0.key, $0.value) }
            (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        case .pairs(let pairs) where pairs.contains(where: \.1.isContainer):
            members = pairs.map { ($0.0, $0.1) }
            (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        default:
            write(into: &out)
            return
        }
        out.append(open)
        for (i, member) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            out += repeatElement(UInt8(ascii: " "), count: indent + 2)
            if let key = member.key {
                Self.write(key, into: &out)
                out += ": ".utf8
            }
            member.value.writePretty(into: &out, indent: indent + 2)
        }
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: indent)
        out.append(close)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func write(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += #"\""#.utf8
            case "\\": out += #"\\"#.utf8
            case "\n": out += #"\n"#.utf8
            case "\r": out += #"\r"#.utf8
            case "\t": out += #"\t"#.utf8
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
                let value = Int(scalar.value)
                out += #"\u"#.utf8
                for shift in [12, 8, 4, 0] { out.append(hex[(value >> shift) & 15]) }
            default:
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
