/// A price in whole rupiah, read from what the author typed.
package enum Price {
    package enum ParseError: Error, Equatable {
        /// `450.000`, `Rp 450.000`, `450,000`: a thousands separator or currency; carries the fix.
        case formatted(suggestion: Int)
        case notPositive
        case fraction
        case notANumber
    }

    /// Accepts digits only (`450000`). Anything a person might have meant as a number is refused
    /// with the value they meant, never silently read as 450.
    package static func parse(_ raw: String) -> Result<Int, ParseError> {
        let text = raw.trimmingWhitespace()
        if !text.isEmpty, text.allSatisfy(\.isASCIIDigit) {
            let trimmed = text.drop { $0 == "0" }
            guard !trimmed.isEmpty else { return .failure(.notPositive) }
            guard trimmed.count <= 15, let value = Int(trimmed) else { return .failure(.notANumber) }
            return .success(value)
        }
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) {
            return .failure(.notPositive)
        }
        // Strip a currency mark and spaces, then see whether what is left is a grouped number.
        var body = Substring(text)
        for prefix in ["IDR", "Rp.", "Rp", "rp.", "rp", "RP"] where body.hasPrefix(prefix) {
            body = body.dropFirst(prefix.count)
            break
        }
        body = Substring(String(body).trimmingWhitespace())
        if body.hasSuffix(",-") || body.hasSuffix(".-") { body = body.dropLast(2) }
        let hadCurrency = body.count != text.count
        if let grouped = groupedValue(body) {
            return grouped > 0 ? .failure(.formatted(suggestion: grouped)) : .failure(.notPositive)
        }
        if hadCurrency, !body.isEmpty, body.allSatisfy(\.isASCIIDigit), let value = Int(body) {
            return value > 0 ? .failure(.formatted(suggestion: value)) : .failure(.notPositive)
        }
        if body.contains(where: { $0 == "." || $0 == "," }),
            body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," })
        {
            return .failure(.fraction)
        }
        return .failure(.notANumber)
    }

    /// `450.000` or `450,000` or `1.250.000` (groups of three after the first) as a whole number.
    private static func groupedValue(_ text: Substring) -> Int? {
        for separator: Character in [".", ","] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count) else { continue }
            guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
                parts.dropFirst().allSatisfy({ $0.count == 3 })
            else { continue }
            return Int(parts.joined())
        }
        return nil
    }
}
