/// An Indonesian phone number, stored as its national significant digits (without 0 or +62).
package struct PhoneNumber: Hashable, Sendable {
    /// National significant number: `81234567890` for 0812-3456-7890.
    package let national: String

    package init?(national: String) {
        guard (7...12).contains(national.count), national.allSatisfy(\.isASCIIDigit), national.first != "0" else {
            return nil
        }
        self.national = national
    }

    /// `+6281234567890`, for `tel:` links.
    package var e164: String { "+62" + national }
    /// `6281234567890`, for wa.me links.
    package var international: String { "62" + national }
    /// Mobile numbers start with 8 after the country code.
    package var isMobile: Bool { national.first == "8" }

    package enum ParseError: Error, Equatable {
        case invalidCharacter(Character)
        case notIndonesian
        case wrongLength(digits: Int)
    }

    /// Reads the ways Indonesians write numbers: `0812-3456-7890`, `0823 3144 5678`,
    /// `0852.3066.7123`, `+62 812 3456 7890`, `+62 (0)812…`, `0062 812…`, `62812…`, `(061) 786 5521`.
    package static func parse(_ text: String) -> Result<PhoneNumber, ParseError> {
        var digits = ""
        var plus = false
        var rest = Substring(text.trimmingWhitespace())
        if rest.first == "+" {
            plus = true
            rest = rest.dropFirst()
        }
        for c in rest {
            if c.isASCIIDigit {
                digits.append(c)
            } else if c == " " || c == "-" || c == "." || c == "(" || c == ")" || c == "\u{00A0}" {
                continue
            } else {
                return .failure(.invalidCharacter(c))
            }
        }
        var national: Substring
        if plus {
            guard digits.hasPrefix("62") else { return .failure(.notIndonesian) }
            national = digits.dropFirst(2)
        } else if digits.hasPrefix("0062") {
            national = digits.dropFirst(4)
        } else if digits.hasPrefix("62") {
            national = digits.dropFirst(2)
        } else if digits.hasPrefix("0") {
            national = digits.dropFirst(1)
        } else {
            return .failure(.notIndonesian)
        }
        // `+62 (0)812…`: the trunk 0 written after the country code.
        if national.first == "0", national.count > 1 { national = national.dropFirst() }
        guard let number = PhoneNumber(national: String(national)) else {
            return .failure(.wrongLength(digits: national.count))
        }
        return .success(number)
    }

    /// Area codes with two digits after the 0 (Jakarta, Bandung, Semarang, Surabaya, Medan); all
    /// other fixed-line area codes have three.
    static let twoDigitAreaCodes: Set<String> = ["21", "22", "24", "31", "61"]

    /// The national form people dial: `0812-3456-7890` for mobiles, `(061) 786-5521` and
    /// `(0321) 593102` for fixed lines.
    package var display: String {
        if isMobile {
            let d = Array("0" + national)
            var groups = [String(d[0..<4])]
            var i = 4
            while i < d.count {
                let remaining = d.count - i
                // Groups of four, but never leave a lone digit or two at the end.
                let size = remaining <= 5 ? remaining : remaining == 6 ? 3 : 4
                groups.append(String(d[i..<(i + size)]))
                i += size
            }
            return groups.joined(separator: "-")
        }
        let areaLength = Self.twoDigitAreaCodes.contains(String(national.prefix(2))) ? 2 : 3
        let area = national.prefix(areaLength)
        let subscriber = national.dropFirst(areaLength)
        if subscriber.count >= 7 {
            return "(0\(area)) \(subscriber.dropLast(4))-\(subscriber.suffix(4))"
        }
        return "(0\(area)) \(subscriber)"
    }
}

extension Character {
    /// One of 0–9 alone. (`("0"..."9").contains(c)` is also true for a digit with a combining
    /// mark, like "0\u{033E}", which sorts between "0" and "1": the fuzzer found it.)
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
