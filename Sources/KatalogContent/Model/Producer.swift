/// `content/producers/<slug>.md`: one UMKM.
package struct Producer: Sendable, Equatable {
    package var slug: String
    package var name: String
    /// Slug of the cluster, checked by the resolver.
    package var cluster: Located<String>
    package var owner: String?
    package var address: String?
    package var since: Int?
    package var contact: Contact
    package var body: Body

    package init(
        slug: String, name: String, cluster: Located<String>, owner: String? = nil, address: String? = nil,
        since: Int? = nil, contact: Contact, body: Body
    ) {
        self.slug = slug
        self.name = name
        self.cluster = cluster
        self.owner = owner
        self.address = address
        self.since = since
        self.contact = contact
        self.body = body
    }
}
