import KatalogContent
import KatalogRender

/// Every file of the new site and how to make it. Pure: a site (a valid catalogue, a theme, a link
/// style) in, a list out.
///
/// Files that are not pages come with their fingerprints. A page's fingerprint is its view's, and
/// the view is what rendering needs too: the writer makes each view once, on every core, and uses
/// it for both, rather than the plan holding every view (memory) or making each twice (time).
struct BuildPlan: Sendable {
    let site: Site
    let pages: [SitePage]
    /// Photos, assets and the sitemap.
    let files: [OutputFile]
    /// The path of each page, in `pages` order.
    let pagePaths: [String]

    /// Files of the last build kept as they are (`keeping`).
    let kept: [String]

    /// `keepingFilesOf`: the last build, when only bodies changed since it. Then of its files that
    /// are not pages only `catalogue.json` (the one that carries bodies) is made again, and the
    /// others are kept: the search index, sitemap, feed, CSV, icons and assets are made of fields
    /// alone.
    init(site: Site, keepingFilesOf last: BuildCache? = nil) {
        self.site = site
        pages = site.pages()
        pagePaths = pages.map(\.route.path)
        if let last {
            files = site.exportFiles(onlyWithBodies: true)
            let pages = Set(pagePaths)
            kept = last.outputs.keys.filter { !pages.contains($0) && $0 != Route.catalogueJSON.path }.sorted()
        } else {
            files = site.files(pages: pages.map(\.route))
            kept = []
        }
    }

    /// Every output path: pages, then the other files.
    var paths: [String] { pagePaths + files.map(\.path) + kept }

    /// A path two files would be written to. The resolver's rules (reserved names, photo names)
    /// keep this from happening; the check makes sure no page is ever silently overwritten.
    var duplicatePath: String? {
        var seen: Set<String> = []
        return paths.first { !seen.insert($0).inserted }
    }

    /// A page's view and its fingerprint.
    func prepare(_ page: SitePage) -> (view: PageView, fingerprint: Fingerprint) {
        let view = site.view(of: page)
        return (view, view.fingerprint)
    }
}
