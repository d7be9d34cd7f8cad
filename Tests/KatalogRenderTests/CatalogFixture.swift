import KatalogImages
import KatalogSystem
import Testing

@testable import KatalogContent
@testable import KatalogRender

typealias SourceLocation = KatalogContent.SourceLocation

/// A small valid catalogue made in memory: two clusters, three producers, five products, a motif
/// description and a free page. Page views are built from it without touching the disk.
enum CatalogFixture {
    static func at(_ folder: String, _ slug: String, _ line: Int = 1) -> SourceLocation {
        SourceLocation(path: "content/\(folder)/\(slug).md", line: line, column: 1)
    }

    static func body(_ folder: String, _ slug: String, _ html: String = "", links: [EntryLink] = []) -> Body {
        Body(html: html, links: links, path: "content/\(folder)/\(slug).md")
    }

    static let whatsapp = try! PhoneNumber.parse("0813-7025-4418").get()
    static let landline = try! PhoneNumber.parse("(061) 845 2197").get()
    static let photo = ImageHeader(format: .jpeg, width: 800, height: 600)

    static func content(site: SiteConfig = SiteConfig(title: "Katalog Uji")) -> LoadedContent {
        var content = LoadedContent(site: site, sitePath: "content/site.yml")
        content.clusters["sumut"] = Cluster(
            slug: "sumut", name: "Klaster Batik Sumut", province: "Sumatera Utara", city: "Medan", established: 2018,
            coordinator: "Rosmawati", contact: Contact(whatsapp: whatsapp),
            body: body("clusters", "sumut", "<p>Klaster.</p>\n"))
        content.clusters["tamanan"] = Cluster(
            slug: "tamanan", name: "Klaster Batik Tamanan", province: "Jawa Timur", body: body("clusters", "tamanan"))
        content.producers["sinar"] = Producer(
            slug: "sinar", name: "Rumah Batik Sinar", cluster: Located("sumut", at: at("producers", "sinar", 3)),
            owner: "Sari", contact: Contact(phone: landline, whatsapp: whatsapp, email: "a&b@batik.id"),
            body: body("producers", "sinar"))
        content.producers["deli"] = Producer(
            slug: "deli", name: "Sanggar Deli", cluster: Located("sumut", at: at("producers", "deli", 3)),
            contact: Contact(phone: landline), body: body("producers", "deli"))
        content.producers["ijen"] = Producer(
            slug: "ijen", name: "Batik Ijen", cluster: Located("tamanan", at: at("producers", "ijen", 3)),
            contact: Contact(whatsapp: whatsapp, website: "https://ijen.example.id/"), body: body("producers", "ijen"))
        func product(
            _ slug: String, _ name: String, _ producer: String, price: Int? = nil, technique: Technique? = nil,
            motifs: [String] = [], photos: [String] = [], available: Bool = true, featured: Bool = false,
            body html: String = "", links: [EntryLink] = []
        ) {
            content.products[slug] = Product(
                slug: slug, name: name, producer: Located(producer, at: at("products", slug, 3)),
                motifNames: motifs.map { Located($0, at: at("products", slug, 4)) }, technique: technique,
                price: price, colors: [], photos: photos.map { Located($0, at: at("products", slug, 5)) },
                available: available, featured: featured, body: body("products", slug, html, links: links))
        }
        product(
            "gorga-merah", "Gorga Merah", "sinar", price: 1_850_000, technique: .tulis, motifs: ["Gorga"],
            photos: ["depan.jpg"],
            body: "<p>Lihat <a href=\"katalog:0\">cara pesan</a>.</p>\n",
            links: [
                EntryLink(
                    target: .page, name: "cara-pesan", fragment: "Langkah 2", location: at("products", "gorga-merah", 9)
                )
            ])
        product("gorga-katun", "Gorga Katun", "deli", price: 450_000, technique: .cap, motifs: ["gorga"])
        product("ulos", "Ulos Printing", "deli", technique: .printing, available: false)
        product("kawah-ijen", "Kawah Ijen", "ijen", price: 650_000, motifs: ["Kawah"], featured: true)
        product("daun-kopi", "Daun Kopi", "ijen", price: 350_000)
        content.productFolders["gorga-merah"] = [
            "depan.jpg": PhotoFile(
                sourcePath: "/c/products/gorga-merah/depan.jpg", displayPath: "content/products/gorga-merah/depan.jpg",
                header: .success(photo), version: FileVersion(size: 1, modified: 1))
        ]
        content.motifs["gorga"] = MotifDescription(
            slug: "gorga", name: Located("Gorga", at: at("motifs", "gorga", 2)), origin: "Toba",
            body: body("motifs", "gorga", "<p>Ukiran Batak.</p>\n"))
        content.pages["cara-pesan"] = Page(
            slug: "cara-pesan", name: "Cara Pesan", body: body("pages", "cara-pesan", "<p>Hubungi kami.</p>\n"))
        return content
    }

    static func catalog(site: SiteConfig = SiteConfig(title: "Katalog Uji")) -> Catalog {
        let resolution = Catalog.resolve(content(site: site))
        guard case .valid(let catalog, _) = resolution else {
            preconditionFailure("the fixture is not valid: \(resolution.diagnostics)")
        }
        return catalog
    }

    static func site(_ catalog: Catalog = catalog(), style: LinkStyle = .dirs) -> Site {
        Site(catalog: catalog, theme: theme, style: style, photos: photos(catalog))
    }

    /// Published files for every photo, as the image cache would list them (no file is made):
    /// each recipe width, WebP and JPEG, of the photo's aspect ratio.
    static func photos(_ catalog: Catalog) -> [String: ProcessedPhoto] {
        var result: [String: ProcessedPhoto] = [:]
        for photo in catalog.photos.values.joined() {
            let header = photo.header
            let variants = [VariantFormat.webp, .jpeg].flatMap { format in
                ImageRecipe.standard.widths(format, forSourceWidth: header.width).map { width in
                    ProcessedPhoto.Variant(
                        width: width, height: (header.height * width + header.width / 2) / header.width,
                        format: format, cachePath: "/cache/\(photo.file)-\(width).\(format.fileExtension)", bytes: 1)
                }
            }
            result[photo.sourcePath] = ProcessedPhoto(variants: variants, colour: "#806040")
        }
        return result
    }

    /// The built-in theme.
    static let theme = Theme.load(folder: nil, required: false, workingDirectory: "/").0!

    /// The view of the page at `route`.
    static func view(_ route: Route, in site: Site = site()) -> PageView {
        let page = site.pages().first { $0.route == route }!
        return site.view(of: page)
    }
}
