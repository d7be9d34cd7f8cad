import ArgumentParser
import Foundation
import KatalogBuild
import KatalogContent
import KatalogRender

/// `katalog build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder, atomically.")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String = "public"

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("The site's absolute URL; overrides base_url in site.yml.", valueName: "url"))
    var baseURL: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "dirs: links end in a folder (for web hosts); files: links end in index.html (also works from disk)."))
    var links: LinkStyle = .dirs

    @Flag(name: .long, help: "Replace an existing output folder that katalog did not create.")
    var force = false

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("The messages' language (default: language in site.yml, else id).", valueName: "id|en"))
    var language: Language?

    func run() throws {
        let options = BuildOptions(
            content: source.content, templates: source.templates, output: output, baseURL: baseURL, links: links,
            force: force, workingDirectory: FileManager.default.currentDirectoryPath,
            timings: ProcessInfo.processInfo.environment["KATALOG_TIMINGS"] == "1")
        let progress = Progress()
        let report = Builder.build(options, progress: progress.show)
        progress.finish()
        let language = self.language ?? report.language
        Output.print(report.diagnostics, in: language)
        if !report.succeeded {
            Output.stderr(report.summary(in: language))
            throw ExitCode.failure
        }
        let warnings = report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings"
        let time = String(format: "%.2f", report.seconds)
        if report.upToDate {
            print("\(output) is up to date (\(report.pages) pages, nothing changed) in \(time) s, \(warnings)")
        } else {
            let kept = report.unchanged > 0 ? ", \(report.unchanged) unchanged" : ""
            let encoded = report.photosEncoded > 0 ? ", \(report.photosEncoded) photo files encoded" : ""
            let bare =
                switch report.productsWithoutPhoto {
                case 0: ""
                case 1: "; 1 product has no photo yet"
                case let n: "; \(n) products have no photo yet"
                }
            print(
                "built \(report.pages) pages (\(report.files) files\(kept)\(encoded)) into \(output) in \(time) s,"
                    + " \(warnings)\(bare)")
            for note in report.notes { print("note: " + note) }
        }
    }
}
