import ArgumentParser
import Foundation
import KatalogBuild
import KatalogContent

/// `katalog new`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new content file with every field, explained in the site's language.")

    /// The kinds, by the singular names people use.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case cluster, producer, product, motif, page

        var entryKind: EntryKind {
            switch self {
            case .cluster: .cluster
            case .producer: .producer
            case .product: .product
            case .motif: .motif
            case .page: .page
            }
        }
    }

    @Argument(help: "What to make: cluster, producer, product, motif or page.")
    var kind: Kind

    @Argument(help: "The file name without .md, which is also the page's address: lowercase letters, digits and '-'.")
    var slug: String

    @Option(
        name: .long, help: ArgumentHelp("The name shown on the site (default: made from the slug).", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("A producer's cluster (its slug).", valueName: "slug"))
    var cluster: String?

    @Option(name: .long, help: ArgumentHelp("A product's producer (its slug).", valueName: "slug"))
    var producer: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content: String = "content"

    func validate() throws {
        if cluster != nil, kind != .producer { throw ValidationError("--cluster is only for katalog new producer") }
        if producer != nil, kind != .product { throw ValidationError("--producer is only for katalog new product") }
    }

    func run() throws {
        let outcome = Builder.create(
            NewEntryRequest(
                kind: kind.entryKind, slug: slug, name: name, reference: cluster ?? producer, content: content,
                workingDirectory: FileManager.default.currentDirectoryPath, today: try Self.today()))
        guard outcome.succeeded else {
            Output.stderr(outcome.line)
            throw ExitCode.failure
        }
        print(outcome.line)
    }

    /// Today on this computer's calendar, or `KATALOG_TODAY` (`2026-07-11`), which tests set.
    static func today() throws -> Day {
        if let text = ProcessInfo.processInfo.environment["KATALOG_TODAY"] {
            guard let day = Day(text) else { throw ValidationError("KATALOG_TODAY must be a date like 2026-07-11") }
            return day
        }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        guard let day = Day(text) else { throw ValidationError("cannot read today's date from this computer") }
        return day
    }
}
