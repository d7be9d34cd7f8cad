import KatalogSystem
import Testing

@testable import KatalogContent

typealias SourceLocation = KatalogContent.SourceLocation

/// In-memory content for `Catalog.resolve`.
struct ContentFixture {
    var content = LoadedContent(site: SiteConfig(title: "Katalog Uji"), sitePath: "content/site.yml")

    static func body(_ folder: String, _ slug: String, links: [EntryLink] = []) -> Body {
        Body(html: "", links: links, path: "content/\(folder)/\(slug).md")
    }

    static func at(_ folder: String, _ slug: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: "content/\(folder)/\(slug).md", line: line, column: column)
    }

    static let noContact = Contact(phone: nil, whatsapp: nil, email: nil, website: nil)

    mutating func cluster(_ slug: String, _ name: String) {
        content.clusters[slug] =
            (Cluster(
                slug: slug, name: name, province: "Jawa Tengah", city: nil, established: nil, coordinator: nil,
                contact: Self.noContact, body: Self.body("clusters", slug)))
    }

    mutating func producer(_ slug: String, _ name: String, cluster: String) {
        content.producers[slug] =
            (Producer(
                slug: slug, name: name, cluster: Located(cluster, at: Self.at("producers", slug, 3, 10)), owner: nil,
                address: nil, since: nil, contact: Self.noContact, body: Self.body("producers", slug)))
    }

    mutating func product(
        _ slug: String, _ name: String, producer: String, motifs: [String] = [], photos: [String] = []
    ) {
        content.products[slug] =
            (Product(
                slug: slug, name: name, producer: Located(producer, at: Self.at("products", slug, 3, 11)),
                motifNames: motifs.enumerated().map { Located($1, at: Self.at("products", slug, 4 + $0, 5)) },
                technique: nil, material: nil, size: nil, price: nil, colors: [],
                photos: photos.enumerated().map { Located($1, at: Self.at("products", slug, 10 + $0, 5)) },
                available: true, featured: false, body: Self.body("products", slug)))
    }

    mutating func motif(_ slug: String, _ name: String) {
        content.motifs[slug] =
            (MotifDescription(
                slug: slug, name: Located(name, at: Self.at("motifs", slug, 2, 7)), origin: nil,
                body: Self.body("motifs", slug)))
    }

    mutating func page(_ slug: String, _ name: String) {
        content.pages[slug] = (Page(slug: slug, name: name, body: Self.body("pages", slug)))
    }

    /// One cluster and one producer, so products have somewhere to belong.
    static func base() -> ContentFixture {
        var f = ContentFixture()
        f.cluster("pekalongan", "Sentra Batik Pekalongan")
        f.producer("sari", "Batik Sari", cluster: "pekalongan")
        return f
    }

    /// The catalogue, when it is valid, and every problem as the printed line.
    func resolve() -> (Catalog?, [String]) {
        let resolution = Catalog.resolve(content)
        return (resolution.catalog, resolution.diagnostics.map(\.description))
    }
}

extension String {
    /// The line a user reads for an error at `location`.
    static func error(_ location: SourceLocation, _ message: String) -> String {
        "\(location.description): error: \(message)"
    }

    static func warning(_ location: SourceLocation, _ message: String) -> String {
        "\(location.description): warning: \(message)"
    }
}

@Suite struct CatalogTests {
    static let jpeg = ImageInfo(format: .jpeg, width: 800, height: 600)
    static let version = FileVersion(size: 1, modified: 2)

    // MARK: Motif grouping

    @Test func spellingsThatSlugTheSameAreOneMotif() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga"])
        f.product("b", "Kain B", producer: "sari", motifs: ["gorga"])
        f.product("c", "Kain C", producer: "sari", motifs: ["GORGA"])
        let (resolved, diagnostics) = f.resolve()
        let catalog = try #require(resolved)
        #expect(diagnostics.isEmpty)
        #expect(catalog.motifs.map(\.slug) == ["gorga"])
        let motif = try #require(catalog.motifBySlug["gorga"])
        #expect(motif.products == ["a", "b", "c"])
        #expect(motif.description == nil)
        #expect(catalog.motifsByProduct == ["a": ["gorga"], "b": ["gorga"], "c": ["gorga"]])
    }

    @Test func tieBetweenSpellingsGoesToFirstByCodePoint() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["gorga"])
        f.product("b", "Kain B", producer: "sari", motifs: ["Gorga"])
        f.product("c", "Kain C", producer: "sari", motifs: ["GORGA"])
        #expect(try #require(f.resolve().0).motifs.map(\.name) == ["GORGA"])
    }

    @Test func mostUsedSpellingNamesTheMotif() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["GORGA"])
        f.product("b", "Kain B", producer: "sari", motifs: ["Gorga"])
        f.product("c", "Kain C", producer: "sari", motifs: ["Gorga"])
        #expect(try #require(f.resolve().0).motifs.map(\.name) == ["Gorga"])
    }

    @Test func accentedSpellingsAreOneMotif() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Sékar Jagad"])
        f.product("b", "Kain B", producer: "sari", motifs: ["Sekar jagad"])
        f.product("c", "Kain C", producer: "sari", motifs: ["sekar_jagad"])
        f.product("d", "Kain D", producer: "sari", motifs: ["Sékar Jagad"])
        let catalog = try #require(f.resolve().0)
        #expect(catalog.motifs.map(\.slug) == ["sekar-jagad"])
        #expect(catalog.motifs.map(\.name) == ["Sékar Jagad"])
        #expect(catalog.motifs.first?.products == ["a", "b", "c", "d"])
    }

    @Test func descriptionNameWins() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["GORGA"])
        f.product("b", "Kain B", producer: "sari", motifs: ["GORGA"])
        f.motif("gorga", "Gorga")
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let motif = try #require(resolved?.motifBySlug["gorga"])
        #expect(motif.name == "Gorga")
        #expect(motif.description?.slug == "gorga")
        #expect(motif.products == ["a", "b"])
    }

    @Test func unusedDescriptionIsAWarning() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga"])
        f.motif("kawung", "Kawung")
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .warning(
                    SourceLocation(path: "content/motifs/kawung.md"),
                    "no product names the motif 'Kawung'; its page lists no products")
            ])
        let catalog = try #require(resolved)
        #expect(catalog.motifs.map(\.slug) == ["gorga", "kawung"])
        #expect(catalog.motifBySlug["kawung"]?.products == [])
    }

    @Test func descriptionNameThatSlugsDifferentlyIsAWarning() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga"])
        f.motif("gorga", "Gorga Batak")
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .warning(
                    ContentFixture.at("motifs", "gorga", 2, 7),
                    "motif name 'Gorga Batak' would be written 'gorga-batak' in a link, but this file is gorga.md; "
                        + "products name motifs by the file's slug")
            ])
        #expect(try #require(resolved).motifs.map(\.name) == ["Gorga Batak"])
    }

    @Test func motifListedTwiceOnAProductIsAWarning() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga", "Kawung", "gorga"])
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .warning(ContentFixture.at("products", "a", 6, 5), "motif 'gorga' is listed twice on this product")
            ])
        let catalog = try #require(resolved)
        #expect(catalog.motifsByProduct["a"] == ["gorga", "kawung"])
        #expect(catalog.motifBySlug["gorga"]?.products == ["a"])
        #expect(catalog.motifBySlug["gorga"]?.name == "Gorga")
    }

    @Test func motifWithoutLettersIsAnError() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["!!!", "Kawung"])
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .error(ContentFixture.at("products", "a", 4, 5), "motif name '!!!' has no letters or digits")
            ])
        #expect(resolved == nil)
    }

    /// `motifs/page/2/` is the second page of the motif list: no motif may be called that.
    @Test(arguments: ["Page", "PAGE", " page "])
    func motifNamedPageIsRefused(name: String) {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: [name])
        #expect(
            f.resolve().1 == [
                .error(
                    ContentFixture.at("products", "a", 4, 5),
                    "motif name '\(name)' is reserved for the numbered pages of the motif list (motifs/page/2/); "
                        + "name the motif differently, e.g. 'Motif \(name)'")
            ])
    }

    @Test func motifsKeepSheetOrderPerProduct() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Parang", "Kawung", "Gorga"])
        let catalog = try #require(f.resolve().0)
        #expect(catalog.motifsByProduct["a"] == ["parang", "kawung", "gorga"])
        #expect(catalog.motifs.map(\.slug) == ["gorga", "kawung", "parang"])
        #expect(catalog.motifs(of: catalog.productBySlug["a"]!).map(\.slug) == ["parang", "kawung", "gorga"])
    }

    // MARK: References

    @Test func unknownProducerIsAnErrorWithSuggestion() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sary", motifs: ["Gorga"])
        f.product("b", "Kain B", producer: "sari")
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .error(
                    ContentFixture.at("products", "a", 3, 11),
                    "unknown producer 'sary': there is no file producers/sary.md; did you mean 'sari'?")
            ])
        // Nothing downstream has to cope with a product without its producer.
        #expect(resolved == nil)
    }

    @Test func productWithUnknownProducerIsStillChecked() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sary", motifs: ["!!"], photos: ["hilang.jpg"])
        #expect(
            f.resolve().1 == [
                .error(
                    ContentFixture.at("products", "a", 3, 11),
                    "unknown producer 'sary': there is no file producers/sary.md; did you mean 'sari'?"),
                .error(ContentFixture.at("products", "a", 4, 5), "motif name '!!' has no letters or digits"),
                .error(
                    ContentFixture.at("products", "a", 10, 5),
                    "photo 'hilang.jpg' not found: put it in products/a/ or images/"),
            ])
    }

    @Test func unknownProducerWithoutSuggestion() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "toko-lain")
        #expect(
            f.resolve().1 == [
                .error(
                    ContentFixture.at("products", "a", 3, 11),
                    "unknown producer 'toko-lain': there is no file producers/toko-lain.md")
            ])
    }

    @Test func unknownClusterIsAnError() {
        var f = ContentFixture.base()
        f.producer("dewi", "Batik Dewi", cluster: "pekalogan")
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .error(
                    ContentFixture.at("producers", "dewi", 3, 10),
                    "unknown cluster 'pekalogan': there is no file clusters/pekalogan.md; did you mean 'pekalongan'?")
            ])
        #expect(resolved == nil)
    }

    @Test func referenceToAFailedFileIsNotReportedAgain() {
        var f = ContentFixture.base()
        f.producer("dewi", "Batik Dewi", cluster: "solo")
        f.product("a", "Kain A", producer: "rusak")
        f.content.failed = ["clusters/solo", "producers/rusak"]
        f.content.fileProblems["clusters/solo"] = [
            .error(SourceLocation(path: "content/clusters/solo.md", line: 1, column: 1), .missingFrontMatter)
        ]
        let (resolved, diagnostics) = f.resolve()
        #expect(
            diagnostics == [
                .error(
                    SourceLocation(path: "content/clusters/solo.md", line: 1, column: 1),
                    "missing front matter: the file must start with a line '---', then fields like 'name: ...', then '---'"
                )
            ])
        #expect(resolved == nil)
    }

    // MARK: Body links

    static func link(_ target: EntryLink.Target, _ name: String, line: Int) -> EntryLink {
        EntryLink(target: target, name: name, location: ContentFixture.at("pages", "tentang", line, 3))
    }

    @Test func bodyLinksAreCheckedWithEveryOtherReference() {
        var f = ContentFixture.base()
        f.product("kain-gorga", "Kain Gorga", producer: "sari", motifs: ["Gorga"])
        f.page("cara-pesan", "Cara Pesan")
        f.content.pages["tentang"] = Page(
            slug: "tentang", name: "Tentang",
            body: ContentFixture.body(
                "pages", "tentang",
                links: [
                    Self.link(.product, "kain-gorga", line: 2), Self.link(.product, "kain-gorgo", line: 3),
                    Self.link(.producer, "sari", line: 4), Self.link(.producer, "toko", line: 5),
                    Self.link(.cluster, "pekalongan", line: 6), Self.link(.cluster, "solo", line: 7),
                    Self.link(.motif, "GORGA", line: 8), Self.link(.motif, "gorgaa", line: 9),
                    Self.link(.page, "cara-pesan", line: 10), Self.link(.page, "cara-pesen", line: 11),
                ]))
        let at = { ContentFixture.at("pages", "tentang", $0, 3) }
        #expect(
            Set(f.resolve().1) == [
                .error(
                    at(3),
                    "link to unknown product 'kain-gorgo': there is no file products/kain-gorgo.md; did you mean 'product:kain-gorga'?"
                ),
                .error(at(5), "link to unknown producer 'toko': there is no file producers/toko.md"),
                .error(at(7), "link to unknown cluster 'solo': there is no file clusters/solo.md"),
                .error(
                    at(9), "link to unknown motif 'gorgaa': no product names this motif; did you mean 'motif:gorga'?"),
                .error(
                    at(11),
                    "link to unknown page 'cara-pesen': there is no file pages/cara-pesen.md; did you mean 'page:cara-pesan'?"
                ),
            ])
    }

    @Test func bodyLinkToAFailedFileIsNotReportedAgain() {
        var f = ContentFixture.base()
        f.content.pages["tentang"] = Page(
            slug: "tentang", name: "Tentang",
            body: ContentFixture.body("pages", "tentang", links: [Self.link(.product, "rusak", line: 2)]))
        f.content.failed = ["products/rusak"]
        #expect(f.resolve().1 == [])
    }

    // MARK: Order

    @Test func listsAreSortedByName() throws {
        var f = ContentFixture()
        f.cluster("solo", "sentra Solo")
        f.cluster("lasem", "Lasem")
        f.cluster("ende", "Éndé")
        f.producer("z", "Zahra Batik", cluster: "solo")
        f.producer("a", "anyam Indah", cluster: "solo")
        f.producer("e", "Émas Tenun", cluster: "lasem")
        f.producer("b", "Batik Bima", cluster: "solo")
        f.product("p3", "Selendang", producer: "z", motifs: ["Truntum"])
        f.product("p1", "kain panjang", producer: "z", motifs: ["Émas"])
        f.product("p2", "Blus", producer: "a", motifs: ["anyaman"])
        f.product("p4", "Kemeja", producer: "z", motifs: ["Bunga"])
        f.page("tentang", "Tentang Kami")
        f.page("cara-pesan", "cara pesan")
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let catalog = try #require(resolved)
        #expect(catalog.clusters.map(\.name) == ["Éndé", "Lasem", "sentra Solo"])
        #expect(catalog.producers.map(\.name) == ["anyam Indah", "Batik Bima", "Émas Tenun", "Zahra Batik"])
        #expect(catalog.products.map(\.name) == ["Blus", "kain panjang", "Kemeja", "Selendang"])
        #expect(catalog.motifs.map(\.name) == ["anyaman", "Bunga", "Émas", "Truntum"])
        #expect(catalog.pages.map(\.name) == ["cara pesan", "Tentang Kami"])
        #expect(catalog.producersByCluster == ["solo": ["a", "b", "z"], "lasem": ["e"]])
        #expect(catalog.productsByProducer == ["z": ["p1", "p4", "p3"], "a": ["p2"]])
        #expect(catalog.productsByCluster == ["solo": ["p2", "p1", "p4", "p3"]])
        #expect(catalog.motifBySlug["truntum"]?.products == ["p3"])
        let solo = catalog.clusterBySlug["solo"]!
        #expect(catalog.products(in: solo).map(\.slug) == ["p2", "p1", "p4", "p3"])
        #expect(catalog.producers(in: solo).map(\.slug) == ["a", "b", "z"])
        #expect(catalog.cluster(of: catalog.producer(of: catalog.productBySlug["p2"]!)).slug == "solo")
    }

    @Test func equalNamesAreOrderedBySlug() throws {
        var f = ContentFixture.base()
        f.product("kain-b", "Kain", producer: "sari")
        f.product("kain-a", "Kain", producer: "sari")
        f.product("kain-c", "KAIN", producer: "sari")
        #expect(try #require(f.resolve().0).products.map(\.slug) == ["kain-c", "kain-a", "kain-b"])
    }

    /// site.yml that failed to load (its own error says why) leaves no catalogue.
    @Test func noCatalogueWithoutSite() {
        var f = ContentFixture.base()
        f.content.site = nil
        #expect(f.resolve().0 == nil)
    }

    // MARK: Photos

    @Test func photosResolveFromOwnFolderThenSharedImages() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["kain-1.jpg", "logo.png"])
        f.content.productFolders["a"] = [
            "kain-1.jpg": PhotoFile(
                sourcePath: "/site/content/products/a/kain-1.jpg", displayPath: "content/products/a/kain-1.jpg",
                info: Self.jpeg, version: Self.version)
        ]
        f.content.sharedImages["logo.png"] = PhotoFile(
            sourcePath: "/site/content/images/logo.png", displayPath: "content/images/logo.png",
            info: ImageInfo(format: .png, width: 10, height: 10), version: Self.version)
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let photos = try #require(resolved?.photos["a"])
        #expect(photos.map(\.folder) == [.product("a"), .shared])
        #expect(photos.map(\.file) == ["kain-1.jpg", "logo.png"])
        #expect(photos.map(\.sourcePath) == ["/site/content/products/a/kain-1.jpg", "/site/content/images/logo.png"])
        #expect(photos.map(\.info) == [Self.jpeg, ImageInfo(format: .png, width: 10, height: 10)])
        #expect(photos.map(\.version) == [Self.version, Self.version])
    }

    @Test func photoProblems() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["hilang.jpg", "rusak.jpg", "ok.jpg", "ok.jpg"])
        f.content.productFolders["a"] = [
            "rusak.jpg": PhotoFile(
                sourcePath: "/s/rusak.jpg", displayPath: "content/products/a/rusak.jpg", info: nil,
                version: Self.version),
            "ok.jpg": PhotoFile(
                sourcePath: "/s/ok.jpg", displayPath: "content/products/a/ok.jpg", info: Self.jpeg,
                version: Self.version),
            "lain.jpg": PhotoFile(
                sourcePath: "/s/lain.jpg", displayPath: "content/products/a/lain.jpg", info: Self.jpeg,
                version: Self.version),
        ]
        f.content.productFolders["tanpa-lembar"] = [:]
        f.content.productFolderPaths["tanpa-lembar"] = "content/products/tanpa-lembar"
        let (resolved, diagnostics) = f.resolve()
        #expect(
            Set(diagnostics) == [
                .error(
                    ContentFixture.at("products", "a", 10, 5),
                    "photo 'hilang.jpg' not found: put it in products/a/ or images/"),
                .error(ContentFixture.at("products", "a", 11, 5), "photo 'rusak.jpg' is not a JPEG, PNG or WebP image"),
                .warning(ContentFixture.at("products", "a", 13, 5), "photo 'ok.jpg' is listed twice"),
                .warning(
                    SourceLocation(path: "content/products/a/lain.jpg"),
                    "photo is not listed in the sheet's 'photos' and is not published"),
                .warning(
                    SourceLocation(path: "content/products/tanpa-lembar"),
                    "photo folder has no product sheet products/tanpa-lembar.md; not published"),
            ])
        #expect(diagnostics.count == 5)
        #expect(resolved == nil)
    }

    @Test func warningsAloneLeaveAValidCatalogue() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["ok.jpg"])
        f.content.productFolders["a"] = [
            "ok.jpg": PhotoFile(
                sourcePath: "/s/ok.jpg", displayPath: "content/products/a/ok.jpg", info: Self.jpeg,
                version: Self.version),
            "lain.jpg": PhotoFile(
                sourcePath: "/s/lain.jpg", displayPath: "content/products/a/lain.jpg", info: Self.jpeg,
                version: Self.version),
        ]
        let (resolved, diagnostics) = f.resolve()
        #expect(diagnostics.count == 1)
        #expect(try #require(resolved).photos["a"]?.map(\.file) == ["ok.jpg"])
    }
}
