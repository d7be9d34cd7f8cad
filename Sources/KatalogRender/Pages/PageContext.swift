import KatalogContent
import KatalogImages

/// What a page kind needs to make its view: the catalogue, the words, and the links from the page
/// being made. One per page; cheap to make.
package struct PageContext: Sendable {
    package let catalog: Catalog
    package let route: Route
    package let links: Links
    package let words: Words
    package let style: LinkStyle
    /// The browse chips' values, worked out once per build.
    package let summary: BrowseSummary
    /// Each photo's published files, by source path.
    package let photos: [String: ProcessedPhoto]
    /// The files made of the site's logo, if it has one.
    package let logo: [LogoFile: ProcessedPhoto.Variant]

    package init(
        catalog: Catalog, route: Route, style: LinkStyle, summary: BrowseSummary, photos: [String: ProcessedPhoto],
        logo: [LogoFile: ProcessedPhoto.Variant] = [:]
    ) {
        self.logo = logo
        self.catalog = catalog
        self.route = route
        self.style = style
        self.summary = summary
        self.photos = photos
        self.words = Words.of(catalog.site.language)
        // 404.html is served at any depth: its links are absolute when the site has a base URL.
        self.links = Links(from: route, style: style, absoluteBase: route == .notFound ? catalog.site.baseURL : nil)
    }

    /// The link from this page to `route`, escaped for the page.
    package func href(_ route: Route) -> Text { Text(links.href(route)) }

    /// The items on this page of a numbered list of `items`, whose pages are at `route(n)`, and the
    /// pager between them (nil for a list of one page).
    package func page<T>(of items: [T], size: Int, route: (Int) -> Route) -> (items: ArraySlice<T>, pager: PagerView?) {
        let pagination = Pagination(count: items.count, size: size)
        let page = self.route.pageNumber
        return (items[pagination.items(onPage: page)], PagerView(pagination, page: page, route: route, in: self))
    }

    /// The product cards of these slugs; the first row's photos load at once.
    package func cards<S: Sequence>(_ slugs: S) -> [ProductCard] where S.Element == String {
        slugs.enumerated().map { ProductCard(catalog.productBySlug[$1]!, eager: $0 < ProductCard.eagerCount, in: self) }
    }

    /// The page of a cluster's province.
    package func province(of cluster: Cluster) -> Route? {
        catalog.facets.provinceOfCluster[cluster.slug].map { .province($0) }
    }

    /// The browse chips, the one of this page marked.
    package var browse: BrowseView { BrowseView(summary, in: self) }

    /// A word of the theme, escaped.
    package func word(_ word: Word) -> Text { Text(words[word]) }

    /// The absolute URL of `route`, when the site has a base URL, escaped for the page.
    package func absolute(_ route: Route) -> Text? { absoluteURL(route).map(Text.init) }

    /// The absolute URL of `route`, when the site has a base URL.
    package func absoluteURL(_ route: Route) -> String? {
        catalog.site.baseURL.map { Links.absolute(route, base: $0, style: style) }
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
