import KatalogContent

/// schema.org's vocabulary as JSON-LD, for search engines and link previews: the nodes a page kind
/// adds to its page's graph (docs/content.md, "Link previews and structured data"). Every address
/// is absolute, so the graph exists only when the site has a base URL; every value is one the page
/// itself shows.
enum StructuredData {
    /// The `<script type="application/ld+json">` text of a page: one graph of `nodes`.
    static func graph(_ nodes: [ScriptJSON]) -> Text {
        Text(script: .node([("@context", .string("https://schema.org")), ("@graph", .array(nodes))]))
    }

    /// The trail from the home page to the page itself, `route`; `crumbs` are the steps after
    /// the home page (the last, the page, without a route of its own).
    static func breadcrumbs(_ crumbs: [(String, Route?)], route: Route, in context: PageContext) -> ScriptJSON {
        let steps = [(context.words[.home], Route.home)] + crumbs.map { ($0.0, $0.1 ?? route) }
        return .node([
            ("@type", .string("BreadcrumbList")),
            (
                "itemListElement",
                .array(
                    steps.enumerated().map { index, step in
                        listItem(position: index + 1, name: step.0, route: step.1, in: context)
                    })
            ),
        ])
    }

    /// A page of a list: its items' pages at their positions in the whole list of `total`, as
    /// search engines read a summary page (position and address; the names are on the pages).
    static func itemList(_ items: [Route], offset: Int, total: Int, in context: PageContext) -> ScriptJSON {
        .node([
            ("@type", .string("ItemList")),
            ("numberOfItems", .number(total)),
            (
                "itemListElement",
                .array(
                    items.enumerated().map { index, route in
                        .node([
                            ("@type", .string("ListItem")),
                            ("position", .number(offset + index + 1)),
                            ("url", url(route, in: context)),
                        ])
                    })
            ),
        ])
    }

    /// A step of a breadcrumb trail.
    static func listItem(position: Int, name: String, route: Route, in context: PageContext) -> ScriptJSON {
        .node([
            ("@type", .string("ListItem")),
            ("position", .number(position)),
            ("name", .string(name)),
            ("item", url(route, in: context)),
        ])
    }

    /// The site, on its home page, with the search page as its search action.
    static func website(in context: PageContext) -> ScriptJSON {
        let site = context.catalog.site
        let search = context.absoluteURL(.search).map { $0 + "?q={search_term_string}" }
        return .node([
            ("@type", .string("WebSite")),
            ("@id", url(.home, in: context, fragment: "website")),
            ("name", .string(site.title)),
            ("description", site.description.map(ScriptJSON.string)),
            ("inLanguage", .string(site.language.rawValue)),
            ("url", url(.home, in: context)),
            (
                "potentialAction",
                search.map {
                    .node([
                        ("@type", .string("SearchAction")),
                        ("target", .string($0)),
                        ("query-input", .string("required name=search_term_string")),
                    ])
                }
            ),
        ])
    }

    /// A product with its offer: the price in rupiah (none when it is on request), whether it is
    /// available, and the producer as the brand and the seller.
    static func product(_ product: Product, images: [String], in context: PageContext) -> ScriptJSON {
        let catalog = context.catalog
        let producer = catalog.producer(of: product)
        let offer = ScriptJSON.node([
            ("@type", .string("Offer")),
            ("url", url(.product(product.slug), in: context)),
            ("price", product.price.map(ScriptJSON.number)),
            ("priceCurrency", product.price.map { _ in .string("IDR") }),
            (
                "availability",
                .string(product.available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock")
            ),
            ("seller", organization(producer, type: "Organization", in: context)),
        ])
        return .node([
            ("@type", .string("Product")),
            ("@id", url(.product(product.slug), in: context, fragment: "product")),
            ("name", .string(product.name)),
            ("url", url(.product(product.slug), in: context)),
            ("sku", .string(product.slug)),
            ("image", images.isEmpty ? nil : .strings(images)),
            ("category", product.technique.map { .string(context.words.technique($0)) }),
            ("material", product.material.map(ScriptJSON.string)),
            ("size", product.size.map(ScriptJSON.string)),
            ("color", product.colors.isEmpty ? nil : .string(product.colors.joined(separator: ", "))),
            ("brand", .node([("@type", .string("Brand")), ("name", .string(producer.name))])),
            ("offers", offer),
        ])
    }

    /// A producer: `Organization` as a product's seller, `LocalBusiness` on their own page; the
    /// number to call in E.164, the address with the cluster's city and province.
    static func organization(
        _ producer: Producer, type: String, image: String? = nil, in context: PageContext
    ) -> ScriptJSON {
        let cluster = context.catalog.cluster(of: producer)
        let contact = producer.contact
        let sameAs = contact.website.map { ScriptJSON.string($0) }
        return .node([
            ("@type", .string(type)),
            ("@id", url(.producer(producer.slug), in: context, fragment: "producer")),
            ("name", .string(producer.name)),
            ("url", url(.producer(producer.slug), in: context)),
            ("image", image.map(ScriptJSON.string)),
            ("telephone", (contact.phone ?? contact.whatsapp).map { .string($0.e164) }),
            ("email", contact.email.map(ScriptJSON.string)),
            ("sameAs", sameAs),
            ("foundingDate", producer.since.map { .string(String($0)) }),
            ("founder", producer.owner.map { .node([("@type", .string("Person")), ("name", .string($0))]) }),
            (
                "address",
                .node([
                    ("@type", .string("PostalAddress")),
                    ("streetAddress", producer.address.map(ScriptJSON.string)),
                    ("addressLocality", cluster.city.map(ScriptJSON.string)),
                    ("addressRegion", .string(cluster.province)),
                    ("addressCountry", .string("ID")),
                ])
            ),
            ("memberOf", .node([("@type", .string("Organization")), ("name", .string(cluster.name))])),
        ])
    }

    /// The absolute address of `route`, with a `#fragment` for a node's `@id`.
    static func url(_ route: Route, in context: PageContext, fragment: String? = nil) -> ScriptJSON {
        let address = context.absoluteURL(route) ?? context.links.href(route)
        return .string(fragment.map { address + "#" + $0 } ?? address)
    }
}
