import KatalogContent

/// The links between the pages of a numbered list (`partials/pager`): `label` ("Halaman 2 dari
/// 17"), `prev` and `next` (or false), `items` [{`number`, `url` or false (a gap), `current`}].
package struct PagerView: TemplateView {
    /// One entry of the pager: a page number with its link, or a gap.
    package struct Item: TemplateView {
        package var number: Text?
        package var url: Text?
        package var current: Bool

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("number", number)
            fields.field("url", url)
            fields.field("current", current)
        }
    }

    package var label: Text
    package var prev: Text?
    package var next: Text?
    package var items: [Item]

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("label", label)
        fields.field("prev", prev)
        fields.field("next", next)
        fields.field("items", items)
    }

    /// The pager of `page` of a list whose pages are at `route(n)`; nil for a list of one page.
    package init?(_ pagination: Pagination, page: Int, route: (Int) -> Route, in context: PageContext) {
        guard pagination.pages > 1 else { return nil }
        label = Text(context.words.pageOf(page, pagination.pages))
        prev = page > 1 ? context.href(route(page - 1)) : nil
        next = page < pagination.pages ? context.href(route(page + 1)) : nil
        items = pagination.window(around: page).map { number in
            guard let number else { return Item(number: nil, url: nil, current: false) }
            return Item(number: Text(String(number)), url: context.href(route(number)), current: number == page)
        }
    }
}
