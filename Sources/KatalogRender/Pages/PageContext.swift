import KatalogContent

/// What a page kind needs to make its view: the catalogue, the words, and the links from the page
/// being made. One per page; cheap to make.
package struct PageContext: Sendable {
    package let catalog: Catalog
    package let route: Route
    package let links: Links
    package let words: Words
    package let style: LinkStyle

    package init(catalog: Catalog, route: Route, style: LinkStyle) {
        self.catalog = catalog
        self.route = route
        self.style = style
        self.words = Words.of(catalog.site.language)
        // 404.html is served at any depth: its links are absolute when the site has a base URL.
        self.links = Links(from: route, style: style, absoluteBase: route == .notFound ? catalog.site.baseURL : nil)
    }

    /// The link from this page to `route`, escaped for the page.
    package func href(_ route: Route) -> Text { Text(links.href(route)) }

    /// A word of the theme, escaped.
    package func word(_ word: Word) -> Text { Text(words[word]) }

    /// The absolute URL of `route`, when the site has a base URL.
    package func absolute(_ route: Route) -> Text? {
        catalog.site.baseURL.map { Text(Links.absolute(route, base: $0, style: style)) }
    }

    /// A body's HTML with its links to other entries filled in for this page.
    package func html(_ body: Body) -> Text {
        Text(body: body, links: links)
    }

    /// The route of an entry link's target.
    static func route(of link: EntryLink) -> Route {
        switch link.target {
        case .product: .product(link.slug)
        case .producer: .producer(link.slug)
        case .cluster: .cluster(link.slug)
        case .motif: .motif(link.slug)
        case .page: .freePage(link.slug)
        }
    }
}
