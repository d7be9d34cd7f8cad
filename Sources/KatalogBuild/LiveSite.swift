import Foundation
import KatalogContent
import KatalogImages
import KatalogRender
import KatalogSystem

/// `katalog serve`'s build: the site in memory, made again after each change from what changed.
///
/// - An edit to an entry file decodes that file alone (the others come from `DecodedEntries`).
/// - When the edits changed bodies only (`LoadedFile.differsOnlyInBody`), the catalogue is
///   patched (`Catalog.replacingBodies`) instead of resolved again, and only the pages that show
///   those bodies are looked at (`Route.showingBody`).
/// - Otherwise the content is resolved again and every page's view is fingerprinted; the pages
///   whose fingerprints changed are the ones that changed.
/// - A template edit loads the theme again: every page changes.
///
/// Pages are rendered when asked for and kept in a bounded cache (`LiveSnapshot`), so memory does
/// not grow with the catalogue's pages: at 10,000 products holding every page would take about
/// 150 MB. Photos are encoded through the same image cache as `katalog build` with the same
/// `--output`, beside it; nothing is written into the output, content or templates folders.
///
/// Not thread-safe: one `update` at a time (the server's watcher loop); snapshots are safe to read
/// from any thread while the next is made.
package final class LiveSite: @unchecked Sendable {
    /// What one update found.
    package struct Update: Sendable {
        package enum Pages: Sendable, Equatable {
            case none
            case all
            /// Site paths of the pages that changed, `products/kain/index.html`.
            case some(Set<String>)
        }

        /// Which pages browsers showing them should reload.
        package var pages: Pages = .none
        /// Every problem the content and theme have now, sorted (errors stop the update: the last
        /// good site stays served).
        package var diagnostics: [Diagnostic] = []
        /// How the update went.
        package enum Way: Sendable {
            /// Only bodies changed: the catalogue was patched and their pages looked at.
            case bodies
            /// The content was resolved again and every page's view fingerprinted.
            case resolved
            /// The templates changed: every page.
            case theme
            /// A file has an error: the last good site stays.
            case failed
        }

        package var way = Way.resolved
        /// Pages whose views were made to find what changed.
        package var viewed = 0
        package var seconds = 0.0
        /// Photo files encoded (not found in the image cache), and the time it took: reported,
        /// not counted in `seconds`.
        package var photosEncoded = 0
        package var photoSeconds = 0.0
        /// The language the catalogue's messages are in (site.yml's).
        package var language: Language = .id

        package var errorCount: Int { diagnostics.count { $0.severity == .error } }
    }

    private let options: BuildOptions
    private let loader: ContentLoader
    private let entries = DecodedEntries()
    private let images: ImageCache
    private var content: LoadedContent?
    private var theme: Theme?
    private var themeProblems: [Diagnostic] = []
    /// The last good site; nil until the content first builds.
    private(set) package var snapshot: LiveSnapshot?
    private var fingerprints: [String: Fingerprint] = [:]
    private var shared: Fingerprint?
    private var problems: [Diagnostic] = []

    /// `options.output` names where the image cache is (beside it, as for `katalog build`).
    package init(options: BuildOptions) {
        self.options = options
        var loader = Builder.contentLoader(options)
        loader.decodedEntries = entries
        self.loader = loader
        let output = options.absolute(options.output)
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        images = ImageCache(folder: parent + "/." + name + ".katalog-images")
    }

    /// The folders to watch, with the labels `update` takes paths under: `content/…`, and
    /// `templates/…` when the site has a templates folder.
    package var watchedFolders: [(label: String, path: String)] { Builder.inputFolders(options) }

    /// Makes the site again after `changed` (paths as `content/products/kain.md`,
    /// `templates/product.mustache`; nil: everything, as at the start).
    package func update(_ changed: [String]? = nil) -> Update {
        let started = DispatchTime.now()
        var update = make(changed)
        update.seconds =
            Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 - update.photoSeconds
        return update
    }

    private func make(_ changed: [String]?) -> Update {
        var update = Update()
        let themeChanged = changed == nil || changed!.contains { $0.hasPrefix("templates/") }
        if themeChanged {
            let (loaded, problems) = Builder.loadTheme(options)
            theme = loaded
            themeProblems = problems.items
        }
        let contentChanges = changed.map { $0.filter { $0.hasPrefix("content/") } }

        // 1. The content: changed entry files one by one, anything else by a whole load.
        var bodyEdits: [Entry]? = []
        if var current = content, let contentChanges, let files = Self.entryFiles(contentChanges) {
            for (kind, slug) in files {
                let old = current.file(kind, slug: slug)
                let relative = kind.rawValue + "/" + slug + ".md"
                if FileSystem.exists(options.absolute(loader.display(relative))) {
                    let new = loader.loadFile(kind, slug: slug)
                    current.apply(new)
                    if let old, new.differsOnlyInBody(from: old), let entry = new.entry {
                        bodyEdits?.append(entry)
                    } else {
                        bodyEdits = nil
                    }
                } else {
                    current.remove(kind, slug: slug)
                    bodyEdits = nil
                }
            }
            content = current
        } else if content == nil || contentChanges?.isEmpty != true {
            content = loader.load()
            bodyEdits = nil
            // Old versions of edited files go; a single file's load keeps the others.
            entries.finish(succeeded: true)
        }
        guard var loaded = content else { return update }
        update.language = loaded.siteLanguage

        // 2a. Bodies only, on a good site: patch it.
        if !themeChanged, let bodyEdits, let snapshot, problems.allSatisfy({ $0.severity != .error }) {
            update.way = .bodies
            let catalog = snapshot.site.catalog.replacingBodies(of: bodyEdits)
            let site = Site(
                catalog: catalog, theme: snapshot.site.theme, style: options.links, photos: snapshot.site.photos,
                logo: snapshot.site.logo)
            var changedPages: Set<String> = []
            for entry in bodyEdits {
                let path = Route.showingBody(of: entry.kind, slug: entry.slug).path
                guard let page = snapshot.pages[path] else { continue }
                let fingerprint = site.view(of: page).fingerprint
                update.viewed += 1
                if fingerprints[path] != fingerprint { changedPages.insert(path) }
                fingerprints[path] = fingerprint
            }
            // The entry's own warnings may have changed with its body.
            var resolved = loaded
            Builder.applyBaseURL(options, to: &resolved)
            problems = Report(themeProblems + resolved.diagnostics).diagnostics
            self.snapshot = snapshot.replacing(site: site, changed: changedPages)
            update.pages = changedPages.isEmpty ? .none : .some(changedPages)
            update.diagnostics = problems
            return update
        }

        // 2b. Resolve again.
        Builder.applyBaseURL(options, to: &loaded)
        let resolution = Catalog.resolve(loaded)
        let hadErrors = problems.contains { $0.severity == .error }
        guard case .valid(let catalog, let warnings) = resolution, let theme else {
            update.way = .failed
            problems = Report(themeProblems + resolution.diagnostics).diagnostics
            update.diagnostics = problems
            update.pages = .all
            return update
        }
        let photoStart = DispatchTime.now()
        let encodedBefore = images.work.encoded
        let (photos, photoProblems) = Builder.processPhotos(catalog, cache: images)
        let (logo, logoProblems) = Builder.processLogo(catalog, cache: images)
        images.save(removeUnused: false)
        update.photosEncoded = images.work.encoded - encodedBefore
        if update.photosEncoded > 0 {
            update.photoSeconds = Double(DispatchTime.now().uptimeNanoseconds - photoStart.uptimeNanoseconds) / 1e9
        }
        guard photoProblems.isEmpty, logoProblems.isEmpty else {
            update.way = .failed
            problems = Report(themeProblems + warnings + photoProblems + logoProblems).diagnostics
            update.diagnostics = problems
            update.pages = .all
            return update
        }
        problems = Report(themeProblems + warnings).diagnostics
        update.diagnostics = problems
        update.way = themeChanged && changed != nil ? .theme : .resolved

        let site = Site(catalog: catalog, theme: theme, style: options.links, photos: photos, logo: logo)
        let pages = site.pages()
        let paths = pages.map(\.route.path)
        let prints = pages.parallelMap { site.view(of: $0).fingerprint }
        update.viewed = pages.count
        let newShared = site.sharedFingerprint
        var changedPages: Set<String> = []
        var newFingerprints: [String: Fingerprint] = [:]
        newFingerprints.reserveCapacity(paths.count)
        for (path, fingerprint) in zip(paths, prints) {
            newFingerprints[path] = fingerprint
            if fingerprints[path] != fingerprint { changedPages.insert(path) }
        }
        changedPages.formUnion(fingerprints.keys.filter { newFingerprints[$0] == nil })
        let everything = themeChanged || newShared != shared || snapshot == nil || hadErrors
        fingerprints = newFingerprints
        shared = newShared
        let next = LiveSnapshot(
            site: site, pages: Dictionary(uniqueKeysWithValues: zip(paths, pages)),
            files: site.files(pages: pages.map(\.route), exports: false))
        if let snapshot, !everything { next.keepRendered(from: snapshot, except: changedPages) }
        snapshot = next
        update.pages = everything ? .all : changedPages.isEmpty ? .none : .some(changedPages)
        return update
    }

    /// The entry files among `paths` (`content/<kind folder>/<slug>.md`), or nil when any path is
    /// something else (a photo, site.yml, a folder): then the whole content is loaded again.
    static func entryFiles(_ paths: [String]) -> [(kind: EntryKind, slug: String)]? {
        var files: [(kind: EntryKind, slug: String)] = []
        for path in Set(paths).sorted() {
            // Editors' swap and backup files, hidden files: the loader never reads them.
            if path.split(separator: "/").contains(where: { ContentLoader.isIgnored(String($0)) }) { continue }
            guard let file = Builder.entryFile(path) else { return nil }
            files.append(file)
        }
        return files
    }
}

/// The site as served at one moment: its pages (rendered when first asked for, then kept, up to
/// `LiveSnapshot.kept`), its other files, and its exports (made when first asked for).
package final class LiveSnapshot: @unchecked Sendable {
    /// One file of the site: bytes, or a file on disk (a photo in the image cache).
    package enum File: Sendable {
        case bytes([UInt8])
        case disk(String)
    }

    /// Rendered pages kept at most (about 8 KB each).
    static let kept = 2000

    package let site: Site
    let pages: [String: SitePage]
    private let files: [String: OutputFile.Content]
    private let lock = NSLock()
    private var rendered: [String: [UInt8]] = [:]
    private var order: [String] = []
    private var exports: [String: [UInt8]]?

    convenience init(site: Site, pages: [String: SitePage], files: [OutputFile]) {
        self.init(
            site: site, pages: pages, contents: Dictionary(files.map { ($0.path, $0.content) }) { first, _ in first })
    }

    private init(site: Site, pages: [String: SitePage], contents: [String: OutputFile.Content]) {
        self.site = site
        self.pages = pages
        self.files = contents
    }

    /// The file at a site path (`index.html`, `products/kain/index.html`, `assets/katalog.css`).
    package func file(at path: String) -> File? {
        if let page = pages[path] { return .bytes(render(path, page)) }
        switch files[path] {
        case .bytes(let bytes): return .bytes(bytes)
        case .copy(let source, _), .cached(let source): return .disk(source)
        case nil: break
        }
        return exportFiles()[path].map(File.bytes)
    }

    /// Every page's site path.
    package var pagePaths: [String] { Array(pages.keys) }

    private func render(_ path: String, _ page: SitePage) -> [UInt8] {
        lock.lock()
        if let bytes = rendered[path] {
            lock.unlock()
            return bytes
        }
        lock.unlock()
        let bytes = site.render(site.view(of: page))
        lock.lock()
        if rendered[path] == nil {
            if order.count >= Self.kept { rendered[order.removeFirst()] = nil }
            rendered[path] = bytes
            order.append(path)
        }
        lock.unlock()
        return bytes
    }

    private func exportFiles() -> [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        if let exports { return exports }
        var made: [String: [UInt8]] = [:]
        for file in site.exportFiles() {
            if case .bytes(let bytes) = file.content { made[file.path] = bytes }
        }
        exports = made
        return made
    }

    /// Pages rendered for `other` that are the same here.
    func keepRendered(from other: LiveSnapshot, except changed: Set<String>) {
        other.lock.lock()
        let kept = other.order.filter { !changed.contains($0) && pages[$0] != nil }.map { ($0, other.rendered[$0]!) }
        other.lock.unlock()
        lock.lock()
        for (path, bytes) in kept {
            rendered[path] = bytes
            order.append(path)
        }
        lock.unlock()
    }

    /// This snapshot with `site` (the same pages, some of them changed).
    func replacing(site: Site, changed: Set<String>) -> LiveSnapshot {
        let next = LiveSnapshot(site: site, pages: pages, contents: files)
        next.keepRendered(from: self, except: changed)
        return next
    }
}
