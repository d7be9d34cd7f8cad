import KatalogSystem
import Testing

@testable import KatalogContent

typealias SourceLocation = KatalogContent.SourceLocation

/// In-memory content for `Catalog.resolve`.
struct ContentFixture {
    var content = LoadedContent(site: SiteConfig(title: "Katalog Uji"), sitePath: "content/site.yml")

    static func body(_ folder: String, _ slug: String, links: [EntryLink] = []) -> Body {
        Body(html: "", links: links, path: "content/\(folder)/\(slug).md")
    }

    static func at(_ folder: String, _ slug: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: "content/\(folder)/\(slug).md", line: line, column: column)
    }

    static let noContact = Contact(phone: nil, whatsapp: nil, email: nil, website: nil)

    mutating func cluster(_ slug: String, _ name: String) {
        content.clusters[slug] =
            (Cluster(
                slug: slug, name: name, province: "Jawa Tengah", city: nil, established: nil, coordinator: nil,
                contact: Self.noContact, body: Self.body("clusters", slug)))
    }

    mutating func producer(_ slug: String, _ name: String, cluster: String) {
        content.producers[slug] =
            (Producer(
                slug: slug, name: name, cluster: Located(cluster, at: Self.at("producers", slug, 3, 10)), owner: nil,
                address: nil, since: nil, contact: Self.noContact, body: Self.body("producers", slug)))
    }

    mutating func product(
        _ slug: String, _ name: String, producer: String, motifs: [String] = [], photos: [String] = []
    ) {
        content.products[slug] =
            (Product(
                slug: slug, name: name, producer: Located(producer, at: Self.at("products", slug, 3, 11)),
                motifNames: motifs.enumerated().map { Located($1, at: Self.at("products", slug, 4 + $0, 5)) },
                technique: nil, material: nil, size: nil, price: nil, colors: [],
                photos: photos.enumerated().map { Located($1, at: Self.at("products", slug, 10 + $0, 5)) },
                available: true, featured: false, body: Self.body("products", slug)))
    }

    mutating func motif(_ slug: String, _ name: String) {
        content.motifs[slug] =
            (MotifDescription(
                slug: slug, name: Located(name, at: Self.at("motifs", slug, 2, 7)), origin: nil,
                body: Self.body("motifs", slug)))
    }

    mutating func page(_ slug: String, _ name: String) {
        content.pages[slug] = (Page(slug: slug, name: name, body: Self.body("pages", slug)))
    }

    /// One cluster and one producer, so products have somewhere to belong.
    static func base() -> ContentFixture {
        var f = ContentFixture()
        f.cluster("pekalongan", "Sentra Batik Pekalongan")
        f.producer("sari", "Batik Sari", cluster: "pekalongan")
        return f
    }

    /// The catalogue, when it is valid, and every problem as the printed line.
    func resolve() -> (Catalog?, [String]) {
        let resolution = Catalog.resolve(content)
        return (resolution.catalog, resolution.diagnostics.sorted().map(\.description))
    }
}

extension String {
    /// The line a user reads for an error at `location`.
    static func error(_ location: SourceLocation, _ message: String) -> String {
        "\(location.description): error: \(message)"
    }

    static func warning(_ location: SourceLocation, _ message: String) -> String {
        "\(location.description): warning: \(message)"
    }
}
