/// The sitemap of a site with a base URL: `sitemap.xml` listing every page, or, past 50,000
/// addresses (the format's limit), `sitemap.xml` as the index of `sitemap-1.xml`, `sitemap-2.xml`, …
/// of at most 50,000 each (each well under the format's 50 MB).
enum Sitemap {
    static let addressesPerFile = 50_000

    static func files(pages: [Route], base: String, style: LinkStyle) -> [OutputFile] {
        let addresses = pages.map(\.path).sorted().map { path in
            escape(Links.absolute(pathRoute: path, base: base, style: style))
        }
        guard addresses.count > addressesPerFile else {
            return [OutputFile(route: .sitemap, content: .bytes(Array(urlset(addresses[...]).utf8)))]
        }
        var files: [OutputFile] = []
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (number, start) in stride(from: 0, to: addresses.count, by: addressesPerFile).enumerated() {
            let part = Route.sitemapPart(number + 1)
            let slice = addresses[start..<min(start + addressesPerFile, addresses.count)]
            files.append(OutputFile(route: part, content: .bytes(Array(urlset(slice).utf8))))
            index += "  <sitemap><loc>\(escape(Links.absolute(part, base: base, style: style)))</loc></sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return [OutputFile(route: .sitemap, content: .bytes(Array(index.utf8)))] + files
    }

    static func urlset(_ addresses: ArraySlice<String>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for address in addresses { xml += "  <url><loc>\(address)</loc></url>\n" }
        xml += "</urlset>\n"
        return xml
    }

    /// The five XML entities.
    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
