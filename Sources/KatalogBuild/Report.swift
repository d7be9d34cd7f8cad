import KatalogContent

/// The outcome of a build or a check.
public struct Report: Sendable {
    /// Sorted, every problem of every file.
    public var diagnostics: [Diagnostic]
    public var errorCount: Int
    public var warningCount: Int
    /// `2 errors, 1 warning`.
    public var summary: String
    /// HTML pages and all files written (0 for a check or a failed build).
    public var pages: Int = 0
    public var files: Int = 0
    public var seconds: Double = 0
    /// Files kept from the previous build (hard links: same bytes, same modification time).
    public var unchanged: Int = 0
    /// Nothing had changed since the last build: nothing was read or written.
    public var upToDate = false

    init(_ diagnostics: Diagnostics) {
        self.diagnostics = diagnostics.sorted
        self.errorCount = diagnostics.errorCount
        self.warningCount = diagnostics.warningCount
        self.summary = diagnostics.summary
    }

    public var succeeded: Bool { errorCount == 0 }
}
