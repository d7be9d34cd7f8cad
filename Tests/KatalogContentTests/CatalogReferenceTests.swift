import KatalogSystem
import Testing

@testable import KatalogContent

/// Every reference, in front matter and in bodies, is checked; a catalogue exists only when all
/// of them hold, and its lists are sorted by name.
@Suite struct CatalogReferenceTests {

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

    static func link(_ target: EntryKind, _ name: String, line: Int) -> EntryLink {
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
}
