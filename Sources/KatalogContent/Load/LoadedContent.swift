/// Everything read from `content/`: decoded entries by slug, photos found, and the problems met,
/// kept per file so that a file read again replaces exactly what it was (`apply`).
package struct LoadedContent: Sendable {
    package var site: SiteConfig?
    package var sitePath: String
    package var clusters: [String: Cluster] = [:]
    package var producers: [String: Producer] = [:]
    package var products: [String: Product] = [:]
    package var motifs: [String: MotifDescription] = [:]
    package var pages: [String: Page] = [:]
    /// Files in `content/products/<slug>/`, by product slug then file name.
    package var productFolders: [String: [String: PhotoFile]] = [:]
    /// The display path of each product folder, for warnings.
    package var productFolderPaths: [String: String] = [:]
    /// Files in `content/images/`, by file name.
    package var sharedImages: [String: PhotoFile] = [:]
    /// Problems of the folder scan: stray files and folders, unreadable folders, links.
    package var scanProblems: [Diagnostic] = []
    /// Problems of `site.yml`.
    package var siteProblems: [Diagnostic] = []
    /// The language site.yml asks for, which messages are printed in: its `language` even when
    /// another field of site.yml is wrong; `id` (the default of `language`) when it cannot be read.
    package var siteLanguage: Language = .id
    /// Problems of each entry file, by `<folder>/<slug>`.
    package var fileProblems: [String: [Diagnostic]] = [:]
    /// `<folder>/<slug>` of every Markdown file that exists but could not be decoded or was refused
    /// for its name: references to it are not reported again, its own errors say what to fix.
    package var failed: Set<String> = []

    package init(site: SiteConfig? = nil, sitePath: String) {
        self.site = site
        self.sitePath = sitePath
    }

    /// Every problem met while loading.
    package var diagnostics: [Diagnostic] {
        scanProblems + siteProblems + fileProblems.keys.sorted().flatMap { fileProblems[$0]! }
    }

    /// Puts a file read on its own in place of what it was.
    package mutating func apply(_ file: LoadedFile) {
        let key = file.kind.rawValue + "/" + file.slug
        fileProblems[key] = file.diagnostics.isEmpty ? nil : file.diagnostics
        if file.entry == nil { failed.insert(key) } else { failed.remove(key) }
        switch file.kind {
        case .cluster: clusters[file.slug] = nil
        case .producer: producers[file.slug] = nil
        case .product: products[file.slug] = nil
        case .motif: motifs[file.slug] = nil
        case .page: pages[file.slug] = nil
        }
        switch file.entry {
        case .cluster(let value): clusters[value.slug] = value
        case .producer(let value): producers[value.slug] = value
        case .product(let value): products[value.slug] = value
        case .motif(let value): motifs[value.slug] = value
        case .page(let value): pages[value.slug] = value
        case nil: break
        }
    }

    /// Forgets an entry file that was deleted.
    package mutating func remove(_ kind: EntryKind, slug: String) {
        apply(LoadedFile(kind: kind, slug: slug, entry: nil, diagnostics: []))
        failed.remove(kind.rawValue + "/" + slug)
    }

    /// The entry file `<kind folder>/<slug>.md` as the last load or `apply` left it; nil when no
    /// such file was read.
    package func file(_ kind: EntryKind, slug: String) -> LoadedFile? {
        let key = kind.rawValue + "/" + slug
        let entry: Entry? =
            switch kind {
            case .cluster: clusters[slug].map(Entry.cluster)
            case .producer: producers[slug].map(Entry.producer)
            case .product: products[slug].map(Entry.product)
            case .motif: motifs[slug].map(Entry.motif)
            case .page: pages[slug].map(Entry.page)
            }
        guard entry != nil || failed.contains(key) else { return nil }
        return LoadedFile(kind: kind, slug: slug, entry: entry, diagnostics: fileProblems[key] ?? [])
    }
}
