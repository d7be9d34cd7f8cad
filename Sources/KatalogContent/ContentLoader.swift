import Foundation

/// A photo file found in `content/`.
public struct PhotoFile: Sendable {
    /// Absolute path on disk, for copying.
    public var sourcePath: String
    /// The path as the user names it, for messages.
    public var displayPath: String
    /// Format and size, nil when the file is not a JPEG, PNG or WebP image.
    public var info: ImageInfo?
}

/// Everything read from `content/`: decoded entries, photos found, and the problems met.
public struct LoadedContent: Sendable {
    public var site: SiteConfig?
    public var sitePath: String
    public var clusters: [Cluster] = []
    public var producers: [Producer] = []
    public var products: [Product] = []
    public var motifs: [MotifDescription] = []
    public var pages: [Page] = []
    /// Files in `content/products/<slug>/`, by product slug then file name.
    public var productFolders: [String: [String: PhotoFile]] = [:]
    /// The display path of each product folder, for warnings.
    public var productFolderPaths: [String: String] = [:]
    /// Files in `content/images/`, by file name.
    public var sharedImages: [String: PhotoFile] = [:]
    public var diagnostics = Diagnostics()
    /// `<folder>/<slug>` of every Markdown file that exists but could not be decoded.
    public var failed: Set<String> = []
}

/// Reads a content folder: finds the files, decodes them, probes the photos. All file-system
/// access of the content stage is here; everything after it works on values.
public struct ContentLoader: Sendable {
    /// The folder as the user gave it (`content`, `./content`, `/srv/site/content`).
    public let root: String
    /// For tests: a failure to return instead of reading the file at this path (a file that
    /// vanishes or becomes unreadable after the folder scan cannot be had on demand).
    public var injectedReadFailure: (@Sendable (_ path: String) -> SafeRead.Failure?)?

    public init(root: String) { self.root = root }

    private func display(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    public func load() -> LoadedContent {
        var result = LoadedContent(site: nil, sitePath: display("site.yml"))
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            result.diagnostics.error(SourceLocation(path: root), "content folder not found")
            return result
        }
        let realRoot = Self.realPath(root) ?? root

        // site.yml
        if let bytes = readFile("site.yml", required: true, into: &result.diagnostics),
            let source = SourceText.decode(bytes, path: result.sitePath, into: &result.diagnostics)
        {
            let (site, problems) = SiteConfig.decode(yaml: source.text, path: result.sitePath)
            result.site = site
            result.diagnostics.append(contentsOf: problems)
        }

        for name in listing("", realRoot: realRoot, into: &result.diagnostics) {
            if let kind = EntryKind(rawValue: name), isDirectory(name) {
                loadEntries(kind, realRoot: realRoot, into: &result)
            } else if name == "images", isDirectory(name) {
                for file in listing("images", realRoot: realRoot, into: &result.diagnostics) {
                    let relative = "images/" + file
                    if isDirectory(relative) {
                        result.diagnostics.warning(
                            SourceLocation(path: display(relative)), "folders inside images/ are not used; ignored")
                        continue
                    }
                    if let photo = photo(relative, into: &result.diagnostics) {
                        result.sharedImages[file] = photo
                    }
                }
            } else if name != "site.yml" {
                result.diagnostics.warning(
                    SourceLocation(path: display(name)),
                    "'\(name)' is not part of the catalogue and is ignored (expected site.yml, clusters/, producers/, "
                        + "products/, motifs/, pages/ or images/)")
            }
        }
        return result
    }

    private func loadEntries(_ kind: EntryKind, realRoot: String, into result: inout LoadedContent) {
        let folder = kind.rawValue
        var files: [(slug: String, relative: String, path: String)] = []
        for name in listing(folder, realRoot: realRoot, into: &result.diagnostics) {
            let relative = folder + "/" + name
            let path = display(relative)
            if isDirectory(relative) {
                if kind == .product {
                    var files: [String: PhotoFile] = [:]
                    for file in listing(relative, realRoot: realRoot, into: &result.diagnostics) {
                        let fileRelative = relative + "/" + file
                        if isDirectory(fileRelative) {
                            result.diagnostics.warning(
                                SourceLocation(path: display(fileRelative)),
                                "folders inside a product's photo folder are not used; ignored")
                        } else if let photo = photo(fileRelative, into: &result.diagnostics) {
                            files[file] = photo
                        }
                    }
                    result.productFolders[name] = files
                    result.productFolderPaths[name] = path
                } else {
                    result.diagnostics.warning(SourceLocation(path: path), "folders inside \(folder)/ are not used; ignored")
                }
                continue
            }
            guard name.hasSuffix(".md") else {
                result.diagnostics.warning(
                    SourceLocation(path: path), "'\(name)' is not a .md file and is ignored")
                continue
            }
            let slug = String(name.dropLast(3))
            guard Slug.isValid(slug) else {
                let suggestion = Slug.make(slug)
                let fix = suggestion.isEmpty ? "use lowercase letters, digits and '-'" : "rename it to '\(suggestion).md'"
                result.diagnostics.error(
                    SourceLocation(path: path),
                    "file name '\(name)' is not a valid slug (lowercase letters, digits and single '-'); \(fix)")
                continue
            }
            if kind == .page, EntryKind.reservedPageSlugs.contains(slug) {
                result.diagnostics.error(
                    SourceLocation(path: path),
                    "page name '\(slug)' is reserved for the site's own pages; rename the file, e.g. to 'info-\(slug).md'")
                continue
            }
            files.append((slug, relative, path))
        }
        // Reading and decoding is most of the loading time and each file stands alone: do it on
        // every core, then merge in file order.
        let decoded = files.parallelMap { file -> (Entry?, [Diagnostic], failed: Bool) in
            var diagnostics = Diagnostics()
            guard let bytes = readFile(file.relative, required: true, into: &diagnostics),
                let source = SourceText.decode(bytes, path: file.path, into: &diagnostics)
            else { return (nil, diagnostics.items, true) }
            let (entry, problems) = Entry.decode(kind: kind, slug: file.slug, path: file.path, text: source.text)
            return (entry, diagnostics.items + problems, entry == nil)
        }
        for (file, (entry, problems, failed)) in zip(files, decoded) {
            result.diagnostics.append(contentsOf: problems)
            if failed { result.failed.insert(folder + "/" + file.slug) }
            switch entry {
            case .cluster(let value): result.clusters.append(value)
            case .producer(let value): result.producers.append(value)
            case .product(let value): result.products.append(value)
            case .motif(let value): result.motifs.append(value)
            case .page(let value): result.pages.append(value)
            case nil: break
            }
        }
    }

    // MARK: File system

    private func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : display(relative)
    }

    private func isDirectory(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDir) && isDir.boolValue
    }

    /// Names in a folder, sorted by code point, without hidden and editor backup files.
    private func listing(_ relative: String, realRoot: String, into diagnostics: inout Diagnostics) -> [String] {
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: absolute(relative))
            return names.filter { !Self.isIgnored($0) }.sorted {
                $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
            }.filter { name in
                let child = relative.isEmpty ? name : relative + "/" + name
                return checkInside(child, realRoot: realRoot, into: &diagnostics)
            }
        } catch {
            diagnostics.error(SourceLocation(path: absolute(relative)), "cannot read folder: \(Self.reason(error))")
            return []
        }
    }

    /// Hidden files, editor backups and OS litter are skipped silently.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".bak") || name.hasSuffix(".orig") || name.hasSuffix(".tmp")
            || name == "Thumbs.db" || name == "desktop.ini"
    }

    /// A symbolic link is followed only if it resolves inside the content folder.
    private func checkInside(_ relative: String, realRoot: String, into diagnostics: inout Diagnostics) -> Bool {
        let path = absolute(relative)
        guard (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil else { return true }
        guard let real = Self.realPath(path) else {
            diagnostics.error(SourceLocation(path: path), "symbolic link points to nothing")
            return false
        }
        guard real.hasPrefix(realRoot + "/") else {
            diagnostics.error(
                SourceLocation(path: path),
                "symbolic link points outside the content folder (to \(real)); copy the file in instead")
            return false
        }
        return true
    }

    private func readFile(_ relative: String, required: Bool, into diagnostics: inout Diagnostics)
        -> [UInt8]?
    {
        let path = absolute(relative)
        switch injectedReadFailure?(path).map({ .failure($0) }) ?? SafeRead.bytes(path, limit: Limits.fileBytes) {
        case .success(let bytes):
            return bytes
        case .failure(.missing) where relative == "site.yml":
            diagnostics.error(SourceLocation(path: path), "missing site.yml: create it with at least 'title: Your catalogue name'")
        case .failure(.missing) where !required:
            break
        case .failure(let failure):
            diagnostics.error(SourceLocation(path: path), failure.message)
        }
        return nil
    }

    private func photo(_ relative: String, into diagnostics: inout Diagnostics) -> PhotoFile? {
        let path = absolute(relative)
        let handle: FileHandle
        switch injectedReadFailure?(path).map({ .failure($0) }) ?? SafeRead.open(path) {
        case .success(let opened): handle = FileHandle(fileDescriptor: opened.fd, closeOnDealloc: false)
        case .failure(let failure):
            diagnostics.error(SourceLocation(path: path), "cannot read photo: " + failure.reason)
            return nil
        }
        defer { try? handle.close() }
        var bytes = [UInt8]((try? handle.read(upToCount: ImageInfo.headerSize)) ?? Data())
        var info = ImageInfo.probe(bytes)
        if info == nil, bytes.starts(with: [0xFF, 0xD8]), bytes.count == ImageInfo.headerSize {
            // A JPEG whose frame header sits behind a large EXIF block.
            bytes += [UInt8]((try? handle.readToEnd()) ?? Data())
            info = ImageInfo.probe(bytes)
        }
        let real = Self.realPath(path) ?? path
        return PhotoFile(sourcePath: real, displayPath: path, info: info)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
