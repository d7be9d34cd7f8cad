/// `sitemap.xml` for the pages of a site with a base URL.
enum Sitemap {
    static func xml(pages: [Route], base: String, style: LinkStyle) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted(by: { $0.path < $1.path }) {
            xml += "  <url><loc>\(escape(Links.absolute(page, base: base, style: style)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    /// The five XML entities.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}
