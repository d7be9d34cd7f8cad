import KatalogContent

/// `motifs/`: every motif with its number of products (`motifs`, subject `list` with `motifs`).
package enum MotifListPage: PageKind {
    package static let template = "motifs"

    package static func routes(in catalog: Catalog) -> [Route] { [.motifs()] }

    package static func view(_ context: PageContext) -> PageView {
        let rows = context.catalog.motifs.map {
            Row(name: Text($0.name), url: context.href(.motif($0.slug)), count: $0.products.count)
        }
        let title = context.words[.motifs]
        return PageView(
            template: template, title: title, crumbs: [(title, nil)], subject: ("list", List(motifs: rows)),
            in: context)
    }

    package struct List: TemplateView {
        package var motifs: [Row]
        package func fields<F: TemplateFields>(_ fields: inout F) { fields.field("motifs", motifs) }
    }

    /// A motif in the table: `name`, `url`, `count`.
    package struct Row: TemplateView {
        package var name: Text
        package var url: Text
        package var count: Int

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("url", url)
            fields.field("count", count)
        }
    }
}
