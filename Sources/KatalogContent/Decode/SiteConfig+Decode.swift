extension SiteConfig {
    /// Decodes `site.yml` (plain YAML, no front-matter fences).
    package static func decode(yaml: String, path: String) -> (SiteConfig?, [Diagnostic]) {
        var fields = Fields(yaml: yaml, firstLine: 1, path: path)
        guard fields.isValid else { return (nil, fields.diagnostics.items) }
        let title = fields.string("title", required: true)
        let description = fields.string("description")
        var language = Language.id
        if let raw = fields.string("language") {
            if let value = Language(rawValue: raw.value.lowercased()) {
                language = value
            } else {
                fields.diagnostics.error(raw.location, .invalidLanguage(value: raw.value))
            }
        }
        var baseURL: String?
        if let raw = fields.string("base_url") {
            baseURL = checkBaseURL(raw.value, at: raw.location, into: &fields.diagnostics)
        }
        let pageSize = fields.wholeNumber("page_size", in: 4...200)
        let directoryPageSize = fields.wholeNumber("directory_page_size", in: 10...1000)
        let priceBands = decodePriceBands(&fields)
        let logo = fields.string("logo")
        let submissions = decodeSubmissions(&fields)
        // Prices are in rupiah: `currency` may only say so.
        if let raw = fields.string("currency"), raw.value.uppercased() != "IDR" {
            fields.diagnostics.error(raw.location, .unsupportedCurrency(value: raw.value))
        }
        fields.reportUnknownKeys()
        guard let title, fields.isValid else { return (nil, fields.diagnostics.items) }
        return (
            SiteConfig(
                title: title.value, description: description?.value, language: language, baseURL: baseURL,
                pageSize: pageSize?.value ?? defaultPageSize,
                directoryPageSize: directoryPageSize?.value ?? defaultDirectoryPageSize,
                priceBands: priceBands ?? defaultPriceBands, logo: logo, submissions: submissions),
            fields.diagnostics.items
        )
    }

    /// The language `site.yml` asks for, read on its own: its messages are in that language even
    /// when another field is wrong. Nil when the YAML cannot be read or names no known language.
    package static func language(yaml: String, path: String) -> Language? {
        var fields = Fields(yaml: yaml, firstLine: 1, path: path)
        guard fields.isValid, let raw = fields.string("language") else { return fields.isValid ? .id : nil }
        return Language(rawValue: raw.value.lowercased())
    }

    /// `submissions:` with the maintainer's `whatsapp:` indented below it, read as every `whatsapp`
    /// number (a landline is a warning, a toll-free number an error).
    static func decodeSubmissions(_ fields: inout Fields) -> Submissions? {
        guard var section = fields.section("submissions", example: "whatsapp: 0812-3456-7890") else { return nil }
        let whatsapp = section.phoneNumber("whatsapp")
        if !section.hasValue("whatsapp") {
            section.diagnostics.error(section.fileStart, .missingField(key: "whatsapp"))
        }
        section.reportUnknownKeys()
        fields.diagnostics.append(contentsOf: section.diagnostics.items)
        return whatsapp.map { Submissions(whatsapp: $0.value) }
    }

    /// At most how many limits `price_bands` may list.
    static let maximumPriceBands = 8

    /// `price_bands: [100000, 250000, 500000, 1000000]`: whole rupiah, ascending.
    static func decodePriceBands(_ fields: inout Fields) -> [Int]? {
        let items = fields.list("price_bands")
        guard !items.isEmpty else { return nil }
        guard items.count <= maximumPriceBands else {
            fields.diagnostics.error(
                items[0].location, .tooManyPriceBands(count: items.count, limit: maximumPriceBands))
            return nil
        }
        var limits: [Int] = []
        for item in items {
            guard case .success(let value) = Price.parse(item.value) else {
                fields.diagnostics.error(item.location, .priceBandNotANumber(value: item.value))
                return nil
            }
            guard value > (limits.last ?? 0) else {
                fields.diagnostics.error(item.location, .priceBandsNotAscending(value: item.value))
                return nil
            }
            limits.append(value)
        }
        return limits
    }

    /// An absolute http(s) URL with no query or fragment, returned with a trailing `/`.
    package static func checkBaseURL(
        _ text: String, at location: SourceLocation, into diagnostics: inout Diagnostics
    )
        -> String?
    {
        guard WebAddress.isWebURL(text), !text.contains("?"), !text.contains("#") else {
            diagnostics.error(location, .invalidBaseURL(value: text))
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
