import KatalogContent
import Testing

@testable import KatalogRender

@Suite struct WordsTests {
    @Test(arguments: Language.allCases)
    func everyWordHasATextInEveryLanguage(_ language: Language) {
        #expect(Word.allCases.filter { $0.text(language).isEmpty } == [])
    }

    @Test func templatesReadWordsByTheirKey() {
        #expect((Words.of(.id).child(named: "price_on_request") as? Text)?.html == "Hubungi penjual")
        #expect((Words.of(.en).child(named: "price_on_request") as? Text)?.html == "Price on request")
        #expect(Words.of(.id)[.home] == "Beranda")
        #expect(Words.of(.en)[.home] == "Home")
        #expect(Words.of(.en).child(named: "no_such_word") == nil)
    }

    /// The keys the default theme uses are the words' keys.
    @Test func keysAreSnakeCase() {
        #expect(Word.priceOnRequest.rawValue == "price_on_request")
        #expect(Word.allCases.allSatisfy { $0.rawValue.allSatisfy { $0.isLowercase || $0 == "_" } })
    }

    @Test(arguments: Technique.allCases)
    func everyTechniqueHasBothLabels(_ technique: Technique) {
        #expect(!Words.of(.id).technique(technique).isEmpty)
        #expect(!Words.of(.en).technique(technique).isEmpty)
    }

    @Test func techniqueLabels() {
        #expect(Words.of(.id).technique(.tulis) == "Batik tulis")
        #expect(Words.of(.en).technique(.cap) == "Stamped batik (cap)")
    }

    /// Polite, the product with its price (or a question about it), the page's address on its own
    /// line; producers and clusters are asked about their products, not their stock.
    @Test(arguments: [
        (
            Words.ChatSubject.product(name: "Batik Gorga", price: 450_000), Language.id,
            String?("https://k.example/products/batik-gorga/"),
            "Halo, saya tertarik dengan Batik Gorga seharga Rp450.000 di Katalog. Apakah masih tersedia?\nhttps://k.example/products/batik-gorga/"
        ),
        (
            .product(name: "Batik Gorga", price: 450_000), .en, nil,
            "Hello, I am interested in Batik Gorga for IDR 450,000 on Katalog. Is it still available?"
        ),
        (
            .product(name: "Batik Gorga", price: nil), .id, nil,
            "Halo, saya tertarik dengan Batik Gorga di Katalog. Berapa harganya?"
        ),
        (
            .product(name: "Batik Gorga", price: nil), .en, nil,
            "Hello, I am interested in Batik Gorga on Katalog. What is its price?"
        ),
        (
            .producer("Batik Hasmi"), .id, "https://k.example/producers/batik-hasmi/",
            "Halo Batik Hasmi, saya melihat halaman Anda di Katalog dan ingin bertanya tentang produk Anda.\nhttps://k.example/producers/batik-hasmi/"
        ),
        (
            .producer("Batik Hasmi"), .en, nil,
            "Hello Batik Hasmi, I saw your page on Katalog and would like to ask about your products."
        ),
        (
            .cluster("Klaster Batik Sumut"), .id, nil,
            "Halo, saya melihat Klaster Batik Sumut di Katalog dan ingin bertanya tentang produk para perajinnya."
        ),
        (
            .cluster("Klaster Batik Sumut"), .en, nil,
            "Hello, I saw Klaster Batik Sumut on Katalog and would like to ask about its producers' products."
        ),
    ])
    func whatsAppMessage(subject: Words.ChatSubject, language: Language, url: String?, message: String) {
        #expect(Words.of(language).whatsAppMessage(subject, site: "Katalog", url: url) == message)
    }

    /// A long name is cut at a word, without a dangling comma, and marked; a short one is kept.
    @Test func longNamesAreShortenedAtAWord() {
        let name =
            "Kain Batik Tulis Sutra Motif Gorga Simeol-meol, Warna Merah Marun dan Hitam, Ukuran 2,5 m x 1,15 m"
        #expect(Words.shortened(name) == "Kain Batik Tulis Sutra Motif Gorga Simeol-meol, Warna Merah…")
        #expect(Words.shortened(name).count <= 60)
        #expect(Words.shortened("Batik Gorga") == "Batik Gorga")
        #expect(Words.shortened(String(repeating: "x", count: 80)) == String(repeating: "x", count: 59) + "…")
    }

    @Test(arguments: [
        (1, 1, Language.id, "Foto Batik Gorga"),
        (1, 1, .en, "Photo of Batik Gorga"),
        (2, 3, .id, "Foto Batik Gorga, 2 dari 3"),
        (2, 3, .en, "Photo of Batik Gorga, 2 of 3"),
    ])
    func photoAlt(_ index: Int, _ count: Int, _ language: Language, _ alt: String) {
        #expect(Words.of(language).photoAlt("Batik Gorga", index: index, count: count) == alt)
    }

    @Test func prices() {
        #expect(Words.of(.id).price(450_000) == "Rp450.000")
        #expect(Words.of(.en).price(nil) == "Price on request")
    }
}
