import Testing

@testable import KatalogContent

@Suite struct FrontMatterTests {
    /// The 1-based line of `body` on which `needle` starts.
    func line(of needle: String, in body: String) -> Int? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.hasPrefix(needle) }.map { $0 + 1 }
    }

    @Test func splitsAtFences() throws {
        let split = try FrontMatter.split("---\nname: Batik Gorga\nprice: 450000\n---\nKain tenun.\n").get()
        #expect(split.yaml == "name: Batik Gorga\nprice: 450000\n")
        #expect(split.body == "\n\n\n\nKain tenun.\n")
    }

    @Test func bodyKeepsFileLineNumbers() throws {
        let text = "---\nname: A\n\nprice: 1\n---\nfirst\n\nsecond\n"
        let split = try FrontMatter.split(text).get()
        #expect(line(of: "first", in: split.body) == 6)
        #expect(line(of: "second", in: split.body) == 8)
        #expect(line(of: "first", in: text) == 6)
        #expect(
            split.body.split(separator: "\n", omittingEmptySubsequences: false).count
                == text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// A body keeps its Markdown as written below the front matter, for `catalogue.json`: without
    /// the blanked front matter, leading blank lines or trailing white space; the first line keeps
    /// its indentation (an indented code block).
    @Test(arguments: [
        ("Kain *tulis*.\n", "Kain *tulis*."),
        ("\n  \n\tKain [Sinar](producer:sinar)\n\n    kode\n\n \n", "\tKain [Sinar](producer:sinar)\n\n    kode"),
        ("    kode\n", "    kode"),
        ("\n\n", ""),
        ("", ""),
        ("Sékar </script> \u{2028}", "Sékar </script> \u{2028}"),
    ])
    func bodyKeepsItsMarkdown(_ below: String, _ markdown: String) throws {
        let text = "---\nname: Kain\nproducer: sinar\n---\n" + below
        guard case .product(let product)? = Entry.decode(kind: .product, slug: "kain", path: "p.md", text: text).entry
        else { throw FrontMatter.SplitError.missingOpeningFence }
        #expect(product.body.markdown == markdown)
    }

    @Test func emptyFrontMatter() throws {
        let split = try FrontMatter.split("---\n---\nBody").get()
        #expect(split.yaml == "")
        #expect(split.body == "\n\nBody")
    }

    @Test func closingFenceAtEndOfFileWithoutNewline() throws {
        let split = try FrontMatter.split("---\nname: A\n---").get()
        #expect(split.yaml == "name: A\n")
        #expect(split.body == "\n\n\n")
    }

    @Test(arguments: ["--- ", "---\t", "---  \t ", "---"])
    func fenceMayHaveTrailingSpaces(_ fence: String) throws {
        let split = try FrontMatter.split("\(fence)\nname: A\n\(fence)\nBody\n").get()
        #expect(split.yaml == "name: A\n")
        #expect(split.body == "\n\n\nBody\n")
    }

    @Test(arguments: [
        ("---", true), ("--- ", true), ("---\t", true), ("----", false), (" ---", false),
        ("--", false), ("---a", false), ("--- #", false), ("", false),
    ])
    func isFence(_ line: String, _ expected: Bool) {
        #expect(FrontMatter.isFence(line) == expected)
    }

    @Test func fourDashesDoNotOpen() {
        #expect(FrontMatter.split("----\nname: A\n---\nBody\n") == .failure(.missingOpeningFence))
    }

    @Test func fourDashesDoNotClose() {
        #expect(FrontMatter.split("---\nname: A\n----\nBody\n") == .failure(.missingClosingFence))
    }

    @Test(arguments: ["name: A\n---\nBody\n", "", "\n---\nname: A\n---\n", " ---\nname: A\n---\n", "# Title\n"])
    func missingOpeningFence(_ text: String) {
        #expect(FrontMatter.split(text) == .failure(.missingOpeningFence))
    }

    @Test(arguments: ["---\nname: A\n", "---\n", "---", "---\nname: A\nBody text\n"])
    func missingClosingFence(_ text: String) {
        #expect(FrontMatter.split(text) == .failure(.missingClosingFence))
    }

    @Test func dashesInBodyAfterCloseAreBody() throws {
        let split = try FrontMatter.split("---\na: 1\n---\ntext\n---\nmore\n---\n").get()
        #expect(split.yaml == "a: 1\n")
        #expect(split.body == "\n\n\ntext\n---\nmore\n---\n")
    }

    @Test func tooLarge() {
        let big = String(repeating: "x", count: Limits.frontMatterBytes + 1)
        #expect(
            FrontMatter.split("---\n\(big)\n---\nBody\n") == .failure(.tooLarge(bytes: Limits.frontMatterBytes + 1)))
    }

    @Test func tooLargeWithoutClosingFenceIsTooLarge() {
        let line = String(repeating: "y", count: 1000) + "\n"
        let text = "---\n" + String(repeating: line, count: 1100)
        // The 66th line is the first to end past 64 KiB: 66 × 1001 bytes, less its newline.
        #expect(FrontMatter.split(text) == .failure(.tooLarge(bytes: 66 * 1001 - 1)))
    }

    @Test func exactlyMaximumSizeIsAccepted() throws {
        let yaml = String(repeating: "x", count: Limits.frontMatterBytes - 1) + "\n"
        let split = try FrontMatter.split("---\n\(yaml)---\n").get()
        #expect(split.yaml.utf8.count == Limits.frontMatterBytes)
    }

    @Test func largeBodyIsNotLimited() throws {
        let body = String(repeating: "Kain batik tulis.\n", count: 100_000)
        let split = try FrontMatter.split("---\nname: A\n---\n" + body).get()
        #expect(split.body == "\n\n\n" + body)
    }
}
