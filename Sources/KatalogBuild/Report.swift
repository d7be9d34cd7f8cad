import KatalogContent

/// The outcome of a build or a check.
package struct Report: Sendable {
    /// Sorted, every problem of every file.
    package var diagnostics: [Diagnostic]
    package var errorCount: Int
    package var warningCount: Int
    /// HTML pages and all files written (0 for a check or a failed build).
    package var pages: Int = 0
    package var files: Int = 0
    package var seconds: Double = 0
    /// Files kept from the previous build (hard links: same bytes, same modification time).
    package var unchanged: Int = 0
    /// Pages whose views were made; fewer than `pages` when only bodies changed since the last
    /// build and the other pages were known to be the same.
    package var viewed: Int = 0
    /// Nothing had changed since the last build: nothing was read or written.
    package var upToDate = false
    /// Photo files encoded (not found in the image cache).
    package var photosEncoded = 0
    /// Products with no photo yet: counted, not warned about (a product may honestly have none).
    package var productsWithoutPhoto = 0
    /// What the site leaves out and why (`Site.notes`): printed after the summary line.
    package var notes: [String] = []
    /// The language the catalogue's messages are printed in: site.yml's `language`
    /// (`LoadedContent.siteLanguage`; `id` when site.yml cannot be read). `--lang` overrides it.
    package var language: Language = .id

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = Diagnostics(diagnostics).sorted
        self.errorCount = self.diagnostics.count { $0.severity == .error }
        self.warningCount = self.diagnostics.count { $0.severity == .warning }
    }

    /// `2 errors, 1 warning`.
    package var summary: String { summary(in: .en) }

    /// The count line in `language`: `2 errors, 1 warning`, `2 kesalahan, 1 peringatan`.
    package func summary(in language: Language) -> String {
        Diagnostics.summary(errors: errorCount, warnings: warningCount, language: language)
    }

    package var succeeded: Bool { errorCount == 0 }
}
