import KatalogContent

/// `feed.xml`: an Atom feed (RFC 4287) of the newest products, for feed readers and for whoever
/// follows the catalogue. Only for a site with a base URL (a feed's addresses must be absolute),
/// and only when some product has an `added` date: the entries are the dated products, newest
/// first, a tie by name (the site's newest order), at most `maxEntries`.
///
/// Nothing in it depends on when it was built: an entry's `updated` is its product's `added` day
/// at 00:00 UTC (07:00 to 09:00 of the same day in Indonesia's three time zones; `added` has no
/// time and the site no zone), the feed's own `updated` the newest entry's. An entry's `id` is
/// its product page's address as `--links dirs` writes it, whatever the link style, so a product
/// keeps its id until its slug or the base URL changes.
///
/// Every text is escaped for XML (`XMLText`). The entry's HTML
/// `content` is made here from escaped values (picture, price, technique, producer, place),
/// never from a body, then escaped as a whole.
enum AtomFeed {
    /// Feed readers fetch the whole file on every poll (often hourly): 50 entries keep it near
    /// 50 KB, and a catalogue that adds a few products a week shows months of them; a reader that
    /// polls before 50 more products are added misses none.
    static let maxEntries = 50

    /// The feed, or nil for a site without a base URL or a dated product.
    static func file(_ site: Site) -> OutputFile? {
        xml(site).map { OutputFile(route: .feed, content: .bytes(Array($0.utf8))) }
    }

    /// Whether the site has a feed: a base URL and a product with an `added` date. Cheap (every
    /// page's head asks): the newest product comes first in `facets.newest`.
    static func isPublished(_ catalog: Catalog) -> Bool {
        catalog.site.baseURL != nil && catalog.facets.newest.first.flatMap { catalog.productBySlug[$0]?.added } != nil
    }

    /// The dated products in the site's own "newest" order (newest first, a tie by name: the
    /// resolver's `facets.newest`, which lists the undated last); at most `maxEntries`.
    static func entries(_ catalog: Catalog) -> [(product: Product, added: Day)] {
        Array(
            catalog.facets.newest.lazy.compactMap { slug in
                catalog.productBySlug[slug].flatMap { product in product.added.map { (product: product, added: $0) } }
            }.prefix(maxEntries))
    }

    /// `2026-07-11T00:00:00Z`.
    static func timestamp(_ day: Day) -> String { day.description + "T00:00:00Z" }

    static func xml(_ site: Site) -> String? {
        let catalog = site.catalog
        let entries = entries(catalog)
        guard let base = catalog.site.baseURL, let newest = entries.first else { return nil }
        let addresses = ExportAddresses(site)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(catalog.site.language.rawValue)\">\n"
        xml += "  <id>\(XMLText.escape(addresses.url(.feed)))</id>\n"
        xml += "  <title>\(XMLText.escape(catalog.site.title))</title>\n"
        if let description = catalog.site.description {
            xml += "  <subtitle>\(XMLText.escape(description))</subtitle>\n"
        }
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(addresses.url(.feed)))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(addresses.url(.home)))\"/>\n"
        xml += "  <updated>\(timestamp(newest.added))</updated>\n"
        xml += "  <generator>katalog</generator>\n"
        let words = Words.of(catalog.site.language)
        for (product, added) in entries {
            xml += entry(product, added: added, in: catalog, base: base, words: words, addresses: addresses)
        }
        xml += "</feed>\n"
        return xml
    }

    private static func entry(
        _ product: Product, added: Day, in catalog: Catalog, base: String, words: Words, addresses: ExportAddresses
    ) -> String {
        let producer = catalog.producer(of: product)
        let cluster = catalog.cluster(of: producer)
        let technique = product.technique.map { words.technique($0) }
        var xml = "  <entry>\n"
        xml += "    <id>\(XMLText.escape(Links.absolute(.product(product.slug), base: base, style: .dirs)))</id>\n"
        xml += "    <title>\(XMLText.escape(product.name))</title>\n"
        xml +=
            "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(addresses.url(.product(product.slug))))\"/>\n"
        xml += "    <updated>\(timestamp(added))</updated>\n"
        xml += "    <author>\n"
        xml += "      <name>\(XMLText.escape(producer.name))</name>\n"
        xml += "      <uri>\(XMLText.escape(addresses.url(.producer(producer.slug))))</uri>\n"
        xml += "    </author>\n"
        if let technique = product.technique {
            xml +=
                "    <category term=\"\(technique.rawValue)\" label=\"\(XMLText.escape(words.technique(technique)))\"/>\n"
        }
        let summary = [words.price(product.price), technique, producer.name, cluster.place].compactMap { $0 }
        xml += "    <summary>\(XMLText.escape(summary.joined(separator: " · ")))</summary>\n"
        // HTML made of escaped values only, then escaped again as the element's text.
        var html = ""
        if let photo = catalog.photos[product.slug]?.first, let picture = addresses.picture(photo) {
            html += "<p><img src=\"\(Text.escape(picture.url))\" width=\"\(picture.variant.width)\""
            html +=
                " height=\"\(picture.variant.height)\" alt=\"\(Text.escape(words.photoAlt(product.name, index: 1, count: 1)))\"></p>"
        }
        let facts: [(Word, String?)] = [
            (.price, words.price(product.price)), (.availability, words[product.available ? .available : .soldOut]),
            (.technique, technique), (.producer, producer.name), (.cluster, cluster.name), (.city, cluster.city),
            (.province, cluster.province),
        ]
        html += "<p>"
        html += facts.compactMap { label, value in
            value.map { Text.escape(words[label]) + ": " + Text.escape($0) }
        }.joined(separator: "<br>")
        html += "</p>"
        xml += "    <content type=\"html\">\(XMLText.escape(html))</content>\n"
        xml += "  </entry>\n"
        return xml
    }
}
