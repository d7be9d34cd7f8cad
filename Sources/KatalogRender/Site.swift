import KatalogContent
import Mustache

/// A valid catalogue with its theme and link style: every page of the site, the view and
/// fingerprint of each, its rendering, and the files that are not pages. Pure: values in, values
/// out; pages are independent of each other, so any order and any core.
package struct Site: Sendable {
    package let catalog: Catalog
    package let theme: Theme
    package let style: LinkStyle

    package init(catalog: Catalog, theme: Theme, style: LinkStyle) {
        self.catalog = catalog
        self.theme = theme
        self.style = style
    }

    /// Every kind of page, in the order their pages are listed.
    package static let kinds: [any PageKind.Type] = [
        HomePage.self, ClusterListPage.self, ClusterPage.self, ProducerListPage.self, ProducerPage.self,
        ProductListPage.self, ProductPage.self, MotifListPage.self, MotifPage.self, FreePage.self, NotFoundPage.self,
    ]

    /// Every page, in a fixed order.
    package func pages() -> [SitePage] {
        Self.kinds.flatMap { kind in kind.routes(in: catalog).map { SitePage(route: $0, kind: kind) } }
    }

    /// What the page's template sees.
    package func view(of page: SitePage) -> PageView {
        page.kind.view(PageContext(catalog: catalog, route: page.route, style: style))
    }

    /// Runs the page's template.
    package func render(_ view: PageView) -> [UInt8] {
        Array((theme.library.render(view, withTemplate: view.template) ?? "").utf8)
    }

    /// A digest of the values every page shares (`site` and `ui`): the site's title,
    /// description, language and free pages, and the theme's words. When it changes, no page can be
    /// kept from a previous build.
    package var sharedFingerprint: Fingerprint {
        let context = PageContext(catalog: catalog, route: .home, style: style)
        var digest = Fingerprint.Builder()
        PageView.SiteInfo(catalog.site, pages: catalog.pages, in: context).digest(into: &digest)
        context.words.digest(into: &digest)
        return digest.finish()
    }

    /// Photos, theme assets and the sitemap: everything that is not a rendered page. `pages` are
    /// the routes of the site's pages, for the sitemap.
    package func files(pages: [Route]) -> [OutputFile] {
        var files: [OutputFile] = []
        var seen: Set<Route> = []
        for product in catalog.products {
            for photo in catalog.photos[product.slug] ?? [] where seen.insert(.photo(photo)).inserted {
                files.append(
                    OutputFile(route: .photo(photo), content: .copy(from: photo.sourcePath, version: photo.version)))
            }
        }
        for (name, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(route: .asset(name), content: .bytes(bytes)))
        }
        if let base = catalog.site.baseURL {
            let xml = Sitemap.xml(pages: pages.filter { $0 != .notFound }, base: base, style: style)
            files.append(OutputFile(route: .sitemap, content: .bytes(Array(xml.utf8))))
        }
        return files
    }
}
