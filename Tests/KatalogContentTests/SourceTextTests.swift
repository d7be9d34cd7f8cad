import Testing

@testable import KatalogContent

@Suite struct SourceTextTests {
    func decode(_ bytes: [UInt8], path: String = "content/products/a.md") -> (String?, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let source = SourceText.decode(bytes, path: path, into: &diagnostics)
        return (source?.text, diagnostics.items)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("\u{FEFF}---\nname: A\n", "---\nname: A\n"),
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb", "a\nb"),
        ("a\r", "a\n"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("Sékar\r\nJagad", "Sékar\nJagad"),
        ("", ""),
    ])
    func decodesValidText(_ input: String, _ expected: String) {
        let (text, diagnostics) = decode(Array(input.utf8))
        #expect(text == expected)
        #expect(diagnostics.isEmpty)
    }

    @Test func byteOrderMarkIsStrippedOnlyOnce() {
        let (text, _) = decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("x".utf8))
        #expect(text == "\u{FEFF}x")
    }

    @Test func invalidByteIsReportedAtLineAndColumn() {
        let (text, diagnostics) = decode(Array("ab\ncd".utf8) + [0xFF] + Array("e\n".utf8))
        #expect(text == nil)
        #expect(
            diagnostics == [.error(SourceLocation(path: "content/products/a.md", line: 2, column: 3), .invalidUTF8)])
    }

    @Test func columnsCountCharactersNotBytes() {
        let (_, diagnostics) = decode(Array("Sékar ".utf8) + [0xC0] + Array("\n".utf8))
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "content/products/a.md", line: 1, column: 7)])
    }

    @Test func columnsAfterByteOrderMarkStartAtOne() {
        let (_, diagnostics) = decode([0xEF, 0xBB, 0xBF, 0xFE])
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "content/products/a.md", line: 1, column: 1)])
    }

    @Test func crlfLinesCountOnce() {
        let (_, diagnostics) = decode(Array("a\r\nb\r\nc".utf8) + [0xFF])
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "content/products/a.md", line: 3, column: 2)])
    }

    /// A lone CR is a line break in the decoded text, so the report must count it as one too.
    @Test func loneCRCountsAsLineBreak() {
        let (_, diagnostics) = decode(Array("a\rb".utf8) + [0xFF])
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "content/products/a.md", line: 2, column: 2)])
    }

    @Test func oneReportPerLine() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("ok\n".utf8) + [0x41, 0xFF] + Array("\nfine\n".utf8) + [0xC3, 0x28]
        let (text, diagnostics) = decode(bytes)
        #expect(text == nil)
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(path: "content/products/a.md", line: 1, column: 1),
                SourceLocation(path: "content/products/a.md", line: 2, column: 2),
                SourceLocation(path: "content/products/a.md", line: 4, column: 1),
            ])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.reason == .invalidUTF8 })
    }

    @Test func atMostTenReports() {
        var bytes: [UInt8] = []
        for _ in 0..<15 { bytes += [0xFF, 0x0A] }
        let (text, diagnostics) = decode(bytes)
        #expect(text == nil)
        #expect(diagnostics.map(\.location.line) == Array(1...10))
    }

    @Test func truncatedSequenceAtEnd() {
        let (text, diagnostics) = decode(Array("abc".utf8) + [0xE2, 0x82])
        #expect(text == nil)
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "content/products/a.md", line: 1, column: 4)])
    }
}
