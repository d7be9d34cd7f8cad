import KatalogContent

/// `404.html`, which hosts serve for any address the site does not have (`404`, no subject).
package enum NotFoundPage: PageKind {
    package static let template = "404"

    package static func routes(in catalog: Catalog) -> [Route] { [.notFound] }

    package static func view(_ context: PageContext) -> PageView {
        PageView(template: template, title: context.words[.notFoundTitle], in: context)
    }
}
