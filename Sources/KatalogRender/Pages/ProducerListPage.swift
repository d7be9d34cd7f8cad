import KatalogContent

/// `producers/`: the printable directory of every producer (`producers`, subject `list` with
/// `producers`).
package enum ProducerListPage: PageKind {
    package static let template = "producers"

    package static func routes(in catalog: Catalog) -> [Route] { [.producers()] }

    package static func view(_ context: PageContext) -> PageView {
        let list = List(producers: context.catalog.producers.map { ProducerCard($0, in: context) })
        let title = context.words[.producers]
        return PageView(template: template, title: title, crumbs: [(title, nil)], subject: ("list", list), in: context)
    }

    package struct List: TemplateView {
        package var producers: [ProducerCard]
        package func fields<F: TemplateFields>(_ fields: inout F) { fields.field("producers", producers) }
    }
}
