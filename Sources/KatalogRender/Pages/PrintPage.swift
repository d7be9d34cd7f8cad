import KatalogContent

/// `print/`: the printed catalogue's index, each cluster with products with its product count and
/// its numbered print pages (`print`, subject `print` with `clusters`).
package enum PrintPage: PageKind {
    package static let template = "print"

    package static func routes(in catalog: Catalog) -> [Route] { [.print] }

    package static func view(_ context: PageContext) -> PageView {
        let words = context.words
        let clusters = PrintClusterPage.clusters(in: context.catalog).map { cluster, count in
            let pagination = Pagination(count: count, size: PrintClusterPage.productsPerPage)
            return ClusterEntry(
                name: Text(cluster.name), place: Text(cluster.place), count: Text(words.number(count)),
                url: context.href(.printCluster(cluster.slug)),
                pages: (1...pagination.pages).map { page in
                    PageLink(
                        number: Text(String(page)), url: context.href(.printCluster(cluster.slug, page: page)),
                        products: Text(words.productRange(pagination.items(onPage: page))))
                })
        }
        let title = words[.printCatalogue]
        return PageView(
            template: template, title: title, description: words[.printIntro], crumbs: [(title, nil)],
            subject: ("print", Subject(clusters: clusters)), in: context)
    }

    /// `print`: `clusters`.
    package struct Subject: TemplateView {
        package var clusters: [ClusterEntry]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("clusters", clusters)
        }
    }

    /// A cluster of the index: `name`, `place`, `count` (of products), `url` (its first print page),
    /// `pages`.
    package struct ClusterEntry: TemplateView {
        package var name: Text
        package var place: Text
        package var count: Text
        package var url: Text
        package var pages: [PageLink]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("place", place)
            fields.field("count", count)
            fields.field("url", url)
            fields.field("pages", pages)
        }
    }

    /// A numbered print page of a cluster: `number`, `url`, `products` (`produk 1–96`).
    package struct PageLink: TemplateView {
        package var number: Text
        package var url: Text
        package var products: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("number", number)
            fields.field("url", url)
            fields.field("products", products)
        }
    }
}
