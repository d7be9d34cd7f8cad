/// A Markdown body, rendered when its file is decoded: safe HTML (raw HTML removed, only allowed
/// link schemes) in which every katalog link (`product:slug`, …) is a placeholder for one of
/// `links`. The renderer puts each placeholder's relative address in, from the page that shows it.
package struct Body: Sendable, Equatable {
    /// The HTML, with `href="katalog:<n>"` (or `src=`) for `links[n]`. Only `Body.parse` makes it
    /// (tests too, through `@testable`): the renderer prints it unescaped.
    package private(set) var html: String
    /// Links to other entries, in the order they are written; the resolver checks each.
    package private(set) var links: [EntryLink]
    /// The file as the user names it, for messages.
    package private(set) var path: String
    /// The Markdown as written below the front matter (for `catalogue.json`): leading blank lines
    /// and trailing white space removed, line ends LF (as `SourceText` made them). A slice of the
    /// text the body was parsed from, so keeping it copies nothing.
    package private(set) var markdown: Substring

    /// An empty body.
    package init(path: String) {
        self.init(html: "", links: [], path: path)
    }

    init(html: String, links: [EntryLink], path: String, markdown: Substring = "") {
        self.html = html
        self.links = links
        self.path = path
        self.markdown = markdown
    }

    package var isEmpty: Bool { html.isEmpty }

    /// The scheme of placeholders. A content link with this scheme is refused like any unknown
    /// scheme (unwrapped with a warning), so a placeholder can only come from katalog.
    package static let placeholderScheme = "katalog:"
}
