/// One problem found in the user's files, printed as `path:line:col: error: message`.
///
/// The problem itself is a `Reason` with its values; its words come from one table per language
/// (`Reason.message(in:)`), so a stage never writes message text.
package struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    package enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    package var severity: Severity
    package var location: SourceLocation
    package var reason: Reason

    package init(_ severity: Severity, _ location: SourceLocation, _ reason: Reason) {
        self.severity = severity
        self.location = location
        self.reason = reason
    }

    package static func error(_ location: SourceLocation, _ reason: Reason) -> Diagnostic {
        Diagnostic(.error, location, reason)
    }

    package static func warning(_ location: SourceLocation, _ reason: Reason) -> Diagnostic {
        Diagnostic(.warning, location, reason)
    }

    /// The stable name of the problem, for tools (`price-formatted`).
    package var code: Code { reason.code }

    /// The problem in words, in English.
    package var message: String { reason.message }

    /// The problem in words, in `language`.
    package func message(in language: Language) -> String { reason.message(in: language) }

    package var description: String { description(in: .en) }

    /// `path:line:col: error: message`, the message in `language`; `error` and `warning` stay as
    /// they are in every language, for the tools that read them.
    package func description(in language: Language) -> String {
        "\(location.description): \(severity.rawValue): \(message(in: language))"
    }

    package static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity == .error }
        return a.message.unicodeScalars.lexicographicallyPrecedes(b.message.unicodeScalars)
    }
}
