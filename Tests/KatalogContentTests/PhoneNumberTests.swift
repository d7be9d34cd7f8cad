import Testing

@testable import KatalogContent

@Suite struct PhoneNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let written: String
        let national: String
        let e164: String
        let isMobile: Bool
        let display: String
        var testDescription: String { written }
    }

    static let writtenForms: [Case] = [
        Case(
            written: "0812-3456-7890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "0823 3144 5678", national: "82331445678", e164: "+6282331445678", isMobile: true,
            display: "0823-3144-5678"),
        Case(
            written: "0852.3066.7123", national: "85230667123", e164: "+6285230667123", isMobile: true,
            display: "0852-3066-7123"),
        Case(
            written: "+62 812 3456 7890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "+62 (0)812 3456 7890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "0062 812 3456 7890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "6281234567890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "+6281234567890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "  0812-3456-7890  ", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "0812\u{00A0}3456\u{00A0}7890", national: "81234567890", e164: "+6281234567890", isMobile: true,
            display: "0812-3456-7890"),
        Case(
            written: "(061) 786 5521", national: "617865521", e164: "+62617865521", isMobile: false,
            display: "(061) 786-5521"),
        Case(
            written: "0321-593102", national: "321593102", e164: "+62321593102", isMobile: false,
            display: "(0321) 593102"),
        Case(
            written: "(021) 1234 5678", national: "2112345678", e164: "+622112345678", isMobile: false,
            display: "(021) 1234-5678"),
        Case(
            written: "+62 274 512345", national: "274512345", e164: "+62274512345", isMobile: false,
            display: "(0274) 512345"),
        Case(
            written: "0274 5123456", national: "2745123456", e164: "+622745123456", isMobile: false,
            display: "(0274) 512-3456"),
        // 12 national digits: the last group takes five rather than leaving one digit alone.
        Case(
            written: "0812-3456-78901", national: "812345678901", e164: "+62812345678901", isMobile: true,
            display: "0812-3456-78901"),
        Case(
            written: "0812-3456-789", national: "8123456789", e164: "+628123456789", isMobile: true,
            display: "0812-3456-789"),
    ]

    @Test(arguments: writtenForms)
    func parsesWrittenForm(_ c: Case) throws {
        let number = try PhoneNumber.parse(c.written).get()
        #expect(number.national == c.national)
        #expect(number.e164 == c.e164)
        #expect(number.international == String(c.e164.dropFirst()))
        #expect(number.isMobile == c.isMobile)
        #expect(number.display == c.display)
    }

    /// "Groups of four, but never leave a lone digit or two at the end": a 10-digit mobile
    /// (08xx-xxx-xxx, still in use) must not end in a two-digit group.
    @Test func tenDigitMobileDoesNotEndInTwoDigitGroup() throws {
        let number = try PhoneNumber.parse("0812-345-678").get()
        #expect(number.national == "812345678")
        #expect(number.display == "0812-345-678")
    }

    static let failures: [(String, PhoneNumber.ParseError)] = [
        ("0812-345", .tooShort(mobile: true)),
        ("0812-3456-7890-1234", .tooLong(mobile: true)),
        ("+62 812 34", .tooShort(mobile: true)),
        ("0", .notANumber),
        ("", .notANumber),
        ("0812-ABCD-7890", .letters("0812-ABCD-7890")),
        ("0812/3456/7890", .invalidCharacter("/")),
        ("telp 0812", .letters("telp 0812")),
        ("0812-3456-7890 ext 2", .extensionPart("ext 2")),
        // Found by fuzz-phone: a digit with a combining mark sorts between "0" and "1".
        ("(03 (0349060\u{033E}06", .invalidCharacter("0\u{033E}")),
        ("0812-3456-78\u{0663}0", .invalidCharacter("\u{0663}")),
        ("+1 415 555 0100", .foreign(country: "United States", code: 1)),
        ("+44 20 7946 0958", .foreign(country: "United Kingdom", code: 44)),
    ]

    @Test(arguments: failures)
    func refuses(_ written: String, _ error: PhoneNumber.ParseError) {
        #expect(PhoneNumber.parse(written) == .failure(error))
    }

    @Test(arguments: [
        ("81234567890", true), ("1234567", true), ("123456789012", true),
        ("123456", false), ("1234567890123", false), ("081234567890", false), ("8123a567890", false), ("", false),
    ])
    func nationalInitializerChecksDigits(_ national: String, _ valid: Bool) {
        #expect((PhoneNumber(national: national) != nil) == valid)
    }

    /// A landline's area comes from libphonenumber's geocoder, in the site's language; mobiles have
    /// none.
    @Test(arguments: [
        ("(061) 845 2197", Language.id, "Medan"), ("(061) 845 2197", .en, "Medan"),
        ("(0321) 593417", .id, "Mojokerto/Jombang"), ("(0332) 431562", .en, "Bondowoso"),
    ])
    func landlinesKnowTheirArea(_ written: String, _ language: Language, _ area: String) throws {
        #expect(try PhoneNumber.parse(written).get().area(in: language) == area)
    }

    @Test func mobilesHaveNoArea() throws {
        let number = try PhoneNumber.parse("0812-3456-7890").get()
        #expect(number.area(in: .id) == nil && number.area(in: .en) == nil)
        #expect(number.kind == .mobile)
    }

    @Test func equalNumbersWrittenDifferentlyAreEqual() throws {
        let a = try PhoneNumber.parse("0812-3456-7890").get()
        let b = try PhoneNumber.parse("+62 (0)812 3456 7890").get()
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
    }
}
