import KatalogContent

/// `clusters/`, `clusters/page/N/`: every cluster (`clusters`, subject `list` with `clusters`,
/// `pager`).
package enum ClusterListPage: PageKind {
    package static let template = "clusters"

    package static func routes(in catalog: Catalog) -> [Route] {
        let pages = Pagination(count: catalog.clusters.count, size: catalog.site.directoryPageSize).pages
        return (1...pages).map { .clusters(page: $0) }
    }

    package static func view(_ context: PageContext) -> PageView {
        let (items, pager) = context.page(of: context.catalog.clusters, size: context.catalog.site.directoryPageSize) {
            .clusters(page: $0)
        }
        let list = List(clusters: items.map { ClusterTile($0, in: context) }, pager: pager)
        let title = context.words[.clusters]
        return PageView(
            template: template, title: context.words.title(title, page: context.route.pageNumber), pager: pager,
            crumbs: [(title, nil)], subject: ("list", list),
            // The tiles show their clusters' first photos: so does the preview.
            previewProducts: items.flatMap { context.catalog.productsByCluster[$0.slug] ?? [] },
            listed: PageView.Listed(
                items.map { Route.cluster($0.slug) }, offset: items.startIndex,
                total: context.catalog.clusters.count),
            in: context)
    }

    package struct List: TemplateView {
        package var clusters: [ClusterTile]
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("clusters", clusters)
            fields.field("pager", pager)
        }
    }
}
