/// A Markdown body, rendered when its file is decoded: safe HTML (raw HTML removed, only allowed
/// link schemes) in which every katalog link (`product:slug`, …) is a placeholder for one of
/// `links`. The renderer puts each placeholder's relative address in, from the page that shows it.
package struct Body: Sendable, Equatable {
    /// The HTML, with `href="katalog:<n>"` (or `src=`) for `links[n]`.
    package var html: String
    /// Links to other entries, in the order they are written; the resolver checks each.
    package var links: [EntryLink]
    /// The file as the user names it, for messages.
    package var path: String

    package init(html: String = "", links: [EntryLink] = [], path: String) {
        self.html = html
        self.links = links
        self.path = path
    }

    package var isEmpty: Bool { html.isEmpty }

    /// The scheme of placeholders. A content link with this scheme is refused like any unknown
    /// scheme (unwrapped with a warning), so a placeholder can only come from katalog.
    package static let placeholderScheme = "katalog:"
}

/// A link in a body to another entry of the catalogue: `[…](product:batik-gorga#ukuran)`.
package struct EntryLink: Sendable, Hashable {
    /// The schemes that are katalog's; every other link follows the safe-link rules.
    package enum Target: String, Sendable, Hashable, Codable, CaseIterable {
        case product, producer, cluster, motif, page

        /// The content folder of the target's files.
        package var folder: String { rawValue + "s" }
    }

    package var target: Target
    /// The name as written after the colon: a slug, or for motifs a motif name.
    package var name: String
    /// The slug it refers to: the name, or for motifs the name folded to its slug.
    package var slug: String
    /// The fragment after `#`, as written (not encoded), or empty.
    package var fragment: String
    package var location: SourceLocation

    package init(target: Target, name: String, fragment: String = "", location: SourceLocation) {
        self.target = target
        self.name = name
        self.slug = target == .motif ? Slug.make(name) : name
        self.fragment = fragment
        self.location = location
    }
}
