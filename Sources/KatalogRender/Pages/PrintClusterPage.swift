import KatalogContent

/// `print/<cluster>/`, `print/<cluster>/page/N/`: a cluster's products laid out for A4 paper,
/// `sheetSize` to a sheet and `sheetsPerPage` sheets to a page, each with its photo, name, price,
/// producer and a QR code (`print-cluster`, subject `print`).
package enum PrintClusterPage: PageKind {
    package static let template = "print-cluster"
    /// Products on a printed A4 sheet: 3 columns of 4 (print.css).
    package static let sheetSize = 12
    /// Sheets on a page: 96 products, the most under about 100 that fill whole sheets.
    package static let sheetsPerPage = 8
    package static var productsPerPage: Int { sheetSize * sheetsPerPage }

    /// The clusters with products, in the catalogue's order, with their counts.
    static func clusters(in catalog: Catalog) -> [(Cluster, Int)] {
        catalog.clusters.compactMap { cluster in
            let count = catalog.productsByCluster[cluster.slug]?.count ?? 0
            return count > 0 ? (cluster, count) : nil
        }
    }

    package static func routes(in catalog: Catalog) -> [Route] {
        clusters(in: catalog).flatMap { cluster, count in
            (1...Pagination(count: count, size: productsPerPage).pages).map {
                Route.printCluster(cluster.slug, page: $0)
            }
        }
    }

    package static func view(_ context: PageContext) -> PageView {
        guard case .printCluster(let slug, let page) = context.route, let cluster = context.catalog.clusterBySlug[slug]
        else {
            preconditionFailure("not a print page: \(context.route)")
        }
        let words = context.words
        let slugs = context.catalog.productsByCluster[slug] ?? []
        let (items, pager) = context.page(of: slugs, size: productsPerPage) { .printCluster(slug, page: $0) }
        let cards = items.map { PrintCard(context.catalog.productBySlug[$0]!, in: context) }
        let sheetCount = (slugs.count + sheetSize - 1) / sheetSize
        let firstSheet = (page - 1) * sheetsPerPage
        let sheets = stride(from: 0, to: cards.count, by: sheetSize).enumerated().map { index, start in
            Sheet(
                caption: Text("\(cluster.name) · \(words.sheetOf(firstSheet + index + 1, sheetCount))"),
                products: Array(cards[start..<min(start + sheetSize, cards.count)]))
        }
        let view = Subject(
            name: Text(cluster.name), place: Text(cluster.place), count: Text(words.number(slugs.count)),
            stylesheet: context.href(.printStylesheet), sheets: sheets, pager: pager)
        let title = "\(words[.printCatalogue]): \(cluster.name)"
        return PageView(
            template: template, title: words.title(title, page: page),
            description: "\(cluster.name) · \(cluster.place) · \(words.number(slugs.count)) \(words[.products])",
            pager: pager, crumbs: [(words[.printCatalogue], .print), (cluster.name, nil)], subject: ("print", view),
            previewProducts: Array(items), in: context)
    }

    /// `print`: `name`, `place`, `count` (the cluster's products), `stylesheet` (print.css), `sheets`,
    /// `pager`.
    package struct Subject: TemplateView {
        package var name: Text
        package var place: Text
        package var count: Text
        package var stylesheet: Text
        package var sheets: [Sheet]
        package var pager: PagerView?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("place", place)
            fields.field("count", count)
            fields.field("stylesheet", stylesheet)
            fields.field("sheets", sheets)
            fields.field("pager", pager)
        }
    }

    /// One printed A4 sheet: `caption` (the cluster and `Lembar 3 dari 8`), `products`.
    package struct Sheet: TemplateView {
        package var caption: Text
        package var products: [PrintCard]

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("caption", caption)
            fields.field("products", products)
        }
    }
}
