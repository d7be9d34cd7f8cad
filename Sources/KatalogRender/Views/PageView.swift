import KatalogContent

/// What a page's template sees: the layout's values, the same keys on every page, and one subject
/// (`product`, `list`, …) under the key its kind names. `site` and `ui` hold values every page
/// shares; the rest is the page's own and makes its fingerprint.
package struct PageView: TemplateView {
    /// The template that renders the page.
    package var template: String
    package var site: SiteInfo
    package var ui: Words
    package var page: PageInfo
    package var links: SectionLinks
    /// The feed and the exports (`exports.feed`, `.json`, `.csv`).
    package var exports: ExportLinks
    package var nav: [NavItem]
    package var crumbs: [Crumb]
    package var pageTitle: Text
    package var pageDescription: Text?
    /// Link preview and structured data; nil without a base URL.
    package var preview: PreviewView?
    /// The key of the page's subject, and the subject.
    package var subjectKey: String?
    package var subject: (any TemplateView)?

    /// The layout's values; the subject is answered on top, under its own key.
    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("site", site)
        fields.field("ui", ui)
        layoutFields(&fields)
    }

    /// The layout's values but those every page shares (`site`, `ui`; see `Site.sharedFingerprint`).
    private func layoutFields<F: TemplateFields>(_ fields: inout F) {
        fields.field("page", page)
        fields.field("links", links)
        fields.field("exports", exports)
        fields.field("nav", nav)
        fields.field("crumbs", crumbs)
        fields.field("page_title", pageTitle)
        fields.field("page_description", pageDescription)
        fields.field("preview", preview)
    }

    package func child(named key: String) -> Any? {
        if key == subjectKey { return subject }
        var lookup = KeyLookup(key: key)
        fields(&lookup)
        return lookup.value
    }

    /// A digest of everything the page shows but the values every page shares: with equal shared
    /// values, equal fingerprints render equal bytes.
    package var fingerprint: Fingerprint {
        var fields = FieldDigest(digest: Fingerprint.Builder())
        fields.digest.add(template)
        layoutFields(&fields)
        if let subjectKey, let subject {
            fields.digest.add(subjectKey)
            subject.digest(into: &fields.digest)
        }
        return fields.digest.finish()
    }

    /// The items of a page of a list, for its `ItemList`: each item's name and page, where the
    /// first stands in the whole list, and the whole list's length.
    struct Listed {
        var items: [Route]
        var offset: Int
        var total: Int

        init(_ items: [Route], offset: Int, total: Int) {
            self.items = items
            self.offset = offset
            self.total = total
        }

        /// A page of a list of products, `items` the slice of the whole list's `total`.
        init(products items: ArraySlice<String>, total: Int) {
            self.init(items.map { Route.product($0) }, offset: items.startIndex, total: total)
        }
    }

    /// The layout of `context`'s page, with its title, crumbs and subject: what every page kind
    /// returns. `description` defaults to the site's. For the link preview: `kind` and `price`
    /// (`og:type` product with its price), `image` (else the photo of the first of `previewProducts`
    /// that has one), `listed` (an `ItemList`) and `schema` (the page's own schema.org nodes).
    init(
        template: String, title: String, description: String? = nil, pager: PagerView? = nil,
        crumbs: [(String, Route?)]? = nil, subject: (key: String, view: any TemplateView)? = nil,
        kind: PreviewView.Kind = .website, price: Int? = nil, image: PreviewView.Image? = nil,
        previewProducts: [String] = [], listed: Listed? = nil, schema: [ScriptJSON] = [],
        in context: PageContext
    ) {
        let site = context.catalog.site
        self.template = template
        self.site = SiteInfo(site, pages: context.catalog.pages, in: context)
        ui = context.words
        page = PageInfo(
            path: Text(context.route.path),
            canonical: context.route == .notFound ? nil : context.absolute(context.route), prev: pager?.prev,
            next: pager?.next)
        links = SectionLinks(context)
        exports = ExportLinks(context)
        let section = context.route.section
        nav = [
            (Word.products, Route.products()), (.clusters, .clusters()), (.producers, .producers()),
            (.motifs, .motifs()),
        ]
        .map { word, route in
            NavItem(name: context.word(word), url: context.href(route), current: section == route.section)
        }
        self.crumbs =
            crumbs.map { items in
                [Crumb(name: context.word(.home), url: context.href(.home))]
                    + items.map { Crumb(name: Text($0.0), url: $0.1.map(context.href)) }
            } ?? []
        pageTitle = Text(title)
        pageDescription = (description ?? site.description).map(Text.init)
        if let url = context.absolute(context.route), context.route != .notFound {
            let graph =
                [StructuredData.breadcrumbs(crumbs ?? [], route: context.route, in: context)]
                + (listed.map { [StructuredData.itemList($0.items, offset: $0.offset, total: $0.total, in: context)] }
                    ?? []) + schema
            preview = PreviewView(
                type: kind, url: url, language: site.language,
                image: image ?? context.previewImage(ofProducts: previewProducts) ?? context.logoPreview, price: price,
                jsonLD: StructuredData.graph(graph))
        }
        subjectKey = subject?.key
        self.subject = subject?.view
    }
}
