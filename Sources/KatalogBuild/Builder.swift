import Foundation
import KatalogContent
import KatalogRender

/// The build and the check, as a list of named stages. Each stage collects every problem; the
/// site is written only when no stage found an error, so a failed build leaves the previous
/// output as it was.
public enum Builder {
    /// Validates content and templates and renders every page in memory; writes nothing.
    public static func check(_ options: BuildOptions) -> Report {
        let (_, diagnostics) = renderSite(options)
        return Report(diagnostics)
    }

    /// Builds the site into `options.output`, atomically.
    public static func build(_ options: BuildOptions, progress: ((String) -> Void)? = nil) -> Report {
        let started = DispatchTime.now()
        progress?("reading content")
        var (files, diagnostics) = renderSite(options, progress: progress)
        var report = Report(diagnostics)
        guard let files, !diagnostics.hasErrors else { return report }
        progress?("writing \(files.count) files")
        do {
            let writer = try OutputWriter(output: options.output, protecting: protectedFolders(options), force: options.force)
            try writer.write(files)
            timings.lap("write")
        } catch let error as OutputWriter.Failure {
            diagnostics.error(SourceLocation(path: options.output), error.message)
            return Report(diagnostics)
        } catch {
            diagnostics.error(SourceLocation(path: options.output), "cannot write the site: \(error)")
            return Report(diagnostics)
        }
        report.files = files.count
        report.pages = files.count { $0.path.hasSuffix(".html") }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return report
    }

    static func protectedFolders(_ options: BuildOptions) -> [(String, String)] {
        var folders = [(options.content, "content")]
        let templates = options.templatesFolder
        if FileManager.default.fileExists(atPath: templates.path) { folders.append((templates.path, "templates")) }
        return folders
    }

    /// `KATALOG_TIMINGS=1` prints how long each stage took, for profiling.
    static let timings = Stopwatch(enabled: ProcessInfo.processInfo.environment["KATALOG_TIMINGS"] == "1")

    /// load → resolve → render, collecting every problem. Files are returned only without errors.
    static func renderSite(_ options: BuildOptions, progress: ((String) -> Void)? = nil) -> ([OutputFile]?, Diagnostics) {
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
        timings.lap("theme")
        let (catalog, resolveProblems) = Catalog.resolve(content)
        timings.lap("resolve")
        diagnostics.append(contentsOf: resolveProblems.items)

        progress?("rendering pages")
        // With a broken theme, render with the built-in one anyway so that body problems are found.
        let theme = loadedTheme ?? Theme.load(folder: nil, required: false).0!
        let (files, renderProblems) = SiteRenderer(catalog: catalog, theme: theme, style: options.links).render()
        diagnostics.append(contentsOf: renderProblems.items)
        timings.lap("render")
        return (diagnostics.hasErrors ? nil : files, diagnostics)
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
