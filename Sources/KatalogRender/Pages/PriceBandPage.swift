import KatalogContent

/// `prices/<band>/`: the products of one price band (`facet`).
package enum PriceBandPage: PageKind {
    package static let template = "facet"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.facets.bands.flatMap { band in
            let count = catalog.facets.productsByBand[band]?.count ?? 0
            return count == 0
                ? [] : FacetPages.routes(count: count, in: catalog) { Route.priceBand(band.slug, page: $0) }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .priceBand(let slug, _) = context.route,
            let band = context.catalog.facets.bands.first(where: { $0.slug == slug })
        else { preconditionFailure("not a price band page: \(context.route)") }
        let name = context.words.priceBand(band)
        let slugs = context.catalog.facets.productsByBand[band] ?? []
        return FacetPages.view(
            name: name, description: "\(name) · \(context.words.number(slugs.count)) \(context.words[.products])",
            slugs: slugs, parent: (.priceBands, .priceBands), route: { .priceBand(slug, page: $0) }, in: context)
    }
}
