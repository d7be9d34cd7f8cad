import KatalogContent

/// `index.html`: the catalogue's front page (`index`, subject `home`).
package enum HomePage: PageKind {
    package static let template = "index"

    package static func routes(in catalog: Catalog) -> [Route] { [.home] }

    package static func view(_ context: PageContext) -> PageView {
        let catalog = context.catalog
        var featured = catalog.products.filter(\.featured)
        if featured.isEmpty { featured = Array(catalog.products.filter(\.available).prefix(8)) }
        let home = Home(
            clusters: catalog.clusters.map { ClusterTile($0, in: context) },
            featured: featured.prefix(12).map { ProductCard($0, in: context) },
            productsCount: catalog.products.count, producersCount: catalog.producers.count,
            clustersCount: catalog.clusters.count, motifsCount: catalog.motifs.count)
        return PageView(template: template, title: catalog.site.title, subject: ("home", home), in: context)
    }

    /// `home`: the clusters, the featured products, and how many there are of each kind.
    package struct Home: TemplateView {
        package var clusters: [ClusterTile]
        package var featured: [ProductCard]
        package var productsCount: Int
        package var producersCount: Int
        package var clustersCount: Int
        package var motifsCount: Int

        package static let keys = [
            "clusters", "featured", "products_count", "producers_count", "clusters_count", "motifs_count",
        ]

        package func child(named key: String) -> Any? {
            switch key {
            case "clusters": clusters
            case "featured": featured
            case "products_count": productsCount
            case "producers_count": producersCount
            case "clusters_count": clustersCount
            case "motifs_count": motifsCount
            default: nil
            }
        }
    }
}
