import ArgumentParser
import KatalogRender

/// Options shared by build and check.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content: String = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The theme folder overriding the built-in theme file by file (default: templates, if it exists).",
            valueName: "dir"))
    var templates: String?
}

/// `--links dirs|files`.
extension LinkStyle: ExpressibleByArgument {}
