import Testing

@testable import KatalogMarkdown

@Suite struct HeadingTests {
    /// A lone heading becomes <h2>, whatever level the author wrote.
    @Test(arguments: [
        "# Judul", "## Judul", "### Judul", "###### Judul", "Judul\n=====", "Judul\n-----",
    ])
    func topHeadingBecomesH2(_ markdown: String) {
        let result = Markdown.render(markdown)
        #expect(result.html == "<h2>Judul</h2>\n")
        #expect(result.issues.isEmpty)
    }

    /// Levels below the top keep their distance, capped at <h6>.
    @Test(arguments: [
        ("# A\n\n## B\n\n### C\n", "<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>\n"),
        ("## A\n\n### B\n", "<h2>A</h2>\n<h3>B</h3>\n"),
        ("### A\n\n## B\n", "<h3>A</h3>\n<h2>B</h2>\n"),
        ("# A\n\n###### F\n", "<h2>A</h2>\n<h6>F</h6>\n"),
        ("## A\n\n#### C\n", "<h2>A</h2>\n<h4>C</h4>\n"),
    ])
    func levelsKeepTheirDistance(_ markdown: String, _ html: String) {
        #expect(Markdown.render(markdown).html == html)
    }

    @Test func noH1EverRemains() {
        let result = Markdown.render("# A\n\ntext\n\n# B\n")
        #expect(result.html == "<h2>A</h2>\n<p>text</p>\n<h2>B</h2>\n")
    }
}
