/// The kinds of Markdown file in `content/`, by folder.
package enum EntryKind: String, Sendable, CaseIterable, Codable {
    case cluster = "clusters"
    case producer = "producers"
    case product = "products"
    case motif = "motifs"
    case page = "pages"

    /// `cluster`, `producer`, …: the kind in a sentence, and the scheme of a body's links to it.
    package var singular: String { String(rawValue.dropLast()) }

    /// The kind whose links use this scheme (lowercase), if any.
    package init?(scheme: String) {
        guard let kind = Self.allCases.first(where: { $0.singular == scheme }) else { return nil }
        self = kind
    }

    /// Names a free page (`<slug>/` at the top of the site) may not take: every top-level folder
    /// and file name of the site's URL layout (docs/content.md §10), with the extension left off.
    /// KatalogRender's route tests check that each top-level name of `Route` is here.
    package static let reservedPageSlugs: Set<String> = [
        "404", "assets", "catalogue", "clusters", "favicon", "feed", "icons", "images", "in-stock", "index",
        "motifs", "page", "pages", "prices", "print", "producers", "products", "provinces", "search", "site",
        "sitemap", "submit", "techniques",
    ]

    /// A slug no entry of any kind may take: lists are numbered at `<list>/page/2/`, so a product,
    /// producer, cluster or motif called `page` would share its folder with the numbered pages.
    package static let reservedSlug = "page"
}
