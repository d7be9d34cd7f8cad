import Testing

@testable import KatalogContent

@Suite struct SpellingTests {
    @Test(arguments: [
        ("prodcuer", "producer", 1),
        ("producer", "producer", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("name", "nmae", 1),
        ("colour", "colors", 2),
        ("ca", "abc", 3),
        ("sékar", "sekar", 1),
        ("Gorga", "gorga", 1),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(Spelling.distance(a, b) == expected)
        #expect(Spelling.distance(b, a) == expected)
    }

    @Test func nearestFindsSwappedLetters() {
        #expect(Spelling.nearest(to: "prodcuer", in: ["name", "producer", "price"]) == "producer")
    }

    @Test func nearestIsCaseInsensitive() {
        #expect(Spelling.nearest(to: "Name", in: ["name", "price"]) == "name")
        #expect(Spelling.nearest(to: "PRICE", in: ["name", "price"]) == "price")
    }

    @Test func nearestRefusesDistantWords() {
        #expect(Spelling.nearest(to: "warna", in: ["name", "colors"]) == nil)
        #expect(Spelling.nearest(to: "xyz", in: ["name"]) == nil)
        #expect(Spelling.nearest(to: "anything", in: []) == nil)
    }

    @Test func shortWordsAllowOneEdit() {
        #expect(Spelling.nearest(to: "nme", in: ["name"]) == "name")
        #expect(Spelling.nearest(to: "nm", in: ["name"]) == nil)
    }

    @Test func limitGrowsWithLengthUpToThree() {
        // 12 letters: limit 3 (not 4).
        #expect(Spelling.nearest(to: "coordinatxyz", in: ["coordinator"]) == "coordinator")
        #expect(Spelling.nearest(to: "cxxxdinatxyz", in: ["coordinator"]) == nil)
    }

    @Test func closestCandidateWinsAndTiesGoToTheFirst() {
        #expect(Spelling.nearest(to: "pricee", in: ["prices", "price"]) == "prices")
        #expect(Spelling.nearest(to: "sice", in: ["since", "size"]) == "since")
        #expect(Spelling.nearest(to: "cty", in: ["colors", "city"]) == "city")
    }
}
