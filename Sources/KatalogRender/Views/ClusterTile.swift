import KatalogContent
import KatalogImages

/// A cluster in a list: `partials/cluster-tile`.
package struct ClusterTile: TemplateView {
    package var name: Text
    package var url: Text
    package var place: Text
    package var producersCount: Text
    package var productsCount: Text
    /// A photo of one of its products.
    package var photo: PhotoView?

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("name", name)
        fields.field("url", url)
        fields.field("place", place)
        fields.field("producers_count", producersCount)
        fields.field("products_count", productsCount)
        fields.field("photo", photo)
    }

    package init(_ cluster: Cluster, in page: PageContext) {
        let producers = page.catalog.producersByCluster[cluster.slug] ?? []
        name = Text(cluster.name)
        url = page.href(.cluster(cluster.slug))
        place = Text(cluster.place)
        producersCount = Text(page.words.number(producers.count))
        productsCount = Text(page.words.number(page.catalog.productsByCluster[cluster.slug]?.count ?? 0))
        photo = (page.catalog.productsByCluster[cluster.slug] ?? []).lazy.compactMap { slug in
            page.catalog.photos[slug]?.first.map { (slug, $0) }
        }.first.flatMap { slug, photo in
            // A tile is as wide as the screen on a phone: it is offered every size.
            PhotoView(photo, of: page.catalog.productBySlug[slug]!, index: 1, count: 1, use: .page, in: page)
        }
    }
}
