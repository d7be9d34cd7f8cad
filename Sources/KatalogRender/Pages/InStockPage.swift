import KatalogContent

/// `in-stock/`: every product that is available (`facet`).
package enum InStockPage: PageKind {
    package static let template = "facet"

    package static func routes(in catalog: Catalog) -> [Route] {
        FacetPages.routes(count: catalog.facets.inStock.count, in: catalog) { .inStock(page: $0) }
    }

    package static func view(_ context: PageContext) -> PageView {
        let slugs = context.catalog.facets.inStock
        let name = context.words[.productsInStock]
        return FacetPages.view(
            name: name, description: "\(name) · \(context.words.number(slugs.count)) \(context.words[.products])",
            slugs: slugs, parent: nil, route: { .inStock(page: $0) }, in: context)
    }
}
