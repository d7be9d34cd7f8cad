import Testing
@testable import KatalogMarkdown

@Suite struct HeadingTests {
    @Test(arguments: [
        ("# Judul", "<h2>Judul</h2>\n"),
        ("## Sub", "<h3>Sub</h3>\n"),
        ("### Tiga", "<h4>Tiga</h4>\n"),
        ("#### Empat", "<h5>Empat</h5>\n"),
        ("##### Lima", "<h6>Lima</h6>\n"),
        ("###### Enam", "<h6>Enam</h6>\n"),
        ("Judul\n=====", "<h2>Judul</h2>\n"),
        ("Sub\n---", "<h3>Sub</h3>\n"),
    ])
    func headingsMoveDownOneLevel(_ markdown: String, _ html: String) {
        let result = Markdown.render(markdown)
        #expect(result.html == html)
        #expect(result.issues.isEmpty)
    }

    @Test func noH1EverRemains() {
        let result = Markdown.render("# A\n\ntext\n\n# B\n")
        #expect(result.html == "<h2>A</h2>\n<p>text</p>\n<h2>B</h2>\n")
    }
}
