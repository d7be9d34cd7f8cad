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

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("clusters", clusters)
            fields.field("featured", featured)
            fields.field("products_count", productsCount)
            fields.field("producers_count", producersCount)
            fields.field("clusters_count", clustersCount)
            fields.field("motifs_count", motifsCount)
        }
    }
}
