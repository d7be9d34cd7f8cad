import KatalogContent

/// `search/`: the search page (`search`, subject `search`). The header's search field on every page
/// sends its query here (`?q=`). With JavaScript, `assets/search.js` shows the results as the buyer
/// types, from the index in `search/` (`SearchIndex`); without it, the page offers the ways to
/// browse.
package enum SearchPage: PageKind {
    package static let template = "search"

    package static func routes(in catalog: Catalog) -> [Route] { [.search] }

    package static func view(_ context: PageContext) -> PageView {
        let words = context.words
        let search = Subject(
            root: context.href(.home).trimmingIndex, style: Text(context.style.rawValue),
            script: context.href(.asset("search.js")), browse: context.browse,
            priceOnRequest: context.word(.priceOnRequest), soldOut: context.word(.soldOut),
            noPhoto: context.word(.noPhoto))
        return PageView(
            template: template, title: words[.searchTitle], crumbs: [(words[.searchTitle], nil)],
            subject: ("search", search), in: context)
    }

    /// `search`: `root` (the site's root folder from this page), `style` (`dirs` or `files`),
    /// `script`, `browse`, and the words the script writes into cards.
    package struct Subject: TemplateView {
        package var root: Text
        package var style: Text
        package var script: Text
        package var browse: BrowseView
        package var priceOnRequest: Text
        package var soldOut: Text
        package var noPhoto: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("root", root)
            fields.field("style", style)
            fields.field("script", script)
            fields.field("browse", browse)
            fields.field("price_on_request", priceOnRequest)
            fields.field("sold_out", soldOut)
            fields.field("no_photo", noPhoto)
        }
    }
}

extension Text {
    /// A link to the home page as a folder: `../` for `../index.html`.
    fileprivate var trimmingIndex: Text {
        html.hasSuffix("index.html") ? Text(String(html.dropLast("index.html".count))) : self
    }
}
