import Foundation
import KatalogBuild
import KatalogContent
import Testing

/// Bad references (stage 4, resolve): unknown clusters, producers and link targets, motifs and
/// photos.
///
/// Every test asserts the exact line a catalogue author reads: file, line and column (1-based,
/// columns in characters), severity and message.
@Suite struct ReferenceBadInputTests {
    @Test func unknownClusterWithSuggestion() throws {
        let site = try TestSite([
            "content/producers/x.md": "---\nname: Batik X\ncluster: sumutt\nwhatsapp: 0812-3456-7890\n---\n"
        ])
        #expect(
            site.errors() == [
                "content/producers/x.md:3:10: error: unknown cluster 'sumutt': there is no file clusters/sumutt.md; "
                    + "did you mean 'sumut'?"
            ])
    }

    @Test func unknownProducerWithSuggestion() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain X\nproducer: sinr\n---\n"])
        #expect(
            site.errors() == [
                "content/products/x.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; "
                    + "did you mean 'sinar'?"
            ])
    }

    @Test func unknownProducerWithoutNearMatch() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain X\nproducer: budi-jaya\n---\n"])
        #expect(
            site.errors() == [
                "content/products/x.md:3:11: error: unknown producer 'budi-jaya': there is no file producers/budi-jaya.md"
            ])
    }

    /// The producer's own errors say what to fix; the product naming it adds nothing.
    @Test(arguments: [
        (
            "---\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n",
            "content/producers/budi.md:1:1: error: missing required field 'name'"
        ),
        (
            "---\nname: Budi\ncluster: sumut\nwhatsapp: 0812\n---\n",
            "content/producers/budi.md:4:11: error: whatsapp number '0812' is too short for a mobile number: "
                + "mobile numbers have 10 to 13 digits starting with 08; check the digits"
        ),
        (
            "---\nname: Budi: Batik\ncluster: sumut\n---\n",
            "content/producers/budi.md:2:11: error: invalid YAML: mapping values are not allowed in this context; "
                + "if a value contains ': ', put it in double quotes"
        ),
        (
            "name: Budi\n",
            "content/producers/budi.md:1:1: error: missing front matter: the file must start with a line '---', "
                + "then fields like 'name: ...', then '---'"
        ),
    ])
    func brokenProducerIsNotAlsoUnknown(producer: String, expected: String) throws {
        let site = try TestSite([
            "content/producers/budi.md": producer,
            "content/products/x.md": "---\nname: Kain X\nproducer: budi\n---\n",
        ])
        #expect(site.errors() == [expected])
    }

    @Test func invalidUTF8ProducerIsNotAlsoUnknown() throws {
        let site = try TestSite(["content/products/x.md": "---\nname: Kain X\nproducer: budi\n---\n"])
        try site.write("content/producers/budi.md", Data("---\nname: Bud".utf8) + Data([0xE9]) + Data("\n---\n".utf8))
        #expect(
            site.errors() == [
                "content/producers/budi.md:2:10: error: invalid UTF-8: the file must be saved as UTF-8 text "
                    + "(in your editor: Save As, encoding UTF-8)"
            ])
    }

    /// A product whose producer is unknown still has every other problem reported in the same run.
    @Test func productWithUnknownProducerIsStillChecked() throws {
        let site = try TestSite([
            "content/products/x.md": "---\nname: Kain X\nproducer: sinr\nmotifs: [\"!!!\"]\nphotos: [hilang.jpg]\n---\n"
                + "[x](product:nope)\n"
        ])
        #expect(
            site.check() == [
                "content/products/x.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; "
                    + "did you mean 'sinar'?",
                "content/products/x.md:4:10: error: motif name '!!!' has no letters or digits",
                "content/products/x.md:5:10: error: photo 'hilang.jpg' not found: put it in products/x/ or images/",
                "content/products/x.md:7:1: error: link to unknown product 'nope': there is no file products/nope.md",
            ])
    }

    /// The sheet exists; its own error is enough, without a warning that it does not.
    @Test(arguments: [
        (
            "---\nname: Kain X\nproducer: sinr\nphotos: [kain.png]\n---\n",
            "content/products/x.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; "
                + "did you mean 'sinar'?"
        ),
        (
            "---\nproducer: sinar\nphotos: [kain.png]\n---\n",
            "content/products/x.md:1:1: error: missing required field 'name'"
        ),
    ])
    func brokenProductSheetIsNotMissing(sheet: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": sheet])
        try site.write("content/products/x/kain.png", BadInput.png)
        #expect(site.check() == [expected])
    }

    @Test func motifNameWithoutLetters() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("motifs: [\"!!!\"]\n")])
        #expect(site.errors() == ["content/products/x.md:4:10: error: motif name '!!!' has no letters or digits"])
    }

    /// Columns count characters, also in front matter.
    @Test func motifColumnAfterMultibyteCharacters() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("motifs: [Tenun \u{E9}\u{E9}, \"!!!\"]\n")])
        #expect(site.errors() == ["content/products/x.md:4:20: error: motif name '!!!' has no letters or digits"])
    }

    @Test func motifListedTwice() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("motifs: [Gorga, gorga]\n")])
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/products/x.md:4:17: warning: motif 'gorga' is listed twice on this product"
            ])
        #expect(report.succeeded)
    }

    @Test func motifDescriptionNoProductUses() throws {
        let site = try TestSite([
            "content/motifs/kawung.md": "---\nname: Kawung\norigin: Yogyakarta\n---\nMotif kawung.\n"
        ])
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/motifs/kawung.md: warning: no product names the motif 'Kawung'; its page lists no products"
            ])
        #expect(report.succeeded)
        #expect(site.output("motifs/kawung/index.html")?.contains("Motif kawung.") == true)
    }

    @Test func motifDescriptionNameDoesNotMatchFile() throws {
        let site = try TestSite(["content/motifs/gorga.md": "---\nname: Gorga Batak\n---\nMotif gorga.\n"])
        #expect(
            site.check() == [
                "content/motifs/gorga.md:2:7: warning: motif name 'Gorga Batak' would be written 'gorga-batak' in a link, "
                    + "but this file is gorga.md; products name motifs by the file's slug"
            ])
    }

    @Test(arguments: ["content/products/x/kain-1.jpg", "content/images/kain-1.jpg"])
    func photoNotAnImage(path: String) throws {
        let site = try TestSite([
            "content/products/x.md": BadInput.product("photos: [kain-1.jpg]\n"),
            path: "bukan gambar, hanya teks\n",
        ])
        #expect(
            site.errors() == [
                "content/products/x.md:4:10: error: photo 'kain-1.jpg' is not a JPEG, PNG, WebP or HEIC photo"
            ])
    }

    @Test func validPhotoIsPublished() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("photos: [kain-1.png]\n")])
        try site.write("content/products/x/kain-1.png", BadInput.png)
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
        // Published as resized WebP and JPEG files, never the original.
        let published = site.tree().keys.filter { $0.hasPrefix("products/x/kain") }.sorted()
        #expect(
            published == [
                "products/x/kain-1-240.jpg", "products/x/kain-1-240.webp", "products/x/kain-1-360.jpg",
                "products/x/kain-1-360.webp", "products/x/kain-1-480.jpg", "products/x/kain-1-480.webp",
            ])
    }

    @Test func photoListedTwice() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("photos: [kain-1.png, kain-1.png]\n")])
        try site.write("content/products/x/kain-1.png", BadInput.png)
        #expect(site.check() == ["content/products/x.md:4:22: warning: photo 'kain-1.png' is listed twice"])
    }

    @Test func photoInFolderNotListed() throws {
        let site = try TestSite(["content/products/x.md": BadInput.product("photos: [kain-1.png]\n")])
        try site.write("content/products/x/kain-1.png", BadInput.png)
        try site.write("content/products/x/kain-2.png", BadInput.png)
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/products/x/kain-2.png: warning: photo is not listed in the sheet's 'photos' and is not published"
            ])
        #expect(report.succeeded)
        #expect(site.tree()["products/x/kain-2.png"] == nil)
    }

    @Test func photoFolderWithoutProductSheet() throws {
        let site = try TestSite([:])
        try site.write("content/products/lama/kain.png", BadInput.png)
        let report = site.build()
        #expect(
            report.diagnostics.map(\.description) == [
                "content/products/lama: warning: photo folder has no product sheet products/lama.md; not published"
            ])
        #expect(report.succeeded)
    }

    @Test(arguments: [
        (
            "Paragraf.\n\nLihat [x](product:nope).\n",
            "content/products/x.md:7:7: error: link to unknown product 'nope': there is no file products/nope.md"
        ),
        (
            "Lihat [x](product:kain-gorgo).\n",
            "content/products/x.md:5:7: error: link to unknown product 'kain-gorgo': there is no file products/kain-gorgo.md; did you mean 'product:kain-gorga'?"
        ),
        (
            "Lihat [x](producer:sinr).\n",
            "content/products/x.md:5:7: error: link to unknown producer 'sinr': there is no file producers/sinr.md; did you mean 'producer:sinar'?"
        ),
        (
            "Lihat [x](cluster:sumutt).\n",
            "content/products/x.md:5:7: error: link to unknown cluster 'sumutt': there is no file clusters/sumutt.md; did you mean 'cluster:sumut'?"
        ),
        (
            "Lihat [x](motif:gorgo).\n",
            "content/products/x.md:5:7: error: link to unknown motif 'gorgo': no product names this motif; did you mean 'motif:gorga'?"
        ),
        (
            "Kain \u{E9} \u{E9} [x](product:nope)\n",
            "content/products/x.md:5:10: error: link to unknown product 'nope': there is no file products/nope.md"
        ),
        (
            "Kain \u{1F600} [x](product:nope)\n",
            "content/products/x.md:5:8: error: link to unknown product 'nope': there is no file products/nope.md"
        ),
    ])
    func bodyLinkToUnknownEntry(body: String, expected: String) throws {
        let site = try TestSite(["content/products/x.md": BadInput.product(body: body)])
        #expect(site.check() == [expected])
    }

    @Test func bodyLinksToExistingEntries() throws {
        let site = try TestSite([
            "content/products/x.md": BadInput.product(
                body: "[a](product:kain-gorga) [b](motif:gorga) [c](producer:sinar) [d](cluster:sumut) "
                    + "[e](product:kain-gorga#foto) [f](https://batik.example.id) [g](mailto:a@b.co) [h](tel:+6281234567890)\n"
            )
        ])
        #expect(site.check() == [])
    }
}
