import KatalogImages
import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a content folder: finds the files, decodes them, probes the photos. All file-system
/// access of the content stage is here; everything after it works on values.
package struct ContentLoader: Sendable {
    /// The folder as the user gave it (`content`, `./content`, `/srv/site/content`): messages name
    /// files below it this way.
    package let root: String
    /// The folder relative paths are read from: the user's current folder, passed in, never read
    /// from the process, so that loaders of different folders can run at once.
    package let workingDirectory: String
    /// For tests: a failure to return instead of reading the file at this path (a file that
    /// vanishes or becomes unreadable after the folder scan cannot be had on demand).
    package var injectedReadFailure: (@Sendable (_ path: String) -> SafeRead.Failure?)?
    /// Photo headers read by earlier builds (the image cache's), by real path: used when the
    /// file's size and time are unchanged, instead of asking libvips again.
    package var knownHeaders: [String: (version: FileVersion, header: ImageHeader)] = [:]
    /// Files decoded before, by path and content: a file whose bytes are unchanged is not decoded
    /// again.
    package var decodedEntries: DecodedEntries?

    package init(root: String, workingDirectory: String) {
        self.root = root
        self.workingDirectory = workingDirectory
    }

    /// `products/x.md` as the user names it: below the folder as they gave it.
    package func display(_ relative: String) -> String {
        if relative.isEmpty { return root }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// Where `relative` is on disk.
    private func absolute(_ relative: String) -> String {
        FileSystem.absolute(display(relative), in: workingDirectory)
    }

    /// Reads and decodes the whole folder; files are decoded on every core.
    package func load() -> LoadedContent {
        var result = LoadedContent(sitePath: display("site.yml"))
        guard FileSystem.isDirectory(absolute("")) else {
            result.scanProblems.append(.error(SourceLocation(path: root), .contentFolderMissing))
            return result
        }
        let realRoot = FileSystem.realPath(absolute("")) ?? absolute("")
        var scan = Diagnostics()
        (result.site, result.siteProblems, result.siteLanguage) = readSite()
        var entryFiles: [(kind: EntryKind, slug: String)] = []
        for name in listing("", realRoot: realRoot, into: &scan) {
            if let kind = EntryKind(rawValue: name), isDirectory(name) {
                entryFiles += entries(kind, realRoot: realRoot, into: &result, problems: &scan)
            } else if name == "images", isDirectory(name) {
                for file in listing("images", realRoot: realRoot, into: &scan) {
                    let relative = "images/" + file
                    if isDirectory(relative) {
                        scan.warning(SourceLocation(path: display(relative)), .nestedFolderIgnored(folder: "images"))
                    } else if let photo = photo(relative, into: &scan) {
                        result.sharedImages[file] = photo
                    }
                }
            } else if name != "site.yml" {
                scan.warning(SourceLocation(path: display(name)), .notPartOfCatalogue(name: name))
            }
        }
        result.scanProblems = scan.items
        // Reading and decoding is most of the loading time and each file stands alone: do it on
        // every core, then merge.
        for file in entryFiles.parallelMap({ loadFile($0.kind, slug: $0.slug) }) { result.apply(file) }
        return result
    }

    /// `site.yml`, decoded.
    package func loadSite() -> (SiteConfig?, [Diagnostic]) {
        let (site, problems, _) = readSite()
        return (site, problems)
    }

    /// The language `site.yml` asks for (`LoadedContent.siteLanguage`), read on its own.
    package func siteLanguage() -> Language { readSite().language }

    /// `site.yml`, decoded, and the language it asks for: its `language`, read even when another
    /// field is wrong; `id` (the default of `language`) when site.yml cannot be read.
    private func readSite() -> (site: SiteConfig?, problems: [Diagnostic], language: Language) {
        var diagnostics = Diagnostics()
        let path = display("site.yml")
        guard let bytes = readFile("site.yml", into: &diagnostics),
            let source = SourceText.decode(bytes, path: path, into: &diagnostics)
        else { return (nil, diagnostics.items, .id) }
        let (site, problems) = SiteConfig.decode(yaml: source.text, path: path)
        let language = site?.language ?? SiteConfig.language(yaml: source.text, path: path) ?? .id
        return (site, diagnostics.items + problems, language)
    }

    /// Reads and decodes one entry file, `<kind folder>/<slug>.md`, on its own: exactly what
    /// `load` makes of it, its name checked first.
    package func loadFile(_ kind: EntryKind, slug: String) -> LoadedFile {
        let relative = kind.rawValue + "/" + slug + ".md"
        if let problem = Self.nameProblem(kind, slug: slug) {
            return LoadedFile(
                kind: kind, slug: slug, entry: nil,
                diagnostics: [.error(SourceLocation(path: display(relative)), problem)])
        }
        var diagnostics = Diagnostics()
        guard let bytes = readFile(relative, into: &diagnostics) else {
            return LoadedFile(kind: kind, slug: slug, entry: nil, diagnostics: diagnostics.items)
        }
        let path = display(relative)
        guard let decodedEntries else { return Self.decode(kind, slug: slug, path: path, bytes: bytes) }
        return decodedEntries.file(path: path, bytes: bytes) { Self.decode(kind, slug: slug, path: path, bytes: bytes) }
    }

    /// What an entry file's bytes decode to: pure, so it can be remembered by path and content.
    static func decode(_ kind: EntryKind, slug: String, path: String, bytes: [UInt8]) -> LoadedFile {
        var diagnostics = Diagnostics()
        guard let source = SourceText.decode(bytes, path: path, into: &diagnostics) else {
            return LoadedFile(kind: kind, slug: slug, entry: nil, diagnostics: diagnostics.items)
        }
        let (entry, problems) = Entry.decode(kind: kind, slug: slug, path: path, text: source.text)
        return LoadedFile(kind: kind, slug: slug, entry: entry, diagnostics: diagnostics.items + problems)
    }

    /// Why a file name cannot be an entry of `kind`: not a slug, or a word the site's URLs use.
    package static func nameProblem(_ kind: EntryKind, slug: String) -> Diagnostic.Reason? {
        if !Slug.isValid(slug) { return .invalidFileName(name: slug + ".md", suggestion: Slug.make(slug)) }
        if kind == .page, EntryKind.reservedPageSlugs.contains(slug) { return .reservedPageName(slug: slug) }
        if kind != .page, slug == EntryKind.reservedSlug { return .reservedFileName(kind: kind, slug: slug) }
        return nil
    }

    /// The entry files of one folder (every `.md` file: a bad name is that file's error) and, for
    /// products, the photo folders.
    private func entries(
        _ kind: EntryKind, realRoot: String, into result: inout LoadedContent, problems: inout Diagnostics
    ) -> [(kind: EntryKind, slug: String)] {
        let folder = kind.rawValue
        var files: [(kind: EntryKind, slug: String)] = []
        for name in listing(folder, realRoot: realRoot, into: &problems) {
            let relative = folder + "/" + name
            let path = SourceLocation(path: display(relative))
            if isDirectory(relative) {
                if kind == .product {
                    result.productFolders[name] = photoFolder(relative, realRoot: realRoot, into: &problems)
                    result.productFolderPaths[name] = display(relative)
                } else {
                    problems.warning(path, .nestedFolderIgnored(folder: folder))
                }
            } else if name.hasSuffix(".md") {
                files.append((kind, String(name.dropLast(3))))
            } else {
                problems.warning(path, .notMarkdownFile(name: name))
            }
        }
        return files
    }

    private func photoFolder(
        _ relative: String, realRoot: String, into problems: inout Diagnostics
    )
        -> [String: PhotoFile]
    {
        var files: [String: PhotoFile] = [:]
        for file in listing(relative, realRoot: realRoot, into: &problems) {
            let fileRelative = relative + "/" + file
            if isDirectory(fileRelative) {
                problems.warning(SourceLocation(path: display(fileRelative)), .folderInPhotoFolder)
            } else if let photo = photo(fileRelative, into: &problems) {
                files[file] = photo
            }
        }
        return files
    }

    // MARK: File system

    private func isDirectory(_ relative: String) -> Bool { FileSystem.isDirectory(absolute(relative)) }

    /// Names in a folder, sorted by code point, without hidden and editor backup files.
    private func listing(_ relative: String, realRoot: String, into diagnostics: inout Diagnostics) -> [String] {
        let names: [String]
        do {
            names = try FileSystem.names(in: absolute(relative))
        } catch {
            diagnostics.error(
                SourceLocation(path: display(relative)), .cannotReadFolder(reason: error.description.lowercased()))
            return []
        }
        return names.filter { !Self.isIgnored($0) }.sorted {
            $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        }.filter { name in
            checkInside(relative.isEmpty ? name : relative + "/" + name, realRoot: realRoot, into: &diagnostics)
        }
    }

    /// Hidden files, editor backups and OS litter are skipped silently.
    package static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".bak") || name.hasSuffix(".orig") || name.hasSuffix(".tmp")
            || name == "Thumbs.db" || name == "desktop.ini"
    }

    /// A symbolic link is followed only if it resolves inside the content folder.
    private func checkInside(_ relative: String, realRoot: String, into diagnostics: inout Diagnostics) -> Bool {
        var info = stat()
        guard lstat(absolute(relative), &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return true }
        let location = SourceLocation(path: display(relative))
        guard let real = FileSystem.realPath(absolute(relative)) else {
            diagnostics.error(location, .symlinkToNothing)
            return false
        }
        guard real.hasPrefix(realRoot + "/") else {
            diagnostics.error(location, .symlinkOutsideContent(target: real))
            return false
        }
        return true
    }

    private func readFile(_ relative: String, into diagnostics: inout Diagnostics) -> [UInt8]? {
        let path = display(relative)
        switch injectedReadFailure?(path).map({ .failure($0) })
            ?? SafeRead.bytes(absolute(relative), limit: Limits.fileBytes)
        {
        case .success(let bytes):
            return bytes
        case .failure(.missing) where relative == "site.yml":
            diagnostics.error(SourceLocation(path: path), .siteFileMissing)
        case .failure(let failure):
            diagnostics.error(SourceLocation(path: path), .unreadableFile(failure))
        }
        return nil
    }

    private func photo(_ relative: String, into diagnostics: inout Diagnostics) -> PhotoFile? {
        photo(display: display(relative), absolute: absolute(relative), into: &diagnostics)
    }

    /// A photo at `absolute`, named `path` in messages: opened, its header read by libvips.
    func photo(display path: String, absolute: String, into diagnostics: inout Diagnostics) -> PhotoFile? {
        let fd: Int32
        switch injectedReadFailure?(path).map({ .failure($0) }) ?? SafeRead.open(absolute) {
        case .success(let opened): fd = opened.fd
        case .failure(let failure):
            diagnostics.error(SourceLocation(path: path), .unreadablePhoto(failure))
            return nil
        }
        defer { close(fd) }
        let real = FileSystem.realPath(absolute) ?? absolute
        // libvips reads the header (format told by content, never by extension), no pixels.
        let version = FileVersion(of: fd)
        let header =
            knownHeaders[real].flatMap { $0.version == version ? .success($0.header) : nil } ?? ImageHeader.read(real)
        return PhotoFile(sourcePath: real, displayPath: path, header: header, version: version)
    }
}
