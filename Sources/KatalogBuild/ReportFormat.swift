import Foundation
import KatalogContent
import KatalogRender

/// How `katalog check --format` writes a report: for people (`text`), for programs (`json`), for
/// a pull request's review (`github`, `gitlab`). Every format has the messages in one language.
package enum ReportFormat: String, CaseIterable, Sendable {
    /// `path:line:col: error: message` on standard error, then the count line.
    case text
    /// One JSON document on standard output (docs/diagnostics.md, "JSON").
    case json
    /// GitHub Actions workflow commands on standard output, one per problem; the count line on
    /// standard error.
    case github
    /// A GitLab Code Quality report on standard output; the count line on standard error.
    case gitlab
}

extension Report {
    /// The version of the `json` format's schema: it changes only when a field changes meaning or
    /// goes away (new fields may be added).
    package static let jsonVersion = 1

    /// The `json` format: the counts and every problem, keys in a fixed (sorted) order.
    package func json(in language: Language) -> String {
        struct Document: Encodable {
            var version: Int
            var language: String
            var errors: Int
            var warnings: Int
            var diagnostics: [Item]
        }
        struct Item: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var severity: String
            var code: String
            var message: String

            enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message }

            // A problem with no line has `null` line and column, never a missing key.
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(severity, forKey: .severity)
                try container.encode(code, forKey: .code)
                try container.encode(message, forKey: .message)
            }
        }
        let document = Document(
            version: Self.jsonVersion, language: language.rawValue, errors: errorCount, warnings: warningCount,
            diagnostics: diagnostics.map {
                Item(
                    file: $0.location.path, line: $0.location.line, column: $0.location.column,
                    severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message(in: language))
            })
        return Self.encode(document)
    }

    /// The `github` format: one workflow command a problem,
    /// `::error file=PATH,line=L,col=C,title=katalog CODE::MESSAGE` (`::warning` for a warning;
    /// `line` and `col` only when known), escaped as GitHub's runner reads them.
    package func githubCommands(in language: Language) -> [String] {
        diagnostics.map { diagnostic in
            var properties = ["file=" + Self.githubProperty(diagnostic.location.path)]
            if let line = diagnostic.location.line {
                properties.append("line=\(line)")
                if let column = diagnostic.location.column { properties.append("col=\(column)") }
            }
            properties.append("title=" + Self.githubProperty("katalog " + diagnostic.code.rawValue))
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::"
                + Self.githubData(diagnostic.message(in: language))
        }
    }

    /// A command's message: `%`, CR and LF percent-encoded.
    static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A command's property value: also `:` and `,`, which end a value.
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The `gitlab` format: GitLab's Code Quality report, a JSON array of issues, each with its
    /// description (the message), check name (the code), severity (`major` for an error, `minor`
    /// for a warning), location (path and line; 1 when the problem has none) and a fingerprint
    /// that stays the same while the problem does: the code, path, line and English message, so
    /// the language printed does not change it.
    package func gitlabCodeQuality(in language: Language) -> String {
        struct Issue: Encodable {
            var description: String
            var checkName: String
            var fingerprint: String
            var severity: String
            var location: Location

            enum CodingKeys: String, CodingKey {
                case description
                case checkName = "check_name"
                case fingerprint, severity, location
            }
        }
        struct Location: Encodable {
            var path: String
            var lines: Lines
        }
        struct Lines: Encodable {
            var begin: Int
        }
        let issues = diagnostics.map { diagnostic in
            var digest = Fingerprint.Builder()
            digest.add(diagnostic.code.rawValue)
            digest.add(diagnostic.location.path)
            digest.add(int: diagnostic.location.line ?? 0)
            digest.add(diagnostic.message)
            return Issue(
                description: diagnostic.message(in: language), checkName: diagnostic.code.rawValue,
                fingerprint: digest.finish().description, severity: diagnostic.severity == .error ? "major" : "minor",
                location: Location(path: diagnostic.location.path, lines: Lines(begin: diagnostic.location.line ?? 1)))
        }
        return Self.encode(issues)
    }

    /// Pretty-printed with sorted keys: the same report gives the same bytes.
    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers and nulls: nothing here can fail to encode.
        guard let data = try? encoder.encode(value) else { preconditionFailure("a report always encodes") }
        return String(decoding: data, as: UTF8.self)
    }
}
