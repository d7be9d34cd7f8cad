import KatalogContent

/// The layout's parts: the same keys on every page.
extension PageView {
    /// `site`: `title`, `language`, `description` (or false), `pages` (the free pages, for the footer).
    package struct Site: TemplateView {
        package var title: Text
        package var language: Text
        package var description: Text?
        package var pages: [NamedLink]

        package static let keys = ["title", "language", "description", "pages"]

        package func child(named key: String) -> Any? {
            switch key {
            case "title": title
            case "language": language
            case "description": description.orFalse
            case "pages": pages
            default: nil
            }
        }

        init(_ site: SiteConfig, pages: [Page], in context: PageContext) {
            title = Text(site.title)
            language = Text(site.language.rawValue)
            description = site.description.map(Text.init)
            self.pages = pages.map { NamedLink($0.name, .freePage($0.slug), in: context) }
        }
    }

    /// `page`: `path` (the output path) and `canonical` (the absolute URL, or false).
    package struct Info: TemplateView {
        package var path: Text
        package var canonical: Text?

        package static let keys = ["path", "canonical"]

        package func child(named key: String) -> Any? {
            switch key {
            case "path": path
            case "canonical": canonical.orFalse
            default: nil
            }
        }
    }

    /// `links`: the home page, the stylesheet and the four lists, from this page.
    package struct SectionLinks: TemplateView {
        package var home: Text
        package var css: Text
        package var clusters: Text
        package var producers: Text
        package var products: Text
        package var motifs: Text

        package static let keys = ["home", "css", "clusters", "producers", "products", "motifs"]

        package func child(named key: String) -> Any? {
            switch key {
            case "home": home
            case "css": css
            case "clusters": clusters
            case "producers": producers
            case "products": products
            case "motifs": motifs
            default: nil
            }
        }

        init(_ context: PageContext) {
            home = context.href(.home)
            css = context.href(.stylesheet)
            clusters = context.href(.clusters())
            producers = context.href(.producers())
            products = context.href(.products())
            motifs = context.href(.motifs())
        }
    }

    /// An item of the main menu: `name`, `url`, `current`.
    package struct NavItem: TemplateView {
        package var name: Text
        package var url: Text
        package var current: Bool

        package static let keys = ["name", "url", "current"]

        package func child(named key: String) -> Any? {
            switch key {
            case "name": name
            case "url": url
            case "current": current
            default: nil
            }
        }
    }

    /// A step of the breadcrumb trail: `name`, and `url` except for the page itself.
    package struct Crumb: TemplateView {
        package var name: Text
        package var url: Text?

        package static let keys = ["name", "url"]

        package func child(named key: String) -> Any? {
            switch key {
            case "name": name
            case "url": url.orFalse
            default: nil
            }
        }
    }
}
