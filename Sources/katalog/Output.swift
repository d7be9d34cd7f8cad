import Foundation
import KatalogBuild
import KatalogContent

/// What the CLI prints: problems, count lines.
enum Output {
    /// Every problem in `format`, then the count line on standard error.
    static func print(_ report: Report, format: ReportFormat, in language: Language) {
        switch format {
        case .text: print(report.diagnostics, in: language)
        case .json: stdout(report.json(in: language))
        case .github: for command in report.githubCommands(in: language) { stdout(command) }
        case .gitlab: stdout(report.gitlabCodeQuality(in: language))
        }
        stderr(report.summary(in: language))
    }

    /// `path:line:col: error: message` lines on standard error.
    static func print(_ diagnostics: [Diagnostic], in language: Language) {
        for diagnostic in diagnostics { stderr(diagnostic.description(in: language)) }
    }

    static func stdout(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
