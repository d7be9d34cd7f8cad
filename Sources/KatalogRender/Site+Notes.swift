import KatalogContent

extension Site {
    /// What this site leaves out and why, one sentence each, for the build's summary: a maintainer
    /// should not have to find out from a missing file.
    package var notes: [String] {
        var notes: [String] = []
        if catalog.site.baseURL == nil {
            notes.append(
                "no base_url in site.yml (or --base-url): pages have no link previews, structured data, canonical links,"
                    + " sitemap or feed, which need absolute addresses")
        } else if !AtomFeed.isPublished(catalog) {
            notes.append("no product has an 'added' date (added: 2026-07-11), so there is no feed.xml of new products")
        }
        return notes
    }
}
