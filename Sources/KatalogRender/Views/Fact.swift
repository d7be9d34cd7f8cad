/// One row of a page's facts (`partials/facts`): `label`, `value`, and `url` when the value links.
package struct Fact: TemplateView {
    package var label: Text
    package var value: Text
    package var url: Text?

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("label", label)
        fields.field("value", value)
        fields.field("url", url)
    }

    package init(_ label: Word, _ value: String, url: Route? = nil, in page: PageContext) {
        self.label = page.word(label)
        self.value = Text(value)
        self.url = url.map(page.href)
    }
}
