/// The UI language of the site.
package enum Language: String, Sendable, CaseIterable, Codable {
    case id, en
}

/// `content/site.yml`.
package struct SiteConfig: Sendable, Equatable {
    package var title: String
    package var description: String?
    package var language: Language
    /// Absolute http(s) URL ending in `/`, or nil.
    package var baseURL: String?

    package init(title: String, description: String? = nil, language: Language = .id, baseURL: String? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
    }
}
