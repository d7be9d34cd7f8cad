import KatalogRender

/// The banner every HTML response gets while the last rebuild found problems: first in the body and
/// sticky at the top of the window above everything (it stays in view while scrolling, and hides
/// none of the page as a fixed box would), `role="alert"`, the problems one a line as the console prints them
/// (`path:line:col: error: …`, escaped: they quote content), in a `<details>` that can be closed
/// to one line. Inline styles only, so no stylesheet of the site can hide or restyle it.
package enum ProblemBanner {
    /// The banner's HTML for `problems`, or nil when there are none. `hasSite`: whether a good
    /// version of the site is being shown (false before any build succeeded).
    package static func html(problems: [String], hasSite: Bool) -> String? {
        guard !problems.isEmpty else { return nil }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let summary =
            hasSite
            ? "katalog serve: \(count) in the last rebuild; this is the last good version of the page."
            : "katalog serve: \(count). The site could not be built yet."
        let items = problems.map { "<li style=\"\(itemStyle)\">\(Text.escape($0))</li>" }.joined()
        return "<div id=\"katalog-problems\" role=\"alert\" lang=\"en\" style=\"\(boxStyle)\">"
            + "<details open><summary style=\"\(summaryStyle)\">\(summary)</summary>"
            + "<ul style=\"\(listStyle)\">\(items)</ul></details></div>"
    }

    // Dark red with white text: contrast about 10:1. System fonts at 15 px; lines wrap anywhere, so
    // a long path fits a 390-px phone; at most half the window high, scrolling inside.
    private static let boxStyle =
        "position:sticky;top:0;z-index:2147483647;box-sizing:border-box;max-height:50vh;"
        + "overflow:auto;margin:0;padding:.5rem .75rem;background:#8b1414;color:#fff;text-align:left;"
        + "font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        + "box-shadow:0 2px 8px rgba(0,0,0,.45)"
    private static let summaryStyle = "cursor:pointer;font-weight:bold"
    private static let listStyle = "margin:.4rem 0 .2rem;padding-left:1.2rem"
    private static let itemStyle =
        "margin:.2rem 0;font:13px/1.4 ui-monospace,'DejaVu Sans Mono',monospace;white-space:pre-wrap;"
        + "overflow-wrap:anywhere"
}
