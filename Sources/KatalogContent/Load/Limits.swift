/// How large a content file may be. Each limit keeps one hostile or broken file from taking the
/// build down (a stack overflow, memory, quadratic time), and each is far above what a real
/// product sheet needs. A file over a limit gets an error that names the limit and the fix.
package enum Limits {
    /// A content file, front matter and body: 1 MiB (a long product sheet is 5 KB).
    package static let fileBytes = 1 << 20
    /// The front matter between the `---` lines: 64 KiB.
    package static let frontMatterBytes = 64 << 10
    /// One line of a content file: 16 KiB (a long paragraph written on one line is 3 KB).
    package static let lineBytes = 16 << 10
    /// Lists and maps inside each other in front matter (katalog's own fields need 2).
    package static let yamlDepth = 16
    /// Items of one front-matter list (`motifs`, `photos`, `colors`).
    package static let listItems = 100
    // The body's limits (nesting, list items, problems reported) are `Markdown.Limits`.

    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
    }

    /// The first line longer than `lineBytes`, with its length.
    package static func firstLongLine(in text: String) -> (line: Int, bytes: Int)? {
        var line = 1
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if length > lineBytes { return (line, length) }
                line += 1
                length = 0
            } else {
                length += 1
            }
        }
        return length > lineBytes ? (line, length) : nil
    }

    /// An error for a line over `lineBytes`, or none.
    package static func checkLines(_ text: String, path: String, into diagnostics: inout Diagnostics) -> Bool {
        guard let (line, bytes) = firstLongLine(in: text) else { return true }
        diagnostics.error(
            SourceLocation(path: path, line: line, column: 1), .lineTooLong(bytes: bytes, limit: lineBytes))
        return false
    }
}
