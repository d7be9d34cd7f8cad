/// `content/pages/<slug>.md`: a free page at `<slug>/`.
package struct Page: Sendable, Equatable {
    package var slug: String
    package var name: String
    package var body: Body

    package init(slug: String, name: String, body: Body) {
        self.slug = slug
        self.name = name
        self.body = body
    }
}
