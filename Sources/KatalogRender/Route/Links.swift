/// How directory links are written.
package enum LinkStyle: String, Sendable, CaseIterable {
    /// `producers/` — for web hosts, which serve `index.html` for a folder.
    case dirs
    /// `producers/index.html` — also works opened straight from disk.
    case files
}

/// The links of one page. Every link is relative to the page, so one output folder works at a
/// domain root, under any sub-path and from disk; only `404.html`, which a host serves at any
/// depth, uses absolute links, and only when the site has a base URL.
package struct Links: Sendable {
    package let style: LinkStyle
    /// When set, links are absolute from this base (ends in `/`).
    package let absoluteBase: String?
    /// The folders of the page's path, split once: `href` is called for every link of every page.
    private let fromFolders: [Substring]

    package init(from route: Route, style: LinkStyle, absoluteBase: String? = nil) {
        self.init(fromPath: route.path, style: style, absoluteBase: absoluteBase)
    }

    init(fromPath path: String, style: LinkStyle, absoluteBase: String? = nil) {
        self.style = style
        self.absoluteBase = absoluteBase
        self.fromFolders = Array(path.split(separator: "/", omittingEmptySubsequences: false).dropLast())
    }

    /// The link from this page to `route`.
    package func href(_ route: Route) -> String { href(path: route.path) }

    /// The link from this page to the output file at `target` (`products/x/index.html`).
    package func href(path target: String) -> String {
        var target = Substring(target)
        if style == .dirs, Self.isIndex(target.utf8) { target = target.dropLast(Self.index.count) }
        if let absoluteBase { return absoluteBase + URLEncoding.path(target) }
        // The shortest relative path: climb out of the folders the two paths do not share.
        var rest = target
        var common = 0
        while common < fromFolders.count, let slash = rest.firstIndex(of: "/"), rest[..<slash] == fromFolders[common] {
            rest = rest[rest.index(after: slash)...]
            common += 1
        }
        var link = String(repeating: "../", count: fromFolders.count - common)
        link += URLEncoding.path(rest)
        return link.isEmpty ? "./" : link
    }

    private static let index = Array("index.html".utf8)

    /// `index.html` or `…/index.html`, compared as bytes (`Substring.hasSuffix` goes through
    /// `Character`s, and this runs for every link of every page).
    private static func isIndex(_ path: Substring.UTF8View) -> Bool {
        guard path.count >= index.count, path.suffix(index.count).elementsEqual(index) else { return false }
        return path.count == index.count
            || path[path.index(path.endIndex, offsetBy: -index.count - 1)] == UInt8(ascii: "/")
    }

    /// The absolute URL of a route under a base URL, for sitemaps and canonical links.
    package static func absolute(_ route: Route, base: String, style: LinkStyle) -> String {
        absolute(pathRoute: route.path, base: base, style: style)
    }

    /// The absolute URL of an output path under a base URL.
    static func absolute(pathRoute path: String, base: String, style: LinkStyle) -> String {
        Links(fromPath: "", style: style, absoluteBase: base).href(path: path)
    }
}
