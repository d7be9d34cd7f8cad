/// A link in a body to another entry of the catalogue: `[…](product:batik-gorga#ukuran)`. The
/// scheme is the kind's singular (`product`, `producer`, `cluster`, `motif`, `page`).
package struct EntryLink: Sendable, Hashable {
    package var target: EntryKind
    /// The name as written after the colon: a slug, or for motifs a motif name.
    package var name: String
    /// The slug it refers to: the name, or for motifs the name folded to its slug.
    package var slug: String
    /// The fragment after `#`, as written (not encoded), or empty.
    package var fragment: String
    package var location: SourceLocation

    package init(target: EntryKind, name: String, fragment: String = "", location: SourceLocation) {
        self.target = target
        self.name = name
        self.slug = target == .motif ? Slug.make(name) : name
        self.fragment = fragment
        self.location = location
    }
}
