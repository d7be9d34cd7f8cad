import Foundation
import KatalogContent
import KatalogRender

/// The build and the check, as a list of named stages. Each stage collects every problem; the
/// site is written only when no stage found an error, so a failed build leaves the previous
/// output as it was.
public enum Builder {
    /// Validates content and templates and builds every page's values; writes nothing.
    public static func check(_ options: BuildOptions) -> Report {
        let (renderer, prepared) = prepare(options)
        var diagnostics = prepared
        diagnostics.append(contentsOf: bodyProblems(renderer))
        return Report(diagnostics)
    }

    /// The problems found in bodies, from building every page's values. Templates are not run:
    /// their syntax is checked when the theme loads, and running them cannot fail.
    static func bodyProblems(_ renderer: SiteRenderer) -> [Diagnostic] {
        let problems = renderer.pages().parallelMap { renderer.values($0).diagnostics }.flatMap { $0 }
        timings.lap("render")
        return problems
    }

    /// Builds the site into `options.output`, atomically: pages are rendered on every core and
    /// streamed into a staging folder beside the output, which replaces the output only when the
    /// whole build succeeded. The rendered site is never held in memory.
    ///
    /// Incremental: with nothing changed since the last build (see `BuildCache`), nothing is
    /// loaded or written; otherwise pages whose values are unchanged are hard-linked from the
    /// previous output and only the others are rendered.
    /// `progress` is called with a short line on what the build is doing; during rendering it is
    /// called from several threads, every 500 pages.
    public static func build(_ options: BuildOptions, progress: (@Sendable (String) -> Void)? = nil) -> Report {
        let started = DispatchTime.now()
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

        // The output folder and the theme first: with the cache they can end the build here.
        let writerOrFailure: Result<OutputWriter, Error> = Result {
            var writer = try OutputWriter(
                output: options.output, protecting: protectedFolders(options), force: options.force)
            writer.faults = options.faults.write
            return writer
        }
        let templates = options.templatesFolder
        let loadedTheme = Theme.load(folder: templates.path, required: templates.required)
        let theme = loadedTheme.0
        var inputFolders = [("content", options.content)]
        if FileManager.default.fileExists(atPath: templates.path) { inputFolders.append(("templates", templates.path)) }
        let inputs = BuildCache.scan(inputFolders)
        var previous: BuildCache?
        var key: Fingerprint?
        if case .success(let writer) = writerOrFailure, let theme {
            key = BuildCache.key(options: options, theme: theme)
            if writer.outputIsKatalogs, let cache = BuildCache.read(from: BuildCache.location(of: writer.output)),
                cache.key == key
            {
                previous = cache
                if cache.inputs == inputs {
                    var diagnostics = Diagnostics()
                    diagnostics.append(contentsOf: cache.warnings)
                    var report = Report(diagnostics)
                    report.upToDate = true
                    report.pages = cache.outputs.keys.count { $0.hasSuffix(".html") }
                    report.files = cache.outputs.count
                    report.seconds = seconds()
                    timings.lap("up to date")
                    return report
                }
            }
        }

        progress?("reading content")
        let (renderer, prepared) = prepare(options, theme: loadedTheme, progress: progress)
        var diagnostics = prepared
        guard !diagnostics.hasErrors else {
            // Still report the bodies' problems: every problem in one run.
            diagnostics.append(contentsOf: bodyProblems(renderer))
            return Report(diagnostics)
        }

        let writer: OutputWriter
        // The spare tree (the site before the current one) is reused only when the cache says
        // what it holds and was made by this same katalog with the same options and theme.
        let spareKnown = previous != nil && previous?.spareShared != nil
        let startedFromSpare: Bool
        var lockFD: Int32 = -1
        defer { if lockFD >= 0 { close(lockFD) } }
        do {
            writer = try writerOrFailure.get()
            lockFD = try writer.lock()
            startedFromSpare = try writer.begin(reuseSpare: spareKnown)
        } catch {
            diagnostics.error(SourceLocation(path: options.output), message(error))
            return Report(diagnostics)
        }

        progress?("rendering pages")
        let pages = renderer.pages()
        let paths = pages.map { renderer.path(of: $0) }
        let others = renderer.otherFiles(pagePaths: paths)
        var failure: String?
        var fingerprints: [String: Fingerprint] = [:]
        var reused = 0
        do {
            try writer.makeDirectories(for: paths + others.map(\.path))
            timings.lap("make folders")
        } catch {
            failure = message(error)
        }
        let shared = renderer.sharedFingerprint
        // Pages are kept only while the shared values are the same; photos, assets and the sitemap
        // are fingerprinted by their own bytes.
        let previousOutputs = previous?.shared == shared ? previous?.outputs ?? [:] : [:]
        let previousFiles = previous?.outputs ?? [:]
        // What the staging folder already holds, when it started as the spare tree.
        let staged = startedFromSpare ? previous?.spare ?? [:] : [:]
        let stagedPages = startedFromSpare && previous?.spareShared == shared ? staged : [:]
        let counter = PageCounter(total: pages.count, report: progress)
        if failure == nil {
            let results = zip(pages, paths).map { $0 }.parallelMap {
                page, path -> (diagnostics: [Diagnostic], failure: String?, fingerprint: Fingerprint, reused: Bool) in
                counter.step()
                let values = renderer.values(page)
                let fingerprint = values.fingerprint
                // A page with an error fails the build: no need to write it.
                guard !values.diagnostics.contains(where: { $0.severity == .error }) else {
                    return (values.diagnostics, nil, fingerprint, false)
                }
                if stagedPages[path] == fingerprint { return (values.diagnostics, nil, fingerprint, true) }
                if previousOutputs[path] == fingerprint, writer.linkPrevious(path) {
                    return (values.diagnostics, nil, fingerprint, true)
                }
                do {
                    try writer.write(OutputFile(path: path, content: .bytes(renderer.html(values))))
                    return (values.diagnostics, nil, fingerprint, false)
                } catch {
                    return (values.diagnostics, message(error), fingerprint, false)
                }
            }
            for (path, result) in zip(paths, results) {
                diagnostics.append(contentsOf: result.diagnostics)
                failure = failure ?? result.failure
                fingerprints[path] = result.fingerprint
                reused += result.reused ? 1 : 0
            }
            timings.lap("render and write pages")
        }
        if failure == nil, !diagnostics.hasErrors {
            do {
                for file in others {
                    let fingerprint = Self.fingerprint(of: file)
                    fingerprints[file.path] = fingerprint
                    if staged[file.path] == fingerprint {
                        reused += 1
                    } else if previousFiles[file.path] == fingerprint, writer.linkPrevious(file.path) {
                        reused += 1
                    } else {
                        try writer.write(file)
                    }
                }
                if startedFromSpare {
                    writer.removeExtra(staged.keys.filter { fingerprints[$0] == nil && $0 != OutputWriter.marker })
                }
                // No cache while the swap happens: if katalog is killed between the swap and the
                // new cache, the next build is a full one rather than one trusting a stale cache.
                unlink(BuildCache.location(of: writer.output).path)
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
        if let key {
            var cache = BuildCache(
                key: key, shared: shared, inputs: inputs, outputs: fingerprints,
                warnings: diagnostics.sorted.filter { $0.severity == .warning })
            // The previous output is now the spare tree: remember what it holds.
            if let previous, writer.hasSpare {
                cache.spare = previous.outputs
                cache.spareShared = previous.shared
            }
            // Without its cache the next build is simply a full one.
            try? cache.write(to: BuildCache.location(of: writer.output))
        }
        var report = Report(diagnostics)
        report.files = paths.count + others.count
        report.pages = paths.count
        report.unchanged = reused
        report.seconds = seconds()
        return report
    }

    /// Photos by their source file's size and time; bytes by their content.
    static func fingerprint(of file: OutputFile) -> Fingerprint {
        var digest = Fingerprint.Builder()
        switch file.content {
        case .bytes(let bytes):
            digest.add(byte: 1)
            digest.add(bytes: bytes)
        case .copy(let source):
            digest.add(byte: 2)
            digest.add(source)
            var info = stat()
            if stat(source, &info) == 0 {
                digest.add(int: Int(info.st_size))
                digest.add(int: Int(info.st_mtim.tv_sec))
                digest.add(int: Int(info.st_mtim.tv_nsec))
            }
        }
        return digest.finish()
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
    /// `theme` is the theme already loaded by the caller, if it has one.
    static func prepare(
        _ options: BuildOptions, theme preloaded: (Theme?, Diagnostics)? = nil, progress: ((String) -> Void)? = nil
    ) -> (SiteRenderer, Diagnostics) {
        var diagnostics = Diagnostics()
        timings.start()
        var loader = ContentLoader(root: options.content)
        loader.injectedReadFailure = options.faults.read
        var content = loader.load()
        timings.lap("load")
        diagnostics.append(contentsOf: content.diagnostics.items)
        if let raw = options.baseURL, content.site != nil {
            var problems = Diagnostics()
            content.site?.baseURL = SiteConfig.checkBaseURL(raw, at: SourceLocation(path: "--base-url"), into: &problems)
            diagnostics.append(contentsOf: problems.items)
        }

        let templates = options.templatesFolder
        let (loadedTheme, themeProblems) = preloaded ?? Theme.load(folder: templates.path, required: templates.required)
        diagnostics.append(contentsOf: themeProblems.items)

        progress?("checking references")
        let (catalog, resolveProblems) = Catalog.resolve(content)
        diagnostics.append(contentsOf: resolveProblems.items)
        timings.lap("theme and resolve")
        let theme = loadedTheme ?? Theme.load(folder: nil, required: false).0!
        return (SiteRenderer(catalog: catalog, theme: theme, style: options.links), diagnostics)
    }
}

/// Counts rendered pages from several threads and reports every 500th.
final class PageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (String) -> Void)?

    init(total: Int, report: (@Sendable (String) -> Void)?) {
        self.total = total
        self.report = report
    }

    func step() {
        guard let report else { return }
        let count = lock.withLock {
            done += 1
            return done
        }
        if count % 500 == 0 { report("rendering pages \(count)/\(total)") }
    }
}

/// Wall time per stage, printed to stderr when enabled.
final class Stopwatch: @unchecked Sendable {
    let enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    /// Does nothing unless enabled: builds running at once (as tests do) share this one stopwatch.
    func start() {
        if enabled { last = DispatchTime.now() }
    }

    func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("katalog: \(stage) \(String(format: "%.0f", ms)) ms\n".utf8))
        last = now
    }
}
