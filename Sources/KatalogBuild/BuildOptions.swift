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

    /// The templates folder to read and whether its absence is an error.
    var templatesFolder: (path: String, required: Bool) {
        templates.map { ($0, true) } ?? ("templates", false)
    }
}
