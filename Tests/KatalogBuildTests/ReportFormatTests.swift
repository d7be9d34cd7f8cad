import Foundation
import KatalogContent
import Testing

@testable import KatalogBuild

/// The machine-readable formats of a report, value by value (the CLI tests run them through the
/// binary).
@Suite struct ReportFormatTests {
    /// GitHub's runner ends a property value at `,` and the properties at `::`; a line feed would
    /// end the command.
    @Test func githubEscapesWhatTheRunnerReads() {
        let report = Report([
            .error(
                SourceLocation(path: "content/products/a:b,c%.md", line: 2, column: 3),
                .priceNotANumber(value: "5%\r\n0: x,y"))
        ])
        #expect(
            report.githubCommands(in: .en) == [
                "::error file=content/products/a%3Ab%2Cc%25.md,line=2,col=3,title=katalog price-not-a-number::"
                    + "price '5%25%0D%0A0: x,y' is not a number; write whole rupiah, like price: 450000, or leave"
                    + " price out"
            ])
    }

    /// A line without a column keeps its line; a problem without either has neither.
    @Test func githubLeavesOutWhatIsNotKnown() {
        let report = Report([
            .warning(SourceLocation(path: "content/x.txt"), .notPartOfCatalogue(name: "x.txt")),
            .error(SourceLocation(path: "content/site.yml", line: 4), .invalidLanguage(value: "jv")),
        ])
        #expect(
            report.githubCommands(in: .id) == [
                "::error file=content/site.yml,line=4,title=katalog invalid-language::language 'jv' harus id atau en",
                "::warning file=content/x.txt,title=katalog not-part-of-catalogue::'x.txt' bukan bagian dari katalog"
                    + " dan diabaikan (yang dipakai hanya site.yml, clusters/, producers/, products/, motifs/, pages/"
                    + " dan images/)",
            ])
    }

    /// The fingerprint follows the problem (code, path, line, English message), not the language
    /// or the column.
    @Test func gitlabFingerprints() throws {
        func fingerprints(_ diagnostics: [Diagnostic], _ language: Language) throws -> [String] {
            let data = Data(Report(diagnostics).gitlabCodeQuality(in: language).utf8)
            let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            return issues.compactMap { $0["fingerprint"] as? String }
        }
        let price = Diagnostic.error(
            SourceLocation(path: "content/products/a.md", line: 4, column: 8),
            .priceFormatted(value: "450.000", suggestion: 450_000))
        var moved = price
        moved.location.column = 9
        var otherLine = price
        otherLine.location.line = 5
        var otherFile = price
        otherFile.location.path = "content/products/b.md"
        let base = try fingerprints([price], .en)
        #expect(base.count == 1)
        #expect(try fingerprints([price], .id) == base)
        #expect(try fingerprints([moved], .en) == base)
        #expect(try fingerprints([otherLine], .en) != base)
        #expect(try fingerprints([otherFile], .en) != base)
    }
}
