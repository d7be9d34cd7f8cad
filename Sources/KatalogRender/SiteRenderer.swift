import KatalogContent
import KatalogMarkdown
import Mustache

/// Renders a checked catalogue into the files of the site. Pure: values in, files out.
///
/// Templates get dictionaries, never model structs: values are precomputed and namespaced
/// (`site`, `ui`, `page`, `links`, then one key for the page's subject), and every optional key of a
/// card is present, `false` when empty, because Mustache looks a missing key up in the outer
/// context and would otherwise pick up the page's own value.
public struct SiteRenderer: Sendable {
    public let catalog: Catalog
    public let theme: Theme
    public let style: LinkStyle

    public init(catalog: Catalog, theme: Theme, style: LinkStyle) {
        self.catalog = catalog
        self.theme = theme
        self.style = style
    }

    var language: Language { catalog.site.language }
    var ui: [String: String] { UIText.strings(language) }

    /// One page of the site. Pages are independent of each other, so they can be rendered in
    /// any order, on any core, and written as soon as they are rendered.
    public enum PageJob: Sendable {
        case home, clusters, producers, products, motifs, notFound
        case cluster(Int), producer(Int), product(Int), motif(Int), free(Int)
    }

    /// Every page, in a fixed order.
    public func pages() -> [PageJob] {
        var pages: [PageJob] = [.home, .clusters]
        pages += catalog.clusters.indices.map(PageJob.cluster)
        pages.append(.producers)
        pages += catalog.producers.indices.map(PageJob.producer)
        pages.append(.products)
        pages += catalog.products.indices.map(PageJob.product)
        pages.append(.motifs)
        pages += catalog.motifs.indices.map(PageJob.motif)
        pages += catalog.pages.indices.map(PageJob.free)
        pages.append(.notFound)
        return pages
    }

    /// The output path of a page.
    public func path(of page: PageJob) -> String {
        switch page {
        case .home: return Route.home
        case .clusters: return Route.clusters
        case .producers: return Route.producers
        case .products: return Route.products
        case .motifs: return Route.motifs
        case .notFound: return Route.notFound
        case .cluster(let i): return Route.cluster(catalog.clusters[i].slug)
        case .producer(let i): return Route.producer(catalog.producers[i].slug)
        case .product(let i): return Route.product(catalog.products[i].slug)
        case .motif(let i): return Route.motif(catalog.motifs[i].slug)
        case .free(let i): return Route.page(catalog.pages[i].slug)
        }
    }

    /// What a page is made of before the template runs: the template's name, the values it sees,
    /// and the problems found in the body it shows. Building this is cheap next to rendering it.
    public struct PageValues: @unchecked Sendable {
        public var template: String
        public var context: [String: Any]
        public var diagnostics: [Diagnostic]

        /// A digest of everything the page shows but the values every page shares (`site`, `ui`,
        /// see `SiteRenderer.sharedFingerprint`): with equal shared values, equal digests render
        /// equal bytes.
        public var fingerprint: Fingerprint {
            var digest = Fingerprint.Builder()
            digest.add(template)
            for key in context.keys.sorted() where !SiteRenderer.sharedKeys.contains(key) {
                digest.add(key)
                digest.add(any: context[key]!)
            }
            return digest.finish()
        }
    }

    /// Context keys whose values are the same on every page.
    static let sharedKeys: Set<String> = ["site", "ui"]

    /// A digest of the values every page shares: the site's title, description, language and free
    /// pages, and the theme's words. When it changes, no page can be kept from a previous build.
    public var sharedFingerprint: Fingerprint {
        var digest = Fingerprint.Builder()
        let shared = layoutContext(links: Links(from: Route.home, style: style), path: Route.home)
        for key in Self.sharedKeys.sorted() {
            digest.add(key)
            digest.add(any: shared[key]!)
        }
        return digest.finish()
    }

    /// The values of one page (bodies are rendered here, with their problems).
    public func values(_ page: PageJob) -> PageValues {
        let path = path(of: page)
        let links = Links(from: path, style: style, absoluteBase: path == Route.notFound ? catalog.site.baseURL : nil)
        var problems: [Diagnostic] = []
        func body(_ body: Body) -> String {
            let (html, found) = renderBody(body, links: links)
            problems += found
            return html
        }
        let template: String
        let subject: [String: Any]
        switch page {
        case .home: (template, subject) = ("index", homeContext(links))
        case .clusters: (template, subject) = ("clusters", clustersContext(links))
        case .producers: (template, subject) = ("producers", producersContext(links))
        case .products: (template, subject) = ("products", productsContext(links))
        case .motifs: (template, subject) = ("motifs", motifsContext(links))
        case .notFound: (template, subject) = ("404", ["page_title": ui["not_found_title"]!])
        case .cluster(let i):
            let cluster = catalog.clusters[i]
            (template, subject) = ("cluster", clusterContext(cluster, links, body: body(cluster.body)))
        case .producer(let i):
            let producer = catalog.producers[i]
            (template, subject) = ("producer", producerContext(producer, links, body: body(producer.body)))
        case .product(let i):
            let product = catalog.products[i]
            (template, subject) = ("product", productContext(product, links, body: body(product.body)))
        case .motif(let i):
            let motif = catalog.motifs[i]
            (template, subject) = ("motif", motifContext(motif, links, body: motif.description.map { body($0.body) } ?? ""))
        case .free(let i):
            let item = catalog.pages[i]
            (template, subject) = ("page", ["page_title": item.name, "free_page": ["name": item.name, "body": body(item.body)]])
        }
        var context = layoutContext(links: links, path: path)
        for (key, value) in subject { context[key] = value }
        if context["page_description"] == nil { context["page_description"] = catalog.site.description ?? false }
        return PageValues(template: template, context: context, diagnostics: problems)
    }

    /// Runs the page's template.
    public func html(_ values: PageValues) -> [UInt8] {
        Array((theme.library.render(values.context, withTemplate: values.template) ?? "").utf8)
    }

    /// Photos, theme assets and the sitemap: everything that is not a rendered page.
    public func otherFiles(pagePaths: [String]) -> [OutputFile] {
        var files: [OutputFile] = []
        var seen: Set<String> = []
        for product in catalog.products {
            for photo in catalog.photos[product.slug] ?? [] where seen.insert(photo.outputPath).inserted {
                files.append(OutputFile(path: photo.outputPath, content: .copy(from: photo.sourcePath)))
            }
        }
        for (name, content) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/" + name, content: content))
        }
        if let base = catalog.site.baseURL {
            let pages = pagePaths.filter { $0 != Route.notFound }
            let xml = Sitemap.xml(pages: pages, base: base, style: style)
            files.append(OutputFile(path: Route.sitemap, content: .bytes(Array(xml.utf8))))
        }
        return files
    }

    // MARK: Bodies

    /// Renders a Markdown body for the page `links` is made for; `product:slug` style links
    /// become relative links, and every problem is reported at its line in the body's file.
    func renderBody(_ body: Body, links: Links) -> (String, [Diagnostic]) {
        guard !body.isEmpty else { return ("", []) }
        let result = Markdown.render(body.markdown) { destination, _ in
            resolveEntryLink(destination, links: links)
        }
        let diagnostics = result.issues.map { issue in
            Diagnostic(
                issue.severity == .error ? .error : .warning,
                SourceLocation(path: body.path, line: issue.line, column: issue.column), issue.message)
        }
        return (result.html, diagnostics)
    }

    func resolveEntryLink(_ destination: String, links: Links) -> Markdown.LinkResolution {
        guard let colon = destination.firstIndex(of: ":") else { return .keep }
        let scheme = destination[..<colon].lowercased()
        var rest = destination[destination.index(after: colon)...]
        var fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = rest[..<hash]
        }
        let slug = String(rest)
        guard !slug.isEmpty else { return .error("link '\(scheme):' needs a name after the colon, like \(scheme):batik-gorga") }
        let target: String?
        let known: [String]
        let folder: String
        switch scheme {
        case "product":
            target = catalog.productBySlug[slug].map { Route.product($0.slug) }
            known = catalog.products.map(\.slug)
            folder = "products"
        case "producer":
            target = catalog.producerBySlug[slug].map { Route.producer($0.slug) }
            known = catalog.producers.map(\.slug)
            folder = "producers"
        case "cluster":
            target = catalog.clusterBySlug[slug].map { Route.cluster($0.slug) }
            known = catalog.clusters.map(\.slug)
            folder = "clusters"
        case "motif":
            let motifSlug = Slug.make(slug)
            target = catalog.motifBySlug[motifSlug].map { Route.motif($0.slug) }
            known = catalog.motifs.map(\.slug)
            folder = "motifs"
        case "page":
            target = catalog.pages.first { $0.slug == slug }.map { Route.page($0.slug) }
            known = catalog.pages.map(\.slug)
            folder = "pages"
        default:
            return .keep
        }
        guard let target else {
            var message = "link to unknown \(scheme) '\(slug)'"
            message += scheme == "motif" ? ": no product names this motif" : ": there is no file \(folder)/\(slug).md"
            if let guess = Spelling.nearest(to: slug, in: known) { message += "; did you mean '\(scheme):\(guess)'?" }
            return .error(message)
        }
        return .replace(links.href(target) + Links.encodeFragment(fragment))
    }

    // MARK: Layout

    func layoutContext(links: Links, path: String) -> [String: Any] {
        let site = catalog.site
        let section = path.split(separator: "/").first.map(String.init) ?? ""
        func navItem(_ key: String, _ target: String, _ sectionName: String) -> [String: Any] {
            ["name": ui[key]!, "url": links.href(target), "current": section == sectionName]
        }
        var siteContext: [String: Any] = [
            "title": site.title,
            "language": site.language.rawValue,
            "description": site.description ?? false,
        ]
        siteContext["pages"] = catalog.pages.map { ["name": $0.name, "url": links.href(Route.page($0.slug))] }
        var pageContext: [String: Any] = ["canonical": false, "path": path]
        if let base = site.baseURL, path != Route.notFound {
            pageContext["canonical"] = Links.absolute(path, base: base, style: style)
        }
        return [
            "crumbs": [[String: Any]](),
            "page_image": false,
            "site": siteContext,
            "ui": ui,
            "page": pageContext,
            "links": [
                "home": links.href(Route.home),
                "css": links.href(Route.stylesheet),
                "clusters": links.href(Route.clusters),
                "producers": links.href(Route.producers),
                "products": links.href(Route.products),
                "motifs": links.href(Route.motifs),
            ],
            "nav": [
                navItem("products", Route.products, "products"),
                navItem("clusters", Route.clusters, "clusters"),
                navItem("producers", Route.producers, "producers"),
                navItem("motifs", Route.motifs, "motifs"),
            ],
        ]
    }

    // MARK: Cards and pieces

    func productCard(_ product: Product, _ links: Links) -> [String: Any] {
        let producer = catalog.producerBySlug[product.producer.value]
        var card: [String: Any] = [
            "name": product.name,
            "url": links.href(Route.product(product.slug)),
            "price": priceText(product.price),
            "has_price": product.price != nil,
            "sold_out": !product.available,
            "producer_name": producer?.name ?? "",
            "technique": product.technique.map { UIText.technique($0, language) } ?? false,
            "photo": false,
        ]
        if let photo = catalog.photos[product.slug]?.first {
            card["photo"] = photoContext(photo, product: product, index: 1, count: 1, links)
        }
        return card
    }

    func photoContext(_ photo: Photo, product: Product, index: Int, count: Int, _ links: Links) -> [String: Any] {
        [
            "src": links.href(photo.outputPath),
            "width": photo.info.width,
            "height": photo.info.height,
            "alt": UIText.photoAlt(product.name, index: index, count: count, language),
        ]
    }

    func priceText(_ price: Int?) -> String {
        price.map { Formatting.rupiah($0, language: language) } ?? ui["price_on_request"]!
    }

    /// Call, WhatsApp, email and web links; the WhatsApp message names `subject`.
    func contactContext(_ contact: Contact, subject: String) -> [String: Any] {
        var result: [String: Any] = ["phone": false, "whatsapp": false, "email": false, "website": false]
        if let phone = contact.phone {
            result["phone"] = ["display": phone.display, "href": Formatting.telHref(phone)]
        }
        if let whatsapp = contact.whatsapp {
            let message = UIText.whatsAppMessage(about: subject, site: catalog.site.title, language)
            result["whatsapp"] = [
                "display": whatsapp.display, "href": Formatting.whatsAppHref(whatsapp, message: message),
            ]
        }
        if let email = contact.email {
            result["email"] = ["address": email, "href": "mailto:" + email]
        }
        if let website = contact.website {
            let label = website.replacingPrefix("https://").replacingPrefix("http://")
            result["website"] = ["href": website, "label": label.hasSuffix("/") ? String(label.dropLast()) : label]
        }
        result["any"] = contact.phone != nil || contact.whatsapp != nil || contact.email != nil || contact.website != nil
        return result
    }

    func producerCard(_ producer: Producer, _ links: Links, subject: String? = nil) -> [String: Any] {
        let cluster = catalog.clusterBySlug[producer.cluster.value]
        return [
            "name": producer.name,
            "url": links.href(Route.producer(producer.slug)),
            "cluster_name": cluster?.name ?? "",
            "cluster_url": links.href(Route.cluster(producer.cluster.value)),
            "city": cluster?.city ?? false,
            "contact": contactContext(producer.contact, subject: subject ?? producer.name),
            "products_count": catalog.productsByProducer[producer.slug]?.count ?? 0,
        ]
    }

    func clusterCard(_ cluster: Cluster, _ links: Links) -> [String: Any] {
        let producers = catalog.producersByCluster[cluster.slug] ?? []
        let products = producers.reduce(0) { $0 + (catalog.productsByProducer[$1]?.count ?? 0) }
        return [
            "name": cluster.name,
            "url": links.href(Route.cluster(cluster.slug)),
            "place": [cluster.city, cluster.province].compactMap { $0 }.joined(separator: ", "),
            "producers_count": producers.count,
            "products_count": products,
        ]
    }

    func fact(_ label: String, _ value: String, url: String? = nil) -> [String: Any] {
        ["label": ui[label]!, "value": value, "url": url ?? false]
    }

    func crumbs(_ items: [(String, String?)], _ links: Links) -> [[String: Any]] {
        [["name": ui["home"]!, "url": links.href(Route.home)]]
            + items.map { ["name": $0.0, "url": $0.1.map { links.href($0) } ?? false] }
    }

    // MARK: Pages

    func homeContext(_ links: Links) -> [String: Any] {
        var featured = catalog.products.filter(\.featured)
        if featured.isEmpty { featured = Array(catalog.products.filter(\.available).prefix(8)) }
        return [
            "page_title": catalog.site.title,
            "home": [
                "clusters": catalog.clusters.map { clusterCard($0, links) },
                "featured": featured.prefix(12).map { productCard($0, links) },
                "products_count": catalog.products.count,
                "producers_count": catalog.producers.count,
                "clusters_count": catalog.clusters.count,
                "motifs_count": catalog.motifs.count,
            ],
        ]
    }

    func clustersContext(_ links: Links) -> [String: Any] {
        [
            "page_title": ui["clusters"]!,
            "crumbs": crumbs([(ui["clusters"]!, nil)], links),
            "list": ["clusters": catalog.clusters.map { clusterCard($0, links) }],
        ]
    }

    func clusterContext(_ cluster: Cluster, _ links: Links, body: String) -> [String: Any] {
        let producers = (catalog.producersByCluster[cluster.slug] ?? []).compactMap { catalog.producerBySlug[$0] }
        let products = (catalog.productsByCluster[cluster.slug] ?? []).compactMap { catalog.productBySlug[$0] }
        var facts = [fact("province", cluster.province)]
        if let city = cluster.city { facts.append(fact("city", city)) }
        if let year = cluster.established { facts.append(fact("established", String(year))) }
        if let coordinator = cluster.coordinator { facts.append(fact("coordinator", coordinator)) }
        return [
            "page_description": "\(cluster.name) · \([cluster.city, cluster.province].compactMap { $0 }.joined(separator: ", ")) · "
                + "\(producers.count) \(ui["producers"]!) · \(products.count) \(ui["products"]!)",
            "page_title": cluster.name,
            "crumbs": crumbs([(ui["clusters"]!, Route.clusters), (cluster.name, nil)], links),
            "cluster": [
                "name": cluster.name,
                "place": [cluster.city, cluster.province].compactMap { $0 }.joined(separator: ", "),
                "facts": facts,
                "contact": contactContext(cluster.contact, subject: cluster.name),
                "body": body.isEmpty ? false : body,
                "producers": producers.map { producerCard($0, links) },
                "products": products.map { productCard($0, links) },
            ],
        ]
    }

    func producersContext(_ links: Links) -> [String: Any] {
        [
            "page_title": ui["producers"]!,
            "crumbs": crumbs([(ui["producers"]!, nil)], links),
            "list": ["producers": catalog.producers.map { producerCard($0, links) }],
        ]
    }

    func producerContext(_ producer: Producer, _ links: Links, body: String) -> [String: Any] {
        let cluster = catalog.clusterBySlug[producer.cluster.value]
        let products = (catalog.productsByProducer[producer.slug] ?? []).compactMap { catalog.productBySlug[$0] }
        var facts = [fact("cluster", cluster?.name ?? producer.cluster.value, url: links.href(Route.cluster(producer.cluster.value)))]
        if let owner = producer.owner { facts.append(fact("owner", owner)) }
        if let address = producer.address { facts.append(fact("address", address)) }
        if let since = producer.since { facts.append(fact("since", String(since))) }
        var card = producerCard(producer, links)
        card["facts"] = facts
        card["body"] = body.isEmpty ? false : body
        card["products"] = products.map { productCard($0, links) }
        let place = [cluster?.name, cluster?.city, cluster?.province].compactMap { $0 }.joined(separator: ", ")
        return [
            "page_description": "\(producer.name) · \(place) · \(products.count) \(ui["products"]!)",
            "page_title": producer.name,
            "crumbs": crumbs([(ui["producers"]!, Route.producers), (producer.name, nil)], links),
            "producer": card,
        ]
    }

    func productsContext(_ links: Links) -> [String: Any] {
        [
            "page_title": ui["products"]!,
            "crumbs": crumbs([(ui["products"]!, nil)], links),
            "list": ["products": catalog.products.map { productCard($0, links) }],
        ]
    }

    func productContext(_ product: Product, _ links: Links, body: String) -> [String: Any] {
        // Only a failed build (unknown producer) renders without one, and it writes nothing.
        let producer = catalog.producerBySlug[product.producer.value]
            ?? Producer(
                slug: product.producer.value, name: product.producer.value, cluster: product.producer,
                contact: Contact(), body: Body(markdown: "", path: product.body.path))
        let cluster = catalog.clusterBySlug[producer.cluster.value]
        let motifs = (catalog.motifsByProduct[product.slug] ?? []).compactMap { catalog.motifBySlug[$0] }
        var facts: [[String: Any]] = [
            fact("price", priceText(product.price)),
            fact("availability", product.available ? ui["available"]! : ui["sold_out"]!),
            fact("producer", producer.name, url: links.href(Route.producer(producer.slug))),
        ]
        if let cluster { facts.append(fact("cluster", cluster.name, url: links.href(Route.cluster(cluster.slug)))) }
        if let technique = product.technique { facts.append(fact("technique", UIText.technique(technique, language))) }
        if let material = product.material { facts.append(fact("material", material)) }
        if let size = product.size { facts.append(fact("size", size)) }
        if !product.colors.isEmpty { facts.append(fact("colors", product.colors.joined(separator: ", "))) }
        let photos = catalog.photos[product.slug] ?? []
        var card = productCard(product, links)
        card["photos"] = photos.enumerated().map { photoContext($1, product: product, index: $0 + 1, count: photos.count, links) }
        card["facts"] = facts
        card["motifs"] = motifs.map { ["name": $0.name, "url": links.href(Route.motif($0.slug))] }
        card["producer"] = producerCard(producer, links, subject: "\(product.name) (\(producer.name))")
        card["body"] = body.isEmpty ? false : body
        let summary = [
            product.technique.map { UIText.technique($0, language) }, priceText(product.price), producer.name,
            cluster.map { [$0.city, $0.province].compactMap { $0 }.joined(separator: ", ") },
        ].compactMap { $0 }.joined(separator: " · ")
        return [
            "page_description": "\(product.name): \(summary)",
            "page_image": photos.first.flatMap { photo in
                catalog.site.baseURL.map { Links.absolute(photo.outputPath, base: $0, style: style) }
            } ?? false,
            "page_title": product.name,
            "crumbs": crumbs([(ui["products"]!, Route.products), (product.name, nil)], links),
            "product": card,
        ]
    }

    func motifsContext(_ links: Links) -> [String: Any] {
        [
            "page_title": ui["motifs"]!,
            "crumbs": crumbs([(ui["motifs"]!, nil)], links),
            "list": [
                "motifs": catalog.motifs.map {
                    ["name": $0.name, "url": links.href(Route.motif($0.slug)), "count": $0.products.count]
                }
            ],
        ]
    }

    func motifContext(_ motif: Motif, _ links: Links, body: String) -> [String: Any] {
        // In product order already: the resolver walks products sorted by name.
        let products = motif.products.compactMap { catalog.productBySlug[$0] }
        return [
            "page_description": "\(ui["motif"]!) \(motif.name) · \(products.count) \(ui["products"]!)",
            "page_title": motif.name,
            "crumbs": crumbs([(ui["motifs"]!, Route.motifs), (motif.name, nil)], links),
            "motif": [
                "name": motif.name,
                "origin": motif.description?.origin ?? false,
                "body": body.isEmpty ? false : body,
                "products": products.map { productCard($0, links) },
            ],
        ]
    }
}

extension String {
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

extension Links {
    /// `#Bagian 2` → `#Bagian%202`.
    static func encodeFragment(_ fragment: String) -> String {
        guard fragment.hasPrefix("#") else { return "" }
        return "#" + encodeQueryValue(String(fragment.dropFirst()))
    }
}
