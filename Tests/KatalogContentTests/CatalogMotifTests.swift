import KatalogSystem
import Testing

@testable import KatalogContent

/// Motifs are grouped by slug across products, named by their description or most used spelling.
@Suite struct CatalogMotifTests {

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
}
