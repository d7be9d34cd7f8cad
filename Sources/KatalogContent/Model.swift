/// The UI language of the site.
public enum Language: String, Sendable, CaseIterable {
    case id, en
}

/// `content/site.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    public var language: Language
    /// Absolute http(s) URL ending in `/`, or nil.
    public var baseURL: String?
    public var currency: String
}

/// A Markdown body: the file's text with its front matter blanked, so lines are the file's.
public struct Body: Sendable {
    public init(markdown: String, path: String) {
        self.markdown = markdown
        self.path = path
    }

    public var markdown: String
    /// The file as the user names it, for messages.
    public var path: String
    public var isEmpty: Bool { markdown.allSatisfy(\.isWhitespace) }
}

/// How to reach a cluster or a producer.
public struct Contact: Sendable {
    public var phone: PhoneNumber?
    public var whatsapp: PhoneNumber?
    public var email: String?
    public var website: String?

    public init(phone: PhoneNumber? = nil, whatsapp: PhoneNumber? = nil, email: String? = nil, website: String? = nil) {
        self.phone = phone
        self.whatsapp = whatsapp
        self.email = email
        self.website = website
    }
}

/// `content/clusters/<slug>.md`: a klaster or sentra of producers.
public struct Cluster: Sendable {
    public var slug: String
    public var name: String
    public var province: String
    public var city: String?
    public var established: Int?
    public var coordinator: String?
    public var contact: Contact
    public var body: Body
}

/// `content/producers/<slug>.md`: one UMKM.
public struct Producer: Sendable {
    public init(
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

    public var slug: String
    public var name: String
    /// Slug of the cluster, checked by the resolver.
    public var cluster: Located<String>
    public var owner: String?
    public var address: String?
    public var since: Int?
    public var contact: Contact
    public var body: Body
}

/// How the cloth was decorated.
public enum Technique: String, Sendable, CaseIterable {
    case tulis, cap, kombinasi, printing, ecoprint
}

/// `content/products/<slug>.md`: one product sheet.
public struct Product: Sendable {
    public var slug: String
    public var name: String
    /// Slug of the producer, checked by the resolver.
    public var producer: Located<String>
    /// Motif names as written; grouped by slug in the resolver.
    public var motifNames: [Located<String>]
    public var technique: Technique?
    public var material: String?
    public var size: String?
    /// Whole rupiah; nil shows "price on request".
    public var price: Int?
    public var colors: [String]
    /// Bare file names, looked up by the resolver.
    public var photos: [Located<String>]
    public var available: Bool
    public var featured: Bool
    public var body: Body
}

/// `content/motifs/<slug>.md`: the optional description of a motif.
public struct MotifDescription: Sendable {
    public var slug: String
    public var name: Located<String>
    public var origin: String?
    public var body: Body
}

/// `content/pages/<slug>.md`: a free page at `<slug>/`.
public struct Page: Sendable {
    public var slug: String
    public var name: String
    public var body: Body
}
