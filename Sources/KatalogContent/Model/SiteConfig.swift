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
    /// Product cards on one page of a list.
    package var pageSize: Int
    /// Rows on one page of a table (the producer directory, the motif and cluster lists).
    package var directoryPageSize: Int
    /// The limits between price bands, whole rupiah, ascending.
    package var priceBands: [Int]
    /// A PNG or JPEG in `images/` the site's icons and link preview are made from, as written.
    package var logo: Located<String>?
    /// Where producers send new product sheets: with it the site has a submission form (`submit/`).
    package var submissions: Submissions?

    package static let defaultPageSize = 24
    /// 50: a hundred rows, each with a WhatsApp link whose message names the producer, and the
    /// page's structured data, came to 67 KB at 50,000 products (budget 60).
    package static let defaultDirectoryPageSize = 50
    package static let defaultPriceBands = [100_000, 250_000, 500_000, 1_000_000]

    package init(
        title: String, description: String? = nil, language: Language = .id, baseURL: String? = nil,
        pageSize: Int = defaultPageSize, directoryPageSize: Int = defaultDirectoryPageSize,
        priceBands: [Int] = defaultPriceBands, logo: Located<String>? = nil, submissions: Submissions? = nil
    ) {
        self.logo = logo
        self.submissions = submissions
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.pageSize = pageSize
        self.directoryPageSize = directoryPageSize
        self.priceBands = priceBands
    }
}

/// `submissions:` in `site.yml`: the catalogue's maintainer, to whom the submission form sends a
/// producer's product sheet.
package struct Submissions: Sendable, Equatable {
    /// The maintainer's WhatsApp number (`submissions: whatsapp:`), checked as every `whatsapp`.
    package var whatsapp: PhoneNumber

    package init(whatsapp: PhoneNumber) {
        self.whatsapp = whatsapp
    }
}
