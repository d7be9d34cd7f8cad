/// The kinds of Markdown file in `content/`, by folder.
public enum EntryKind: String, Sendable, CaseIterable {
    case cluster = "clusters"
    case producer = "producers"
    case product = "products"
    case motif = "motifs"
    case page = "pages"

    /// Page slugs that would collide with the site's own folders and files.
    public static let reservedPageSlugs: Set<String> = [
        "clusters", "producers", "products", "motifs", "pages", "assets", "images", "404", "index",
        "sitemap", "feed", "search",
    ]
}

/// One decoded content file.
public enum Entry: Sendable {
    case cluster(Cluster)
    case producer(Producer)
    case product(Product)
    case motif(MotifDescription)
    case page(Page)

    /// Decodes a content file of `kind`. Pure: text in, entry and problems out.
    public static func decode(
        kind: EntryKind, slug: String, path: String, text: String
    ) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        guard Limits.checkLines(text, path: path, into: &diagnostics) else { return (nil, diagnostics.items) }
        let split: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let value):
            split = value
        case .failure(.missingOpeningFence):
            diagnostics.error(
                SourceLocation(path: path, line: 1, column: 1),
                "missing front matter: the file must start with a line '---', then fields like 'name: ...', then '---'")
            return (nil, diagnostics.items)
        case .failure(.missingClosingFence):
            diagnostics.error(
                SourceLocation(path: path, line: 1, column: 1),
                "front matter opened here is never closed: add a line '---' after the last field")
            return (nil, diagnostics.items)
        case .failure(.tooLarge(let bytes)):
            diagnostics.error(
                SourceLocation(path: path, line: 1, column: 1),
                "front matter is larger than \(Limits.kib(Limits.frontMatterBytes)) (\(bytes) bytes so far); "
                    + "put long text in the body, below the second '---'")
            return (nil, diagnostics.items)
        }
        var fields = Fields(yaml: split.yaml, firstLine: split.yamlFirstLine, path: path)
        guard fields.isValid else { return (nil, fields.diagnostics.items) }
        let body = Body(markdown: split.body, path: path)
        let entry: Entry?
        switch kind {
        case .cluster: entry = decodeCluster(slug: slug, fields: &fields, body: body).map(Entry.cluster)
        case .producer: entry = decodeProducer(slug: slug, fields: &fields, body: body).map(Entry.producer)
        case .product: entry = decodeProduct(slug: slug, fields: &fields, body: body).map(Entry.product)
        case .motif: entry = decodeMotif(slug: slug, fields: &fields, body: body).map(Entry.motif)
        case .page: entry = decodePage(slug: slug, fields: &fields, body: body).map(Entry.page)
        }
        fields.reportUnknownKeys()
        // An entry with errors in some fields is still returned (the errors stop the build), so
        // that the resolver also checks its references: every problem is reported in one run.
        return (entry, fields.diagnostics.items)
    }

    // A missing name is an error; the slug stands in for it so that the rest of the file
    // (references, motifs, photos, body) is still checked in the same run.

    static func decodeCluster(slug: String, fields: inout Fields, body: Body) -> Cluster? {
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

    static func decodeProducer(slug: String, fields: inout Fields, body: Body) -> Producer? {
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

    static func decodeProduct(slug: String, fields: inout Fields, body: Body) -> Product? {
        let name = fields.string("name", required: true)
        let producer = fields.string("producer", required: true)
        let motifs = fields.list("motifs")
        var technique: Technique?
        if let raw = fields.string("technique") {
            technique = Technique(rawValue: raw.value.lowercased())
            if technique == nil {
                let all = Technique.allCases.map(\.rawValue)
                var message = "unknown technique '\(raw.value)'; use one of: \(all.joined(separator: ", "))"
                if let guess = Spelling.nearest(to: raw.value.lowercased(), in: all) {
                    message = "unknown technique '\(raw.value)'; did you mean '\(guess)'? (one of: \(all.joined(separator: ", ")))"
                }
                fields.diagnostics.error(raw.location, message)
            }
        }
        let material = fields.string("material")
        let size = fields.string("size")
        var price: Int?
        if let raw = fields.scalar("price") {
            switch Price.parse(raw.text) {
            case .success(let value): price = value
            case .failure(.formatted(let suggestion)):
                fields.diagnostics.error(
                    raw.location,
                    "price '\(raw.text)' is written with a currency or thousands separator; write digits only: price: \(suggestion)")
            case .failure(.notPositive):
                fields.diagnostics.error(
                    raw.location,
                    "price '\(raw.text)' must be more than 0; leave price out to show \"Hubungi penjual\"")
            case .failure(.fraction):
                fields.diagnostics.error(
                    raw.location, "price '\(raw.text)' has a fraction; write whole rupiah, like price: 450000")
            case .failure(.notANumber):
                fields.diagnostics.error(
                    raw.location,
                    "price '\(raw.text)' is not a number; write whole rupiah, like price: 450000, or leave price out")
            }
        }
        let colors = fields.list("colors").map(\.value)
        let photos = fields.list("photos")
        for photo in photos {
            if let problem = photoNameProblem(photo.value) {
                fields.diagnostics.error(photo.location, problem)
            }
        }
        let available = fields.bool("available")?.value ?? true
        let featured = fields.bool("featured")?.value ?? false
        guard let producer else { return nil }
        return Product(
            slug: slug, name: name?.value ?? slug, producer: producer, motifNames: motifs, technique: technique,
            material: material?.value, size: size?.value, price: price, colors: colors, photos: photos,
            available: available, featured: featured, body: body)
    }

    /// Photos are bare file names: no folders, no URLs, nothing that could leave `content/`.
    static func photoNameProblem(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower.contains("://") || lower.hasPrefix("data:") || lower.hasPrefix("//") {
            return "photo '\(name)' is a URL; copy the file into the product's folder and write its file name"
        }
        if name.contains("/") || name.contains("\\") {
            return "photo '\(name)' must be a bare file name without folders, like kain-1.jpg"
        }
        if name == "." || name == ".." || name.hasPrefix(".") {
            return "photo '\(name)' is not a usable file name"
        }
        return nil
    }

    static func decodeMotif(slug: String, fields: inout Fields, body: Body) -> MotifDescription? {
        let name = fields.string("name", required: true)
        let origin = fields.string("origin")
        guard let name else { return nil }
        return MotifDescription(slug: slug, name: name, origin: origin?.value, body: body)
    }

    static func decodePage(slug: String, fields: inout Fields, body: Body) -> Page? {
        let name = fields.string("name", required: true)
        return Page(slug: slug, name: name?.value ?? slug, body: body)
    }
}

extension Fields {
    /// phone, whatsapp, email and website, each checked.
    mutating func contact(requirePhone: Bool) -> Contact {
        let phone = phoneNumber("phone")
        let whatsapp = phoneNumber("whatsapp")
        if let whatsapp, !whatsapp.value.isMobile {
            diagnostics.warning(
                whatsapp.location,
                "whatsapp number '\(whatsapp.value.display)' is not a mobile number (08...); WhatsApp usually needs a mobile")
        }
        if requirePhone, !hasValue("phone"), !hasValue("whatsapp") {
            diagnostics.error(fileStart, "missing 'phone' or 'whatsapp': buyers need at least one number to call")
        }
        var email: String?
        if let raw = string("email") {
            if WebAddress.isEmail(raw.value) {
                email = raw.value
            } else {
                diagnostics.error(raw.location, "email '\(raw.value)' does not look like name@domain.tld")
            }
        }
        var website: String?
        if let raw = string("website") {
            if WebAddress.isWebURL(raw.value) {
                website = raw.value
            } else {
                diagnostics.error(
                    raw.location, "website '\(raw.value)' must be a full address starting with https:// or http://")
            }
        }
        return Contact(phone: phone?.value, whatsapp: whatsapp?.value, email: email, website: website)
    }

    mutating func phoneNumber(_ key: String) -> Located<PhoneNumber>? {
        guard let raw = scalar(key) else { return nil }
        switch PhoneNumber.parse(raw.text) {
        case .success(let number):
            return Located(number, at: raw.location)
        case .failure(.invalidCharacter(let c)):
            diagnostics.error(
                raw.location,
                "\(key) number '\(raw.text)' contains '\(c)'; write digits with spaces, '-', '.', '( )' or a leading '+'")
        case .failure(.notIndonesian):
            diagnostics.error(
                raw.location,
                "\(key) number '\(raw.text)' is not an Indonesian number; write it like 0812-3456-7890 or +62 812 3456 7890")
        case .failure(.wrongLength(let digits)):
            diagnostics.error(
                raw.location,
                "\(key) number '\(raw.text)' has \(digits) digits after the 0 or +62; an Indonesian number has 7 to 12")
        }
        return nil
    }
}
