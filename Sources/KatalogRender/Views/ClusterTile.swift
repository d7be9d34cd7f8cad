import KatalogContent

/// A cluster in a list: `partials/cluster-tile`.
package struct ClusterTile: TemplateView {
    package var name: Text
    package var url: Text
    package var place: Text
    package var producersCount: Int
    package var productsCount: Int

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("name", name)
        fields.field("url", url)
        fields.field("place", place)
        fields.field("producers_count", producersCount)
        fields.field("products_count", productsCount)
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
