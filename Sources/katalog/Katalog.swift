import ArgumentParser
import KatalogBuild

/// `katalog`: the command line, a thin shell over KatalogBuild.
@main
struct Katalog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a static catalogue web site from Markdown files written by batik producers.",
        version: KatalogVersion.current,
        subcommands: [Build.self, Check.self, New.self, Serve.self]
    )
}
