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

    @Test func whatsAppMessage() {
        #expect(
            Words.of(.en).whatsAppMessage(about: "Batik Gorga", site: "Katalog")
                == "Hello, I saw Batik Gorga on Katalog. Is it still available?")
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
