import Foundation
import KatalogBuild
import KatalogRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The escaping audit: hostile text in every free-text field and in every body, built, then every
/// page read back by an HTML5 parser (gumbo) as a browser would. No element, attribute or URL
/// scheme may come from content; the text must come back as the same text.
@Suite struct EscapingAuditTests {
    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \tjavascript:alert(1)",
        "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "</script><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "</textarea></style></noscript><script>alert(1)</script>",
        "]]><script>alert(1)</script><![CDATA[",
        "<!-- <script>alert(1)</script> -->",
        "<style>body{display:none}</style>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "{{site.title}} {{{page_title}}} {{> layout}} {{#ui}}x{{/ui}}",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "\u{2028}<script>\u{2029}alert(1)",
        "Batik \"Gorga\" & Ulos <Toba> 'Sumut'",
    ]

    /// Links and images written in Markdown: each is removed, neutralised or kept only when safe.
    static let markdownAttacks = """
        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1))
        [d](&#106;avascript:alert(1)) [e](<javascript:alert(1)>) [f](data:text/html,<script>alert(1)</script>)
        [g](vbscript:msgbox(1)) [h](http://example.com "x\\" onmouseover=\\"alert(1)") <javascript:alert(1)>
        ![i](javascript:alert(1)) ![j](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) [k][r]
        <img src=x onerror=alert(1)> <script>alert(1)</script> `<script>` <a href="javascript:alert(1)">l</a>

        [r]: javascript:alert(1)

        <div onclick="alert(1)">blok</div>
        """

    /// A YAML double-quoted scalar holding `text` exactly.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func site(_ payload: String) -> [String: String] {
        let q = yaml(payload)
        let body = payload + "\n\n" + markdownAttacks + "\n"
        return [
            "content/site.yml": "title: \(q)\ndescription: \(q)\nbase_url: https://batik.example.id/katalog/\n"
                + "submissions:\n  whatsapp: 0812-3456-7890\n",
            "content/clusters/sumut.md":
                "---\nname: \(q)\nprovince: \(q)\ncity: \(q)\ncoordinator: \(q)\nemail: klaster@batik.example.id\n---\n\(body)",
            "content/producers/sinar.md":
                "---\nname: \(q)\ncluster: sumut\nowner: \(q)\naddress: \(q)\nphone: (061) 786 5521\n"
                + "whatsapp: 0812-3456-7890\nwebsite: https://sinar.example.id/\n---\n\(body)",
            "content/products/kain-gorga.md":
                "---\nname: \(q)\nproducer: sinar\nmotifs: [\(q), Gorga]\ncolors: [\(q)]\nmaterial: \(q)\nsize: \(q)\n"
                + "price: 450000\nphotos: [depan.png]\n---\n\(body)",
            "content/motifs/gorga.md": "---\nname: Gorga\norigin: \(q)\n---\n\(body)",
            "content/pages/tentang.md": "---\nname: \(q)\n---\n\(body)",
        ]
    }

    /// What the theme writes; content may add none of it.
    static let allowedElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "a", "img", "ul", "ol", "li", "nav", "main", "header",
        "footer", "section", "article", "div", "span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd",
        "em", "strong", "code", "pre", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
        "form", "label", "input", "button", "select", "option", "details", "summary", "source",
        // The submission form's fields and sheets.
        "textarea", "datalist",
        // gumbo predates <picture> and reads it as an unknown tag.
        "?picture",
        // The printed catalogue's QR codes: an inline SVG of one path (gumbo has no SVG tag names).
        "figure", "figcaption", "svg", "?path",
    ]
    static let allowedAttributes: Set<String> = [
        "href", "src", "alt", "width", "height", "loading", "decoding", "class", "id", "lang", "charset", "name",
        "content", "property", "rel", "title", "start", "aria-label", "aria-labelledby", "aria-current", "aria-hidden",
        "scope", "data-label", "role", "action", "method", "for", "type", "placeholder", "autocomplete",
        "enterkeyhint", "value", "hidden", "aria-live", "data-root", "data-style", "data-count", "data-none",
        "data-loading", "data-techniques", "data-prices", "data-provinces", "data-clusters", "data-motifs",
        "data-stock", "data-clear", "data-price-on-request", "data-sold-out", "data-no-photo", "srcset", "sizes",
        "fetchpriority", "style", "xmlns", "viewBox", "shape-rendering", "d", "list", "maxlength", "inputmode",
        "rows", "readonly", "download", "novalidate", "aria-describedby", "aria-required",
    ]
    /// The scripts of the site: the theme's search, on the search page, and its submission form,
    /// on the form's page.
    static func isThemeScript(_ element: HTMLTree.Element, page: String) -> Bool {
        let script = ["search/index.html": "../assets/search.js", "submit/index.html": "../assets/submit.js"][page]
        return element.name == "script" && element.text.isEmpty
            && element.attributes.sorted { $0.name < $1.name }.map(\.name) == ["defer", "src"]
            && element.attributes.contains { $0.name == "src" && $0.value == script }
    }

    /// The submission form's data (the words and `katalog check`'s messages its script shows): one
    /// JSON object, with no character that could end the script.
    static func isFormData(_ element: HTMLTree.Element, page: String) -> Bool {
        page == "submit/index.html" && element.name == "script"
            && element.attributes.sorted { $0.name < $1.name }.map { "\($0.name)=\($0.value)" } == [
                "id=submit-data", "type=application/json",
            ]
            && !element.text.contains { "<>&\u{2028}\u{2029}".contains($0) }
            && (try? JSONSerialization.jsonObject(with: Data(element.text.utf8))) is [String: Any]
    }
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The page's structured data: one script of JSON, with no attributes but its type, whose text
    /// holds no character that could end the script or start a comment in it.
    static func isStructuredData(_ element: HTMLTree.Element) -> Bool {
        element.name == "script" && element.attributes.map(\.name) == ["type"]
            && element.attributes[0].value == "application/ld+json"
            && !element.text.contains { "<>&\u{2028}\u{2029}".contains($0) }
            && (try? JSONSerialization.jsonObject(with: Data(element.text.utf8))) is [String: Any]
    }

    /// Every problem a page has, as lines; empty when the page is safe.
    static func problems(in html: String, page: String) -> [String] {
        let tree = HTMLTree(html)
        var problems: [String] = []
        if tree.parseErrors > 0 { problems.append("\(page): \(tree.parseErrors) HTML parse errors") }
        let structuredData = tree.elements.filter(isStructuredData)
        // Every page but 404.html, which a host serves at any address.
        if structuredData.count != (page == "404.html" ? 0 : 1) {
            problems.append("\(page): \(structuredData.count) JSON-LD scripts")
        }
        for element in tree.elements
        where !isThemeScript(element, page: page) && !isStructuredData(element) && !isFormData(element, page: page) {
            if !allowedElements.contains(element.name) { problems.append("\(page): element <\(element.name)>") }
            for (name, value) in element.attributes {
                if !allowedAttributes.contains(name) {
                    problems.append("\(page): attribute \(name)=\"\(value)\" on <\(element.name)>")
                }
                // The only path: a QR code's modules, in numbers and path letters.
                if name == "d", value.wholeMatch(of: /[0-9 Mmhvz-]+/) == nil || element.name != "?path" {
                    problems.append("\(page): d=\"\(value)\" on <\(element.name)>")
                }
                // The only style: a photo's placeholder colour.
                if name == "style", value.wholeMatch(of: /background-color:#[0-9a-f]{6}/) == nil {
                    problems.append("\(page): style=\"\(value)\" on <\(element.name)>")
                }
                if name == "srcset" {
                    for candidate in value.split(separator: ",") {
                        let url = String(candidate.split(separator: " ").first ?? "")
                        if let scheme = HTMLTree.scheme(of: url), !allowedSchemes.contains(scheme) {
                            problems.append("\(page): \(scheme): URL in srcset on <\(element.name)>")
                        }
                    }
                }
                let isURL =
                    name == "href" || name == "src"
                    || (element.name == "meta" && name == "content"
                        && element.attributes.contains { $0 == ("property", "og:image") })
                if isURL, let scheme = HTMLTree.scheme(of: value), !allowedSchemes.contains(scheme) {
                    problems.append("\(page): \(scheme): URL in \(name)=\"\(value)\" on <\(element.name)>")
                }
            }
            if element.name == "meta", element.attributes.contains(where: { $0.name == "http-equiv" }) {
                problems.append("\(page): <meta http-equiv>")
            }
        }
        return problems
    }

    @Test(arguments: payloads)
    func hostileTextStaysText(payload: String) throws {
        let site = try TestSite(Self.site(payload), base: [:])
        try site.write("content/products/kain-gorga/depan.png", BadInput.png)
        let report = site.build()
        #expect(report.errorCount == 0, "\(report.diagnostics.filter { $0.severity == .error })")
        let tree = site.tree()
        let pages = tree.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 21)
        #expect(pages["submit/index.html"] != nil)
        for (path, data) in pages.sorted(by: { $0.key < $1.key }) {
            let problems = Self.problems(in: String(decoding: data, as: UTF8.self), page: path)
            #expect(problems == [], "payload \(payload.debugDescription)")
        }
        // The text comes back as the same text: not markup, not a template.
        let expected = payload.trimmingCharacters(in: .whitespacesAndNewlines)
        let product = HTMLTree(site.output("products/kain-gorga/index.html") ?? "")
        #expect(product.elements.first { $0.name == "h1" }?.text == expected)
        #expect(product.elements.first { $0.name == "title" }?.text == "\(expected) – \(expected)")
        let description = product.elements.first {
            $0.name == "meta" && $0.attributes.contains { $0 == ("name", "description") }
        }
        #expect(
            description?.attributes.first { $0.name == "content" }?.value.contains(
                ". \(Words.shortened(expected, limit: 100)) dari ") == true)
        // The structured data names the product as the page does.
        let script = try #require(product.elements.first(where: Self.isStructuredData))
        let json = try #require(JSONSerialization.jsonObject(with: Data(script.text.utf8)) as? [String: Any])
        let graph = try #require(json["@graph"] as? [[String: Any]])
        #expect(graph.first { $0["@type"] as? String == "Product" }?["name"] as? String == expected)
        // The WhatsApp link carries the name in its message, percent-encoded, to wa.me only.
        let whatsApp = product.elements.first {
            $0.name == "a" && $0.attributes.contains { $0.value.contains("wa.me") }
        }
        let href = whatsApp?.attributes.first { $0.name == "href" }?.value ?? ""
        #expect(href.hasPrefix("https://wa.me/6281234567890?text="))
        #expect(!href.dropFirst("https://wa.me/6281234567890?text=".count).contains { "<>\"' ".contains($0) })
        #expect(
            href.dropFirst("https://wa.me/6281234567890?text=".count).removingPercentEncoding?.contains(expected)
                == true)
        // The search index is data: every file is one call with JSON the content cannot leave, and
        // holds no character that could end a script or a JavaScript string.
        let index = tree.filter { $0.key.hasPrefix("search/") && $0.key.hasSuffix(".js") }
        #expect(index.count > 3)
        for (path, data) in index {
            let text = String(decoding: data, as: UTF8.self)
            #expect(
                !text.contains("<") && !text.contains(">") && !text.contains("\u{2028}") && !text.contains("\u{2029}"))
            let name = String(path.dropFirst("search/".count).dropLast(3))
            let prefix = "katalogSearch.add(\"\(name)\","
            #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(path)")
            let json = Data(text.dropFirst(prefix.count).dropLast(3).utf8)
            #expect((try? JSONSerialization.jsonObject(with: json)) != nil, "\(path) is not one JSON value")
        }
        // The form's list of producers is data too, the producer's name in it as written.
        let producers = String(decoding: tree["submit/producers.js"] ?? Data(), as: UTF8.self)
        #expect(
            !producers.contains("<") && !producers.contains(">") && !producers.contains("\u{2028}")
                && !producers.contains("\u{2029}"))
        let call = "katalogSubmit.producers("
        #expect(producers.hasPrefix(call) && producers.hasSuffix(");\n"))
        let list = try JSONSerialization.jsonObject(with: Data(producers.dropFirst(call.count).dropLast(3).utf8))
        let names = ((list as? [String: Any])?["producers"] as? [[Any]])?.map { $0[1] as? String }
        #expect(names == [expected])
        // The feed and the exports: ExportBuildTests reads the same payloads back from each.
        // The sitemap is well-formed XML, with only the site's own addresses.
        let sitemap = site.tree()["sitemap.xml"] ?? Data()
        let parser = XMLParser(data: sitemap)
        #expect(parser.parse(), "sitemap.xml is not well-formed for payload \(payload.debugDescription)")
        #expect(
            String(decoding: sitemap, as: UTF8.self).components(separatedBy: "<loc>").dropFirst().allSatisfy {
                $0.hasPrefix("https://batik.example.id/katalog/")
            })
    }

    /// Fields that hold addresses or numbers refuse hostile values with an error, so they never
    /// reach a page.
    @Test(arguments: [
        ("website", "javascript:alert(1)"),
        ("website", "JAVASCRIPT:alert(1)"),
        ("website", "data:text/html,<script>alert(1)</script>"),
        ("website", "//evil.example/"),
        ("website", "https://a.example/\" onmouseover=\"alert(1)"),
        ("email", "a@b.example\" onmouseover=\"alert(1)"),
        ("email", "javascript:alert(1)"),
        ("phone", "<script>alert(1)</script>"),
        ("whatsapp", "0812\" onclick=\"alert(1)"),
    ])
    func addressFieldsRefuseHostileValues(field: String, value: String) throws {
        let site = try TestSite([
            "content/producers/sinar.md": "---\nname: Sinar\ncluster: sumut\n\(field): \(Self.yaml(value))\n"
                + (field == "phone" || field == "whatsapp" ? "" : "phone: (061) 786 5521\n") + "---\n"
        ])
        let errors = site.errors()
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("content/producers/sinar.md:4:") == true, "\(errors)")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "//evil.example/", "ftp://batik.example.id/"])
    func baseURLMustBeHTTP(value: String) throws {
        let site = try TestSite(["content/site.yml": "title: Uji\nbase_url: \(Self.yaml(value))\n"])
        #expect(site.errors().count == 1)
        #expect(site.errors().first?.hasPrefix("content/site.yml:2:") == true)
    }
}
