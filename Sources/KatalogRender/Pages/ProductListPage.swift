import KatalogContent

/// `products/`, `products/page/N/`: every product, by name (`products`, subject `list` with
/// `products`, `count`, `pager`, `browse`).
package enum ProductListPage: PageKind {
    package static let template = "products"

    package static func routes(in catalog: Catalog) -> [Route] {
        let pages = Pagination(count: catalog.products.count, size: catalog.site.pageSize).pages
        return (1...pages).map { .products(page: $0) }
    }

    package static func view(_ context: PageContext) -> PageView {
        let products = context.catalog.products
        let (items, pager) = context.page(of: products, size: context.catalog.site.pageSize) { .products(page: $0) }
        let list = ProductList(
            products: items.enumerated().map { ProductCard($1, eager: $0 < ProductCard.eagerCount, in: context) },
            count: Text(context.words.number(products.count)),
            pager: pager, browse: context.browse)
        let title = context.words[.products]
        return PageView(
            template: template, title: context.words.title(title, page: context.route.pageNumber), pager: pager,
            crumbs: [(title, nil)], subject: ("list", list), previewProducts: items.map(\.slug),
            listed: PageView.Listed(
                items.map { Route.product($0.slug) }, offset: items.startIndex, total: products.count),
            in: context)
    }
}

/// A page of a numbered list of products: `products` (cards), `count` (of the whole list), `pager`
/// (or false), `browse` (the chips).
package struct ProductList: TemplateView {
    package var products: [ProductCard]
    package var count: Text
    package var pager: PagerView?
    package var browse: BrowseView

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("products", products)
        fields.field("count", count)
        fields.field("pager", pager)
        fields.field("browse", browse)
    }
}
