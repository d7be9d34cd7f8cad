/// A province, as the clusters name it: every spelling that slugs the same is one province.
package struct Province: Hashable, Sendable {
    package let slug: String
    /// The spelling most clusters use; a tie goes to the one that sorts first by code point.
    package let name: String
}
