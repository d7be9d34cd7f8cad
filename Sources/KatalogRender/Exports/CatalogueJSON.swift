import KatalogContent

/// `catalogue.json`: the whole catalogue as data, for marketplaces, offices and scripts: the site,
/// clusters, producers, products, motifs and free pages, with every front-matter field, each body
/// as its Markdown, and page and photo addresses. The schema is docs/catalogue-json.md; `version`
/// changes only when a field is renamed, removed or changes its type (new fields may be added
/// within a version).
///
/// Deterministic: members in a fixed order, entries in the catalogue's order (by name), whole
/// numbers only. Written by `ScriptJSON`, so `<`, `>`, `&`, U+2028 and U+2029 are `\u` escapes:
/// still plain JSON, and safe to paste into a page's script.
enum CatalogueJSON {
    static let format = "katalog-catalogue"
    static let version = 1

    static func file(_ site: Site) -> OutputFile {
        OutputFile(route: .catalogueJSON, content: .bytes(bytes(site)))
    }

    /// The same bytes as `value(site).prettyBytes`, written list by list, entry by entry: at
    /// 50,000 products the whole tree took about 500 MB at once.
    static func bytes(_ site: Site) -> [UInt8] {
        let catalog = site.catalog
        let addresses = ExportAddresses(site)
        var out: [UInt8] = []
        out += "{\n".utf8
        let lists: [(String, Int, (Int) -> ScriptJSON)] = [
            ("clusters", catalog.clusters.count, { cluster(catalog, catalog.clusters[$0], addresses) }),
            ("producers", catalog.producers.count, { producer(catalog.producers[$0], addresses) }),
            ("products", catalog.products.count, { product(catalog, catalog.products[$0], addresses) }),
            ("motifs", catalog.motifs.count, { motif(catalog.motifs[$0], addresses) }),
            ("pages", catalog.pages.count, { page(catalog.pages[$0], addresses) }),
        ]
        for (key, value) in header(site, addresses) {
            out += "  ".utf8
            ScriptJSON.write(key, into: &out)
            out += ": ".utf8
            value.writePretty(into: &out, indent: 2)
            out += ",\n".utf8
        }
        for (index, (key, count, element)) in lists.enumerated() {
            out += "  ".utf8
            ScriptJSON.write(key, into: &out)
            out += ": ".utf8
            ScriptJSON.writePrettyArray(count: count, indent: 2, into: &out, element: element)
            out += (index == lists.count - 1 ? "\n" : ",\n").utf8
        }
        out += "}\n".utf8
        return out
    }

    /// The members before the lists: the format, its version and the site.
    private static func header(_ site: Site, _ addresses: ExportAddresses) -> [(String, ScriptJSON)] {
        let config = site.catalog.site
        return [
            ("format", .string(format)),
            ("version", .number(version)),
            (
                "site",
                .object([
                    "title": .string(config.title),
                    "description": text(config.description),
                    "language": .string(config.language.rawValue),
                    "currency": .string("IDR"),
                    "base_url": text(config.baseURL),
                    "url": .string(addresses.url(.home)),
                ])
            ),
        ]
    }

    /// The whole document as one value (tests compare it with `bytes`).
    static func value(_ site: Site) -> ScriptJSON {
        let catalog = site.catalog
        let addresses = ExportAddresses(site)
        return .pairs(
            header(site, addresses) + [
                ("clusters", .array(catalog.clusters.map { cluster(catalog, $0, addresses) })),
                ("producers", .array(catalog.producers.map { producer($0, addresses) })),
                ("products", .array(catalog.products.map { product(catalog, $0, addresses) })),
                ("motifs", .array(catalog.motifs.map { motif($0, addresses) })),
                ("pages", .array(catalog.pages.map { page($0, addresses) })),
            ])
    }

    private static func cluster(_ catalog: Catalog, _ cluster: Cluster, _ addresses: ExportAddresses) -> ScriptJSON {
        .object([
            "slug": .string(cluster.slug),
            "name": .string(cluster.name),
            "province": .string(cluster.province),
            "province_url": catalog.facets.provinceOfCluster[cluster.slug].map { .string(addresses.url(.province($0))) }
                ?? .null,
            "city": text(cluster.city),
            "established": number(cluster.established),
            "coordinator": text(cluster.coordinator),
            "contact": contact(cluster.contact),
            "url": .string(addresses.url(.cluster(cluster.slug))),
            "body": .string(String(cluster.body.markdown)),
        ])
    }

    private static func producer(_ producer: Producer, _ addresses: ExportAddresses) -> ScriptJSON {
        .object([
            "slug": .string(producer.slug),
            "name": .string(producer.name),
            "cluster": .string(producer.cluster.value),
            "owner": text(producer.owner),
            "address": text(producer.address),
            "since": number(producer.since),
            "contact": contact(producer.contact),
            "url": .string(addresses.url(.producer(producer.slug))),
            "body": .string(String(producer.body.markdown)),
        ])
    }

    private static func product(_ catalog: Catalog, _ product: Product, _ addresses: ExportAddresses) -> ScriptJSON {
        let producer = catalog.producer(of: product)
        return .object([
            "slug": .string(product.slug),
            "name": .string(product.name),
            "producer": .string(producer.slug),
            "cluster": .string(producer.cluster.value),
            "motifs": .array(
                motifNames(product).map { .object(["name": .string($0.name), "slug": .string($0.slug)]) }),
            "technique": text(product.technique?.rawValue),
            "material": text(product.material),
            "size": text(product.size),
            "price": number(product.price),
            "colors": .strings(product.colors),
            "photos": .array((catalog.photos[product.slug] ?? []).map { photo($0, addresses) }),
            "available": .bool(product.available),
            "featured": .bool(product.featured),
            "added": text(product.added?.description),
            "url": .string(addresses.url(.product(product.slug))),
            "body": .string(String(product.body.markdown)),
        ])
    }

    private static func photo(_ photo: Photo, _ addresses: ExportAddresses) -> ScriptJSON {
        .object([
            "file": .string(photo.file),
            "url": addresses.picture(photo).map { .string($0.url) } ?? .null,
            "files": .array(
                addresses.variants(of: photo).map { variant in
                    .object([
                        "format": .string(variant.format.fileExtension),
                        "width": .number(variant.width),
                        "height": .number(variant.height),
                        "url": .string(addresses.url(.photo(photo, variant))),
                    ])
                }),
        ])
    }

    private static func motif(_ motif: Motif, _ addresses: ExportAddresses) -> ScriptJSON {
        .object([
            "slug": .string(motif.slug),
            "name": .string(motif.name),
            "origin": text(motif.description?.origin),
            "url": .string(addresses.url(.motif(motif.slug))),
            "body": .string(String(motif.description?.body.markdown ?? "")),
        ])
    }

    private static func page(_ page: Page, _ addresses: ExportAddresses) -> ScriptJSON {
        .object([
            "slug": .string(page.slug),
            "name": .string(page.name),
            "url": .string(addresses.url(.freePage(page.slug))),
            "body": .string(String(page.body.markdown)),
        ])
    }

    /// The product's motif names as its sheet writes them, with their slugs; a name listed twice
    /// (a warning) once.
    static func motifNames(_ product: Product) -> [(name: String, slug: String)] {
        var seen: Set<String> = []
        return product.motifNames.compactMap { name in
            let slug = Slug.make(name.value)
            return seen.insert(slug).inserted ? (name.value, slug) : nil
        }
    }

    private static func text(_ value: String?) -> ScriptJSON { value.map { .string($0) } ?? .null }
    private static func number(_ value: Int?) -> ScriptJSON { value.map { .number($0) } ?? .null }

    /// `phone`, `whatsapp` (each `e164` and `display`, or null), `email`, `website` (or null).
    private static func contact(_ contact: Contact) -> ScriptJSON {
        .object([
            "phone": phone(contact.phone), "whatsapp": phone(contact.whatsapp), "email": text(contact.email),
            "website": text(contact.website),
        ])
    }

    private static func phone(_ number: PhoneNumber?) -> ScriptJSON {
        number.map { .object(["e164": .string($0.e164), "display": .string($0.display)]) } ?? .null
    }
}
