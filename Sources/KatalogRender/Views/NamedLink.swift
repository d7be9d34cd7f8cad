/// A name and where it links: a free page in the footer, a motif on a product page.
package struct NamedLink: TemplateView {
    package var name: Text
    package var url: Text

    package static let keys = ["name", "url"]

    package func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "url": url
        default: nil
        }
    }

    package init(_ name: String, _ route: Route, in page: PageContext) {
        self.name = Text(name)
        self.url = page.href(route)
    }
}
