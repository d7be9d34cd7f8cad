import KatalogContent

/// `clusters/`: every cluster (`clusters`, subject `list` with `clusters`).
package enum ClusterListPage: PageKind {
    package static let template = "clusters"

    package static func routes(in catalog: Catalog) -> [Route] { [.clusters()] }

    package static func view(_ context: PageContext) -> PageView {
        let list = List(clusters: context.catalog.clusters.map { ClusterTile($0, in: context) })
        let title = context.words[.clusters]
        return PageView(template: template, title: title, crumbs: [(title, nil)], subject: ("list", list), in: context)
    }

    package struct List: TemplateView {
        package var clusters: [ClusterTile]
        package func fields<F: TemplateFields>(_ fields: inout F) { fields.field("clusters", clusters) }
    }
}
