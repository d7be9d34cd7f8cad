import ArgumentParser
import KatalogBuild
import KatalogContent

/// `--lang id|en`.
extension Language: ExpressibleByArgument {}

/// `--format text|json|github|gitlab`.
extension ReportFormat: ExpressibleByArgument {}

/// `--as product|producer|cluster|motif|page`: a kind by its singular name.
struct SentKind: ExpressibleByArgument {
    var kind: EntryKind

    init(_ kind: EntryKind) { self.kind = kind }

    init?(argument: String) {
        guard let kind = EntryKind(scheme: argument) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { EntryKind.allCases.map(\.singular) }
    var defaultValueDescription: String { kind.singular }
}
