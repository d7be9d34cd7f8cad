import KatalogContent

/// A product sheet (docs/content.md §4, `products/<slug>.md`) as the submission form writes it;
/// `assets/submit.js` writes the same lines by the same rules, and the form's browser test checks
/// that they agree. The front matter comes in a fixed order with empty optional fields left out,
/// each text plain where YAML reads it back as the same text and double-quoted otherwise, each list
/// one item a line; a comment names the file it belongs in; the description is the body.
package struct ProductSheet: Sendable, Equatable {
    package var name: String
    package var producer: String
    /// A technique's name (`tulis`), or empty.
    package var technique: String
    package var motifs: [String]
    package var material: String
    package var size: String
    /// As the producer typed it: digits are written plain, anything else quoted, so that
    /// `katalog check` says what is wrong with it.
    package var price: String
    package var colors: [String]
    /// `YYYY-MM-DD`.
    package var added: String
    package var description: String

    package init(
        name: String, producer: String, technique: String = "", motifs: [String] = [], material: String = "",
        size: String = "", price: String = "", colors: [String] = [], added: String, description: String = ""
    ) {
        self.name = name
        self.producer = producer
        self.technique = technique
        self.motifs = motifs
        self.material = material
        self.size = size
        self.price = price
        self.colors = colors
        self.added = added
        self.description = description
    }

    /// The file's slug: the name's, as katalog makes every slug (`Slug.make`).
    package var slug: String { Slug.make(name) }

    package var text: String {
        var lines = ["---"]
        if !slug.isEmpty { lines.append("# products/\(slug).md") }
        lines.append(Self.field("name", name))
        lines.append(Self.field("producer", producer))
        if !technique.isEmpty { lines.append("technique: " + technique) }
        lines += Self.list("motifs", motifs)
        if !material.isEmpty { lines.append(Self.field("material", material)) }
        if !size.isEmpty { lines.append(Self.field("size", size)) }
        if !price.isEmpty {
            lines.append(
                "price: " + (price.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } ? price : Self.quoted(price)))
        }
        lines += Self.list("colors", colors)
        lines.append("added: " + added)
        lines.append("---")
        var text = lines.joined(separator: "\n") + "\n"
        if !description.isEmpty { text += "\n" + description + "\n" }
        return text
    }

    /// `key: value`, or `key:` (empty, which `katalog check` reports for a required field).
    static func field(_ key: String, _ value: String) -> String {
        value.isEmpty ? key + ":" : key + ": " + scalar(value)
    }

    static func list(_ key: String, _ items: [String]) -> [String] {
        items.isEmpty ? [] : [key + ":"] + items.map { "  - " + scalar($0) }
    }

    /// Plain when it starts with a letter or digit and holds only letters, digits, spaces and
    /// `. , ( ) / ' + -` (nothing YAML gives a meaning there) and is not a word YAML reads as
    /// nothing; else double-quoted.
    static func scalar(_ value: String) -> String {
        isPlain(value) ? value : quoted(value)
    }

    static func isPlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, isLetterOrDigit(first), value.unicodeScalars.last != " ",
            !["null", "Null", "NULL"].contains(value)
        else { return false }
        return value.unicodeScalars.allSatisfy { isLetterOrDigit($0) || " .,()/'+-".unicodeScalars.contains($0) }
    }

    /// Unicode's letters and numbers (`\p{L}`, `\p{N}` in the script).
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            true
        default: false
        }
    }

    private static let hex = Array("0123456789abcdef")

    /// A YAML double-quoted scalar: `\` and `"` escaped, and every character YAML would not take
    /// as it is, or would read as a line break (controls, U+0085, U+2028, U+2029, U+FEFF, U+FFFE,
    /// U+FFFF), as `\uXXXX`.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                out += "\\u" + [12, 8, 4, 0].map { String(hex[Int(scalar.value >> $0) & 15]) }.joined()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
