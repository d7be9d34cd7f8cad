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
    package var nav: [NavItem]
    package var crumbs: [Crumb]
    package var pageTitle: Text
    package var pageDescription: Text?
    package var pageImage: Text?
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
        fields.field("nav", nav)
        fields.field("crumbs", crumbs)
        fields.field("page_title", pageTitle)
        fields.field("page_description", pageDescription)
        fields.field("page_image", pageImage)
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

    /// The layout of `context`'s page, with its title, crumbs and subject: what every page kind
    /// returns. `description` defaults to the site's.
    package init(
        template: String, title: String, description: String? = nil, image: Text? = nil, pager: PagerView? = nil,
        crumbs: [(String, Route?)]? = nil, subject: (key: String, view: any TemplateView)? = nil,
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
        pageImage = image
        subjectKey = subject?.key
        self.subject = subject?.view
    }
}
