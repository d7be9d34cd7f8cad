/// A name and where it links: a free page in the footer, a motif on a product page.
package struct NamedLink: TemplateView {
    package var name: Text
    package var url: Text

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("name", name)
        fields.field("url", url)
    }

    package init(_ name: String, _ route: Route, in page: PageContext) {
        self.name = Text(name)
        self.url = page.href(route)
    }
}
