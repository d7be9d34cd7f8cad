import KatalogContent
import Testing
@testable import KatalogRender

@Suite struct UITextTests {
    @Test func bothLanguagesHaveTheSameKeys() {
        let id = Set(UIText.strings(.id).keys)
        let en = Set(UIText.strings(.en).keys)
        #expect(id.subtracting(en) == [])
        #expect(en.subtracting(id) == [])
        #expect(id.count == 54)
    }

    @Test(arguments: Language.allCases)
    func noEmptyStrings(_ language: Language) {
        #expect(UIText.strings(language).filter { $0.value.isEmpty }.keys.sorted() == [])
    }

    @Test func languagesAreSelected() {
        #expect(UIText.strings(.id)["price_on_request"] == "Hubungi penjual")
        #expect(UIText.strings(.en)["price_on_request"] == "Price on request")
        #expect(UIText.strings(.id)["home"] == "Beranda")
        #expect(UIText.strings(.en)["home"] == "Home")
    }

    @Test(arguments: Technique.allCases)
    func everyTechniqueHasBothLabels(_ technique: Technique) {
        #expect(!UIText.technique(technique, .id).isEmpty)
        #expect(!UIText.technique(technique, .en).isEmpty)
    }

    @Test func techniqueLabels() {
        #expect(UIText.technique(.tulis, .id) == "Batik tulis")
        #expect(UIText.technique(.cap, .en) == "Stamped batik (cap)")
    }

    @Test func whatsAppMessage() {
        #expect(UIText.whatsAppMessage(about: "Batik Gorga", site: "Katalog", .en)
            == "Hello, I saw Batik Gorga on Katalog. Is it still available?")
    }

    @Test(arguments: [
        (1, 1, Language.id, "Foto Batik Gorga"),
        (1, 1, .en, "Photo of Batik Gorga"),
        (2, 3, .id, "Foto Batik Gorga, 2 dari 3"),
        (2, 3, .en, "Photo of Batik Gorga, 2 of 3"),
    ])
    func photoAlt(_ index: Int, _ count: Int, _ language: Language, _ alt: String) {
        #expect(UIText.photoAlt("Batik Gorga", index: index, count: count, language) == alt)
    }
}
