/// Where a problem is: a file as the user named it, and optionally a 1-based line and column.
/// Columns count characters (Unicode scalars), not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.path != b.path { return a.path.unicodeScalars.lexicographicallyPrecedes(b.path.unicodeScalars) }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return (a.column ?? 0) < (b.column ?? 0)
    }

    /// `path:line:col`, `path:line` or `path`.
    public var description: String {
        switch (line, column) {
        case let (l?, c?): return "\(path):\(l):\(c)"
        case let (l?, nil): return "\(path):\(l)"
        default: return path
        }
    }
}

/// One problem found in the user's files, printed as `path:line:col: error: message`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public var description: String { "\(location.description): \(severity.rawValue): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity == .error }
        return a.message.unicodeScalars.lexicographicallyPrecedes(b.message.unicodeScalars)
    }
}

/// Collects problems. Every stage runs and adds to it, so one run reports every problem in every
/// file; the site is written only when it holds no error.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func error(_ location: SourceLocation, _ message: String) {
        items.append(.error(location, message))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String) {
        items.append(.warning(location, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    /// Counts of the printed (sorted, de-duplicated) list.
    public var errorCount: Int { sorted.count { $0.severity == .error } }
    public var warningCount: Int { sorted.count { $0.severity == .warning } }

    /// Sorted by file, line, column; duplicates removed.
    public var sorted: [Diagnostic] { Array(Set(items)).sorted() }

    /// `2 errors, 1 warning`.
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
    }
}

/// A value together with where it was written, kept until the resolver has checked it.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
