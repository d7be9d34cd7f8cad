extension LoadedFile {
    /// Whether this file, read again, differs from `old` only in its body's text: same kind and
    /// slug, every field equal (their positions too), the body's links to other entries the same
    /// and no error in either. Then the resolved catalogue differs only in that body, which only
    /// the entry's own page shows (`Route.showingBody`), so a rebuild need look at no other page.
    package func differsOnlyInBody(from old: LoadedFile) -> Bool {
        guard kind == old.kind, slug == old.slug, let entry, let previous = old.entry,
            !diagnostics.contains(where: { $0.severity == .error }),
            !old.diagnostics.contains(where: { $0.severity == .error }),
            entry.body.links == previous.body.links
        else { return false }
        return entry.replacingBody(with: previous.body) == previous
    }
}

extension Entry {
    package var kind: EntryKind {
        switch self {
        case .cluster: .cluster
        case .producer: .producer
        case .product: .product
        case .motif: .motif
        case .page: .page
        }
    }

    package var slug: String {
        switch self {
        case .cluster(let value): value.slug
        case .producer(let value): value.slug
        case .product(let value): value.slug
        case .motif(let value): value.slug
        case .page(let value): value.slug
        }
    }

    package var body: Body {
        switch self {
        case .cluster(let value): value.body
        case .producer(let value): value.body
        case .product(let value): value.body
        case .motif(let value): value.body
        case .page(let value): value.body
        }
    }

    package func replacingBody(with body: Body) -> Entry {
        switch self {
        case .cluster(var value):
            value.body = body
            return .cluster(value)
        case .producer(var value):
            value.body = body
            return .producer(value)
        case .product(var value):
            value.body = body
            return .product(value)
        case .motif(var value):
            value.body = body
            return .motif(value)
        case .page(var value):
            value.body = body
            return .page(value)
        }
    }
}
