import KatalogContent

/// Money and links, written by our own code so that every machine prints the same bytes.
package enum Formatting {
    /// `Rp450.000` (id) or `IDR 450,000` (en).
    package static func rupiah(_ amount: Int, language: Language) -> String {
        let digits = String(amount)
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(language == .id ? "." : ",") }
            grouped.append(c)
        }
        return language == .id ? "Rp" + grouped : "IDR " + grouped
    }

    /// `tel:+6281234567890`.
    package static func telHref(_ number: PhoneNumber) -> String { "tel:" + number.e164 }

    /// `https://wa.me/6281234567890?text=…` with the message percent-encoded.
    package static func whatsAppHref(_ number: PhoneNumber, message: String) -> String {
        "https://wa.me/\(number.international)?text=\(URLEncoding.queryValue(message))"
    }
}
