import KatalogContent
import KatalogImages

/// The layout's parts: the same keys on every page.
extension PageView {
    /// `site`: `title`, `language`, `description` (or false), `pages` (the free pages, for the footer),
    /// `theme_color` (the browser bar's colour, the same as the web manifest's).
    package struct SiteInfo: TemplateView {
        package var title: Text
        package var language: Text
        package var description: Text?
        package var pages: [NamedLink]
        package var themeColor: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("title", title)
            fields.field("language", language)
            fields.field("description", description)
            fields.field("pages", pages)
            fields.field("theme_color", themeColor)
        }

        init(_ site: SiteConfig, pages: [Page], in context: PageContext) {
            title = Text(site.title)
            language = Text(site.language.rawValue)
            description = site.description.map(Text.init)
            self.pages = pages.map { NamedLink($0.name, .freePage($0.slug), in: context) }
            themeColor = Text(IconFiles.themeColor)
        }
    }

    /// `page`: `path` (the output path), `canonical` (the absolute URL, or false), and on a numbered
    /// list `prev` and `next` (the neighbouring pages, or false).
    package struct PageInfo: TemplateView {
        package var path: Text
        package var canonical: Text?
        package var prev: Text?
        package var next: Text?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("path", path)
            fields.field("canonical", canonical)
            fields.field("prev", prev)
            fields.field("next", next)
        }
    }

    /// `links`: the home page, the stylesheet, the icons and the web manifest (`icon_svg` is false
    /// when the icons are made of a logo), the lists, and the submission form (false when the site
    /// has none), from this page.
    package struct SectionLinks: TemplateView {
        package var home: Text
        package var css: Text
        package var favicon: Text
        package var iconSvg: Text?
        package var appleTouchIcon: Text
        package var manifest: Text
        package var print: Text
        package var clusters: Text
        package var producers: Text
        package var products: Text
        package var motifs: Text
        package var search: Text
        package var submit: Text?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("home", home)
            fields.field("css", css)
            fields.field("favicon", favicon)
            fields.field("icon_svg", iconSvg)
            fields.field("apple_touch_icon", appleTouchIcon)
            fields.field("manifest", manifest)
            fields.field("print", print)
            fields.field("clusters", clusters)
            fields.field("producers", producers)
            fields.field("products", products)
            fields.field("motifs", motifs)
            fields.field("search", search)
            fields.field("submit", submit)
        }

        init(_ context: PageContext) {
            home = context.href(.home)
            css = context.href(.stylesheet)
            favicon = context.href(.favicon)
            iconSvg = context.logo.isEmpty ? context.href(.icon("favicon.svg")) : nil
            appleTouchIcon = context.href(.icon(LogoFile.appleTouchIcon.rawValue))
            manifest = context.href(.webManifest)
            print = context.href(.print)
            clusters = context.href(.clusters())
            producers = context.href(.producers())
            products = context.href(.products())
            motifs = context.href(.motifs())
            search = context.href(.search)
            submit = context.catalog.site.submissions == nil ? nil : context.href(.submit)
        }
    }

    /// An item of the main menu: `name`, `url`, `current`.
    package struct NavItem: TemplateView {
        package var name: Text
        package var url: Text
        package var current: Bool

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("url", url)
            fields.field("current", current)
        }
    }

    /// A step of the breadcrumb trail: `name`, and `url` except for the page itself.
    package struct Crumb: TemplateView {
        package var name: Text
        package var url: Text?

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("name", name)
            fields.field("url", url)
        }
    }
}
