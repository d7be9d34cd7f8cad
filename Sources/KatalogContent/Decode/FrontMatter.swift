/// A content file split at the lines that are `---`: the YAML text and the body.
///
/// The body keeps its place in the file: the front-matter lines are blanked, not removed, so a
/// Markdown parser's line numbers are the file's.
package struct FrontMatter: Sendable, Equatable {
    /// The YAML between the fences.
    package var yaml: String
    /// The whole file with the front matter replaced by empty lines.
    package var body: String

    /// The file line of the YAML's first line: the one after the opening fence.
    package static let firstYAMLLine = 2

    package enum SplitError: Error, Equatable {
        case missingOpeningFence
        case missingClosingFence
        case tooLarge(bytes: Int)
    }

    /// A fence is `---` alone on its line; trailing spaces or tabs are tolerated because editors
    /// add them invisibly.
    static func isFence<S: StringProtocol>(_ line: S) -> Bool {
        guard line.hasPrefix("---") else { return false }
        return line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    package static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        // Work on lines of the UTF-8 view so a 5 MB body is not copied into an array of Strings.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var openingEnd: String.Index?
        var yamlRange: Range<String.Index>?
        var closingEnd: String.Index?
        while lineStart < utf8.endIndex {
            lineNumber += 1
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
            if lineNumber == 1 {
                guard isFence(line) else { return .failure(.missingOpeningFence) }
                openingEnd = next
            } else if isFence(line) {
                yamlRange = openingEnd!..<lineStart
                closingEnd = next
                break
            } else if utf8.distance(from: openingEnd!, to: lineEnd) > Limits.frontMatterBytes {
                return .failure(.tooLarge(bytes: utf8.distance(from: openingEnd!, to: lineEnd)))
            }
            lineStart = next
        }
        guard let yamlRange, let closingEnd else {
            return .failure(lineNumber == 0 ? .missingOpeningFence : .missingClosingFence)
        }
        let yaml = String(text[yamlRange])
        let blankedLines = yaml.utf8.count { $0 == UInt8(ascii: "\n") } + 2
        let body = String(repeating: "\n", count: blankedLines) + text[closingEnd...]
        return .success(FrontMatter(yaml: yaml, body: body))
    }
}
