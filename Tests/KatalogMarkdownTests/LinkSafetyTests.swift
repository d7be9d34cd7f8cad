import Testing

@testable import KatalogMarkdown

@Suite struct LinkSafetyTests {
    static func removed(_ what: String, _ destination: String, _ line: Int = 1, _ column: Int) -> Markdown.Issue {
        Markdown.Issue(
            severity: .warning, line: line, column: column,
            kind: .linkRemoved(destination: destination, isImage: what == "image"))
    }

    @Test(arguments: [
        ("[klik](javascript:alert(1))", "javascript:alert(1)"),
        ("[klik](JAVASCRIPT:alert(1))", "JAVASCRIPT:alert(1)"),
        ("[klik](<java\tscript:alert(1)>)", "java\tscript:alert(1)"),
        ("[klik](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4="),
        ("[klik](vbscript:msgbox)", "vbscript:msgbox"),
        ("[klik](file:///etc/passwd)", "file:///etc/passwd"),
        ("[klik](jav&#x61;script:alert(1))", "javascript:alert(1)"),
        ("[klik](&#106;avascript:alert(1))", "javascript:alert(1)"),
        ("[klik](<\u{1} javascript:alert(1)>)", "\u{1} javascript:alert(1)"),
    ])
    func unsafeLinkIsUnwrappedToItsText(_ markdown: String, _ destination: String) {
        let result = Markdown.render(markdown)
        #expect(result.html == "<p>klik</p>\n")
        #expect(result.issues == [Self.removed("link", destination, 1, 1)])
    }

    @Test func referenceStyleLinkIsChecked() {
        let result = Markdown.render("Lihat [di sini][x].\n\n[x]: javascript:alert(1)\n")
        #expect(result.html == "<p>Lihat di sini.</p>\n")
        #expect(result.issues == [Self.removed("link", "javascript:alert(1)", 1, 7)])
    }

    @Test func autolinkWithUnsafeSchemeIsUnwrapped() {
        let result = Markdown.render("<javascript:alert(1)>")
        #expect(result.html == "<p>javascript:alert(1)</p>\n")
        #expect(result.issues == [Self.removed("link", "javascript:alert(1)", 1, 1)])
    }

    @Test func linkTextKeepsItsFormatting() {
        let result = Markdown.render("Ada [kain *tulis*](vbscript:x) di sini")
        #expect(result.html == "<p>Ada kain <em>tulis</em> di sini</p>\n")
        #expect(result.issues == [Self.removed("link", "vbscript:x", 1, 5)])
    }

    @Test func unsafeImageBecomesItsAltText() {
        let result = Markdown.render("![Kain biru](javascript:alert(1))")
        #expect(result.html == "<p>Kain biru</p>\n")
        #expect(result.issues == [Self.removed("image", "javascript:alert(1)", 1, 1)])
    }

    @Test func dataImageIsRemoved() {
        let result = Markdown.render("Foto: ![Kain](data:image/png;base64,iVBORw0KGgo=)")
        #expect(result.html == "<p>Foto: Kain</p>\n")
        #expect(result.issues == [Self.removed("image", "data:image/png;base64,iVBORw0KGgo=", 1, 7)])
    }

    @Test func unsafeImageInsideUnsafeLink() {
        let result = Markdown.render("[![Kain](file:///a.jpg)](javascript:x)")
        #expect(result.html == "<p>Kain</p>\n")
        #expect(
            Set(result.issues) == [
                Self.removed("link", "javascript:x", 1, 1), Self.removed("image", "file:///a.jpg", 1, 2),
            ])
    }

    @Test(arguments: [
        ("[a](https://batik.example.id/)", "<p><a href=\"https://batik.example.id/\">a</a></p>\n"),
        ("[a](HTTP://batik.example.id/)", "<p><a href=\"HTTP://batik.example.id/\">a</a></p>\n"),
        ("[a](mailto:sari@batik.id)", "<p><a href=\"mailto:sari@batik.id\">a</a></p>\n"),
        ("[a](tel:+6281234567890)", "<p><a href=\"tel:+6281234567890\">a</a></p>\n"),
        ("[a](../products/)", "<p><a href=\"../products/\">a</a></p>\n"),
        ("[a](#harga)", "<p><a href=\"#harga\">a</a></p>\n"),
        ("[a](kain%20biru.jpg)", "<p><a href=\"kain%20biru.jpg\">a</a></p>\n"),
        ("<sari@batik.id>", "<p><a href=\"mailto:sari@batik.id\">sari@batik.id</a></p>\n"),
        (
            "<https://wa.me/6281234567890>",
            "<p><a href=\"https://wa.me/6281234567890\">https://wa.me/6281234567890</a></p>\n"
        ),
        ("![Kain](kain-1.jpg)", "<p><img src=\"kain-1.jpg\" alt=\"Kain\" /></p>\n"),
    ])
    func safeLinksAreKept(_ markdown: String, _ html: String) {
        let result = Markdown.render(markdown)
        #expect(result.html == html)
        #expect(result.issues.isEmpty)
    }

    @Test func longDestinationIsShortenedInTheMessage() {
        let long = "javascript:" + String(repeating: "a", count: 100)
        let result = Markdown.render("[x](\(long))")
        #expect(
            result.issues.map(\.kind) == [
                .linkRemoved(destination: "javascript:" + String(repeating: "a", count: 46) + "...", isImage: false)
            ])
    }
}
