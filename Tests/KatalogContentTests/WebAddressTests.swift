import Testing

@testable import KatalogContent

@Suite struct WebAddressTests {
    @Test(arguments: [
        ("ibu.sari@gmail.com", true),
        ("a@b.co", true),
        ("batik+order@sentra-batik.or.id", true),
        ("a@b", false),
        ("@b.com", false),
        ("a@", false),
        ("a@@b.com", false),
        ("a@b@c.com", false),
        ("a b@c.com", false),
        ("a@b.c", false),
        ("a@-b.com", false),
        ("a@b-.com", false),
        ("a@b..com", false),
        ("a@b.com.", false),
        ("a@.com", false),
        ("a@b.c0m", false),
        ("<a@b.com>", false),
        ("\"a\"@b.com", false),
        ("a@b.com\n", false),
        ("mailto:a@b.com", false),
        ("", false),
    ])
    func isEmail(_ text: String, _ expected: Bool) {
        #expect(WebAddress.isEmail(text) == expected)
    }

    @Test(arguments: [
        ("https://batik.example.id", true),
        ("https://batik.example.id/katalog/", true),
        ("http://localhost", true),
        ("http://localhost:8080/", true),
        ("HTTPS://BATIK.ID/path", true),
        ("https://user@batik.id:8080/x", true),
        ("https://batik.id?q=1", true),
        ("https://batik.id#top", true),
        ("ftp://batik.id", false),
        ("https://", false),
        ("https:///path", false),
        ("https://nodot", false),
        ("https://a b.com", false),
        ("https://batik.id/a b", false),
        ("https://batik.id/\"x\"", false),
        ("https://batik.id/<script>", false),
        ("www.batik.id", false),
        ("batik.id", false),
        ("//batik.id", false),
        ("javascript:alert(1)", false),
        ("https:batik.id", false),
        ("", false),
    ])
    func isWebURL(_ text: String, _ expected: Bool) {
        #expect(WebAddress.isWebURL(text) == expected)
    }
}
