import KatalogContent

/// `provinces/<province>/`: the products of the clusters of one province (`facet`).
package enum ProvincePage: PageKind {
    package static let template = "facet"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.facets.provinces.flatMap { province in
            let count = catalog.facets.productsByProvince[province.slug]?.count ?? 0
            return FacetPages.routes(count: count, in: catalog) { Route.province(province.slug, page: $0) }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .province(let slug, _) = context.route,
            let province = context.catalog.facets.provinces.first(where: { $0.slug == slug })
        else { preconditionFailure("not a province page: \(context.route)") }
        let slugs = context.catalog.facets.productsByProvince[slug] ?? []
        return FacetPages.view(
            name: province.name,
            description: "\(province.name) · \(context.words.number(slugs.count)) \(context.words[.products])",
            slugs: slugs, parent: (.provinces, .provinces), route: { .province(slug, page: $0) }, in: context)
    }
}
