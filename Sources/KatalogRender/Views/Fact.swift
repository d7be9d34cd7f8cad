/// One row of a page's facts (`partials/facts`): `label`, `value`, and `url` when the value links.
package struct Fact: TemplateView {
    package var label: Text
    package var value: Text
    package var url: Text?

    package static let keys = ["label", "value", "url"]

    package func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "value": value
        case "url": url.orFalse
        default: nil
        }
    }

    package init(_ label: Word, _ value: String, url: Route? = nil, in page: PageContext) {
        self.label = page.word(label)
        self.value = Text(value)
        self.url = url.map(page.href)
    }
}
