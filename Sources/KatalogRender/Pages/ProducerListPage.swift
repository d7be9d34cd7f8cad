import KatalogContent

/// `producers/`, `producers/page/N/`: the printable directory of every producer (`producers`,
/// subject `list` with `producers`, `pager`).
package enum ProducerListPage: PageKind {
    package static let template = "producers"

    package static func routes(in catalog: Catalog) -> [Route] {
        let pages = Pagination(count: catalog.producers.count, size: catalog.site.directoryPageSize).pages
        return (1...pages).map { .producers(page: $0) }
    }

    package static func view(_ context: PageContext) -> PageView {
        let (items, pager) = context.page(of: context.catalog.producers, size: context.catalog.site.directoryPageSize) {
            .producers(page: $0)
        }
        let list = List(producers: items.map { ProducerCard($0, in: context) }, pager: pager)
        let title = context.words[.producers]
        return PageView(
            template: template, title: context.words.title(title, page: context.route.pageNumber), pager: pager,
            crumbs: [(title, nil)], subject: ("list", list),
            listed: PageView.Listed(
                items.map { Route.producer($0.slug) }, offset: items.startIndex,
                total: context.catalog.producers.count),
            in: context)
    }

    package struct List: TemplateView {
        package var producers: [ProducerCard]
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("producers", producers)
            fields.field("pager", pager)
        }
    }
}
