import Testing

@testable import KatalogMarkdown

@Suite struct URLSafetyTests {
    @Test(arguments: [
        ("https://batik.id", "https" as String?),
        ("HTTP://batik.id", "http"),
        ("mailto:sari@batik.id", "mailto"),
        ("tel:+6281234567890", "tel"),
        ("javascript:alert(1)", "javascript"),
        ("JaVaScRiPt:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),
        ("java\nscript:alert(1)", "javascript"),
        ("java\r\nscript:alert(1)", "javascript"),
        (" \u{1}\u{1F}javascript:alert(1)", "javascript"),
        ("data:text/html,x", "data"),
        ("vbscript:x", "vbscript"),
        ("file:///etc/passwd", "file"),
        ("c++:x", "c++"),
        ("a.b-c:x", "a.b-c"),
        (":x", ""),
        ("relative/path", nil),
        ("kain-1.jpg", nil),
        ("../products/", nil),
        ("/a:b", nil),
        ("#a:b", nil),
        ("?q=a:b", nil),
        ("1abc:x", nil),
        ("path/to:x", nil),
        ("", nil),
        ("java script:x", nil),
    ])
    func scheme(_ url: String, _ scheme: String?) {
        #expect(URLSafety.scheme(of: url) == scheme)
    }

    @Test(arguments: [
        ("https://batik.id", true), ("http://x.id", true), ("mailto:a@b.id", true), ("tel:0812", true),
        ("kain.jpg", true), ("#top", true), ("", true),
        ("javascript:x", false), ("data:image/png,x", false), ("vbscript:x", false), ("file:///x", false),
        ("ftp://x.id", false), (":x", false), ("java\tscript:x", false),
    ])
    func isAllowed(_ url: String, _ allowed: Bool) {
        #expect(URLSafety.isAllowed(url) == allowed)
    }
}
