import KatalogContent
import KatalogImages
import Mustache

/// A valid catalogue with its theme and link style: every page of the site, the view and
/// fingerprint of each, its rendering, and the files that are not pages. Pure: values in, values
/// out; pages are independent of each other, so any order and any core.
package struct Site: Sendable {
    package let catalog: Catalog
    package let theme: Theme
    package let style: LinkStyle
    let summary: BrowseSummary
    /// Each photo's published files (from the image cache), by source path. A photo without
    /// them is not shown.
    package let photos: [String: ProcessedPhoto]
    /// The files made of the site's logo (none without one: the theme's icons are used).
    package let logo: [LogoFile: ProcessedPhoto.Variant]

    package init(
        catalog: Catalog, theme: Theme, style: LinkStyle, photos: [String: ProcessedPhoto],
        logo: [LogoFile: ProcessedPhoto.Variant] = [:]
    ) {
        self.catalog = catalog
        self.theme = theme
        self.style = style
        self.photos = photos
        self.logo = logo
        self.summary = BrowseSummary(catalog, words: Words.of(catalog.site.language))
    }

    /// Every kind of page, in the order their pages are listed.
    package static let kinds: [any PageKind.Type] = [
        HomePage.self, ClusterListPage.self, ClusterPage.self, ProducerListPage.self, ProducerPage.self,
        ProductListPage.self, ProductPage.self, MotifListPage.self, MotifPage.self, TechniqueListPage.self,
        TechniquePage.self, PriceBandListPage.self, PriceBandPage.self, ProvinceListPage.self, ProvincePage.self,
        InStockPage.self, SearchPage.self, PrintPage.self, PrintClusterPage.self, SubmitPage.self, FreePage.self,
        NotFoundPage.self,
    ]

    /// Every page, in a fixed order.
    package func pages() -> [SitePage] {
        Self.kinds.flatMap { kind in kind.routes(in: catalog).map { SitePage(route: $0, kind: kind) } }
    }

    /// What the page's template sees.
    package func view(of page: SitePage) -> PageView {
        page.kind.view(context(page.route))
    }

    /// What a page kind makes the page at `route` from.
    package func context(_ route: Route) -> PageContext {
        PageContext(catalog: catalog, route: route, style: style, summary: summary, photos: photos, logo: logo)
    }

    /// Runs the page's template.
    package func render(_ view: PageView) -> [UInt8] {
        Array((theme.library.render(view, withTemplate: view.template) ?? "").utf8)
    }

    /// A digest of the values every page shares (`site` and `ui`): the site's title,
    /// description, language and free pages, and the theme's words. When it changes, no page can be
    /// kept from a previous build.
    package var sharedFingerprint: Fingerprint {
        let context = context(.home)
        var digest = Fingerprint.Builder()
        PageView.SiteInfo(catalog.site, pages: catalog.pages, in: context).digest(into: &digest)
        context.words.digest(into: &digest)
        return digest.finish()
    }

    /// Photos, theme assets, the search index, the sitemap, the feed and the exports: everything
    /// that is not a rendered page. `pages` are the routes of the site's pages, for the sitemap.
    /// Without `exports`, `catalogue.json` and `catalogue.csv` are left out (`katalog serve` makes
    /// them when asked for: they are the largest files and change with every edit).
    package func files(pages: [Route], exports: Bool = true) -> [OutputFile] {
        var files: [OutputFile] = []
        var seen: Set<Route> = []
        for product in catalog.products {
            for photo in catalog.photos[product.slug] ?? [] {
                for variant in photos[photo.sourcePath]?.variants ?? []
                where seen.insert(.photo(photo, variant)).inserted {
                    files.append(OutputFile(route: .photo(photo, variant), content: .cached(from: variant.cachePath)))
                }
            }
        }
        // The submission form's script is written only for a site that has the form.
        for (name, bytes) in theme.assets.sorted(by: { $0.key < $1.key })
        where name != SubmitPage.script || catalog.site.submissions != nil {
            files.append(OutputFile(route: .asset(name), content: .bytes(bytes)))
        }
        files += IconFiles.files(theme: theme, logo: logo, site: catalog.site)
        files += SearchIndex.files(catalog, photos: photos, words: Words.of(catalog.site.language), style: style)
        if catalog.site.submissions != nil { files.append(SubmitPage.producersFile(catalog)) }
        if let base = catalog.site.baseURL {
            files += Sitemap.files(pages: pages.filter(\.inSitemap), base: base, style: style)
        }
        if let feed = AtomFeed.file(self) { files.append(feed) }
        if exports { files += exportFiles() }
        return files
    }

    /// `catalogue.json` and `catalogue.csv`; or only the first, the one that carries bodies.
    package func exportFiles(onlyWithBodies: Bool = false) -> [OutputFile] {
        onlyWithBodies ? [CatalogueJSON.file(self)] : [CatalogueJSON.file(self), CatalogueCSV.file(self)]
    }
}
