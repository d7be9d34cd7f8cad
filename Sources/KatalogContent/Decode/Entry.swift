/// One decoded content file.
package enum Entry: Sendable, Equatable {
    case cluster(Cluster)
    case producer(Producer)
    case product(Product)
    case motif(MotifDescription)
    case page(Page)

    /// Decodes a content file of `kind`. Pure: text in, entry and problems out. An entry with
    /// errors in some fields is still returned (the errors stop the build), so that the resolver
    /// also checks its references: every problem is reported in one run. Nil when the file cannot
    /// be read as front matter at all, or lacks what identifies it.
    package static func decode(
        kind: EntryKind, slug: String, path: String, text: String
    ) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        guard Limits.checkLines(text, path: path, into: &diagnostics) else { return (nil, diagnostics.items) }
        let split: FrontMatter
        let start = SourceLocation(path: path, line: 1, column: 1)
        switch FrontMatter.split(text) {
        case .success(let value):
            split = value
        case .failure(.missingOpeningFence):
            return (nil, [.error(start, .missingFrontMatter)])
        case .failure(.missingClosingFence):
            return (nil, [.error(start, .frontMatterNotClosed)])
        case .failure(.tooLarge(let bytes)):
            return (nil, [.error(start, .frontMatterTooLarge(bytes: bytes, limit: Limits.frontMatterBytes))])
        }
        var fields = Fields(yaml: split.yaml, firstLine: FrontMatter.firstYAMLLine, path: path)
        guard fields.isValid else { return (nil, fields.diagnostics.items) }
        let (body, bodyProblems) = Body.parse(split.body, path: path)
        let entry: Entry?
        switch kind {
        case .cluster: entry = Cluster.decode(slug: slug, fields: &fields, body: body).map(Entry.cluster)
        case .producer: entry = Producer.decode(slug: slug, fields: &fields, body: body).map(Entry.producer)
        case .product: entry = Product.decode(slug: slug, fields: &fields, body: body).map(Entry.product)
        case .motif: entry = MotifDescription.decode(slug: slug, fields: &fields, body: body).map(Entry.motif)
        case .page: entry = Page.decode(slug: slug, fields: &fields, body: body).map(Entry.page)
        }
        fields.reportUnknownKeys()
        return (entry, fields.diagnostics.items + bodyProblems)
    }
}

// A missing name is an error; the slug stands in for it so that the rest of the file (references,
// motifs, photos, body) is still checked in the same run.

extension Cluster {
    static func decode(slug: String, fields: inout Fields, body: Body) -> Cluster? {
        let name = fields.string("name", required: true)
        let province = fields.string("province", required: true)
        let city = fields.string("city")
        let established = fields.year("established")
        let coordinator = fields.string("coordinator")
        let contact = fields.contact(requirePhone: false)
        guard let province else { return nil }
        return Cluster(
            slug: slug, name: name?.value ?? slug, province: province.value, city: city?.value,
            established: established?.value, coordinator: coordinator?.value, contact: contact, body: body)
    }
}

extension Producer {
    static func decode(slug: String, fields: inout Fields, body: Body) -> Producer? {
        let name = fields.string("name", required: true)
        let cluster = fields.string("cluster", required: true)
        let contact = fields.contact(requirePhone: true)
        let owner = fields.string("owner")
        let address = fields.string("address")
        let since = fields.year("since")
        guard let cluster else { return nil }
        return Producer(
            slug: slug, name: name?.value ?? slug, cluster: cluster, owner: owner?.value, address: address?.value,
            since: since?.value, contact: contact, body: body)
    }
}

extension MotifDescription {
    static func decode(slug: String, fields: inout Fields, body: Body) -> MotifDescription? {
        let name = fields.string("name", required: true)
        let origin = fields.string("origin")
        guard let name else { return nil }
        return MotifDescription(slug: slug, name: name, origin: origin?.value, body: body)
    }
}

extension Page {
    static func decode(slug: String, fields: inout Fields, body: Body) -> Page? {
        let name = fields.string("name", required: true)
        return Page(slug: slug, name: name?.value ?? slug, body: body)
    }
}
