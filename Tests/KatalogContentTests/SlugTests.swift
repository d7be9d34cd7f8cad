import Testing

@testable import KatalogContent

@Suite struct SlugTests {
    @Test(arguments: [
        ("gorga", true),
        ("batik-gorga", true),
        ("kain-2", true),
        ("2024", true),
        ("a", true),
        ("", false),
        ("-gorga", false),
        ("gorga-", false),
        ("batik--gorga", false),
        ("Gorga", false),
        ("batik_gorga", false),
        ("batik gorga", false),
        ("sékar", false),
        ("gorga.md", false),
        ("-", false),
        ("ｇｏｒｇａ", false),
    ])
    func isValid(_ slug: String, _ valid: Bool) {
        #expect(Slug.isValid(slug) == valid)
    }

    @Test(arguments: [
        ("Gorga", "gorga"),
        ("gorga", "gorga"),
        ("GORGA", "gorga"),
        ("Mrico Bolong", "mrico-bolong"),
        ("Kawung_Picis", "kawung-picis"),
        ("Sékar Jagad", "sekar-jagad"),
        ("batik  GÖRGA", "batik-gorga"),
        ("--a--b--", "a-b"),
        ("!!!", ""),
        ("", ""),
        ("   ", ""),
        ("ＧＯＲＧＡ", "gorga"),
        ("Ｍｒｉｃｏ　Ｂｏｌｏｎｇ", "mrico-bolong"),
        ("ﬁne", "fine"),
        ("Truntum 2", "truntum-2"),
        ("Parang Rusak!", "parang-rusak"),
        ("Kain's", "kains"),
        ("Sido\tMukti\nLuhur", "sido-mukti-luhur"),
        ("Çeplok Ñ", "ceplok-n"),
    ])
    func make(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test(arguments: ["Gorga", "Sékar Jagad", "--a--b--", "ＧＯＲＧＡ", "Kawung_Picis"])
    func madeSlugIsValid(_ name: String) {
        #expect(Slug.isValid(Slug.make(name)))
    }

    @Test(arguments: [
        ("Gorga", "gorga"),
        ("Sékar Jagad", "sekar jagad"),
        ("ＧＯＲＧＡ", "gorga"),
    ])
    func fold(_ text: String, _ folded: String) {
        #expect(Slug.fold(text) == folded)
    }

    @Test func nameOrderIsCaseInsensitive() {
        #expect(Slug.nameOrder("batik", "Cap"))
        #expect(!Slug.nameOrder("Cap", "batik"))
        #expect(["Zahra", "anyam", "Batik"].sorted(by: Slug.nameOrder) == ["anyam", "Batik", "Zahra"])
    }

    @Test func nameOrderIsAccentInsensitive() {
        #expect(Slug.nameOrder("Dara", "Émas"))
        #expect(Slug.nameOrder("Émas", "Fajar"))
        #expect(["Fajar", "Émas", "Dara"].sorted(by: Slug.nameOrder) == ["Dara", "Émas", "Fajar"])
    }

    @Test func nameOrderBreaksTiesByCodePoint() {
        #expect(Slug.nameOrder("GORGA", "Gorga"))
        #expect(Slug.nameOrder("Gorga", "gorga"))
        #expect(!Slug.nameOrder("gorga", "Gorga"))
        #expect(Slug.nameOrder("Sekar", "Sékar"))
        #expect(["gorga", "Gorga", "GORGA"].sorted(by: Slug.nameOrder) == ["GORGA", "Gorga", "gorga"])
        #expect(["GORGA", "gorga", "Gorga"].sorted(by: Slug.nameOrder) == ["GORGA", "Gorga", "gorga"])
    }

    @Test func nameOrderIsIrreflexive() {
        #expect(!Slug.nameOrder("Gorga", "Gorga"))
        #expect(!Slug.nameOrder("", ""))
    }
}
