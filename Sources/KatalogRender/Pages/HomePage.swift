import KatalogContent

/// `index.html`: the catalogue's front page (`index`, subject `home`): search first, then products
/// to look at, the largest clusters, and the ways to browse.
package enum HomePage: PageKind {
    package static let template = "index"

    /// Products shown, and how many of the first ones come from different producers (a phone row is
    /// two cards, a wide screen's four).
    static let shown = 8
    static let firstRow = 4
    /// Clusters shown before "all clusters".
    static let clusters = 6

    package static func routes(in catalog: Catalog) -> [Route] { [.home] }

    package static func view(_ context: PageContext) -> PageView {
        let catalog = context.catalog
        let words = context.words
        let largest = catalog.clusters.enumerated().sorted { a, b in
            let (x, y) = (
                catalog.productsByCluster[a.element.slug]?.count ?? 0,
                catalog.productsByCluster[b.element.slug]?.count ?? 0
            )
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        let featured = featured(catalog)
        let home = Home(
            featured: context.cards(featured),
            clusters: largest.prefix(clusters).map { ClusterTile($0, in: context) },
            allClusters: catalog.clusters.count > clusters ? context.href(.clusters()) : nil,
            techniques: BrowseView.Group.values(context.summary.techniques, label: .browseTechniques, in: context),
            priceBands: BrowseView.Group.values(context.summary.bands, label: .browsePrices, in: context),
            productsCount: Text(words.number(catalog.products.count)),
            producersCount: Text(words.number(catalog.producers.count)),
            clustersCount: Text(words.number(catalog.clusters.count)),
            motifsCount: Text(words.number(catalog.motifs.count)))
        return PageView(
            template: template, title: catalog.site.title, subject: ("home", home),
            previewProducts: featured, schema: [StructuredData.website(in: context)], in: context)
    }

    /// The products the front page shows: those marked `featured`, else the newest available ones
    /// (by `added`), those with a photo first, so no empty photo box leads the page; the first row
    /// from different producers.
    static func featured(_ catalog: Catalog) -> [String] {
        var candidates = catalog.products.filter(\.featured).map(\.slug)
        if candidates.isEmpty {
            let available = catalog.facets.newest.filter { catalog.productBySlug[$0]!.available }
            candidates = available.filter { catalog.photos[$0] != nil } + available.filter { catalog.photos[$0] == nil }
        }
        var chosen: [String] = []
        var later: [String] = []
        var producers: Set<String> = []
        for slug in candidates {
            let producer = catalog.productBySlug[slug]!.producer.value
            if chosen.count < firstRow, !producers.insert(producer).inserted {
                later.append(slug)
            } else {
                chosen.append(slug)
            }
            if chosen.count == shown { break }
        }
        return Array((chosen + later).prefix(shown))
    }

    /// `home`: `featured` [product card], `clusters` [cluster tile, the largest], `all_clusters` (or
    /// false), `techniques` and `price_bands` (browse groups), and the counts, formatted.
    package struct Home: TemplateView {
        package var featured: [ProductCard]
        package var clusters: [ClusterTile]
        package var allClusters: Text?
        package var techniques: BrowseView.Group
        package var priceBands: BrowseView.Group
        package var productsCount: Text
        package var producersCount: Text
        package var clustersCount: Text
        package var motifsCount: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("featured", featured)
            fields.field("clusters", clusters)
            fields.field("all_clusters", allClusters)
            fields.field("techniques", techniques)
            fields.field("price_bands", priceBands)
            fields.field("products_count", productsCount)
            fields.field("producers_count", producersCount)
            fields.field("clusters_count", clustersCount)
            fields.field("motifs_count", motifsCount)
        }
    }
}
