import KatalogContent

/// `techniques/`: every technique with its number of products (`facets`).
package enum TechniqueListPage: PageKind {
    package static let template = "facets"

    package static func routes(in catalog: Catalog) -> [Route] {
        catalog.facets.productsByTechnique.isEmpty ? [] : [.techniques]
    }

    package static func view(_ context: PageContext) -> PageView {
        FacetPages.list(name: .techniques, values: context.summary.techniques, in: context)
    }
}
