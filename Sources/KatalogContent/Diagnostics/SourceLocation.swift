/// Where a problem is: a file as the user named it, and optionally a 1-based line and column.
/// Columns count characters (Unicode scalars), not bytes.
package struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    package var path: String
    package var line: Int?
    package var column: Int?

    package init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    package static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.path != b.path { return a.path.unicodeScalars.lexicographicallyPrecedes(b.path.unicodeScalars) }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return (a.column ?? 0) < (b.column ?? 0)
    }

    /// `path:line:col`, `path:line` or `path`.
    package var description: String {
        switch (line, column) {
        case (let l?, let c?): return "\(path):\(l):\(c)"
        case (let l?, nil): return "\(path):\(l)"
        default: return path
        }
    }
}
