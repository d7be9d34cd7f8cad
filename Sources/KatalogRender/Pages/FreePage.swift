import KatalogContent

/// `<slug>/`: a free page of `content/pages/` (`page`, subject `free_page`).
package enum FreePage: PageKind {
    package static let template = "page"

    package static func routes(in catalog: Catalog) -> [Route] { catalog.pages.map { .freePage($0.slug) } }

    package static func view(_ context: PageContext) -> PageView {
        guard case .freePage(let slug) = context.route, let page = context.catalog.pageBySlug[slug] else {
            preconditionFailure("not a free page: \(context.route)")
        }
        let view = Subject(name: Text(page.name), body: context.html(page.body))
        return PageView(
            template: template, title: page.name, crumbs: [(page.name, nil)], subject: ("free_page", view), in: context)
    }

    /// `free_page`: `name`, `body`.
    package struct Subject: TemplateView {
        package var name: Text
        package var body: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("body", body)
        }
    }
}
