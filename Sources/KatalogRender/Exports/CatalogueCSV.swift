import KatalogContent

/// `catalogue.csv`: one row per product, with its producer's and its cluster's columns, for
/// spreadsheets (docs/content.md, "Exports"). RFC 4180: comma-separated, CRLF after every row, a
/// field with a comma, a double quote, CR or LF in double quotes with its quotes doubled. UTF-8
/// with a byte order mark, so Excel reads the accents right.
///
/// Guarded against formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or
/// `@` (and some a TAB or CR before one) as a formula, so such a cell gets an apostrophe in front
/// (`'=cmd|…`), which spreadsheets show as text. Bodies are left out: they are in
/// `catalogue.json`, and a spreadsheet cell holds at most 32,767 characters.
enum CatalogueCSV {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A column: its name in the header row, and how a row's cell is read.
    typealias Column = (name: String, value: @Sendable (Row) -> String)

    /// Every column, in order.
    static let columns: [Column] =
        productColumns + producerColumns + contactColumns("producer", \.producer.contact) + clusterColumns
        + contactColumns("cluster", \.cluster.contact)

    private static let productColumns: [Column] = [
        ("product_slug", { $0.product.slug }),
        ("product_name", { $0.product.name }),
        ("product_url", { $0.addresses.url(.product($0.product.slug)) }),
        ("price", { $0.product.price.map(String.init) ?? "" }),
        ("technique", { $0.product.technique?.rawValue ?? "" }),
        ("material", { $0.product.material ?? "" }),
        ("size", { $0.product.size ?? "" }),
        ("colors", { list($0.product.colors) }),
        ("motifs", { list(CatalogueJSON.motifNames($0.product).map(\.name)) }),
        ("available", { String($0.product.available) }),
        ("featured", { String($0.product.featured) }),
        ("added", { $0.product.added?.description ?? "" }),
        ("photo_urls", { row in list(row.photos.compactMap { row.addresses.picture($0)?.url }) }),
    ]

    private static let producerColumns: [Column] = [
        ("producer_slug", { $0.producer.slug }),
        ("producer_name", { $0.producer.name }),
        ("producer_url", { $0.addresses.url(.producer($0.producer.slug)) }),
        ("producer_owner", { $0.producer.owner ?? "" }),
        ("producer_address", { $0.producer.address ?? "" }),
        ("producer_since", { $0.producer.since.map(String.init) ?? "" }),
    ]

    private static let clusterColumns: [Column] = [
        ("cluster_slug", { $0.cluster.slug }),
        ("cluster_name", { $0.cluster.name }),
        ("cluster_url", { $0.addresses.url(.cluster($0.cluster.slug)) }),
        ("cluster_province", { $0.cluster.province }),
        ("cluster_city", { $0.cluster.city ?? "" }),
        ("cluster_established", { $0.cluster.established.map(String.init) ?? "" }),
        ("cluster_coordinator", { $0.cluster.coordinator ?? "" }),
    ]

    /// `<who>_phone` and `<who>_whatsapp` (E.164, guarded: `'+62…`) with their `_display` forms,
    /// `<who>_email`, `<who>_website`.
    private static func contactColumns(
        _ who: String, _ contact: KeyPath<Row, Contact> & Sendable
    ) -> [Column] {
        [
            (who + "_phone", { $0[keyPath: contact].phone?.e164 ?? "" }),
            (who + "_phone_display", { $0[keyPath: contact].phone?.display ?? "" }),
            (who + "_whatsapp", { $0[keyPath: contact].whatsapp?.e164 ?? "" }),
            (who + "_whatsapp_display", { $0[keyPath: contact].whatsapp?.display ?? "" }),
            (who + "_email", { $0[keyPath: contact].email ?? "" }),
            (who + "_website", { $0[keyPath: contact].website ?? "" }),
        ]
    }

    /// What a row's columns are read from.
    struct Row {
        let product: Product
        let producer: Producer
        let cluster: Cluster
        let photos: [Photo]
        let addresses: ExportAddresses
    }

    static func file(_ site: Site) -> OutputFile {
        OutputFile(route: .catalogueCSV, content: .bytes(bytes(site)))
    }

    static func bytes(_ site: Site) -> [UInt8] {
        let catalog = site.catalog
        let addresses = ExportAddresses(site)
        var out = byteOrderMark
        write(columns.map(\.name), into: &out)
        for product in catalog.products {
            let producer = catalog.producer(of: product)
            let row = Row(
                product: product, producer: producer, cluster: catalog.cluster(of: producer),
                photos: catalog.photos[product.slug] ?? [], addresses: addresses)
            write(columns.map { $0.value(row) }, into: &out)
        }
        return out
    }

    /// `a; b; c`: the items of a list field in one cell.
    static func list(_ items: [String]) -> String { items.joined(separator: "; ") }

    /// One row: each field guarded and quoted as it needs, then CRLF.
    static func write(_ fields: [String], into out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += quoted(guarded(field)).utf8
        }
        out += [0x0D, 0x0A]
    }

    /// The field with an apostrophe in front when a spreadsheet would run it as a formula.
    static func guarded(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }

    /// The field as RFC 4180 writes it: in double quotes, its own doubled, when it holds a comma, a
    /// double quote, CR or LF.
    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return field }
        var out = "\""
        for c in field.unicodeScalars {
            if c == "\"" { out += "\"" }
            out.unicodeScalars.append(c)
        }
        return out + "\""
    }
}
