/// One content file read and decoded on its own: what it decoded to, and its problems.
package struct LoadedFile: Sendable, Equatable {
    package var kind: EntryKind
    package var slug: String
    /// Nil when the file could not be read or decoded; its diagnostics say why.
    package var entry: Entry?
    package var diagnostics: [Diagnostic]
}
