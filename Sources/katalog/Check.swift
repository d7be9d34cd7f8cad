import ArgumentParser
import Foundation
import KatalogBuild
import KatalogContent

/// `katalog check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate content and templates; write nothing.",
        discussion: """
            With files, checks each file as if it were in the catalogue (a sheet a producer sent): \
            its kind from its folder's name (products/, producers/, ...) or --as, its slug from its \
            name; it replaces the catalogue's file of that slug, every reference is resolved against \
            the catalogue, and only the problems in the given files are reported.
            """)

    @OptionGroup var source: SourceOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "text: lines for people; json: one document; github: workflow commands; gitlab: a Code Quality report."))
    var format: ReportFormat = .text

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("The messages' language (default: language in site.yml, else id).", valueName: "id|en"))
    var language: Language?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp("The kind of a file given outside a kind folder.", valueName: "kind"))
    var kind = SentKind(.product)

    @Argument(
        help: ArgumentHelp("Files to check against the catalogue, instead of the whole catalogue.", valueName: "file"))
    var files: [String] = []

    /// A file to check that is not there is a mistake on the command line.
    func validate() throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("file not found: \(file)")
        }
    }

    func run() throws {
        let options = BuildOptions(
            content: source.content, templates: source.templates,
            workingDirectory: FileManager.default.currentDirectoryPath)
        let report =
            files.isEmpty ? Builder.check(options) : Builder.check(options, files: files, kind: kind.kind)
        Output.print(report, format: format, in: language ?? report.language)
        if !report.succeeded || (strict && report.warningCount > 0) { throw ExitCode.failure }
    }
}
