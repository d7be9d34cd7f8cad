import Testing

@testable import KatalogMarkdown

@Suite struct RawHTMLTests {
    func warning(_ line: Int, _ column: Int, _ snippet: String) -> Markdown.Issue {
        Markdown.Issue(severity: .warning, line: line, column: column, kind: .rawHTML(snippet))
    }

    @Test func htmlBlockIsRemoved() {
        let result = Markdown.render("Kain tenun.\n\n<div class=\"x\">\n<b>tebal</b>\n</div>\n\nAkhir.\n")
        #expect(result.html == "<p>Kain tenun.</p>\n<p>Akhir.</p>\n")
        #expect(result.issues == [warning(3, 1, "<div class=\"x\">")])
    }

    @Test func scriptBlockIsRemoved() {
        let result = Markdown.render("<script>alert(1)</script>\n")
        #expect(result.html == "")
        #expect(result.issues == [warning(1, 1, "<script>alert(1)</script>")])
    }

    @Test func inlineHTMLIsRemovedKeepingText() {
        let result = Markdown.render("Kain <b>tebal</b> sekali.")
        #expect(result.html == "<p>Kain tebal sekali.</p>\n")
        #expect(
            result.issues == [
                warning(1, 6, "<b>"),
                warning(1, 14, "</b>"),
            ])
    }

    @Test func inlineEventHandlerIsRemoved() {
        let result = Markdown.render("Lihat <img src=x onerror=alert(1)> ini")
        #expect(result.html == "<p>Lihat  ini</p>\n")
        #expect(result.issues == [warning(1, 7, "<img src=x onerror=alert(1)>")])
    }

    @Test func htmlCommentIsRemoved() {
        let result = Markdown.render("Teks\n\n<!-- catatan -->\n")
        #expect(result.html == "<p>Teks</p>\n")
        #expect(result.issues == [warning(3, 1, "<!-- catatan -->")])
    }

    @Test func longHTMLIsShortenedInTheMessage() {
        let tag = "<span title=\"" + String(repeating: "a", count: 80) + "\">"
        let result = Markdown.render("x \(tag)y")
        #expect(result.issues.map(\.kind) == [.rawHTML("<span title=\"" + String(repeating: "a", count: 44) + "...")])
    }

    @Test func htmlInCodeIsText() {
        let result = Markdown.render("Tulis `<b>` atau\n\n    <div>\n")
        #expect(result.html == "<p>Tulis <code>&lt;b&gt;</code> atau</p>\n<pre><code>&lt;div&gt;\n</code></pre>\n")
        #expect(result.issues.isEmpty)
    }

    @Test func plainTextIsEscaped() {
        let result = Markdown.render("5 < 6 & \"kain\"")
        #expect(result.html == "<p>5 &lt; 6 &amp; &quot;kain&quot;</p>\n")
        #expect(result.issues.isEmpty)
    }
}
