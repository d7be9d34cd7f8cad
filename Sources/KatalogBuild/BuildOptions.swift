import KatalogContent
import KatalogRender

/// What to build, as the user asked for it. Paths are kept as given, for messages.
public struct BuildOptions: Sendable {
    public var content: String
    /// nil: the default `templates` folder, used only if it exists.
    public var templates: String?
    public var output: String
    /// Overrides `base_url` from site.yml.
    public var baseURL: String?
    public var links: LinkStyle
    /// Replace an existing output folder that katalog did not create.
    public var force: Bool

    public init(
        content: String = "content", templates: String? = nil, output: String = "public", baseURL: String? = nil,
        links: LinkStyle = .dirs, force: Bool = false
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.baseURL = baseURL
        self.links = links
        self.force = force
    }

    /// For tests: failures injected into reading and writing (see `Faults`).
    var faults = Faults()

    /// The templates folder to read and whether its absence is an error.
    var templatesFolder: (path: String, required: Bool) {
        templates.map { ($0, true) } ?? ("templates", false)
    }
}

/// Failures a test injects where the real ones cannot be had on demand: a disk that fills up or
/// turns read-only during a build, a content file that vanishes or becomes unreadable between
/// the folder scan and the read. Each hook is asked before the real operation.
struct Faults: Sendable {
    /// A failure instead of reading this content file or photo.
    var read: (@Sendable (_ path: String) -> SafeRead.Failure?)?
    /// An `errno` instead of this output operation: `lock`, `staging`, `folder <path>`,
    /// `write <path>`, `marker`, `swap` (paths inside the site).
    var write: (@Sendable (_ operation: String) -> Int32?)?
}
