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
