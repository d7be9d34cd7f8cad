/// `exports`: links from a page to the feed and the exports, for the layout: `feed` (the Atom
/// feed, or false when the site has none: no base URL or no dated product), `json`
/// (`catalogue.json`) and `csv` (`catalogue.csv`), relative like every link.
package struct ExportLinks: TemplateView {
    package var feed: Text?
    package var json: Text
    package var csv: Text

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("feed", feed)
        fields.field("json", json)
        fields.field("csv", csv)
    }

    package init(_ context: PageContext) {
        feed = AtomFeed.isPublished(context.catalog) ? context.href(.feed) : nil
        json = context.href(.catalogueJSON)
        csv = context.href(.catalogueCSV)
    }
}
