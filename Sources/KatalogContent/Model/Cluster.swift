/// `content/clusters/<slug>.md`: a klaster or sentra of producers.
package struct Cluster: Sendable, Equatable {
    package var slug: String
    package var name: String
    package var province: String
    package var city: String?
    package var established: Int?
    package var coordinator: String?
    package var contact: Contact
    package var body: Body

    package init(
        slug: String, name: String, province: String, city: String? = nil, established: Int? = nil,
        coordinator: String? = nil, contact: Contact = Contact(), body: Body
    ) {
        self.slug = slug
        self.name = name
        self.province = province
        self.city = city
        self.established = established
        self.coordinator = coordinator
        self.contact = contact
        self.body = body
    }

    /// `Medan, Sumatera Utara`, or the province alone.
    package var place: String { [city, province].compactMap { $0 }.joined(separator: ", ") }
}
