import Foundation
import KatalogBuild
import KatalogContent
import Testing

/// Bad front matter (stages 2 and 3: split and YAML): fences, limits, YAML syntax, shape, required
/// and unknown fields.
///
/// Every test asserts the exact line a catalogue author reads: file, line and column (1-based,
/// columns in characters), severity and message.
@Suite struct FrontMatterBadInputTests {
    @Test func missingOpeningFence() throws {
        let site = try TestSite(["content/products/x.md": "name: Kain Uji\nproducer: sinar\n---\nTeks.\n"])
        #expect(
            site.errors() == [
                "content/products/x.md:1:1: error: missing front matter: the file must start with a line '---', "
                    + "then fields like 'name: ...', then '---'"
            ])
    }

    @Test func emptyFile() throws {
        let site = try TestSite(["content/products/x.md": ""])
        #expect(
            site.errors() == [
                "content/products/x.md:1:1: error: missing front matter: the file must start with a line '---', "
                    + "then fields like 'name: ...', then '---'"
            ])
    }

    @Test func frontMatterNeverClosed() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain Uji\nproducer: sinar\n\nTeks.\n"])
        #expect(
            site.errors() == [
                "content/products/x.md:1:1: error: front matter opened here is never closed: "
                    + "add a line '---' after the last field"
            ])
    }

    @Test func frontMatterOver64KiB() throws {
        // 100-byte comment lines: the 656th ends 65 599 bytes after the opening fence (its newline
        // not counted), the first line end past 64 KiB.
        let line = "# " + String(repeating: "x", count: 97) + "\n"
        let yaml = String(repeating: line, count: 700)
        let site = try TestSite(["content/products/x.md": "---\n" + yaml + "---\nTeks.\n"])
        #expect(
            site.errors() == [
                "content/products/x.md:1:1: error: front matter is larger than 64 KiB (65599 bytes so far); "
                    + "put long text in the body, below the second '---'"
            ])
    }

    @Test func oneMiBFrontMatterValueFailsFast() throws {
        let value = String(repeating: "sutra ", count: 174_763)  // 1 MiB + 2 bytes on one line
        let site = try TestSite(["content/products/x.md": BadInput.product("material: \(value)\n")])
        let started = ContinuousClock.now
        #expect(
            site.errors() == [
                "content/products/x.md: error: file is \(BadInput.product("material: \(value)\n").utf8.count) bytes; "
                    + "at most 1 MiB is allowed: put photos in images/ and keep the text short"
            ])
        // Below the file limit the line limit answers, at the value's line.
        let shorter = String(repeating: "sutra ", count: 100_000)
        try site.write("content/products/x.md", Data(BadInput.product("material: \(shorter)\n").utf8))
        #expect(
            site.errors() == [
                "content/products/x.md:4:1: error: line is 600010 bytes long; at most 16 KiB is allowed: "
                    + "break it into shorter lines"
            ])
        #expect(ContinuousClock.now - started < .seconds(5), "a large value must not take long to refuse")
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
        let site = try TestSite(["content/products/x.md": BadInput.product(extra)])
        #expect(
            site.errors() == [
                "content/products/x.md:\(at): error: front matter is nested more than 16 levels deep; "
                    + "katalog's fields are plain 'key: value' lines and short lists"
            ])
    }

    @Test func yamlNestedWithinTheLimitIsParsed() throws {
        // 15 levels: the depth check lets it through and the field reader says what is wrong.
        let extra = "colors: " + String(repeating: "[", count: 14) + "merah" + String(repeating: "]", count: 14) + "\n"
        let site = try TestSite(["content/products/x.md": BadInput.product(extra)])
        #expect(
            site.errors() == ["content/products/x.md:4:10: error: each item of 'colors' must be text, found a list"])
    }

    @Test func yamlListOver100Items() throws {
        let items = (1...101).map { "w\($0)" }.joined(separator: ", ")
        let site = try TestSite(["content/products/x.md": BadInput.product("colors: [\(items)]\n")])
        #expect(site.errors() == ["content/products/x.md:4:9: error: 'colors' has 101 items; at most 100 are allowed"])
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
        let site = try TestSite(["content/products/x.md": BadInput.product("a: &x 1\nb: *x\n")])
        #expect(
            site.errors() == [
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
        let site = try TestSite(["content/products/x.md": BadInput.product(yaml)])
        #expect(
            site.errors() == [
                "content/products/x.md:4:5: error: YAML anchors and aliases (&name, *name) are not allowed in front "
                    + "matter; write each value out"
            ])
    }

    /// The message points at the repeated key, the one to delete.
    @Test func duplicateKey() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain A\nproducer: sinar\nname: Kain B\n---\n"])
        #expect(
            site.errors() == [
                "content/products/x.md:4:1: error: duplicate key 'name': each field may appear only once"
            ])
    }

    @Test(arguments: [
        ("---\n- name: Kain Uji\n- producer: sinar\n---\n", "content/products/x.md:2:1", "a list"),
        ("---\nKain Uji dari sinar\n---\n", "content/products/x.md:2:1", "a single value"),
    ])
    func frontMatterNotAMapping(text: String, location: String, found: String) throws {
        let site = try TestSite(["content/products/x.md": text])
        #expect(
            site.errors() == [
                "\(location): error: fields must be written as 'key: value' lines, found \(found)"
            ])
    }

    @Test func keyThatIsNotAWord() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("? [a, b]\n: x\n")])
        #expect(site.errors() == ["content/products/x.md:4:3: error: a key must be a plain word like 'name'"])
    }

    /// The wording says "front matter" for site.yml too; matched as it is.
    @Test func siteConfigNotAMapping() throws {
        let site = try TestSite(["content/site.yml": "- title: Katalog Uji\n"])
        #expect(
            site.errors() == ["content/site.yml:1:1: error: fields must be written as 'key: value' lines, found a list"]
        )
    }

    @Test(arguments: [
        ("content/clusters/x.md", "---\nprovince: Jawa Timur\n---\n", "missing required field 'name'"),
        ("content/clusters/x.md", "---\nname: Klaster X\n---\n", "missing required field 'province'"),
        (
            "content/producers/x.md", "---\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n",
            "missing required field 'name'"
        ),
        (
            "content/producers/x.md", "---\nname: Batik X\nwhatsapp: 0812-3456-7890\n---\n",
            "missing required field 'cluster'"
        ),
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
        (
            "name: Kain\nprice: [1, 2]\n",
            "content/products/x.md:3:8: error: 'price' must be a single value, found a list"
        ),
        (
            "name: Kain\nmotifs:\n  a: b\n",
            "content/products/x.md:4:3: error: 'motifs' must be a list like [a, b], found a nested mapping"
        ),
        (
            "name: Kain\navailable: mungkin\n",
            "content/products/x.md:3:12: error: 'available' must be true or false, found 'mungkin'"
        ),
    ])
    func wrongType(lines: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": "---\n" + lines + "producer: sinar\n---\n"])
        #expect(site.errors() == [expected])
    }

    @Test func unknownKeyWithSuggestion() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain Uji\nprodcuer: sinar\n---\n"])
        #expect(
            site.check() == [
                "content/products/x.md:1:1: error: missing required field 'producer'",
                "content/products/x.md:3:1: warning: unknown field 'prodcuer' is ignored; did you mean 'producer'?",
            ])
    }

    @Test func unknownKeyWithoutNearMatch() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("stok: 5\n")])
        #expect(
            site.check() == [
                "content/products/x.md:4:1: warning: unknown field 'stok' is ignored; known fields: name, producer, "
                    + "motifs, technique, material, size, price, colors, photos, available, featured, added"
            ])
    }

    @Test func unknownKeyInSiteConfig() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nlanguag: en\n"])
        #expect(
            site.check() == [
                "content/site.yml:2:1: warning: unknown field 'languag' is ignored; did you mean 'language'?"
            ])
    }

    @Test func siteYAMLError() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog: Uji\n"])
        #expect(
            site.errors() == [
                "content/site.yml:1:15: error: invalid YAML: mapping values are not allowed in this context; "
                    + "if a value contains ': ', put it in double quotes"
            ])
    }

    /// A control character pasted into front matter is reported where it is, not at the first line.
    @Test func controlCharacterInFrontMatter() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("material: Katun\nprice: 45\u{0B}0000\n")])
        #expect(
            site.errors() == [
                "content/products/x.md:5:10: error: invalid YAML: control characters are not allowed; delete the invisible character (it often comes from copying text out of a document)"
            ])
    }
}
