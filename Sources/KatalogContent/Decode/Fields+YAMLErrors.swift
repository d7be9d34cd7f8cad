import Foundation
import Yams

extension Fields {
    /// The problem, and the 1-based line and column (in the YAML text) it belongs at.
    static func describe(_ error: YamlError) -> ((line: Int, column: Int)?, Diagnostic.Reason) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let context = context.flatMap { $0.text.isEmpty ? nil : $0.text }
            return (
                (mark.line, mark.column), .invalidYAML(problem: problem, context: context, hint: hint(for: problem))
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let line = duplicates.first.flatMap { repeatLine(of: $0, in: context.text) }
            return (line.map { ($0, 1) } ?? (context.mark.line, context.mark.column), .duplicateKeys(duplicates))
        case .reader(let problem, let offset, _, let yaml):
            let hint: Diagnostic.YAMLHint? = problem.contains("control characters") ? .controlCharacter : nil
            return (
                offset.map { point(atCharacterOffset: $0, in: yaml) },
                .invalidYAML(problem: problem, context: nil, hint: hint)
            )
        default:
            return (nil, .invalidYAML(problem: "\(error)", context: nil, hint: nil))
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

    private static func hint(for problem: String) -> Diagnostic.YAMLHint? {
        if problem.contains("mapping values are not allowed") { return .quoteColon }
        if problem.contains("tab character") { return .tabs }
        if problem.contains("found character that cannot start any token") { return .tabsOrQuote }
        return nil
    }
}
