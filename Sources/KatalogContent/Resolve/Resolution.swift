/// What resolving gives: a valid catalogue and the warnings met on the way, or every problem.
package enum Resolution: Sendable {
    case valid(Catalog, warnings: [Diagnostic])
    case invalid([Diagnostic])

    /// Every problem met, errors and warnings.
    package var diagnostics: [Diagnostic] {
        switch self {
        case .valid(_, let warnings): warnings
        case .invalid(let diagnostics): diagnostics
        }
    }

    package var catalog: Catalog? {
        if case .valid(let catalog, _) = self { return catalog }
        return nil
    }
}
