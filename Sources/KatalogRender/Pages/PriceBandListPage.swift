import KatalogContent

/// `prices/`: every price band with its number of products (`facets`).
package enum PriceBandListPage: PageKind {
    package static let template = "facets"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.products.isEmpty ? [] : [.priceBands] }

    package static func view(_ context: PageContext) -> PageView {
        FacetPages.list(name: .priceBands, values: context.summary.bands, in: context)
    }
}
