import KatalogContent

/// One kind of page: which pages of it a catalogue has, and the view each page's template sees.
/// `Site.kinds` lists every kind; adding one is docs/ARCHITECTURE.md's three steps.
package protocol PageKind: SendableMetatype {
    /// The page template, `templates/<template>.mustache`.
    static var template: String { get }
    /// Every page of this kind in `catalog`, in a fixed order.
    static func routes(in catalog: Catalog) -> [Route]
    /// The view of the page at `context.route`, one of `routes(in:)`.
    static func view(_ context: PageContext) -> PageView
}
