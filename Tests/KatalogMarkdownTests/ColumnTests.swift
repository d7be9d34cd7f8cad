import Testing

@testable import KatalogMarkdown

@Suite struct ColumnTests {
    @Test func columnsCountCharactersAfterMultiByteText() {
        // "Kain ñ é " is 9 characters but 11 bytes.
        let result = Markdown.render("Kain \u{F1} \u{E9} <b>x</b>")
        #expect(result.issues.map(\.line) == [1, 1])
        #expect(result.issues.map(\.column) == [10, 14])
    }

    @Test func columnsOnLaterLines() {
        let result = Markdown.render("Baris satu \u{2713}\nBatik \u{65E5}\u{672C} [x](javascript:y)\n")
        #expect(result.issues.map(\.line) == [2])
        #expect(result.issues.map(\.column) == [10])
    }

    @Test func columnsAfterEmoji() {
        // U+1F9F5 is one character (4 bytes).
        let result = Markdown.render("\u{1F9F5} <i>x</i>")
        #expect(result.issues.map(\.column) == [3, 7])
    }

    @Test func linesFollowBlankedFrontMatter() {
        let result = Markdown.render("\n\n\n\n\u{C9} <u>x</u>")
        #expect(result.issues.map(\.line) == [5, 5])
        #expect(result.issues.map(\.column) == [3, 7])
    }

    @Test func imageColumnAfterMultiByteText() {
        let result = Markdown.render("Motif \u{E9}\u{E9}\u{E9} ![a](vbscript:x)")
        #expect(result.issues.map(\.column) == [11])
    }

    @Test func lineIndexTurnsByteColumnsIntoCharacterColumns() {
        let index = LineIndex("ab\n\u{F1}\u{E9} x\n")
        #expect(index.characterColumn(line: 1, byteColumn: 3) == 3)
        #expect(index.characterColumn(line: 2, byteColumn: 1) == 1)
        #expect(index.characterColumn(line: 2, byteColumn: 6) == 4)
        #expect(index.characterColumn(line: 2, byteColumn: 7) == 5)
    }
}
