import Testing

@testable import KatalogContent

@Suite struct PriceTests {
    @Test(arguments: [
        ("450000", 450000),
        ("85000", 85000),
        ("1", 1),
        ("1250000", 1_250_000),
        (" 450000 ", 450000),
        ("00450000", 450000),
        ("999999999999999", 999_999_999_999_999),
    ])
    func acceptsDigitsOnly(_ written: String, _ value: Int) {
        #expect(Price.parse(written) == .success(value))
    }

    @Test(arguments: [
        ("450.000", Price.ParseError.formatted(suggestion: 450000)),
        ("Rp 450.000", .formatted(suggestion: 450000)),
        ("Rp450000", .formatted(suggestion: 450000)),
        ("Rp. 450.000", .formatted(suggestion: 450000)),
        ("Rp 450.000,-", .formatted(suggestion: 450000)),
        ("rp 85.000", .formatted(suggestion: 85000)),
        ("IDR 1.250.000", .formatted(suggestion: 1_250_000)),
        ("IDR450000", .formatted(suggestion: 450000)),
        ("450,000", .formatted(suggestion: 450000)),
        ("1,250,000", .formatted(suggestion: 1_250_000)),
        ("0", .notPositive),
        ("000", .notPositive),
        ("0.000", .notPositive),
        ("-5", .notPositive),
        ("-450.000", .notPositive),
        ("450000.50", .fraction),
        ("4.50", .fraction),
        ("450000,5", .fraction),
        ("murah", .notANumber),
        ("", .notANumber),
        ("450rb", .notANumber),
        ("1234567890123456", .notANumber),
        // A digit with a combining mark, or a non-ASCII digit, is not a digit.
        ("45\u{033E}0000", .notANumber),
        ("Rp 45\u{033E}0.000", .notANumber),
        ("\u{0664}50000", .notANumber),
    ])
    func refuses(_ written: String, _ error: Price.ParseError) {
        #expect(Price.parse(written) == .failure(error))
    }

    /// A grouped number must never be read as its first group.
    @Test func groupedNumberIsNeverReadAsItsFirstGroup() {
        #expect(Price.parse("450.000") != .success(450))
        #expect(Price.parse("1.250.000") == .failure(.formatted(suggestion: 1_250_000)))
    }

    @Test func irregularGroupingIsNotASuggestion() {
        // `45.0000` is not a thousands-grouped number: groups after the first must have three digits.
        #expect(Price.parse("45.0000") == .failure(.fraction))
        #expect(Price.parse("4500.000") == .failure(.fraction))
    }
}
