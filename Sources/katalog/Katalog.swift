import ArgumentParser
import Foundation
import KatalogBuild
import KatalogContent
import KatalogRender

@main
struct Katalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a static catalogue web site from Markdown files written by batik producers.",
        version: KatalogVersion.current,
        subcommands: [Build.self, Check.self]
    )
}

/// Options shared by build and check.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content: String = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The theme folder overriding the built-in theme file by file (default: templates, if it exists).",
            valueName: "dir"))
    var templates: String?
}

extension LinkStyle: ExpressibleByArgument {}

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

    func run() throws {
        let options = BuildOptions(
            content: source.content, templates: source.templates, output: output, baseURL: baseURL, links: links,
            force: force, timings: ProcessInfo.processInfo.environment["KATALOG_TIMINGS"] == "1")
        let progress = Progress()
        let report = Builder.build(options, progress: progress.show)
        progress.finish()
        Output.print(report.diagnostics)
        if !report.succeeded {
            Output.stderr(report.summary)
            throw ExitCode.failure
        }
        let warnings = report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings"
        let time = String(format: "%.2f", report.seconds)
        if report.upToDate {
            print("\(output) is up to date (\(report.pages) pages, nothing changed) in \(time) s, \(warnings)")
        } else {
            let kept = report.unchanged > 0 ? ", \(report.unchanged) unchanged" : ""
            print("built \(report.pages) pages (\(report.files) files\(kept)) into \(output) in \(time) s, \(warnings)")
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate content and templates; write nothing.")

    @OptionGroup var source: SourceOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let report = Builder.check(BuildOptions(content: source.content, templates: source.templates))
        Output.print(report.diagnostics)
        Output.stderr(report.summary)
        if !report.succeeded || (strict && report.warningCount > 0) { throw ExitCode.failure }
    }
}

enum Output {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { stderr(diagnostic.description) }
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// What the build is doing, on one terminal line, once it has taken more than a second; nothing
/// when standard error is not a terminal. Called from several threads while pages render.
final class Progress: @unchecked Sendable {
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = false

    func show(_ stage: String) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        lock.withLock {
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(stage)…".utf8))
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
