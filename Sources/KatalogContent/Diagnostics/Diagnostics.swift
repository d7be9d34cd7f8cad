/// Collects problems. Every stage runs and adds to it, so one run reports every problem in every
/// file; the site is written only when it holds no error.
package struct Diagnostics: Sendable {
    package private(set) var items: [Diagnostic] = []

    package init() {}

    package init(_ items: [Diagnostic]) { self.items = items }

    package mutating func error(_ location: SourceLocation, _ reason: Diagnostic.Reason) {
        items.append(.error(location, reason))
    }

    package mutating func warning(_ location: SourceLocation, _ reason: Diagnostic.Reason) {
        items.append(.warning(location, reason))
    }

    package mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    package mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    package var hasErrors: Bool { items.contains { $0.severity == .error } }
    /// Counts of the printed (sorted, de-duplicated) list.
    package var errorCount: Int { sorted.count { $0.severity == .error } }
    package var warningCount: Int { sorted.count { $0.severity == .warning } }

    /// Sorted by file, line, column; duplicates removed.
    package var sorted: [Diagnostic] { Array(Set(items)).sorted() }

    /// `2 errors, 1 warning`.
    package var summary: String { Self.summary(errors: errorCount, warnings: warningCount) }

    /// The count line: `2 errors, 1 warning`, `0 errors, 0 warnings`; in Indonesian, which has no
    /// plural, `2 kesalahan, 1 peringatan`.
    package static func summary(errors: Int, warnings: Int, language: Language = .en) -> String {
        switch language {
        case .en:
            func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
        case .id:
            return "\(errors) kesalahan, \(warnings) peringatan"
        }
    }
}
