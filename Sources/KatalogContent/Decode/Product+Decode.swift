extension Product {
    static func decode(slug: String, fields: inout Fields, body: Body) -> Product? {
        let name = fields.string("name", required: true)
        let producer = fields.string("producer", required: true)
        let motifs = fields.list("motifs")
        var technique: Technique?
        if let raw = fields.string("technique") {
            technique = Technique(rawValue: raw.value.lowercased())
            if technique == nil {
                let all = Technique.allCases.map(\.rawValue)
                fields.diagnostics.error(
                    raw.location,
                    .unknownTechnique(
                        value: raw.value, suggestion: Spelling.nearest(to: raw.value.lowercased(), in: all), known: all)
                )
            }
        }
        let material = fields.string("material")
        let size = fields.string("size")
        var price: Int?
        if let raw = fields.scalar("price") {
            switch Price.parse(raw.text) {
            case .success(let value): price = value
            case .failure(.formatted(let suggestion)):
                fields.diagnostics.error(raw.location, .priceFormatted(value: raw.text, suggestion: suggestion))
            case .failure(.notPositive): fields.diagnostics.error(raw.location, .priceNotPositive(value: raw.text))
            case .failure(.fraction): fields.diagnostics.error(raw.location, .priceFraction(value: raw.text))
            case .failure(.notANumber): fields.diagnostics.error(raw.location, .priceNotANumber(value: raw.text))
            }
        }
        let colors = fields.list("colors").map(\.value)
        let photos = fields.list("photos")
        for photo in photos {
            if let problem = photoNameProblem(photo.value) { fields.diagnostics.error(photo.location, problem) }
        }
        let available = fields.bool("available")?.value ?? true
        let featured = fields.bool("featured")?.value ?? false
        let added = fields.day("added")
        guard let producer else { return nil }
        return Product(
            slug: slug, name: name?.value ?? slug, producer: producer, motifNames: motifs, technique: technique,
            material: material?.value, size: size?.value, price: price, colors: colors, photos: photos,
            available: available, featured: featured, added: added?.value, body: body)
    }

    /// Photos are bare file names: no folders, no URLs, nothing that could leave `content/` or take
    /// the place of the product's page in its output folder.
    package static func photoNameProblem(_ name: String) -> Diagnostic.Reason? {
        let lower = name.lowercased()
        if lower.contains("://") || lower.hasPrefix("data:") || lower.hasPrefix("//") { return .photoIsURL(name: name) }
        if name.contains("/") || name.contains("\\") { return .photoHasFolder(name: name) }
        if name == "." || name == ".." || name.hasPrefix(".") { return .photoNameUnusable(name: name) }
        if name == "index.html" { return .photoNameReserved(name: name) }
        return nil
    }
}
