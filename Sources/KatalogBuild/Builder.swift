import Foundation
import KatalogContent
import KatalogRender

/// The build and the check, as a list of named stages. Each stage collects every problem; the
/// site is written only when no stage found an error, so a failed build leaves the previous
/// output as it was.
public enum Builder {
    /// Validates content and templates and renders every page in memory; writes nothing.
    public static func check(_ options: BuildOptions) -> Report {
        let (renderer, prepared) = prepare(options)
        var diagnostics = prepared
        diagnostics.append(contentsOf: bodyProblems(renderer))
        return Report(diagnostics)
    }

    /// Renders every page without writing, for the problems found in bodies.
    static func bodyProblems(_ renderer: SiteRenderer) -> [Diagnostic] {
        let problems = renderer.pages().parallelMap { renderer.render($0).diagnostics }.flatMap { $0 }
        timings.lap("render")
        return problems
    }

    /// Builds the site into `options.output`, atomically: pages are rendered on every core and
    /// streamed into a staging folder beside the output, which replaces the output only when the
    /// whole build succeeded. The rendered site is never held in memory.
    public static func build(_ options: BuildOptions, progress: ((String) -> Void)? = nil) -> Report {
        let started = DispatchTime.now()
        progress?("reading content")
        let (renderer, prepared) = prepare(options, progress: progress)
        var diagnostics = prepared
        guard !diagnostics.hasErrors else {
            // Still report the bodies' problems: every problem in one run.
            diagnostics.append(contentsOf: bodyProblems(renderer))
            return Report(diagnostics)
        }

        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: options.output, protecting: protectedFolders(options), force: options.force)
            try writer.begin()
        } catch {
            diagnostics.error(SourceLocation(path: options.output), message(error))
            return Report(diagnostics)
        }

        progress?("rendering pages")
        let pages = renderer.pages()
        let paths = pages.map { renderer.path(of: $0) }
        let others = renderer.otherFiles(pagePaths: paths)
        var failure: String?
        do {
            try writer.makeDirectories(for: paths + others.map(\.path))
            timings.lap("make folders")
        } catch {
            failure = message(error)
        }
        if failure == nil {
            let results = zip(pages, paths).map { $0 }.parallelMap { page, path -> ([Diagnostic], String?) in
                let (html, problems) = renderer.render(page)
                // A page with an error fails the build: no need to write it.
                guard !problems.contains(where: { $0.severity == .error }) else { return (problems, nil) }
                do {
                    try writer.write(OutputFile(path: path, content: .bytes(html)))
                    return (problems, nil)
                } catch {
                    return (problems, message(error))
                }
            }
            for (problems, writeFailure) in results {
                diagnostics.append(contentsOf: problems)
                failure = failure ?? writeFailure
            }
            timings.lap("render and write pages")
        }
        if failure == nil, !diagnostics.hasErrors {
            do {
                for file in others { try writer.write(file) }
                try writer.commit()
                timings.lap("photos, assets, swap")
            } catch {
                failure = message(error)
            }
        }
        if let failure { diagnostics.error(SourceLocation(path: options.output), failure) }
        guard !diagnostics.hasErrors else {
            writer.abort()
            return Report(diagnostics)
        }
        var report = Report(diagnostics)
        report.files = paths.count + others.count
        report.pages = paths.count
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return report
    }

    static func message(_ error: Error) -> String {
        (error as? OutputWriter.Failure)?.message ?? "cannot write the site: \(error)"
    }

    static func protectedFolders(_ options: BuildOptions) -> [(String, String)] {
        var folders = [(options.content, "content")]
        let templates = options.templatesFolder
        if FileManager.default.fileExists(atPath: templates.path) { folders.append((templates.path, "templates")) }
        return folders
    }

    /// `KATALOG_TIMINGS=1` prints how long each stage took, for profiling.
    static let timings = Stopwatch(enabled: ProcessInfo.processInfo.environment["KATALOG_TIMINGS"] == "1")

    /// load → resolve, collecting every problem; returns the renderer for the checked catalogue.
    /// With a broken theme it still returns one, with the built-in theme, so that the problems of
    /// the bodies are reported in the same run (a build with errors writes nothing anyway).
    static func prepare(_ options: BuildOptions, progress: ((String) -> Void)? = nil) -> (SiteRenderer, Diagnostics) {
        var diagnostics = Diagnostics()
        timings.start()
        var content = ContentLoader(root: options.content).load()
        timings.lap("load")
        diagnostics.append(contentsOf: content.diagnostics.items)
        if let raw = options.baseURL, content.site != nil {
            var problems = Diagnostics()
            content.site?.baseURL = SiteConfig.checkBaseURL(raw, at: SourceLocation(path: "--base-url"), into: &problems)
            diagnostics.append(contentsOf: problems.items)
        }

        let templates = options.templatesFolder
        let (loadedTheme, themeProblems) = Theme.load(folder: templates.path, required: templates.required)
        diagnostics.append(contentsOf: themeProblems.items)

        progress?("checking references")
        let (catalog, resolveProblems) = Catalog.resolve(content)
        diagnostics.append(contentsOf: resolveProblems.items)
        timings.lap("theme and resolve")
        let theme = loadedTheme ?? Theme.load(folder: nil, required: false).0!
        return (SiteRenderer(catalog: catalog, theme: theme, style: options.links), diagnostics)
    }
}

/// Wall time per stage, printed to stderr when enabled.
final class Stopwatch: @unchecked Sendable {
    let enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    func start() { last = DispatchTime.now() }

    func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("katalog: \(stage) \(String(format: "%.0f", ms)) ms\n".utf8))
        last = now
    }
}
