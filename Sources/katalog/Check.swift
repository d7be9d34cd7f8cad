import ArgumentParser
import Foundation
import KatalogBuild

/// `katalog check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate content and templates; write nothing.")

    @OptionGroup var source: SourceOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let report = Builder.check(
            BuildOptions(
                content: source.content, templates: source.templates,
                workingDirectory: FileManager.default.currentDirectoryPath))
        Output.print(report.diagnostics)
        Output.stderr(report.summary)
        if !report.succeeded || (strict && report.warningCount > 0) { throw ExitCode.failure }
    }
}
