import KatalogSystem

/// A file from outside the catalogue, checked as if it were in it: a producer's sheet sent by
/// WhatsApp and saved in `~/Downloads`, before the maintainer copies it into `content/`.
extension ContentLoader {
    /// Where a file would go in the catalogue: its kind from its folder's name when that is an
    /// entry folder (`…/producers/x.md` is a producer), otherwise `kind`; its slug from its name
    /// without `.md`.
    package static func placement(of path: String, otherwise kind: EntryKind) -> (kind: EntryKind, slug: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        let name = parts.last.map(String.init) ?? path
        let folder = parts.count >= 2 ? EntryKind(rawValue: String(parts[parts.count - 2])) : nil
        return (folder ?? kind, name.hasSuffix(".md") ? String(name.dropLast(3)) : name)
    }

    /// Reads and decodes the file at `path` (as the user gave it: messages name it so) as the
    /// catalogue's `<kind>/<slug>.md`: exactly what `loadFile` makes of a file there, its name
    /// checked first. A name without `.md` is an error: in the catalogue the file would be ignored.
    package func loadSentFile(_ path: String, kind: EntryKind, slug: String) -> LoadedFile {
        let location = SourceLocation(path: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".md") else {
            return LoadedFile(
                kind: kind, slug: slug, entry: nil, diagnostics: [.error(location, .notMarkdownFile(name: name))])
        }
        if let problem = Self.nameProblem(kind, slug: slug) {
            return LoadedFile(kind: kind, slug: slug, entry: nil, diagnostics: [.error(location, problem)])
        }
        var diagnostics = Diagnostics()
        let bytes: [UInt8]
        switch injectedReadFailure?(path).map({ .failure($0) })
            ?? SafeRead.bytes(FileSystem.absolute(path, in: workingDirectory), limit: Limits.fileBytes)
        {
        case .success(let read): bytes = read
        case .failure(let failure):
            return LoadedFile(
                kind: kind, slug: slug, entry: nil, diagnostics: [.error(location, .unreadableFile(failure))])
        }
        guard let source = SourceText.decode(bytes, path: path, into: &diagnostics) else {
            return LoadedFile(kind: kind, slug: slug, entry: nil, diagnostics: diagnostics.items)
        }
        let (entry, problems) = Entry.decode(kind: kind, slug: slug, path: path, text: source.text)
        return LoadedFile(kind: kind, slug: slug, entry: entry, diagnostics: diagnostics.items + problems)
    }

    /// The photos a sent product sheet lists that were sent with it: in a folder named after its
    /// slug beside it (as `products/<slug>/` in the catalogue), or beside it. Each is found by the
    /// name the sheet lists, never by listing the folder (a Downloads folder holds anything), and
    /// read as the catalogue reads its photos; with the problems of those that cannot be opened.
    /// None when the sheet is in the catalogue's own `products/` folder: its photos are the
    /// catalogue's.
    package func photosSent(
        with path: String, product: Product
    ) -> (photos: [String: PhotoFile], problems: [Diagnostic]) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let prefix = folder.isEmpty && !path.hasPrefix("/") ? "" : folder + "/"
        let own = FileSystem.realPath(FileSystem.absolute(display(EntryKind.product.rawValue), in: workingDirectory))
        if let own, FileSystem.realPath(FileSystem.absolute(prefix.isEmpty ? "." : prefix, in: workingDirectory)) == own
        {
            return ([:], [])
        }
        var found: [String: PhotoFile] = [:]
        var problems = Diagnostics()
        for name in product.photos.map(\.value) where Product.photoNameProblem(name) == nil && found[name] == nil {
            for candidate in [prefix + product.slug + "/" + name, prefix + name] {
                let absolute = FileSystem.absolute(candidate, in: workingDirectory)
                guard FileSystem.exists(absolute), !FileSystem.isDirectory(absolute) else { continue }
                if let photo = photo(display: candidate, absolute: absolute, into: &problems) { found[name] = photo }
                break
            }
        }
        return (found, problems.items)
    }
}
