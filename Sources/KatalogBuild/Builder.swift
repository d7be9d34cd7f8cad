import Foundation
import KatalogContent
import KatalogImages
import KatalogRender
import KatalogSystem

/// The build and the check, as named steps. Each step collects every problem; the site is written
/// only when none found an error, so a failed build leaves the previous output as it was.
package enum Builder {
    /// Validates content and templates: load, resolve (every reference, every body) and the
    /// theme's syntax. Writes nothing and renders nothing.
    package static func check(_ options: BuildOptions) -> Report {
        let (_, themeProblems) = loadTheme(options)
        let (resolution, language) = loadAndResolve(options)
        var report = Report(themeProblems.items + resolution.diagnostics)
        report.language = language
        return report
    }

    /// Checks files from outside the catalogue (a producer's sheet sent by WhatsApp) as if they
    /// were in it: each at the place `ContentLoader.placement` gives it (its kind from its folder's
    /// name, otherwise `kind`; its slug from its name), replacing the catalogue's file of that
    /// kind and slug, a product with the photos it lists that were sent with it
    /// (`ContentLoader.photosSent`). Every reference is resolved against the whole catalogue, but
    /// only the problems located in the given files (and those photos) are reported, at the paths
    /// as given, and a missing content folder; the theme is not checked. Writes nothing.
    package static func check(_ options: BuildOptions, files: [String], kind: EntryKind) -> Report {
        let loader = contentLoader(options)
        var content = loader.load()
        var shown: Set<String> = []
        for path in files {
            let place = ContentLoader.placement(of: path, otherwise: kind)
            let file = loader.loadSentFile(path, kind: place.kind, slug: place.slug)
            content.apply(file)
            shown.insert(path)
            if case .product(let product) = file.entry {
                let (photos, problems) = loader.photosSent(with: path, product: product)
                content.productFolders[product.slug, default: [:]].merge(photos) { _, sent in sent }
                content.scanProblems += problems
                shown.formUnion(photos.values.map(\.displayPath) + problems.map(\.location.path))
            }
        }
        let diagnostics = Catalog.resolve(content).diagnostics.filter {
            shown.contains($0.location.path) || $0.code == .contentFolderMissing
        }
        var report = Report(diagnostics)
        report.language = content.siteLanguage
        return report
    }

    /// Builds the site into `options.output`, atomically: pages are rendered on every core and
    /// streamed into a staging folder beside the output, which replaces the output only when the
    /// whole build succeeded.
    ///
    /// Incremental: with nothing changed since the last build (see `BuildCache`), nothing is
    /// loaded or written; otherwise pages whose views are unchanged are hard-linked from the
    /// previous output and only the others are rendered. `progress` is called with a short line on
    /// what the build is doing; during rendering from several threads, every 500 pages.
    package static func build(_ options: BuildOptions, progress: (@Sendable (String) -> Void)? = nil) -> Report {
        let started = DispatchTime.now()
        let clock = Stopwatch(enabled: options.timings)
        func finished(_ report: Report) -> Report {
            var report = report
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return report
        }

        // 1. The output folder and the theme: with the cache they can end the build here.
        let output = Result { () throws(OutputFailure) in try outputFolder(options) }
        let (theme, themeProblems) = loadTheme(options)
        let inputs = InputStamps.scan(inputFolders(options))
        clock.lap("output folder, theme, inputs")
        var lastBuild: BuildCache?
        /// The inode, size and time of the cache file as read: a build that finished since replaced it.
        var cacheVersion: String?
        let key = theme.map { BuildCache.key(options: options, theme: $0) }
        if case .success(let folder) = output, folder.isKatalogs, let key,
            let cache = BuildCache.read(from: folder.cache), cache.key == key
        {
            cacheVersion = Self.version(of: folder.cache)
            lastBuild = cache
            if cache.inputs == inputs {
                var report = Report(cache.warnings)
                report.language = cache.language
                report.upToDate = true
                report.pages = cache.outputs.keys.count { $0.hasSuffix(".html") }
                report.files = cache.outputs.count
                clock.lap("up to date")
                return finished(report)
            }
        }

        // 2. Load and resolve: a valid catalogue, or every problem.
        progress?("reading content")
        var known: [String: (version: FileVersion, header: ImageHeader)] = [:]
        var entries = DecodedEntries()
        let entriesKey = EntryCache.key(options: options)
        if case .success(let folder) = output {
            known = ImageCache.knownHeaders(in: folder.beside("images"))
            if folder.isKatalogs { entries = EntryCache.read(from: folder.beside("entries"), key: entriesKey) }
        }
        // The entry cache says what changed since the last build only if it is that build's.
        let entriesBuilt = entries.builtDigest
        clock.lap("decoded entries read (\(entries.count))")
        let (resolution, language) = loadAndResolve(options, knownHeaders: known, entries: entries, clock: clock)
        // What changed since the last build, and the versions this build uses, before the entry
        // cache forgets them.
        let bodiesOnly = lastBuild.flatMap {
            pagesShowingChangedBodies(since: $0, inputs: inputs, entries: entries, built: entriesBuilt)
        }
        let entriesUsed = entries.usedDigest
        let entriesChanged = entries.decoded > 0 || !entries.unchangedSinceBuilt
        // A catalogue that resolves will most likely build: its entry cache is written on the other
        // core while the site is planned and written (removed again if the build fails after all).
        let entriesWrite = DispatchGroup()
        var entriesWriting = false
        if case .valid = resolution, theme != nil, case .success(let folder) = output,
            entriesChanged || !FileSystem.exists(folder.beside("entries"))
        {
            entriesWriting = true
            entries.finish(succeeded: true)
            let finished = entries
            DispatchQueue.global().async(group: entriesWrite) {
                try? EntryCache.write(finished, to: folder.beside("entries"), key: entriesKey)
            }
        }
        /// Every later return: the decoded entries are kept even when the build fails, so the next
        /// run, after a fix, decodes only the fixed files.
        func done(_ report: Report) -> Report {
            var report = report
            report.language = language
            if case .success(let folder) = output {
                if entriesWriting {
                    entriesWrite.wait()
                    // It says this build succeeded: the next one must not trust it.
                    if !report.succeeded { unlink(folder.beside("entries")) }
                } else if entriesChanged || !FileSystem.exists(folder.beside("entries")) {
                    entries.finish(succeeded: report.succeeded)
                    try? EntryCache.write(entries, to: folder.beside("entries"), key: entriesKey)
                }
                clock.lap("decoded entries written")
            }
            return finished(report)
        }
        guard case .valid(let catalog, let warnings) = resolution, let theme else {
            return done(Report(themeProblems.items + resolution.diagnostics))
        }
        let diagnostics = themeProblems.items + warnings
        func failed(_ failure: OutputFailure) -> Report {
            done(Report(diagnostics + [.error(SourceLocation(path: options.output), failure.reason)]))
        }

        let written: SiteWriter.Result
        let staging: Staging
        let plan: BuildPlan
        let images: ImageCache
        do throws(OutputFailure) {
            let folder = try output.get()
            let lock = try OutputLock(folder, faults: options.faults.write)
            defer { withExtendedLifetime(lock) {} }

            // 3. Photos: their files from the image cache beside the output, or encoded now.
            progress?("processing photos")
            images = ImageCache(folder: folder.beside("images"))
            let (photos, photoProblems) = processPhotos(catalog, cache: images)
            let (logo, logoProblems) = processLogo(catalog, cache: images)
            let problems = photoProblems + logoProblems
            clock.lap("photos")
            guard problems.isEmpty else {
                images.save(removeUnused: false)
                return done(Report(diagnostics + problems))
            }

            // 4. Plan: every file of the new site.
            let site = Site(catalog: catalog, theme: theme, style: options.links, photos: photos, logo: logo)
            // Only bodies changed: the last build's files but catalogue.json are kept.
            plan = BuildPlan(site: site, keepingFilesOf: bodiesOnly != nil ? lastBuild : nil)
            clock.lap("plan (routes, search index)")
            if let path = plan.duplicatePath { throw OutputFailure(.duplicateOutput(path: path)) }

            // 5. Write it beside the output, then swap it in.
            progress?("rendering pages")
            // Another build may have finished since the cache was read: trust it only if unchanged.
            if lastBuild != nil, cacheVersion == nil || Self.version(of: folder.cache) != cacheVersion {
                lastBuild = nil
            }
            // The spare tree (the site before the current one) is reused only when the cache says
            // what it holds and was made by this same katalog with the same options and theme.
            staging = try Staging(folder, reuseSpare: lastBuild?.spareShared != nil, faults: options.faults.write)
            let counter = PageCounter(total: plan.pages.count, report: progress)
            do {
                var writer = SiteWriter(plan: plan, staging: staging, lastBuild: lastBuild)
                if lastBuild != nil { writer.affected = bodiesOnly }
                written = try writer.write(progress: counter, clock: clock)
                // No cache while the swap happens: if katalog is killed between the swap and the new
                // cache, the next build is a full one rather than one trusting a stale cache.
                unlink(folder.cache)
                try staging.commit()
            } catch {
                staging.abort()
                images.save(removeUnused: false)
                throw error
            }
            clock.lap("swap")
            // The new site uses only what this build used: the rest of the image cache goes.
            images.save(removeUnused: true)
            // 6. Remember what was built, for the next build.
            if let key {
                var cache = BuildCache(
                    key: key, shared: plan.site.sharedFingerprint, inputs: inputs, outputs: written.fingerprints,
                    warnings: Report(diagnostics).diagnostics, language: language)
                cache.entries = entriesUsed
                if let lastBuild, staging.hasSpare {
                    cache.spare = lastBuild.outputs
                    cache.spareShared = lastBuild.shared
                }
                // Without its cache the next build is simply a full one.
                try? cache.write(to: folder.cache)
            }
        } catch {
            return failed(error)
        }
        var report = Report(diagnostics)
        report.language = language
        report.files = plan.paths.count
        report.pages = plan.pagePaths.count
        report.unchanged = written.reused
        report.viewed = written.viewed
        report.photosEncoded = images.work.encoded
        report.productsWithoutPhoto = catalog.products.count { catalog.photos[$0.slug]?.isEmpty ?? true }
        report.notes = plan.site.notes
        return done(report)
    }

    // MARK: Steps

    /// Every listed photo's published files, on every core; a photo libvips cannot decode is an
    /// error at the photo's file.
    static func processPhotos(_ catalog: Catalog, cache: ImageCache) -> ([String: ProcessedPhoto], [Diagnostic]) {
        var seen: Set<String> = []
        let photos = catalog.products.flatMap { catalog.photos[$0.slug] ?? [] }.filter {
            seen.insert($0.sourcePath).inserted
        }
        var processed: [String: ProcessedPhoto] = [:]
        var problems: [Diagnostic] = []
        for (photo, result) in zip(photos, cache.process(photos.map(\.source))) {
            switch result {
            case .success(let files): processed[photo.sourcePath] = files
            case .failure(let problem):
                problems.append(
                    .error(SourceLocation(path: photo.displayPath), Catalog.reason(problem, name: photo.file)))
            }
        }
        return (processed, problems)
    }

    /// The files made of the site's logo, if it names one; a logo libvips cannot decode is an error
    /// at `logo` in site.yml.
    static func processLogo(
        _ catalog: Catalog, cache: ImageCache
    ) -> ([LogoFile: ProcessedPhoto.Variant], [Diagnostic]) {
        guard let logo = catalog.logo, let name = catalog.site.logo else { return ([:], []) }
        switch cache.processLogo(ImageCache.Source(path: logo.sourcePath, version: logo.version, header: logo.header)) {
        case .success(let files): return (files, [])
        case .failure(let problem): return ([:], [.error(name.location, Catalog.reason(problem, name: logo.file))])
        }
    }

    /// A file's inode, size and modification time; nil when it is not there.
    static func version(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// `--base-url`, over site.yml's `base_url`.
    static func applyBaseURL(_ options: BuildOptions, to content: inout LoadedContent) {
        guard let raw = options.baseURL, content.site != nil else { return }
        var problems = Diagnostics()
        content.site?.baseURL = SiteConfig.checkBaseURL(raw, at: SourceLocation(path: "--base-url"), into: &problems)
        content.scanProblems += problems.items
    }

    /// The paths of the pages to look at again when the only changes since the last build are to
    /// the bodies of entry files (`LoadedFile.differsOnlyInBody`): the pages that show those
    /// bodies. Nil when anything else changed (a field, a photo, a file added or removed), or when
    /// the entry cache is not the one that build left: then every page is looked at.
    static func pagesShowingChangedBodies(
        since last: BuildCache, inputs: [String: FileVersion], entries: DecodedEntries, built: ContentHash
    ) -> Set<String>? {
        guard last.entries == built else { return nil }
        let changed = Set(inputs.keys).union(last.inputs.keys).filter { inputs[$0] != last.inputs[$0] }
        guard changed.allSatisfy({ entryFile($0) != nil }) else { return nil }
        var paths: Set<String> = []
        for change in entries.changes() {
            guard let old = change.old, let new = change.new, new.differsOnlyInBody(from: old) else { return nil }
            paths.insert(Route.showingBody(of: new.kind, slug: new.slug).path)
        }
        return paths
    }

    /// The kind and slug of `content/<kind folder>/<name>.md`, as `InputStamps` and the file watcher
    /// name input files; nil for anything else (a photo, site.yml, a folder).
    static func entryFile(_ input: String) -> (kind: EntryKind, slug: String)? {
        let parts = input.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "content", let kind = EntryKind(rawValue: String(parts[1])),
            parts[2].hasSuffix(".md")
        else { return nil }
        return (kind, String(parts[2].dropLast(3)))
    }

    /// katalog's own binary, by its size and time: a rebuilt katalog trusts no cache of another.
    static var binaryStamp: String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "?" }
        return "\(info.st_size).\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// The output folder, if it passes the refusal rules.
    static func outputFolder(_ options: BuildOptions) throws(OutputFailure) -> OutputFolder {
        var protected = [(options.content, "content")]
        let templates = options.templatesFolder
        if FileSystem.exists(options.absolute(templates.path)) { protected.append((templates.path, "templates")) }
        return try OutputFolder(
            options.output, workingDirectory: options.workingDirectory, protecting: protected, force: options.force)
    }

    /// The built-in theme overlaid with the site's; nil with its problems when a template is broken.
    static func loadTheme(_ options: BuildOptions) -> (Theme?, Diagnostics) {
        let templates = options.templatesFolder
        return Theme.load(
            folder: templates.path, required: templates.required, workingDirectory: options.workingDirectory)
    }

    /// The folders whose files are the build's inputs.
    static func inputFolders(_ options: BuildOptions) -> [(label: String, path: String)] {
        var folders = [("content", options.absolute(options.content))]
        let templates = options.absolute(options.templatesFolder.path)
        if FileSystem.exists(templates) { folders.append(("templates", templates)) }
        return folders
    }

    /// The content folder's loader, with the faults tests inject.
    static func contentLoader(_ options: BuildOptions) -> ContentLoader {
        var loader = ContentLoader(root: options.content, workingDirectory: options.workingDirectory)
        loader.injectedReadFailure = options.faults.read
        return loader
    }

    /// Reads and decodes every content file, applies `--base-url`, and resolves; with the language
    /// site.yml asks for.
    static func loadAndResolve(
        _ options: BuildOptions, knownHeaders: [String: (version: FileVersion, header: ImageHeader)] = [:],
        entries: DecodedEntries? = nil, clock: Stopwatch? = nil
    ) -> (Resolution, Language) {
        var loader = contentLoader(options)
        loader.knownHeaders = knownHeaders
        loader.decodedEntries = entries
        var content = loader.load()
        clock?.lap("load")
        applyBaseURL(options, to: &content)
        let resolution = Catalog.resolve(content)
        clock?.lap("resolve")
        return (resolution, content.siteLanguage)
    }
}
