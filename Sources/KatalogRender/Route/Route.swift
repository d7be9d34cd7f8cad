import KatalogContent
import KatalogImages

/// Every file of the site, named by what it shows: slugs and page numbers, never positions in a
/// list, so a route stays the same when files are added. `path` is the only place that knows where
/// a route's file goes (docs/content.md §10 is the same layout for people); `Links` the only place
/// that knows how one route links to another.
///
/// Lists that grow are numbered: page 1 is at the list's own address, page N at `<list>/page/N/`.
package enum Route: Hashable, Sendable {
    case home
    case products(page: Int = 1)
    case product(String)
    case producers(page: Int = 1)
    case producer(String, page: Int = 1)
    case clusters(page: Int = 1)
    case cluster(String, page: Int = 1)
    case motifs(page: Int = 1)
    case motif(String, page: Int = 1)
    case techniques
    case technique(String, page: Int = 1)
    case priceBands
    case priceBand(String, page: Int = 1)
    case provinces
    case province(String, page: Int = 1)
    case inStock(page: Int = 1)
    case search
    /// `search/<name>.js`: a part of the search index, loaded by the search page as a script.
    case searchData(String)
    case print
    case printCluster(String, page: Int = 1)
    /// `submit/`: the submission form for producers, when site.yml names the maintainer's number.
    case submit
    /// `submit/producers.js`: the catalogue's producers, loaded by the form as a script.
    case submitProducers
    /// A free page of `content/pages/`, at the top of the site.
    case freePage(String)
    case notFound
    /// `sitemap.xml`: the sitemap itself, or the index of its parts when it has more than one.
    case sitemap
    /// `sitemap-N.xml`, a part of at most 50,000 addresses.
    case sitemapPart(Int)
    case feed
    case catalogueJSON
    case catalogueCSV
    case webManifest
    case favicon
    /// `icons/<name>`: the site's icons in their sizes.
    case icon(String)
    /// `assets/<path>`: the theme's stylesheet and other files.
    case asset(String)
    /// `products/<slug>/<file>`: a photo from the product's own folder.
    case productPhoto(product: String, file: String)
    /// `images/<file>`: a photo shared by several products.
    case sharedImage(String)

    package static let stylesheet = Route.asset("katalog.css")
    /// The printed catalogue's own stylesheet (A4 sheets), linked from its pages only.
    package static let printStylesheet = Route.asset("print.css")

    /// Where one of a photo's published files goes: beside its product's page, or in `images/`,
    /// named by the photo's stem and the file's width (`kain-1-480.webp`).
    package static func photo(_ photo: Photo, _ variant: ProcessedPhoto.Variant) -> Route {
        let file = "\(photo.stem)-\(variant.width).\(variant.format.fileExtension)"
        return switch photo.folder {
        case .product(let slug): .productPhoto(product: slug, file: file)
        case .shared: .sharedImage(file)
        }
    }

    /// The file's path inside the output folder, `/`-separated: `products/batik-gorga/index.html`.
    package var path: String {
        switch self {
        case .home: "index.html"
        case .products(let page): Self.list("products", page)
        case .product(let slug): "products/\(slug)/index.html"
        case .producers(let page): Self.list("producers", page)
        case .producer(let slug, let page): Self.list("producers/\(slug)", page)
        case .clusters(let page): Self.list("clusters", page)
        case .cluster(let slug, let page): Self.list("clusters/\(slug)", page)
        case .motifs(let page): Self.list("motifs", page)
        case .motif(let slug, let page): Self.list("motifs/\(slug)", page)
        case .techniques: "techniques/index.html"
        case .technique(let slug, let page): Self.list("techniques/\(slug)", page)
        case .priceBands: "prices/index.html"
        case .priceBand(let slug, let page): Self.list("prices/\(slug)", page)
        case .provinces: "provinces/index.html"
        case .province(let slug, let page): Self.list("provinces/\(slug)", page)
        case .inStock(let page): Self.list("in-stock", page)
        case .search: "search/index.html"
        case .searchData(let name): "search/\(name).js"
        case .print: "print/index.html"
        case .printCluster(let slug, let page): Self.list("print/\(slug)", page)
        case .submit: "submit/index.html"
        case .submitProducers: "submit/producers.js"
        case .freePage(let slug): "\(slug)/index.html"
        case .notFound: "404.html"
        case .sitemap: "sitemap.xml"
        case .sitemapPart(let number): "sitemap-\(number).xml"
        case .feed: "feed.xml"
        case .catalogueJSON: "catalogue.json"
        case .catalogueCSV: "catalogue.csv"
        case .webManifest: "site.webmanifest"
        case .favicon: "favicon.ico"
        case .icon(let name): "icons/\(name)"
        case .asset(let name): "assets/\(name)"
        case .productPhoto(let product, let file): "products/\(product)/\(file)"
        case .sharedImage(let file): "images/\(file)"
        }
    }

    /// Page 1 of a list at the list's folder, page N below it.
    private static func list(_ folder: String, _ page: Int) -> String {
        page <= 1 ? "\(folder)/index.html" : "\(folder)/page/\(page)/index.html"
    }

    /// The page number of a numbered list, 1 for everything else.
    package var pageNumber: Int {
        switch self {
        case .products(let page), .producers(let page), .clusters(let page), .motifs(let page), .inStock(let page):
            page
        case .producer(_, let page), .cluster(_, let page), .motif(_, let page), .technique(_, let page),
            .priceBand(_, let page), .province(_, let page), .printCluster(_, let page):
            page
        case .home, .product, .techniques, .priceBands, .provinces, .search, .searchData, .print, .submit,
            .submitProducers, .freePage, .notFound,
            .sitemap, .sitemapPart, .feed, .catalogueJSON, .catalogueCSV, .webManifest, .favicon, .icon, .asset,
            .productPhoto, .sharedImage:
            1
        }
    }

    /// The first page of the list this page belongs to (the route itself when it is not numbered).
    package var firstPage: Route {
        switch self {
        case .products: .products()
        case .producers: .producers()
        case .clusters: .clusters()
        case .motifs: .motifs()
        case .inStock: .inStock()
        case .producer(let slug, _): .producer(slug)
        case .cluster(let slug, _): .cluster(slug)
        case .motif(let slug, _): .motif(slug)
        case .technique(let slug, _): .technique(slug)
        case .priceBand(let slug, _): .priceBand(slug)
        case .province(let slug, _): .province(slug)
        case .printCluster(let slug, _): .printCluster(slug)
        default: self
        }
    }

    /// Whether the page belongs in the sitemap: not the 404 page, nor the printed catalogue, whose
    /// pages repeat the products' for paper, nor the producers' submission form (both say `noindex`).
    package var inSitemap: Bool {
        switch self {
        case .notFound, .print, .printCluster, .submit: false
        default: true
        }
    }

    /// The top-level section a page belongs to, for the menu's "you are here": `products` for a
    /// product and for every page of the products list.
    package var section: String {
        String(path.prefix { $0 != "/" })
    }
}

extension Route {
    /// The one page that shows the body of the entry `slug` of `kind` (a product's page, the first
    /// page of a producer, cluster or motif, a free page). Nothing else prints a body: lists,
    /// cards, the search index, previews and structured data are made of fields, and only the
    /// exports carry bodies (their Markdown). A rebuild after edits to bodies alone re-renders
    /// just these pages and the exports (`Builder`, `LiveSite`).
    package static func showingBody(of kind: EntryKind, slug: String) -> Route {
        switch kind {
        case .product: .product(slug)
        case .producer: .producer(slug)
        case .cluster: .cluster(slug)
        case .motif: .motif(slug)
        case .page: .freePage(slug)
        }
    }
}
