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
        // Prices are in rupiah: `currency` may only say so.
        if let raw = fields.string("currency"), raw.value.uppercased() != "IDR" {
            fields.diagnostics.error(raw.location, .unsupportedCurrency(value: raw.value))
        }
        fields.reportUnknownKeys()
        guard let title, fields.isValid else { return (nil, fields.diagnostics.items) }
        return (
            SiteConfig(title: title.value, description: description?.value, language: language, baseURL: baseURL),
            fields.diagnostics.items
        )
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
