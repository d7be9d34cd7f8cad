/// How directory links are written.
public enum LinkStyle: String, Sendable, CaseIterable {
    /// `producers/` — for web hosts, which serve `index.html` for a folder.
    case dirs
    /// `producers/index.html` — also works opened straight from disk.
    case files
}

/// Makes the links of one page. Every link is relative to the page, so one output folder works at
/// a domain root, under any sub-path and from disk; only `404.html`, which a host serves at any
/// depth, uses absolute links, and only when the site has a base URL.
public struct Links: Sendable {
    /// Output path of the page being rendered, like `products/batik-gorga/index.html`.
    public let from: String
    public let style: LinkStyle
    /// When set, links are absolute from this base (ends in `/`).
    public let absoluteBase: String?

    /// The folders of `from`, split once: `href` is called for every link of every page.
    private let fromFolders: [Substring]

    public init(from: String, style: LinkStyle, absoluteBase: String? = nil) {
        self.from = from
        self.style = style
        self.absoluteBase = absoluteBase
        self.fromFolders = Array(from.split(separator: "/", omittingEmptySubsequences: false).dropLast())
    }

    /// The link from this page to the output file `target` (`products/x/index.html`, `assets/site.css`).
    public func href(_ target: String) -> String {
        var target = target
        if style == .dirs, target == "index.html" || target.hasSuffix("/index.html") {
            target.removeLast("index.html".count)
        }
        if let absoluteBase { return absoluteBase + Self.encodePath(target) }
        // The shortest relative path: climb out of the folders the two paths do not share.
        var rest = Substring(target)
        var common = 0
        while common < fromFolders.count, let slash = rest.firstIndex(of: "/"), rest[..<slash] == fromFolders[common] {
            rest = rest[rest.index(after: slash)...]
            common += 1
        }
        var link = String(repeating: "../", count: fromFolders.count - common)
        link += Self.encodePath(rest)
        return link.isEmpty ? "./" : link
    }

    /// The absolute URL of a target under a base URL, for sitemaps and canonical links.
    public static func absolute(_ target: String, base: String, style: LinkStyle) -> String {
        Links(from: "", style: style, absoluteBase: base).href(target)
    }

    /// Percent-encodes each path segment (file names of photos may hold spaces or other characters).
    static func encodePath<S: StringProtocol>(_ path: S) -> String {
        if path.utf8.allSatisfy({ Self.isPathSafe($0) }) { return String(path) }
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".contains(c)
            {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    private static func isPathSafe(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
    }

    /// Percent-encodes a query value (for the prefilled WhatsApp message).
    public static func encodeQueryValue(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

/// Output paths of the site's pages.
public enum Route {
    public static let home = "index.html"
    public static let clusters = "clusters/index.html"
    public static let producers = "producers/index.html"
    public static let products = "products/index.html"
    public static let motifs = "motifs/index.html"
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/katalog.css"

    public static func cluster(_ slug: String) -> String { "clusters/\(slug)/index.html" }
    public static func producer(_ slug: String) -> String { "producers/\(slug)/index.html" }
    public static func product(_ slug: String) -> String { "products/\(slug)/index.html" }
    public static func motif(_ slug: String) -> String { "motifs/\(slug)/index.html" }
    public static func page(_ slug: String) -> String { "\(slug)/index.html" }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
