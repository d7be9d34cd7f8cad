import KatalogContent
import KatalogRender
import KatalogSystem

/// What to build, as the user asked for it. Paths are kept as given, for messages, and read
/// relative to `workingDirectory`, never to the process's current folder.
package struct BuildOptions: Sendable {
    package var content: String
    /// nil: the default `templates` folder, used only if it exists.
    package var templates: String?
    package var output: String
    /// Overrides `base_url` from site.yml.
    package var baseURL: String?
    package var links: LinkStyle
    /// Replace an existing output folder that katalog did not create.
    package var force: Bool
    /// The folder relative paths are read from: the user's current folder.
    package var workingDirectory: String
    /// Print the time of each stage on standard error (`KATALOG_TIMINGS=1`).
    package var timings: Bool

    package init(
        content: String = "content", templates: String? = nil, output: String = "public", baseURL: String? = nil,
        links: LinkStyle = .dirs, force: Bool = false, workingDirectory: String,
        timings: Bool = false
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.baseURL = baseURL
        self.links = links
        self.force = force
        self.workingDirectory = workingDirectory
        self.timings = timings
    }

    /// For tests: failures injected into reading and writing (see `Faults`).
    package var faults = Faults()

    /// The templates folder to read and whether its absence is an error.
    var templatesFolder: (path: String, required: Bool) {
        templates.map { ($0, true) } ?? ("templates", false)
    }

    /// A path the user gave, on disk.
    func absolute(_ path: String) -> String { FileSystem.absolute(path, in: workingDirectory) }
}
