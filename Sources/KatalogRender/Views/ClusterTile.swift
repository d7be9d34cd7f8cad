import KatalogContent

/// A cluster in a list: `partials/cluster-tile`.
package struct ClusterTile: TemplateView {
    package var name: Text
    package var url: Text
    package var place: Text
    package var producersCount: Int
    package var productsCount: Int

    package static let keys = ["name", "url", "place", "producers_count", "products_count"]

    package func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "url": url
        case "place": place
        case "producers_count": producersCount
        case "products_count": productsCount
        default: nil
        }
    }

    package init(_ cluster: Cluster, in page: PageContext) {
        let producers = page.catalog.producersByCluster[cluster.slug] ?? []
        name = Text(cluster.name)
        url = page.href(.cluster(cluster.slug))
        place = Text(cluster.place)
        producersCount = producers.count
        productsCount = producers.reduce(0) { $0 + (page.catalog.productsByProducer[$1]?.count ?? 0) }
    }
}
