import KatalogContent

/// Money and links, written by our own code so that every machine prints the same bytes.
package enum Formatting {
    /// `Rp450.000` (id) or `IDR 450,000` (en).
    package static func rupiah(_ amount: Int, language: Language) -> String {
        language == .id ? "Rp" + number(amount, language: language) : "IDR " + number(amount, language: language)
    }

    /// `10.000` (id) or `10,000` (en).
    package static func number(_ value: Int, language: Language) -> String {
        let digits = String(value)
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(language == .id ? "." : ",") }
            grouped.append(c)
        }
        return grouped
    }

    /// A round amount as a price band says it: `Rp100 rb`, `Rp1 jt`, `Rp1,5 jt` (id); `IDR 100k`,
    /// `IDR 1M`, `IDR 1.5M` (en).
    package static func shortRupiah(_ amount: Int, language: Language) -> String {
        let units: [(Int, String, String)] = [(1_000_000_000, " M", "B"), (1_000_000, " jt", "M"), (1_000, " rb", "k")]
        for (unit, id, en) in units where amount >= unit {
            var fraction = String(amount % unit)
            fraction = String(repeating: "0", count: String(unit).count - 1 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            let separator = language == .id ? "," : "."
            let number = String(amount / unit) + (fraction.isEmpty ? "" : separator + fraction)
            return language == .id ? "Rp" + number + id : "IDR " + number + en
        }
        return language == .id ? "Rp" + String(amount) : "IDR " + String(amount)
    }

    /// `tel:+6281234567890`.
    package static func telHref(_ number: PhoneNumber) -> String { "tel:" + number.e164 }

    /// `https://wa.me/6281234567890?text=…` with the message percent-encoded.
    package static func whatsAppHref(_ number: PhoneNumber, message: String) -> String {
        "https://wa.me/\(number.international)?text=\(URLEncoding.queryValue(message))"
    }
}
