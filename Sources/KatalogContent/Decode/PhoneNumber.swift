/// An Indonesian phone number, stored as its national significant digits (without 0 or +62).
/// libphonenumber (`PhoneLibrary`) decides whether it is valid, its kind and its area; katalog
/// keeps its own display (docs/content.md §5), so pages do not change with the library's version.
package struct PhoneNumber: Hashable, Sendable {
    /// National significant number: `81234567890` for 0812-3456-7890.
    package let national: String
    package let kind: Kind
    /// A landline's area as the library's geocoder names it, in Indonesian and in English
    /// (`Medan`; it may say `Mojokerto/Jombang`); nil for other kinds.
    package let areaID: String?
    package let areaEN: String?
    /// What the number was accepted with but should be written differently (warnings).
    package let notes: [Note]

    package enum Kind: String, Sendable {
        case mobile, fixedLine, fixedLineOrMobile, tollFree, premiumRate, sharedCost, other
    }

    /// Accepted, with a warning.
    package enum Note: Hashable, Sendable {
        /// `812-3456-7890`: a national number without its 0; `written` is how to write it.
        case withoutZero(written: String)
        /// `62 21 …` read as +62, though `0` + the same digits is a valid landline too.
        case ambiguous62(landline: String)
    }

    /// A number from its national digits, its kind guessed from the first digit (tests, fixtures).
    package init?(national: String) {
        guard (7...12).contains(national.count), national.allSatisfy(\.isASCIIDigit), national.first != "0" else {
            return nil
        }
        self.init(national: national, kind: national.first == "8" ? .mobile : .fixedLine)
    }

    init(national: String, kind: Kind, areaID: String? = nil, areaEN: String? = nil, notes: [Note] = []) {
        self.national = national
        self.kind = kind
        self.areaID = areaID
        self.areaEN = areaEN
        self.notes = notes
    }

    package static func == (a: PhoneNumber, b: PhoneNumber) -> Bool { a.national == b.national }
    package func hash(into hasher: inout Hasher) { hasher.combine(national) }

    /// `+6281234567890`, for `tel:` links.
    package var e164: String { "+62" + national }
    /// `6281234567890`, for wa.me links.
    package var international: String { "62" + national }
    /// A number WhatsApp can reach: a mobile (or a number the plan does not tell from one).
    package var isMobile: Bool { kind == .mobile || kind == .fixedLineOrMobile }

    /// The area shown next to a landline, in the site's language.
    package func area(in language: Language) -> String? { language == .id ? areaID : areaEN }

    /// Why a number is refused.
    package enum ParseError: Error, Equatable {
        /// `WA: 0812…`: a label before the number.
        case label(String)
        /// `0812… ext. 12`, `pes. 12`: an extension after it.
        case extensionPart(String)
        /// Letters anywhere else (`0812 3456 ABC`).
        case letters(String)
        case invalidCharacter(Character)
        /// No digits to read.
        case notANumber
        /// A valid number of another country: its name and calling code.
        case foreign(country: String, code: Int)
        /// Too short or too long for its kind (mobile or landline).
        case tooShort(mobile: Bool)
        case tooLong(mobile: Bool)
        /// The right length but no such number (an area code that does not exist).
        case invalid
        /// A toll-free, premium-rate or shared-cost number, or one the plan does not place:
        /// refused for `whatsapp`, a warning for `phone` (`Fields.contact` decides).
        case service(Kind, PhoneNumber)
    }

    /// Area codes with two digits after the 0 (Jakarta, Bandung, Semarang, Surabaya, Medan); all
    /// other fixed-line area codes have three.
    static let twoDigitAreaCodes: Set<String> = ["21", "22", "24", "31", "61"]

    /// The national form people dial: `0812-3456-7890` for mobiles, `(061) 786-5521` and
    /// `(0321) 593102` for fixed lines.
    package var display: String {
        if national.first == "8" {
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
