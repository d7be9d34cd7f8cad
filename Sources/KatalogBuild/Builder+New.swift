import KatalogContent
import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `katalog new` is asked to write.
package struct NewEntryRequest: Sendable {
    package var kind: EntryKind
    package var slug: String
    /// `--name`; nil: made from the slug.
    package var name: String?
    /// `--cluster` of a producer, `--producer` of a product; not read for the other kinds.
    package var reference: String?
    /// The content folder as the user named it.
    package var content: String
    package var workingDirectory: String
    /// A product's `added`.
    package var today: Day

    package init(
        kind: EntryKind, slug: String, name: String? = nil, reference: String? = nil, content: String = "content",
        workingDirectory: String, today: Day
    ) {
        self.kind = kind
        self.slug = slug
        self.name = name
        self.reference = reference
        self.content = content
        self.workingDirectory = workingDirectory
        self.today = today
    }
}

/// What `katalog new` did, as one line in the site's language: for standard output when it
/// succeeded, for standard error when it refused.
package struct NewEntryOutcome: Sendable, Equatable {
    package var succeeded: Bool
    package var line: String
}

extension Builder {
    /// Writes a new content file (`NewEntry`) at `<content>/<kind folder>/<slug>.md`, after the
    /// checks the loader and the resolver would make of it: the slug (the loader's name rules), the
    /// cluster or producer it names (it must exist; a misspelling gets the nearest), and the file,
    /// which must not exist: nothing is ever replaced.
    package static func create(_ request: NewEntryRequest) -> NewEntryOutcome {
        let loader = ContentLoader(root: request.content, workingDirectory: request.workingDirectory)
        let root = FileSystem.absolute(request.content, in: request.workingDirectory)
        guard FileSystem.isDirectory(root) else {
            return NewEntryOutcome(
                succeeded: false, line: NewEntry.Refusal.contentFolderMissing(path: request.content).line(.id))
        }
        let language = loader.loadSite().0?.language ?? .id
        switch prepare(request, loader: loader, root: root, language: language) {
        case .failure(let refusal):
            return NewEntryOutcome(succeeded: false, line: refusal.line(language))
        case .success(let entry):
            let relative = request.kind.rawValue + "/" + request.slug + ".md"
            let folder = root + "/" + request.kind.rawValue
            do throws(SystemError) {
                if !FileSystem.isDirectory(folder) { try FileSystem.makeDirectory(folder) }
            } catch {
                let refusal = NewEntry.Refusal.cannotWrite(
                    path: loader.display(request.kind.rawValue), reason: "\(error)")
                return NewEntryOutcome(succeeded: false, line: refusal.line(language))
            }
            do throws(SystemError) {
                try FileSystem.createFile(root + "/" + relative, Array(entry.text.utf8))
            } catch {
                let refusal: NewEntry.Refusal =
                    error.code == EEXIST
                    ? .fileExists(path: loader.display(relative))
                    : .cannotWrite(path: loader.display(relative), reason: "\(error)")
                return NewEntryOutcome(succeeded: false, line: refusal.line(language))
            }
            let check = "katalog check" + (request.content == "content" ? "" : " --content " + request.content)
            return NewEntryOutcome(
                succeeded: true,
                line: NewEntry.created(path: loader.display(relative), check: check, language: language))
        }
    }

    /// The entry to write, or why not. Reads folder listings only.
    private static func prepare(
        _ request: NewEntryRequest, loader: ContentLoader, root: String, language: Language
    ) -> Result<NewEntry, NewEntry.Refusal> {
        let kind = request.kind
        let slug = request.slug
        switch ContentLoader.nameProblem(kind, slug: slug) {
        case .invalidFileName(_, let suggestion): return .failure(.invalidSlug(slug: slug, suggestion: suggestion))
        case .reservedPageName: return .failure(.reservedPageSlug(slug: slug))
        case .reservedFileName: return .failure(.reservedSlug(kind: kind, slug: slug))
        default: break
        }
        let name = request.name.map(NewEntry.normalizedName) ?? NewEntry.name(fromSlug: slug)
        if name.isEmpty { return .failure(.emptyName) }
        if kind == .motif, Slug.make(name) != slug {
            return .failure(.motifNameMismatch(name: name, nameSlug: Slug.make(name)))
        }
        let relative = kind.rawValue + "/" + slug + ".md"
        if FileSystem.exists(root + "/" + relative) { return .failure(.fileExists(path: loader.display(relative))) }
        var reference: String?
        if let referenced = NewEntry.referencedKind(of: kind) {
            let slugs = entrySlugs(referenced, root: root)
            guard let wanted = request.reference else {
                return .failure(.referenceNotGiven(kind: referenced, available: slugs))
            }
            guard slugs.contains(wanted) else {
                let suggestion = Spelling.nearest(to: wanted, in: slugs)
                let nearest =
                    suggestion != nil
                    ? []
                    : slugs.map { (slug: $0, distance: Spelling.distance(wanted.lowercased(), $0)) }
                        .sorted { ($0.distance, $0.slug) < ($1.distance, $1.slug) }.prefix(5).map(\.slug)
                return .failure(
                    .unknownReference(kind: referenced, slug: wanted, suggestion: suggestion, nearest: nearest))
            }
            reference = wanted
        }
        return .success(
            NewEntry(kind: kind, slug: slug, name: name, reference: reference, today: request.today, language: language)
        )
    }

    /// The slugs of the entry files of `kind` the loader would accept by name, in code-point order.
    private static func entrySlugs(_ kind: EntryKind, root: String) -> [String] {
        let names = (try? FileSystem.names(in: root + "/" + kind.rawValue)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
            .filter { ContentLoader.nameProblem(kind, slug: $0) == nil }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}
