/// `content/motifs/<slug>.md`: the optional description of a motif.
package struct MotifDescription: Sendable, Equatable {
    package var slug: String
    package var name: Located<String>
    package var origin: String?
    package var body: Body

    package init(slug: String, name: Located<String>, origin: String? = nil, body: Body) {
        self.slug = slug
        self.name = name
        self.origin = origin
        self.body = body
    }
}
