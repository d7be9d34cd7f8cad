/// A content file's bytes decoded as UTF-8, with a BOM removed and CRLF turned into LF, so that
/// line numbers stay the file's own.
package struct SourceText: Sendable {
    package var text: String

    /// Decodes `bytes`, reporting each line that holds invalid UTF-8 (at most 10) to `diagnostics`.
    /// Returns nil when any byte is invalid.
    package static func decode(_ bytes: [UInt8], path: String, into diagnostics: inout Diagnostics) -> SourceText? {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if let text = String(validating: slice, as: UTF8.self) {
            return SourceText(text: normalizeNewlines(text))
        }
        var reported = 0
        var line = 1
        var column = 1
        var lastReportedLine = 0
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        var previousCR = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                // LF, CRLF and a lone CR each end a line, as they do after decoding.
                if s == "\n" {
                    if !previousCR { line += 1 }
                    column = 1
                } else if s == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previousCR = s == "\r"
            case .emptyInput:
                break decoding
            case .error:
                if line != lastReportedLine {
                    diagnostics.error(SourceLocation(path: path, line: line, column: column), .invalidUTF8)
                    lastReportedLine = line
                    reported += 1
                    if reported == 10 { break decoding }
                }
                column += 1
                previousCR = false
            }
        }
        return nil
    }

    static func normalizeNewlines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        // "\r\n" is one Character in Swift, so replace at the scalar level.
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            if previousCR && s != "\n" { scalars.append("\n") }
            previousCR = false
            if s == "\r" {
                previousCR = true
                continue
            }
            scalars.append(s)
        }
        if previousCR { scalars.append("\n") }
        return String(scalars)
    }
}
