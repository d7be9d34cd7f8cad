import Testing
@testable import KatalogContent

typealias SourceLocation = KatalogContent.SourceLocation

/// In-memory content for `Catalog.resolve`.
struct ContentFixture {
    var content = LoadedContent(site: nil, sitePath: "content/site.yml")

    static func body(_ folder: String, _ slug: String) -> Body {
        Body(markdown: "", path: "content/\(folder)/\(slug).md")
    }

    static func at(_ folder: String, _ slug: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: "content/\(folder)/\(slug).md", line: line, column: column)
    }

    static let noContact = Contact(phone: nil, whatsapp: nil, email: nil, website: nil)

    mutating func cluster(_ slug: String, _ name: String) {
        content.clusters.append(Cluster(
            slug: slug, name: name, province: "Jawa Tengah", city: nil, established: nil, coordinator: nil,
            contact: Self.noContact, body: Self.body("clusters", slug)))
    }

    mutating func producer(_ slug: String, _ name: String, cluster: String) {
        content.producers.append(Producer(
            slug: slug, name: name, cluster: Located(cluster, at: Self.at("producers", slug, 3, 10)), owner: nil,
            address: nil, since: nil, contact: Self.noContact, body: Self.body("producers", slug)))
    }

    mutating func product(_ slug: String, _ name: String, producer: String, motifs: [String] = [], photos: [String] = []) {
        content.products.append(Product(
            slug: slug, name: name, producer: Located(producer, at: Self.at("products", slug, 3, 11)),
            motifNames: motifs.enumerated().map { Located($1, at: Self.at("products", slug, 4 + $0, 5)) },
            technique: nil, material: nil, size: nil, price: nil, colors: [],
            photos: photos.enumerated().map { Located($1, at: Self.at("products", slug, 10 + $0, 5)) },
            available: true, featured: false, body: Self.body("products", slug)))
    }

    mutating func motif(_ slug: String, _ name: String) {
        content.motifs.append(MotifDescription(
            slug: slug, name: Located(name, at: Self.at("motifs", slug, 2, 7)), origin: nil, body: Self.body("motifs", slug)))
    }

    mutating func page(_ slug: String, _ name: String) {
        content.pages.append(Page(slug: slug, name: name, body: Self.body("pages", slug)))
    }

    /// One cluster and one producer, so products have somewhere to belong.
    static func base() -> ContentFixture {
        var f = ContentFixture()
        f.cluster("pekalongan", "Sentra Batik Pekalongan")
        f.producer("sari", "Batik Sari", cluster: "pekalongan")
        return f
    }

    func resolve() -> (Catalog, [Diagnostic]) {
        let (catalog, diagnostics) = Catalog.resolve(content)
        return (catalog, diagnostics.items)
    }
}

@Suite struct CatalogTests {
    static let jpeg = ImageInfo(format: .jpeg, width: 800, height: 600)

    // MARK: Motif grouping

    @Test func spellingsThatSlugTheSameAreOneMotif() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga"])
        f.product("b", "Kain B", producer: "sari", motifs: ["gorga"])
        f.product("c", "Kain C", producer: "sari", motifs: ["GORGA"])
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        #expect(catalog.motifs.map(\.slug) == ["gorga"])
        let motif = try #require(catalog.motifBySlug["gorga"])
        #expect(motif.products == ["a", "b", "c"])
        #expect(motif.description == nil)
        #expect(catalog.motifsByProduct == ["a": ["gorga"], "b": ["gorga"], "c": ["gorga"]])
    }

    @Test func tieBetweenSpellingsGoesToFirstByCodePoint() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["gorga"])
        f.product("b", "Kain B", producer: "sari", motifs: ["Gorga"])
        f.product("c", "Kain C", producer: "sari", motifs: ["GORGA"])
        #expect(f.resolve().0.motifs.map(\.name) == ["GORGA"])
    }

    @Test func mostUsedSpellingNamesTheMotif() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["GORGA"])
        f.product("b", "Kain B", producer: "sari", motifs: ["Gorga"])
        f.product("c", "Kain C", producer: "sari", motifs: ["Gorga"])
        #expect(f.resolve().0.motifs.map(\.name) == ["Gorga"])
    }

    @Test func accentedSpellingsAreOneMotif() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Sékar Jagad"])
        f.product("b", "Kain B", producer: "sari", motifs: ["Sekar jagad"])
        f.product("c", "Kain C", producer: "sari", motifs: ["sekar_jagad"])
        f.product("d", "Kain D", producer: "sari", motifs: ["Sékar Jagad"])
        let catalog = f.resolve().0
        #expect(catalog.motifs.map(\.slug) == ["sekar-jagad"])
        #expect(catalog.motifs.map(\.name) == ["Sékar Jagad"])
        #expect(catalog.motifs.first?.products == ["a", "b", "c", "d"])
    }

    @Test func descriptionNameWins() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["GORGA"])
        f.product("b", "Kain B", producer: "sari", motifs: ["GORGA"])
        f.motif("gorga", "Gorga")
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let motif = try #require(catalog.motifBySlug["gorga"])
        #expect(motif.name == "Gorga")
        #expect(motif.description?.slug == "gorga")
        #expect(motif.products == ["a", "b"])
    }

    @Test func unusedDescriptionIsAWarning() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga"])
        f.motif("kawung", "Kawung")
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics == [
            .warning(SourceLocation(path: "content/motifs/kawung.md"), "no product names the motif 'Kawung'; its page lists no products")
        ])
        #expect(catalog.motifs.map(\.slug) == ["gorga", "kawung"])
        #expect(catalog.motifBySlug["kawung"]?.products == [])
    }

    @Test func descriptionNameThatSlugsDifferentlyIsAWarning() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga"])
        f.motif("gorga", "Gorga Batak")
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics == [
            .warning(
                ContentFixture.at("motifs", "gorga", 2, 7),
                "motif name 'Gorga Batak' would be written 'gorga-batak' in a link, but this file is gorga.md; "
                    + "products name motifs by the file's slug")
        ])
        #expect(catalog.motifs.map(\.name) == ["Gorga Batak"])
    }

    @Test func motifListedTwiceOnAProductIsAWarning() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Gorga", "Kawung", "gorga"])
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics == [
            .warning(ContentFixture.at("products", "a", 6, 5), "motif 'gorga' is listed twice on this product")
        ])
        #expect(catalog.motifsByProduct["a"] == ["gorga", "kawung"])
        #expect(catalog.motifBySlug["gorga"]?.products == ["a"])
        #expect(catalog.motifBySlug["gorga"]?.name == "Gorga")
    }

    @Test func motifWithoutLettersIsAnError() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["!!!", "Kawung"])
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics == [.error(ContentFixture.at("products", "a", 4, 5), "motif name '!!!' has no letters or digits")])
        #expect(catalog.motifs.map(\.slug) == ["kawung"])
    }

    @Test func motifsKeepSheetOrderPerProduct() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", motifs: ["Parang", "Kawung", "Gorga"])
        let catalog = f.resolve().0
        #expect(catalog.motifsByProduct["a"] == ["parang", "kawung", "gorga"])
        #expect(catalog.motifs.map(\.slug) == ["gorga", "kawung", "parang"])
    }

    // MARK: References

    @Test func unknownProducerIsAnErrorWithSuggestion() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sary", motifs: ["Gorga"])
        f.product("b", "Kain B", producer: "sari")
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics == [
            .error(
                ContentFixture.at("products", "a", 3, 11),
                "unknown producer 'sary': there is no file producers/sary.md; did you mean 'sari'?")
        ])
        // The product stays in the catalogue so that its motifs, photos and body are still checked;
        // the error stops the build, and no producer lists it.
        #expect(catalog.products.map(\.slug) == ["a", "b"])
        #expect(catalog.motifs.map(\.slug) == ["gorga"])
        #expect(catalog.productsByProducer == ["sari": ["b"]])
    }

    @Test func unknownProducerWithoutSuggestion() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "toko-lain")
        #expect(f.resolve().1 == [
            .error(ContentFixture.at("products", "a", 3, 11), "unknown producer 'toko-lain': there is no file producers/toko-lain.md")
        ])
    }

    @Test func unknownClusterIsAnError() {
        var f = ContentFixture.base()
        f.producer("dewi", "Batik Dewi", cluster: "pekalogan")
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics == [
            .error(
                ContentFixture.at("producers", "dewi", 3, 10),
                "unknown cluster 'pekalogan': there is no file clusters/pekalogan.md; did you mean 'pekalongan'?")
        ])
        #expect(catalog.producersByCluster == ["pekalongan": ["sari"]])
    }

    @Test func referenceToAFailedFileIsNotReportedAgain() {
        var f = ContentFixture.base()
        f.producer("dewi", "Batik Dewi", cluster: "solo")
        f.product("a", "Kain A", producer: "rusak")
        f.content.failed = ["clusters/solo", "producers/rusak"]
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        #expect(catalog.productsByProducer.isEmpty)
    }

    // MARK: Order

    @Test func listsAreSortedByName() {
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
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        #expect(catalog.clusters.map(\.name) == ["Éndé", "Lasem", "sentra Solo"])
        #expect(catalog.producers.map(\.name) == ["anyam Indah", "Batik Bima", "Émas Tenun", "Zahra Batik"])
        #expect(catalog.products.map(\.name) == ["Blus", "kain panjang", "Kemeja", "Selendang"])
        #expect(catalog.motifs.map(\.name) == ["anyaman", "Bunga", "Émas", "Truntum"])
        #expect(catalog.pages.map(\.name) == ["cara pesan", "Tentang Kami"])
        #expect(catalog.producersByCluster == ["solo": ["a", "b", "z"], "lasem": ["e"]])
        #expect(catalog.productsByProducer == ["z": ["p1", "p4", "p3"], "a": ["p2"]])
        #expect(catalog.motifBySlug["truntum"]?.products == ["p3"])
    }

    @Test func equalNamesAreOrderedBySlug() {
        var f = ContentFixture.base()
        f.product("kain-b", "Kain", producer: "sari")
        f.product("kain-a", "Kain", producer: "sari")
        f.product("kain-c", "KAIN", producer: "sari")
        #expect(f.resolve().0.products.map(\.slug) == ["kain-c", "kain-a", "kain-b"])
    }

    @Test func missingSiteGetsDefaults() {
        let catalog = ContentFixture().resolve().0
        #expect(catalog.site.title == "")
        #expect(catalog.site.language == .id)
        #expect(catalog.site.currency == "IDR")
        #expect(catalog.site.baseURL == nil)
    }

    // MARK: Photos

    @Test func photosResolveFromOwnFolderThenSharedImages() throws {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["kain-1.jpg", "logo.png"])
        f.content.productFolders["a"] = [
            "kain-1.jpg": PhotoFile(sourcePath: "/site/content/products/a/kain-1.jpg", displayPath: "content/products/a/kain-1.jpg", info: Self.jpeg)
        ]
        f.content.sharedImages["logo.png"] = PhotoFile(
            sourcePath: "/site/content/images/logo.png", displayPath: "content/images/logo.png",
            info: ImageInfo(format: .png, width: 10, height: 10))
        let (catalog, diagnostics) = f.resolve()
        #expect(diagnostics.isEmpty)
        let photos = try #require(catalog.photos["a"])
        #expect(photos.map(\.outputPath) == ["products/a/kain-1.jpg", "images/logo.png"])
        #expect(photos.map(\.sourcePath) == ["/site/content/products/a/kain-1.jpg", "/site/content/images/logo.png"])
        #expect(photos.map(\.info) == [Self.jpeg, ImageInfo(format: .png, width: 10, height: 10)])
    }

    @Test func photoProblems() {
        var f = ContentFixture.base()
        f.product("a", "Kain A", producer: "sari", photos: ["hilang.jpg", "rusak.jpg", "ok.jpg", "ok.jpg"])
        f.content.productFolders["a"] = [
            "rusak.jpg": PhotoFile(sourcePath: "/s/rusak.jpg", displayPath: "content/products/a/rusak.jpg", info: nil),
            "ok.jpg": PhotoFile(sourcePath: "/s/ok.jpg", displayPath: "content/products/a/ok.jpg", info: Self.jpeg),
            "lain.jpg": PhotoFile(sourcePath: "/s/lain.jpg", displayPath: "content/products/a/lain.jpg", info: Self.jpeg),
        ]
        f.content.productFolders["tanpa-lembar"] = [:]
        f.content.productFolderPaths["tanpa-lembar"] = "content/products/tanpa-lembar"
        let (catalog, diagnostics) = f.resolve()
        #expect(Set(diagnostics) == [
            .error(ContentFixture.at("products", "a", 10, 5), "photo 'hilang.jpg' not found: put it in products/a/ or images/"),
            .error(ContentFixture.at("products", "a", 11, 5), "photo 'rusak.jpg' is not a JPEG, PNG or WebP image"),
            .warning(ContentFixture.at("products", "a", 13, 5), "photo 'ok.jpg' is listed twice"),
            .warning(SourceLocation(path: "content/products/a/lain.jpg"), "photo is not listed in the sheet's 'photos' and is not published"),
            .warning(SourceLocation(path: "content/products/tanpa-lembar"), "photo folder has no product sheet products/tanpa-lembar.md; not published"),
        ])
        #expect(diagnostics.count == 5)
        #expect(catalog.photos["a"]?.map(\.name) == ["ok.jpg"])
    }
}
