import KatalogContent

/// `motifs/`, `motifs/page/N/`: every motif with its number of products (`motifs`, subject `list`
/// with `motifs`, `pager`).
package enum MotifListPage: PageKind {
    package static let template = "motifs"

    package static func routes(in catalog: Catalog) -> [Route] {
        let pages = Pagination(count: catalog.motifs.count, size: catalog.site.directoryPageSize).pages
        return (1...pages).map { .motifs(page: $0) }
    }

    package static func view(_ context: PageContext) -> PageView {
        let (items, pager) = context.page(of: context.catalog.motifs, size: context.catalog.site.directoryPageSize) {
            .motifs(page: $0)
        }
        let rows = items.map {
            Row(
                name: Text($0.name), url: context.href(.motif($0.slug)),
                count: Text(context.words.number($0.products.count)))
        }
        let title = context.words[.motifs]
        return PageView(
            template: template, title: context.words.title(title, page: context.route.pageNumber), pager: pager,
            crumbs: [(title, nil)], subject: ("list", List(motifs: rows, pager: pager)),
            listed: PageView.Listed(
                items.map { Route.motif($0.slug) }, offset: items.startIndex,
                total: context.catalog.motifs.count),
            in: context)
    }

    package struct List: TemplateView {
        package var motifs: [Row]
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("motifs", motifs)
            fields.field("pager", pager)
        }
    }

    /// A motif in the table: `name`, `url`, `count`.
    package struct Row: TemplateView {
        package var name: Text
        package var url: Text
        package var count: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("url", url)
            fields.field("count", count)
        }
    }
}
