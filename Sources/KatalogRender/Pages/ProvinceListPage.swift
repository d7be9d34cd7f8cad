import KatalogContent

/// `provinces/`: every province with its number of products (`facets`).
package enum ProvinceListPage: PageKind {
    package static let template = "facets"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.facets.provinces.isEmpty ? [] : [.provinces] }

    package static func view(_ context: PageContext) -> PageView {
        let facets = context.catalog.facets
        let values = facets.provinces.map {
            BrowseSummary.Value(
                name: $0.name, route: .province($0.slug), count: facets.productsByProvince[$0.slug]?.count ?? 0)
        }
        return FacetPages.list(name: .provinces, values: values, in: context)
    }
}
