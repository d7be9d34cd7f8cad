import KatalogContent

/// `products/`: every product (`products`, subject `list` with `products`).
package enum ProductListPage: PageKind {
    package static let template = "products"

    package static func routes(in catalog: Catalog) -> [Route] { [.products()] }

    package static func view(_ context: PageContext) -> PageView {
        let list = List(products: context.catalog.products.map { ProductCard($0, in: context) })
        let title = context.words[.products]
        return PageView(template: template, title: title, crumbs: [(title, nil)], subject: ("list", list), in: context)
    }

    package struct List: TemplateView {
        package var products: [ProductCard]
        package func fields<F: TemplateFields>(_ fields: inout F) { fields.field("products", products) }
    }
}
