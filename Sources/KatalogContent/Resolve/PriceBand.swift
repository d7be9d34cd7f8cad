/// A range of prices buyers browse by (`prices/100rb-250rb/`), or the products without a price.
/// The bands come from `price_bands` in site.yml: under the first limit, between each two, and from
/// the last one up; then "price on request".
package struct PriceBand: Hashable, Sendable {
    /// Whole rupiah, inclusive; nil for the lowest band and for "price on request".
    package let lower: Int?
    /// Whole rupiah, exclusive; nil for the highest band and for "price on request".
    package let upper: Int?
    /// Products without a price.
    package let onRequest: Bool

    /// `under-100rb`, `100rb-250rb`, `from-1jt`, `on-request`.
    package var slug: String {
        if onRequest { return "on-request" }
        switch (lower, upper) {
        case (nil, let upper?): return "under-" + Self.slug(upper)
        case (let lower?, let upper?): return Self.slug(lower) + "-" + Self.slug(upper)
        case (let lower?, nil): return "from-" + Self.slug(lower)
        case (nil, nil): return "all"
        }
    }

    /// The bands of these limits (ascending), then "price on request".
    package static func bands(limits: [Int]) -> [PriceBand] {
        var bands: [PriceBand] = []
        var lower: Int?
        for limit in limits {
            bands.append(PriceBand(lower: lower, upper: limit, onRequest: false))
            lower = limit
        }
        bands.append(PriceBand(lower: lower, upper: nil, onRequest: false))
        bands.append(PriceBand(lower: nil, upper: nil, onRequest: true))
        return bands
    }

    package func contains(_ price: Int?) -> Bool {
        guard let price else { return onRequest }
        return !onRequest && lower.map { price >= $0 } ?? true && upper.map { price < $0 } ?? true
    }

    /// `100rb`, `1jt`, `1-5jt`, `2-5rb`, `750`: an amount in the words of Indonesian prices.
    static func slug(_ amount: Int) -> String {
        for (unit, word) in [(1_000_000_000, "m"), (1_000_000, "jt"), (1_000, "rb")] where amount >= unit {
            let whole = amount / unit
            var fraction = String(amount % unit)
            fraction = String(repeating: "0", count: String(unit).count - 1 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return String(whole) + (fraction.isEmpty ? "" : "-" + fraction) + word
        }
        return String(amount)
    }
}
