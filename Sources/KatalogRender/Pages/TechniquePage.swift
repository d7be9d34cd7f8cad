import KatalogContent

/// `techniques/<technique>/`: the products of one technique (`facet`).
package enum TechniquePage: PageKind {
    package static let template = "facet"

    package static func routes(in catalog: Catalog) -> [Route] {
        Technique.allCases.flatMap { technique in
            let count = catalog.facets.productsByTechnique[technique]?.count ?? 0
            return count == 0
                ? [] : FacetPages.routes(count: count, in: catalog) { Route.technique(technique.rawValue, page: $0) }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .technique(let slug, _) = context.route, let technique = Technique(rawValue: slug) else {
            preconditionFailure("not a technique page: \(context.route)")
        }
        let name = context.words.technique(technique)
        let slugs = context.catalog.facets.productsByTechnique[technique] ?? []
        return FacetPages.view(
            name: name, description: "\(name) · \(context.words.number(slugs.count)) \(context.words[.products])",
            slugs: slugs, parent: (.techniques, .techniques), route: { .technique(slug, page: $0) }, in: context)
    }
}
