import Foundation
import KatalogBuild
import KatalogContent
import Testing

/// Every kind of bad input a catalogue author can write, each with the exact line they read.
///
/// Line and column numbers are the file's own, 1-based, columns in characters.
@Suite struct BadInputTests {
    // MARK: Helpers

    /// A product sheet for the minimal site; `extra` lines start at line 4, the body after the
    /// closing fence starts at line `5 + extra lines`.
    static func product(_ extra: String = "", body: String = "") -> String {
        "---\nname: Kain Uji\nproducer: sinar\n" + extra + "---\n" + body
    }

    /// A producer sheet in cluster `sumut`; `extra` lines start at line 4.
    static func producer(_ extra: String) -> String {
        "---\nname: Batik Uji\ncluster: sumut\n" + extra + "---\n"
    }

    /// A 4×3 PNG: signature and IHDR chunk, which is all the prober reads.
    static let png: Data = {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += [0x00, 0x00, 0x00, 0x0D] + Array("IHDR".utf8)
        bytes += [0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x03]
        bytes += [0x08, 0x06, 0x00, 0x00, 0x00]
        bytes += [0x00, 0x00, 0x00, 0x00]
        return Data(bytes)
    }()

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: File names

    @Test(arguments: [
        ("Batik Gorga.md", "rename it to 'batik-gorga.md'"),
        ("batik_gorga.md", "rename it to 'batik-gorga.md'"),
        ("Kain-Ulos.md", "rename it to 'kain-ulos.md'"),
        ("kain--ulos.md", "rename it to 'kain-ulos.md'"),
        ("!!!.md", "use lowercase letters, digits and '-'"),
    ])
    func fileNameNotASlug(name: String, fix: String) throws {
        let site = try TestSite(["content/products/\(name)": Self.product()])
        #expect(site.errors() == [
            "content/products/\(name): error: file name '\(name)' is not a valid slug "
                + "(lowercase letters, digits and single '-'); \(fix)"
        ])
    }

    @Test(arguments: ["index", "products", "404", "assets"])
    func reservedPageSlug(slug: String) throws {
        let site = try TestSite(["content/pages/\(slug).md": "---\nname: Halaman\n---\nTeks.\n"])
        #expect(site.errors() == [
            "content/pages/\(slug).md: error: page name '\(slug)' is reserved for the site's own pages; "
                + "rename the file, e.g. to 'info-\(slug).md'"
        ])
    }

    // MARK: Front matter shape

    @Test func missingOpeningFence() throws {
        let site = try TestSite(["content/products/x.md": "name: Kain Uji\nproducer: sinar\n---\nTeks.\n"])
        #expect(site.errors() == [
            "content/products/x.md:1:1: error: missing front matter: the file must start with a line '---', "
                + "then fields like 'name: ...', then '---'"
        ])
    }

    @Test func emptyFile() throws {
        let site = try TestSite(["content/products/x.md": ""])
        #expect(site.errors() == [
            "content/products/x.md:1:1: error: missing front matter: the file must start with a line '---', "
                + "then fields like 'name: ...', then '---'"
        ])
    }

    @Test func frontMatterNeverClosed() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain Uji\nproducer: sinar\n\nTeks.\n"])
        #expect(site.errors() == [
            "content/products/x.md:1:1: error: front matter opened here is never closed: "
                + "add a line '---' after the last field"
        ])
    }

    // MARK: Limits

    @Test func frontMatterOver64KiB() throws {
        // 100-byte comment lines: the 656th ends 65 599 bytes after the opening fence (its newline
        // not counted), the first line end past 64 KiB.
        let line = "# " + String(repeating: "x", count: 97) + "\n"
        let yaml = String(repeating: line, count: 700)
        let site = try TestSite(["content/products/x.md": "---\n" + yaml + "---\nTeks.\n"])
        #expect(site.errors() == [
            "content/products/x.md:1:1: error: front matter is larger than 64 KiB (65599 bytes so far); "
                + "put long text in the body, below the second '---'"
        ])
    }

    @Test func fileOverOneMiB() throws {
        let paragraph = String(repeating: "Batik tulis. ", count: 700) + "\n\n"  // 9 102 bytes
        let body = String(repeating: paragraph, count: 116)  // 1 055 832 bytes
        let text = Self.product(body: body)
        let site = try TestSite(["content/products/x.md": text])
        #expect(site.errors() == [
            "content/products/x.md: error: file is \(text.utf8.count) bytes; at most 1 MiB is allowed: "
                + "put photos in images/ and keep the text short"
        ])
    }

    @Test func oneMiBFrontMatterValueFailsFast() throws {
        let value = String(repeating: "sutra ", count: 174_763)  // 1 MiB + 2 bytes on one line
        let site = try TestSite(["content/products/x.md": Self.product("material: \(value)\n")])
        let started = ContinuousClock.now
        #expect(site.errors() == [
            "content/products/x.md: error: file is \(Self.product("material: \(value)\n").utf8.count) bytes; "
                + "at most 1 MiB is allowed: put photos in images/ and keep the text short"
        ])
        // Below the file limit the line limit answers, at the value's line.
        let shorter = String(repeating: "sutra ", count: 100_000)
        try site.write("content/products/x.md", Data(Self.product("material: \(shorter)\n").utf8))
        #expect(site.errors() == [
            "content/products/x.md:4:1: error: line is 600010 bytes long; at most 16 KiB is allowed: "
                + "break it into shorter lines"
        ])
        #expect(ContinuousClock.now - started < .seconds(5), "a large value must not take long to refuse")
    }

    @Test func lineOver16KiB() throws {
        let line = String(repeating: "a", count: 16 * 1024 + 1)
        let site = try TestSite(["content/products/x.md": Self.product(body: "Teks.\n" + line + "\n")])
        #expect(site.errors() == [
            "content/products/x.md:6:1: error: line is 16385 bytes long; at most 16 KiB is allowed: "
                + "break it into shorter lines"
        ])
    }

    @Test func lineOfExactly16KiBIsFine() throws {
        let line = String(repeating: "a", count: 16 * 1024)
        let site = try TestSite(["content/products/x.md": Self.product(body: line + "\n")])
        #expect(site.errors() == [])
    }

    @Test(arguments: [
        // Flow collections: the 16th '[' (column 24) makes 17 levels with the mapping.
        ("colors: " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "\n", "4:24"),
        // Compact block sequences on one line.
        ("colors:\n" + String(repeating: "- ", count: 20) + "merah\n", "5:31"),
        // Indentation: one level per line.
        ("colors:\n" + (1...20).map { String(repeating: " ", count: $0) + "a:\n" }.joined(), "20:17"),
        // Far deeper than any stack would take, over several lines (each under the line limit).
        ("colors: " + String(repeating: String(repeating: "[", count: 15_000) + "\n", count: 4), "4:24"),
    ])
    func yamlNestedTooDeep(extra: String, at: String) throws {
        let site = try TestSite(["content/products/x.md": Self.product(extra)])
        #expect(site.errors() == [
            "content/products/x.md:\(at): error: front matter is nested more than 16 levels deep; "
                + "katalog's fields are plain 'key: value' lines and short lists"
        ])
    }

    @Test func yamlNestedWithinTheLimitIsParsed() throws {
        // 15 levels: the depth check lets it through and the field reader says what is wrong.
        let extra = "colors: " + String(repeating: "[", count: 14) + "merah" + String(repeating: "]", count: 14) + "\n"
        let site = try TestSite(["content/products/x.md": Self.product(extra)])
        #expect(site.errors() == ["content/products/x.md:4:10: error: each item of 'colors' must be text, found a list"])
    }

    @Test func yamlListOver100Items() throws {
        let items = (1...101).map { "w\($0)" }.joined(separator: ", ")
        let site = try TestSite(["content/products/x.md": Self.product("colors: [\(items)]\n")])
        #expect(site.errors() == ["content/products/x.md:4:9: error: 'colors' has 101 items; at most 100 are allowed"])
    }

    @Test(arguments: [40, 10_000])
    func markdownNestedTooDeep(levels: Int) throws {
        let site = try TestSite(["content/products/x.md": Self.product(body: String(repeating: ">", count: levels) + " teks\n")])
        #expect(site.errors() == [
            "content/products/x.md:5:33: error: text is nested more than 32 levels deep (block quotes, lists or "
                + "emphasis inside each other); write it flatter"
        ])
    }

    @Test func markdownNestedListsTooDeep() throws {
        // Each level of a list is a list and an item: 17 levels of list pass 32.
        let body = (0..<20).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        let site = try TestSite(["content/products/x.md": Self.product(body: body)])
        #expect(site.errors().count == 1)
        #expect(site.errors().first?.hasPrefix("content/products/x.md:") == true)
        #expect(site.errors().first?.contains("error: text is nested more than 32 levels deep") == true)
    }

    @Test func markdownListOver1000Items() throws {
        let body = String(repeating: "- a\n", count: 1_001)
        let site = try TestSite(["content/products/x.md": Self.product(body: body)])
        #expect(site.errors() == ["content/products/x.md:5:1: error: list has 1001 items; at most 1000 are allowed"])
    }

    @Test func problemsInOneBodyAreCapped() throws {
        let body = String(repeating: "<b>x</b>\n\n", count: 60)
        let site = try TestSite(["content/products/x.md": Self.product(body: body)])
        let warnings = site.warnings()
        #expect(warnings.count == 51)
        #expect(warnings.last == "content/products/x.md:55:1: warning: 70 more problems in this text are not shown; fix these first")
    }

    @Test func errorsLeftOutStillFailTheBuild() throws {
        // NUL characters are reported first: fifty of them fill the body's quota of problems, and
        // the nesting error after them is left out, but still fails the build.
        let body = String(repeating: "x\u{0}\n\n", count: 50) + String(repeating: "> ", count: 40) + "x\n"
        let site = try TestSite(["content/products/x.md": Self.product(body: body)])
        #expect(site.errors() == [
            "content/products/x.md:105:65: error: 1 more problems in this text are not shown; fix these first"
        ])
    }

    @Test func namedPipeInTheThemeIsRefusedWithoutWaiting() throws {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(atPath: site.path("templates/assets"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path("templates/product.mustache"), 0o644) == 0)
        #expect(mkfifo(site.path("templates/assets/x.css"), 0o644) == 0)
        #expect(site.check(templates: "templates").filter { $0.contains("error") } == [
            "templates/assets/x.css: error: cannot read theme asset: not a regular file",
            "templates/product.mustache: error: cannot read template: not a regular file",
        ])
    }

    @Test func namedPipeIsRefusedWithoutWaiting() throws {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(atPath: site.path("content/products"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path("content/products/x.md"), 0o644) == 0)
        #expect(site.errors() == ["content/products/x.md: error: not a regular file"])
    }

    @Test(arguments: [
        (
            "---\nname: Kain: Gorga\nproducer: sinar\n---\n",
            "content/products/x.md:2:11: error: invalid YAML: mapping values are not allowed in this context; "
                + "if a value contains ': ', put it in double quotes"
        ),
        (
            "---\nname: Kain Uji\n\tproducer: sinar\n---\n",
            "content/products/x.md:3:1: error: invalid YAML: found a tab character that violates indentation "
                + "(while scanning a plain scalar); indent with spaces, not tabs"
        ),
        (
            "---\nname: Kain Uji\nproducer: sinar\nb: *x\n---\n",
            "content/products/x.md:4:4: error: invalid YAML: found undefined alias"
        ),
        (
            "---\nname: @kain\nproducer: sinar\n---\n",
            "content/products/x.md:2:7: error: invalid YAML: found character that cannot start any token "
                + "(while scanning for the next token); indent with spaces, not tabs, and quote values that "
                + "start with @ or `"
        ),
    ])
    func yamlSyntaxError(text: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": text])
        #expect(site.errors() == [expected])
    }

    @Test func yamlAnchorAndAliasRefused() throws {
        let site = try TestSite(["content/products/x.md": Self.product("a: &x 1\nb: *x\n")])
        #expect(site.errors() == [
            "content/products/x.md:4:4: error: YAML anchors and aliases (&name, *name) are not allowed in front "
                + "matter; write each value out"
        ])
    }

    /// Aliases must be refused before anything walks the tree they expand to.
    @Test func yamlAliasExpansionRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...5 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        let site = try TestSite(["content/products/x.md": Self.product(yaml)])
        #expect(site.errors() == [
            "content/products/x.md:4:5: error: YAML anchors and aliases (&name, *name) are not allowed in front "
                + "matter; write each value out"
        ])
    }

    /// The message points at the repeated key, the one to delete.
    @Test func duplicateKey() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain A\nproducer: sinar\nname: Kain B\n---\n"])
        #expect(site.errors() == [
            "content/products/x.md:4:1: error: duplicate key 'name': each field may appear only once"
        ])
    }

    @Test(arguments: [
        ("---\n- name: Kain Uji\n- producer: sinar\n---\n", "content/products/x.md:2:1", "a list"),
        ("---\nKain Uji dari sinar\n---\n", "content/products/x.md:2:1", "a single value"),
    ])
    func frontMatterNotAMapping(text: String, location: String, found: String) throws {
        let site = try TestSite(["content/products/x.md": text])
        #expect(site.errors() == [
            "\(location): error: fields must be written as 'key: value' lines, found \(found)"
        ])
    }

    @Test func keyThatIsNotAWord() throws {
        let site = try TestSite(["content/products/x.md": Self.product("? [a, b]\n: x\n")])
        #expect(site.errors() == ["content/products/x.md:4:3: error: a key must be a plain word like 'name'"])
    }

    /// The wording says "front matter" for site.yml too; matched as it is.
    @Test func siteConfigNotAMapping() throws {
        let site = try TestSite(["content/site.yml": "- title: Katalog Uji\n"])
        #expect(site.errors() == ["content/site.yml:1:1: error: fields must be written as 'key: value' lines, found a list"])
    }

    // MARK: Required fields

    @Test(arguments: [
        ("content/clusters/x.md", "---\nprovince: Jawa Timur\n---\n", "missing required field 'name'"),
        ("content/clusters/x.md", "---\nname: Klaster X\n---\n", "missing required field 'province'"),
        ("content/producers/x.md", "---\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n", "missing required field 'name'"),
        ("content/producers/x.md", "---\nname: Batik X\nwhatsapp: 0812-3456-7890\n---\n", "missing required field 'cluster'"),
        (
            "content/producers/x.md", "---\nname: Batik X\ncluster: sumut\nemail: x@batik.id\n---\n",
            "missing 'phone' or 'whatsapp': buyers need at least one number to call"
        ),
        (
            "content/producers/x.md", "---\nname: Batik X\ncluster: sumut\nphone:\nwhatsapp: \"\"\n---\n",
            "missing 'phone' or 'whatsapp': buyers need at least one number to call"
        ),
        ("content/products/x.md", "---\nproducer: sinar\n---\n", "missing required field 'name'"),
        ("content/products/x.md", "---\nname: Kain X\n---\n", "missing required field 'producer'"),
        ("content/motifs/x.md", "---\norigin: Jawa\n---\n", "missing required field 'name'"),
        ("content/pages/x.md", "---\n---\nTeks.\n", "missing required field 'name'"),
        ("content/site.yml", "description: Katalog batik\n", "missing required field 'title'"),
    ])
    func missingRequiredField(path: String, text: String, message: String) throws {
        let site = try TestSite([path: text])
        #expect(site.errors() == ["\(path):1:1: error: \(message)"])
    }

    @Test(arguments: [
        ("name:\n", "content/products/x.md:2:1"),
        ("name: ~\n", "content/products/x.md:2:1"),
        ("name: \"\"\n", "content/products/x.md:2:7"),
        ("name: \"   \"\n", "content/products/x.md:2:7"),
    ])
    func emptyRequiredValue(line: String, location: String) throws {
        let site = try TestSite(["content/products/x.md": "---\n" + line + "producer: sinar\n---\n"])
        #expect(site.errors() == ["\(location): error: 'name' is empty"])
    }

    @Test(arguments: [
        ("name: [Kain, Gorga]\n", "content/products/x.md:2:7: error: 'name' must be text, found a list"),
        ("name:\n  id: Kain\n", "content/products/x.md:3:3: error: 'name' must be text, found a nested mapping"),
        ("name: Kain\nprice: [1, 2]\n", "content/products/x.md:3:8: error: 'price' must be a single value, found a list"),
        ("name: Kain\nmotifs:\n  a: b\n", "content/products/x.md:4:3: error: 'motifs' must be a list like [a, b], found a nested mapping"),
        ("name: Kain\navailable: mungkin\n", "content/products/x.md:3:12: error: 'available' must be true or false, found 'mungkin'"),
    ])
    func wrongType(lines: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": "---\n" + lines + "producer: sinar\n---\n"])
        #expect(site.errors() == [expected])
    }

    // MARK: Unknown keys

    @Test func unknownKeyWithSuggestion() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain Uji\nprodcuer: sinar\n---\n"])
        #expect(site.check() == [
            "content/products/x.md:1:1: error: missing required field 'producer'",
            "content/products/x.md:3:1: warning: unknown field 'prodcuer' is ignored; did you mean 'producer'?",
        ])
    }

    @Test func unknownKeyWithoutNearMatch() throws {
        let site = try TestSite(["content/products/x.md": Self.product("stok: 5\n")])
        #expect(site.check() == [
            "content/products/x.md:4:1: warning: unknown field 'stok' is ignored; known fields: name, producer, "
                + "motifs, technique, material, size, price, colors, photos, available, featured"
        ])
    }

    @Test func unknownKeyInSiteConfig() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nlanguag: en\n"])
        #expect(site.check() == [
            "content/site.yml:2:1: warning: unknown field 'languag' is ignored; did you mean 'language'?"
        ])
    }

    // MARK: References

    @Test func unknownClusterWithSuggestion() throws {
        let site = try TestSite([
            "content/producers/x.md": "---\nname: Batik X\ncluster: sumutt\nwhatsapp: 0812-3456-7890\n---\n"
        ])
        #expect(site.errors() == [
            "content/producers/x.md:3:10: error: unknown cluster 'sumutt': there is no file clusters/sumutt.md; "
                + "did you mean 'sumut'?"
        ])
    }

    @Test func unknownProducerWithSuggestion() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain X\nproducer: sinr\n---\n"])
        #expect(site.errors() == [
            "content/products/x.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; "
                + "did you mean 'sinar'?"
        ])
    }

    @Test func unknownProducerWithoutNearMatch() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain X\nproducer: budi-jaya\n---\n"])
        #expect(site.errors() == [
            "content/products/x.md:3:11: error: unknown producer 'budi-jaya': there is no file producers/budi-jaya.md"
        ])
    }

    /// The producer's own errors say what to fix; the product naming it adds nothing.
    @Test(arguments: [
        (
            "---\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n",
            "content/producers/budi.md:1:1: error: missing required field 'name'"
        ),
        (
            "---\nname: Budi\ncluster: sumut\nwhatsapp: 0812\n---\n",
            "content/producers/budi.md:4:11: error: whatsapp number '0812' has 3 digits after the 0 or +62; "
                + "an Indonesian number has 7 to 12"
        ),
        (
            "---\nname: Budi: Batik\ncluster: sumut\n---\n",
            "content/producers/budi.md:2:11: error: invalid YAML: mapping values are not allowed in this context; "
                + "if a value contains ': ', put it in double quotes"
        ),
        (
            "name: Budi\n",
            "content/producers/budi.md:1:1: error: missing front matter: the file must start with a line '---', "
                + "then fields like 'name: ...', then '---'"
        ),
    ])
    func brokenProducerIsNotAlsoUnknown(producer: String, expected: String) throws {
        let site = try TestSite([
            "content/producers/budi.md": producer,
            "content/products/x.md": "---\nname: Kain X\nproducer: budi\n---\n",
        ])
        #expect(site.errors() == [expected])
    }

    @Test func invalidUTF8ProducerIsNotAlsoUnknown() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain X\nproducer: budi\n---\n"])
        try site.write("content/producers/budi.md", Data("---\nname: Bud".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        #expect(site.errors() == [
            "content/producers/budi.md:2:10: error: invalid UTF-8: the file must be saved as UTF-8 text "
                + "(in your editor: Save As, encoding UTF-8)"
        ])
    }

    /// A product whose producer is unknown still has every other problem reported in the same run.
    @Test func productWithUnknownProducerIsStillChecked() throws {
        let site = try TestSite([
            "content/products/x.md": "---\nname: Kain X\nproducer: sinr\nmotifs: [\"!!!\"]\nphotos: [hilang.jpg]\n---\n"
                + "[x](product:nope)\n"
        ])
        #expect(site.check() == [
            "content/products/x.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; "
                + "did you mean 'sinar'?",
            "content/products/x.md:4:10: error: motif name '!!!' has no letters or digits",
            "content/products/x.md:5:10: error: photo 'hilang.jpg' not found: put it in products/x/ or images/",
            "content/products/x.md:7:1: error: link to unknown product 'nope': there is no file products/nope.md",
        ])
    }

    /// The sheet exists; its own error is enough, without a warning that it does not.
    @Test(arguments: [
        (
            "---\nname: Kain X\nproducer: sinr\nphotos: [kain.png]\n---\n",
            "content/products/x.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; "
                + "did you mean 'sinar'?"
        ),
        ("---\nproducer: sinar\nphotos: [kain.png]\n---\n", "content/products/x.md:1:1: error: missing required field 'name'"),
    ])
    func brokenProductSheetIsNotMissing(sheet: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": sheet])
        try site.write("content/products/x/kain.png", Self.png)
        #expect(site.check() == [expected])
    }

    // MARK: Technique and year

    @Test(arguments: [
        ("tullis", "unknown technique 'tullis'; did you mean 'tulis'? (one of: tulis, cap, kombinasi, printing, ecoprint)"),
        ("Printng", "unknown technique 'Printng'; did you mean 'printing'? (one of: tulis, cap, kombinasi, printing, ecoprint)"),
        ("batik", "unknown technique 'batik'; use one of: tulis, cap, kombinasi, printing, ecoprint"),
    ])
    func unknownTechnique(value: String, message: String) throws {
        let site = try TestSite(["content/products/x.md": Self.product("technique: \(value)\n")])
        #expect(site.errors() == ["content/products/x.md:4:12: error: \(message)"])
    }

    @Test func techniqueIsCaseInsensitive() throws {
        let site = try TestSite(["content/products/x.md": Self.product("technique: Tulis\n")])
        #expect(site.check() == [])
    }

    @Test(arguments: ["dua ribu", "18", "20188", "2018.5"])
    func yearNotAYear(value: String) throws {
        let site = try TestSite(["content/producers/x.md": Self.producer("whatsapp: 0812-3456-7890\nsince: \(value)\n")])
        #expect(site.errors() == ["content/producers/x.md:5:8: error: 'since' must be a year like 2018, found '\(value)'"])
    }

    // MARK: Prices

    @Test(arguments: [
        ("450.000", "price '450.000' is written with a currency or thousands separator; write digits only: price: 450000"),
        ("\"Rp 450.000\"", "price 'Rp 450.000' is written with a currency or thousands separator; write digits only: price: 450000"),
        ("Rp450000", "price 'Rp450000' is written with a currency or thousands separator; write digits only: price: 450000"),
        ("Rp 1.250.000,-", "price 'Rp 1.250.000,-' is written with a currency or thousands separator; write digits only: price: 1250000"),
        ("450,000", "price '450,000' is written with a currency or thousands separator; write digits only: price: 450000"),
        ("Rp 0", "price 'Rp 0' must be more than 0; leave price out to show \"Hubungi penjual\""),
        ("0", "price '0' must be more than 0; leave price out to show \"Hubungi penjual\""),
        ("-5", "price '-5' must be more than 0; leave price out to show \"Hubungi penjual\""),
        ("450000.50", "price '450000.50' has a fraction; write whole rupiah, like price: 450000"),
        ("murah", "price 'murah' is not a number; write whole rupiah, like price: 450000, or leave price out"),
    ])
    func badPrice(value: String, message: String) throws {
        let site = try TestSite(["content/products/x.md": Self.product("price: \(value)\n")])
        #expect(site.errors() == ["content/products/x.md:4:8: error: \(message)"])
    }

    @Test func priceLeftOutIsFine() throws {
        let site = try TestSite(["content/products/x.md": Self.product()])
        #expect(site.check() == [])
    }

    // MARK: Phone numbers

    @Test(arguments: [
        ("0812 345", "phone number '0812 345' has 6 digits after the 0 or +62; an Indonesian number has 7 to 12"),
        ("0812 3456 7890 123", "phone number '0812 3456 7890 123' has 14 digits after the 0 or +62; an Indonesian number has 7 to 12"),
        ("0812-ABCD-7890", "phone number '0812-ABCD-7890' contains 'A'; write digits with spaces, '-', '.', '( )' or a leading '+'"),
        ("+1 555 1234567", "phone number '+1 555 1234567' is not an Indonesian number; write it like 0812-3456-7890 or +62 812 3456 7890"),
        ("812 3456 7890", "phone number '812 3456 7890' is not an Indonesian number; write it like 0812-3456-7890 or +62 812 3456 7890"),
    ])
    func badPhone(value: String, message: String) throws {
        let site = try TestSite(["content/producers/x.md": Self.producer("phone: \(value)\n")])
        #expect(site.errors() == ["content/producers/x.md:4:8: error: \(message)"])
    }

    @Test(arguments: [
        "0812-3456-7890", "0823 3144 5678", "0852.3066.7123", "+62 812 3456 7890", "(061) 786 5521",
        "0321-593102", "+62 (0)812 3456 7890", "0062 812 3456 7890", "6281234567890",
    ])
    func validPhone(value: String) throws {
        let site = try TestSite(["content/producers/x.md": Self.producer("phone: \(value)\n")])
        #expect(site.check() == [])
    }

    @Test(arguments: [
        ("(061) 786 5521", "(061) 786-5521"),
        ("0321-593102", "(0321) 593102"),
    ])
    func whatsappLandlineWarnsButBuilds(value: String, display: String) throws {
        let site = try TestSite(["content/producers/x.md": Self.producer("whatsapp: \(value)\n")])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/producers/x.md:4:11: warning: whatsapp number '\(display)' is not a mobile number (08...); "
                + "WhatsApp usually needs a mobile"
        ])
        #expect(report.succeeded)
        #expect(site.output("producers/x/index.html") != nil)
    }

    // MARK: Email, website, site.yml

    @Test(arguments: ["budi at gmail", "<a@b.co>", "budi@gmail", "budi@"])
    func badEmail(value: String) throws {
        let site = try TestSite(["content/producers/x.md": Self.producer("whatsapp: 0812-3456-7890\nemail: \(value)\n")])
        #expect(site.errors() == ["content/producers/x.md:5:8: error: email '\(value)' does not look like name@domain.tld"])
    }

    @Test(arguments: ["javascript:alert(1)", "www.x.com", "ftp://x.com", "https://"])
    func badWebsite(value: String) throws {
        let site = try TestSite(["content/producers/x.md": Self.producer("whatsapp: 0812-3456-7890\nwebsite: \(value)\n")])
        #expect(site.errors() == [
            "content/producers/x.md:5:10: error: website '\(value)' must be a full address starting with https:// or http://"
        ])
    }

    @Test func badContactOnCluster() throws {
        let site = try TestSite([
            "content/clusters/x.md": "---\nname: Klaster X\nprovince: Bali\nemail: budi at gmail\nwebsite: www.x.com\n---\n"
        ])
        #expect(site.errors() == [
            "content/clusters/x.md:4:8: error: email 'budi at gmail' does not look like name@domain.tld",
            "content/clusters/x.md:5:10: error: website 'www.x.com' must be a full address starting with https:// or http://",
        ])
    }

    @Test(arguments: ["batik.example.id", "ftp://batik.example.id/", "https://batik.example.id/?a=1", "https://batik.example.id/#top"])
    func siteBaseURLInvalid(value: String) throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nbase_url: \(value)\n"])
        #expect(site.errors() == [
            "content/site.yml:2:11: error: base_url '\(value)' must be an absolute address like https://batik.example.id/katalog/"
        ])
    }

    @Test func siteLanguageInvalid() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nlanguage: jv\n"])
        #expect(site.errors() == ["content/site.yml:2:11: error: language 'jv' must be id or en"])
    }

    @Test func siteCurrencyInvalid() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\ncurrency: USD\n"])
        #expect(site.errors() == ["content/site.yml:2:11: error: currency 'USD' is not supported; prices are in rupiah (IDR)"])
    }

    @Test func siteYAMLError() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog: Uji\n"])
        #expect(site.errors() == [
            "content/site.yml:1:15: error: invalid YAML: mapping values are not allowed in this context; "
                + "if a value contains ': ', put it in double quotes"
        ])
    }

    @Test func siteYmlMissing() throws {
        let site = try TestSite([:])
        try site.remove("content/site.yml")
        #expect(site.errors() == ["content/site.yml: error: missing site.yml: create it with at least 'title: Your catalogue name'"])
    }

    // MARK: Motifs

    @Test func motifNameWithoutLetters() throws {
        let site = try TestSite(["content/products/x.md": Self.product("motifs: [\"!!!\"]\n")])
        #expect(site.errors() == ["content/products/x.md:4:10: error: motif name '!!!' has no letters or digits"])
    }

    /// Columns count characters, also in front matter.
    @Test func motifColumnAfterMultibyteCharacters() throws {
        let site = try TestSite(["content/products/x.md": Self.product("motifs: [Tenun \u{E9}\u{E9}, \"!!!\"]\n")])
        #expect(site.errors() == ["content/products/x.md:4:20: error: motif name '!!!' has no letters or digits"])
    }

    @Test func motifListedTwice() throws {
        let site = try TestSite(["content/products/x.md": Self.product("motifs: [Gorga, gorga]\n")])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/products/x.md:4:17: warning: motif 'gorga' is listed twice on this product"
        ])
        #expect(report.succeeded)
    }

    @Test func motifDescriptionNoProductUses() throws {
        let site = try TestSite(["content/motifs/kawung.md": "---\nname: Kawung\norigin: Yogyakarta\n---\nMotif kawung.\n"])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/motifs/kawung.md: warning: no product names the motif 'Kawung'; its page lists no products"
        ])
        #expect(report.succeeded)
        #expect(site.output("motifs/kawung/index.html")?.contains("Motif kawung.") == true)
    }

    @Test func motifDescriptionNameDoesNotMatchFile() throws {
        let site = try TestSite(["content/motifs/gorga.md": "---\nname: Gorga Batak\n---\nMotif gorga.\n"])
        #expect(site.check() == [
            "content/motifs/gorga.md:2:7: warning: motif name 'Gorga Batak' would be written 'gorga-batak' in a link, "
                + "but this file is gorga.md; products name motifs by the file's slug"
        ])
    }

    // MARK: Photos

    @Test(arguments: [
        ("https://x/y.jpg", "photo 'https://x/y.jpg' is a URL; copy the file into the product's folder and write its file name"),
        ("//x/y.jpg", "photo '//x/y.jpg' is a URL; copy the file into the product's folder and write its file name"),
        ("../x.jpg", "photo '../x.jpg' must be a bare file name without folders, like kain-1.jpg"),
        ("a/b.jpg", "photo 'a/b.jpg' must be a bare file name without folders, like kain-1.jpg"),
        ("a\\b.jpg", "photo 'a\\b.jpg' must be a bare file name without folders, like kain-1.jpg"),
        (".hidden.jpg", "photo '.hidden.jpg' is not a usable file name"),
        ("kain-1.jpg", "photo 'kain-1.jpg' not found: put it in products/x/ or images/"),
    ])
    func badPhotoName(value: String, message: String) throws {
        let site = try TestSite(["content/products/x.md": Self.product("photos:\n  - \(value)\n")])
        #expect(site.errors() == ["content/products/x.md:5:5: error: \(message)"])
    }

    @Test(arguments: ["content/products/x/kain-1.jpg", "content/images/kain-1.jpg"])
    func photoNotAnImage(path: String) throws {
        let site = try TestSite([
            "content/products/x.md": Self.product("photos: [kain-1.jpg]\n"),
            path: "bukan gambar, hanya teks\n",
        ])
        #expect(site.errors() == ["content/products/x.md:4:10: error: photo 'kain-1.jpg' is not a JPEG, PNG or WebP image"])
    }

    @Test func validPhotoIsPublished() throws {
        let site = try TestSite(["content/products/x.md": Self.product("photos: [kain-1.png]\n")])
        try site.write("content/products/x/kain-1.png", Self.png)
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
        #expect(site.tree()["products/x/kain-1.png"] == Self.png)
    }

    @Test func photoListedTwice() throws {
        let site = try TestSite(["content/products/x.md": Self.product("photos: [kain-1.png, kain-1.png]\n")])
        try site.write("content/products/x/kain-1.png", Self.png)
        #expect(site.check() == ["content/products/x.md:4:22: warning: photo 'kain-1.png' is listed twice"])
    }

    @Test func photoInFolderNotListed() throws {
        let site = try TestSite(["content/products/x.md": Self.product("photos: [kain-1.png]\n")])
        try site.write("content/products/x/kain-1.png", Self.png)
        try site.write("content/products/x/kain-2.png", Self.png)
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/products/x/kain-2.png: warning: photo is not listed in the sheet's 'photos' and is not published"
        ])
        #expect(report.succeeded)
        #expect(site.tree()["products/x/kain-2.png"] == nil)
    }

    @Test func photoFolderWithoutProductSheet() throws {
        let site = try TestSite([:])
        try site.write("content/products/lama/kain.png", Self.png)
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/products/lama: warning: photo folder has no product sheet products/lama.md; not published"
        ])
        #expect(report.succeeded)
    }

    // MARK: Bodies

    @Test(arguments: [
        ("<script>alert(1)</script>\n", [
            "content/products/x.md:5:1: warning: raw HTML is not allowed and was removed: <script>alert(1)</script>"
        ]),
        ("Kain <b>tebal</b>.\n", [
            "content/products/x.md:5:6: warning: raw HTML is not allowed and was removed: <b>",
            "content/products/x.md:5:14: warning: raw HTML is not allowed and was removed: </b>",
        ]),
        ("Paragraf.\n\nLihat [x](javascript:alert(1)).\n", [
            "content/products/x.md:7:7: warning: link to 'javascript:alert(1)' was removed: only http, https, "
                + "mailto, tel and relative links are allowed"
        ]),
        ("![foto](data:image/png;base64,AAAA)\n", [
            "content/products/x.md:5:1: warning: image to 'data:image/png;base64,AAAA' was removed: only http, "
                + "https, mailto, tel and relative links are allowed"
        ]),
    ])
    func bodyWarning(body: String, expected: [String]) throws {
        let site = try TestSite(["content/products/x.md": Self.product(body: body)])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == expected)
        #expect(report.succeeded)
        #expect(site.output("products/x/index.html")?.contains("alert(1)") == false)
    }

    @Test func autolinkWithScriptScheme() throws {
        let site = try TestSite(["content/products/x.md": Self.product(body: "Lihat <javascript:alert(1)>.\n")])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/products/x.md:5:7: warning: link to 'javascript:alert(1)' was removed: only http, https, "
                + "mailto, tel and relative links are allowed"
        ])
        #expect(site.output("products/x/index.html")?.contains("href=\"javascript") == false)
    }

    @Test(arguments: [
        ("Paragraf.\n\nLihat [x](product:nope).\n", "content/products/x.md:7:7: error: link to unknown product 'nope': there is no file products/nope.md"),
        ("Lihat [x](product:kain-gorgo).\n", "content/products/x.md:5:7: error: link to unknown product 'kain-gorgo': there is no file products/kain-gorgo.md; did you mean 'product:kain-gorga'?"),
        ("Lihat [x](producer:sinr).\n", "content/products/x.md:5:7: error: link to unknown producer 'sinr': there is no file producers/sinr.md; did you mean 'producer:sinar'?"),
        ("Lihat [x](cluster:sumutt).\n", "content/products/x.md:5:7: error: link to unknown cluster 'sumutt': there is no file clusters/sumutt.md; did you mean 'cluster:sumut'?"),
        ("Lihat [x](motif:gorgo).\n", "content/products/x.md:5:7: error: link to unknown motif 'gorgo': no product names this motif; did you mean 'motif:gorga'?"),
        ("Kain \u{E9} \u{E9} [x](product:nope)\n", "content/products/x.md:5:10: error: link to unknown product 'nope': there is no file products/nope.md"),
        ("Kain \u{1F600} [x](product:nope)\n", "content/products/x.md:5:8: error: link to unknown product 'nope': there is no file products/nope.md"),
    ])
    func bodyLinkToUnknownEntry(body: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": Self.product(body: body)])
        #expect(site.check() == [expected])
    }

    @Test func bodyLinksToExistingEntries() throws {
        let site = try TestSite([
            "content/products/x.md": Self.product(
                body: "[a](product:kain-gorga) [b](motif:gorga) [c](producer:sinar) [d](cluster:sumut) "
                    + "[e](product:kain-gorga#foto) [f](https://batik.example.id) [g](mailto:a@b.co) [h](tel:+6281234567890)\n")
        ])
        #expect(site.check() == [])
    }

    @Test func bodyProblemsInEveryKindOfFile() throws {
        let site = try TestSite([
            "content/clusters/sumut.md": "---\nname: Klaster Batik Sumut\nprovince: Sumatera Utara\n---\n[a](product:nope)\n",
            "content/producers/sinar.md": "---\nname: Rumah Batik Sinar\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n\n<i>x</i>\n",
            "content/motifs/gorga.md": "---\nname: Gorga\n---\n[b](page:nope)\n",
            "content/pages/tentang.md": "---\nname: Tentang\n---\n[c](javascript:x)\n",
        ])
        #expect(site.check() == [
            "content/clusters/sumut.md:5:1: error: link to unknown product 'nope': there is no file products/nope.md",
            "content/motifs/gorga.md:4:1: error: link to unknown page 'nope': there is no file pages/nope.md",
            "content/pages/tentang.md:4:1: warning: link to 'javascript:x' was removed: only http, https, mailto, tel "
                + "and relative links are allowed",
            "content/producers/sinar.md:7:1: warning: raw HTML is not allowed and was removed: <i>",
            "content/producers/sinar.md:7:5: warning: raw HTML is not allowed and was removed: </i>",
        ])
    }

    // MARK: Files

    @Test func invalidUTF8() throws {
        let site = try TestSite([:])
        var bytes = Data("---\nname: Kain Uji\nproducer: sinar\n---\nKain ".utf8)
        bytes += Data([0xFF]) + Data(" tebal\nbaris \u{E9} ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        try site.write("content/products/x.md", bytes)
        #expect(site.errors() == [
            "content/products/x.md:5:6: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)",
            "content/products/x.md:6:9: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)",
        ])
    }

    /// CRLF and lone-CR line endings count as one line each, also in files that are not UTF-8.
    @Test(arguments: ["\r\n", "\r"])
    func invalidUTF8AfterOtherLineEndings(newline: String) throws {
        let site = try TestSite([:])
        let lines = ["---", "name: Kain Uji", "producer: sinar", "---", "Kain "].joined(separator: newline)
        try site.write("content/products/x.md", Data(lines.utf8) + Data([0xFF]) + Data(newline.utf8))
        #expect(site.errors() == [
            "content/products/x.md:5:6: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)"
        ])
    }

    @Test func invalidUTF8InSiteConfig() throws {
        let site = try TestSite([:])
        try site.write("content/site.yml", Data("title: Katalog ".utf8) + Data([0xC0, 0xAF]) + Data("\n".utf8))
        #expect(site.errors() == [
            "content/site.yml:1:16: error: invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)"
        ])
    }

    @Test func byteOrderMarkAndCRLFAccepted() throws {
        let site = try TestSite([
            "content/site.yml": "\u{FEFF}title: Katalog Uji\r\nlanguage: en\r\n",
            "content/products/x.md": "\u{FEFF}---\r\nname: Kain Uji\r\nproducer: sinar\r\nprice: 450000\r\n---\r\nKain tulis.\r\n\r\nBaris dua.\r\n",
        ])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
        #expect(site.output("products/x/index.html")?.contains("Kain Uji") == true)
    }

    @Test func lineNumbersAfterCRLFLines() throws {
        let site = try TestSite([
            "content/products/x.md": "\u{FEFF}---\r\nname: Kain Uji\r\nproducer: sinar\r\nprice: murah\r\n---\r\n"
                + "Kain tulis.\r\n\r\nLihat [x](product:nope).\r\n"
        ])
        #expect(site.errors() == [
            "content/products/x.md:4:8: error: price 'murah' is not a number; write whole rupiah, like price: 450000, or leave price out",
            "content/products/x.md:8:7: error: link to unknown product 'nope': there is no file products/nope.md",
        ])
    }

    @Test func byteOrderMarkDoesNotShiftFirstLineColumn() throws {
        let site = try TestSite(["content/site.yml": "\u{FEFF}title: Katalog: Uji\n"])
        #expect(site.errors() == [
            "content/site.yml:1:15: error: invalid YAML: mapping values are not allowed in this context; "
                + "if a value contains ': ', put it in double quotes"
        ])
    }

    /// A control character pasted into front matter is reported where it is, not at the first line.
    @Test func controlCharacterInFrontMatter() throws {
        let site = try TestSite(["content/products/x.md": Self.product("material: Katun\nprice: 45\u{0B}0000\n")])
        #expect(site.errors() == ["content/products/x.md:5:10: error: invalid YAML: control characters are not allowed; delete the invisible character (it often comes from copying text out of a document)"])
    }

    @Test func symlinkOutsideContent() throws {
        let site = try TestSite(["outside.md": Self.product()])
        try FileManager.default.createSymbolicLink(
            atPath: site.path("content/products/link.md"), withDestinationPath: site.path("outside.md"))
        let target = Self.realPath(site.path("outside.md"))
        #expect(site.errors() == [
            "content/products/link.md: error: symbolic link points outside the content folder (to \(target)); copy the file in instead"
        ])
    }

    @Test func symlinkToNothing() throws {
        let site = try TestSite([:])
        try FileManager.default.createSymbolicLink(
            atPath: site.path("content/products/link.md"), withDestinationPath: site.path("missing.md"))
        #expect(site.errors() == ["content/products/link.md: error: symbolic link points to nothing"])
    }

    @Test func symlinkInsideContentIsFollowed() throws {
        let site = try TestSite(["content/products/asli.md": Self.product()])
        try FileManager.default.createSymbolicLink(atPath: site.path("content/products/salin.md"), withDestinationPath: "asli.md")
        #expect(site.check() == [])
    }

    @Test func hiddenAndBackupFilesIgnored() throws {
        let site = try TestSite([
            "content/products/.draft.md": "rusak",
            "content/products/x.md~": "rusak",
            "content/products/#x.md#": "rusak",
            "content/products/x.md.swp": "rusak",
            "content/.DS_Store": "rusak",
            "content/Thumbs.db": "rusak",
            "content/.git/config": "rusak",
        ])
        #expect(site.check() == [])
    }

    @Test func strayFilesWarn() throws {
        let site = try TestSite([
            "content/notes.txt": "catatan",
            "content/clusters/readme.txt": "baca",
        ])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/clusters/readme.txt: warning: 'readme.txt' is not a .md file and is ignored",
            "content/notes.txt: warning: 'notes.txt' is not part of the catalogue and is ignored (expected site.yml, "
                + "clusters/, producers/, products/, motifs/, pages/ or images/)",
        ])
        #expect(report.succeeded)
    }

    @Test func strayFoldersWarn() throws {
        let site = try TestSite([
            "content/clusters/lama/x.md": "x",
            "content/images/album/a.png": "x",
            "content/products/x/sub/a.png": "x",
            "content/products/x.md": Self.product(),
        ])
        #expect(site.warnings() == [
            "content/clusters/lama: warning: folders inside clusters/ are not used; ignored",
            "content/images/album: warning: folders inside images/ are not used; ignored",
            "content/products/x/sub: warning: folders inside a product's photo folder are not used; ignored",
        ])
    }

    // MARK: Everything at once

    @Test func everyProblemInEveryFileInOneRun() throws {
        let site = try TestSite([
            "content/producers/a.md": Self.producer("phone: 0812\n"),
            "content/products/a.md": "---\nproducer: sinar\n---\n",
            "content/products/b.md": Self.product("price: murah\ntechnique: tullis\nstok: 5\n", body: "[x](product:nope)\n"),
            "content/pages/tentang.md": "---\ntitle: Tentang\n---\n",
        ])
        #expect(site.check() == [
            "content/pages/tentang.md:1:1: error: missing required field 'name'",
            "content/pages/tentang.md:2:1: warning: unknown field 'title' is ignored; known fields: name",
            "content/producers/a.md:4:8: error: phone number '0812' has 3 digits after the 0 or +62; an Indonesian number has 7 to 12",
            "content/products/a.md:1:1: error: missing required field 'name'",
            "content/products/b.md:4:8: error: price 'murah' is not a number; write whole rupiah, like price: 450000, or leave price out",
            "content/products/b.md:5:12: error: unknown technique 'tullis'; did you mean 'tulis'? (one of: tulis, cap, kombinasi, printing, ecoprint)",
            "content/products/b.md:6:1: warning: unknown field 'stok' is ignored; known fields: name, producer, "
                + "motifs, technique, material, size, price, colors, photos, available, featured",
            "content/products/b.md:8:1: error: link to unknown product 'nope': there is no file products/nope.md",
        ])
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.files == 0)
        #expect(site.output("index.html") == nil)
    }

    // MARK: Size

    @Test func bodyJustUnderOneMiBBuilds() throws {
        let paragraph = "Kain tulis bermotif gorga dari Sumatera Utara, dikerjakan dengan tangan.\n\n"
        let body = String(repeating: paragraph, count: 1_040_000 / paragraph.utf8.count)
        let text = Self.product(body: body)
        #expect(text.utf8.count > 1_000_000 && text.utf8.count <= 1 << 20)
        let site = try TestSite(["content/products/besar.md": text])
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
        #expect(site.output("products/besar/index.html")?.contains("dikerjakan dengan tangan") == true)
    }
}
