import KatalogContent

/// What the pages of one facet value (a technique, a price band, a province, what is in stock)
/// have in common: a numbered list of products with the browse chips (`facet`, subject `facet` with
/// `name`, `products`, `count`, `pager`, `browse`); and the page listing a facet's values (`facets`,
/// subject `facets` with `name`, `values` [{`name`, `url`, `count`}]).
enum FacetPages {
    /// The pages of a list of `count` products at `route(n)`.
    static func routes(count: Int, in catalog: Catalog, route: (Int) -> Route) -> [Route] {
        (1...Pagination(count: count, size: catalog.site.pageSize).pages).map(route)
    }

    /// A page of the products `slugs`, titled `name`, under the list `parent` in the crumbs.
    static func view(
        name: String, description: String, slugs: [String], parent: (Word, Route)?, route: (Int) -> Route,
        in context: PageContext
    ) -> PageView {
        let (items, pager) = context.page(of: slugs, size: context.catalog.site.pageSize, route: route)
        let facet = Facet(
            name: Text(name), products: context.cards(items), count: Text(context.words.number(slugs.count)),
            pager: pager, browse: context.browse)
        let crumbs = (parent.map { [(context.words[$0.0], Optional($0.1))] } ?? []) + [(name, nil)]
        return PageView(
            template: "facet", title: context.words.title(name, page: context.route.pageNumber),
            description: description, pager: pager, crumbs: crumbs, subject: ("facet", facet),
            previewProducts: Array(items), listed: PageView.Listed(products: items, total: slugs.count),
            in: context)
    }

    /// The page listing `values` of a facet.
    static func list(name: Word, values: [BrowseSummary.Value], in context: PageContext) -> PageView {
        let rows = values.map {
            MotifListPage.Row(
                name: Text($0.name), url: context.href($0.route), count: Text(context.words.number($0.count)))
        }
        let title = context.words[name]
        return PageView(
            template: "facets", title: title, crumbs: [(title, nil)],
            subject: ("facets", Values(name: Text(title), values: rows)),
            listed: PageView.Listed(values.map(\.route), offset: 0, total: values.count), in: context)
    }

    /// `facet`: a page of products of one value (the keys of a `ProductList` and its `name`).
    package struct Facet: TemplateView {
        package var name: Text
        package var products: [ProductCard]
        package var count: Text
        package var pager: PagerView?
        package var browse: BrowseView

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("products", products)
            fields.field("count", count)
            fields.field("pager", pager)
            fields.field("browse", browse)
        }
    }

    /// `facets`: every value of one facet.
    package struct Values: TemplateView {
        package var name: Text
        package var values: [MotifListPage.Row]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("values", values)
        }
    }
}
