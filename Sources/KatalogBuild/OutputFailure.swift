import KatalogContent

/// A failure to write the site, reported at the output folder.
struct OutputFailure: Error {
    var reason: Diagnostic.Reason

    init(_ reason: Diagnostic.Reason) { self.reason = reason }
}
