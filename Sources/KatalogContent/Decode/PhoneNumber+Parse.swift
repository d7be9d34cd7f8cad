extension PhoneNumber {
    /// Reads the ways Indonesians write numbers (docs/content.md §5): `0812-3456-7890`,
    /// `0823 3144 5678`, `0852.3066.7123`, `+62 812 3456 7890`, `(+62) 813-…`, `+62 (0)812…`,
    /// `0062 812…`, `62812…`, `(061) 786 5521`, copied with any dash, space or invisible mark.
    /// libphonenumber decides validity and kind; katalog's own rules, where it is stricter or kinder:
    /// copy-paste characters are normalised first; labels, extensions and letters are refused with
    /// the part to remove; `00` starts an international number (the library's metadata knows only
    /// 008 and 009); `62…` without `+` is `+62…` (a warning when `062…` is a landline too); a
    /// national number without its 0 is accepted with a warning.
    package static func parse(_ text: String) -> Result<PhoneNumber, ParseError> {
        let written = normalised(text)
        if let problem = wordProblem(in: written) { return .failure(problem) }
        var plus = false
        var digits = ""
        for c in written {
            if c.isASCIIDigit {
                digits.append(c)
            } else if c == "+", digits.isEmpty, !plus {
                // `+62 …` and `(+62) …`: the plus before the first digit.
                plus = true
            } else if !" -.()".contains(c) {
                return .failure(.invalidCharacter(c))
            }
        }
        guard !digits.isEmpty else { return .failure(.notANumber) }
        var query: String
        var notes: [Note] = []
        var withoutZero = false
        if plus {
            query = "+" + digits
        } else if digits.hasPrefix("00") {
            query = "+" + digits.dropFirst(2)
        } else if digits.hasPrefix("62") {
            query = "+" + digits
            if let landline = PhoneLibrary.parse("0" + digits), landline.parsed, landline.valid,
                landline.countryCode == 62, landline.kind == .fixedLine
            {
                notes.append(.ambiguous62(landline: PhoneNumber(national: landline.national, kind: .fixedLine).display))
            }
        } else {
            query = digits
            withoutZero = !digits.hasPrefix("0")
        }
        // `+62 (0)812…`: the trunk 0 written after the country code.
        if query.hasPrefix("+620"), query.count > 5 { query = "+62" + query.dropFirst(4) }
        guard let info = PhoneLibrary.parse(query), info.parsed else { return .failure(.notANumber) }
        guard info.countryCode == 62 else {
            guard !["", "ZZ", "001"].contains(info.region) else { return .failure(.invalid) }
            let country = PhoneLibrary.countryName(code: info.countryCode, national: info.national, region: info.region)
            return .failure(.foreign(country: country, code: info.countryCode))
        }
        let national = info.national
        // Mobile numbers start with 8 after the 0 or +62 (as written: the library may keep the 0 of
        // a number too short to place).
        let mobile =
            (query.hasPrefix("+62") ? query.dropFirst(3) : query.dropFirst(query.hasPrefix("0") ? 1 : 0))
            .first == "8"
        guard info.valid else { return .failure(lengthProblem(national, mobile: mobile)) }
        let kind: Kind =
            switch info.kind {
            case .mobile: .mobile
            case .fixedLine: .fixedLine
            case .fixedLineOrMobile: .fixedLineOrMobile
            case .tollFree: .tollFree
            case .premiumRate: .premiumRate
            case .sharedCost: .sharedCost
            default: .other
            }
        if withoutZero { notes.append(.withoutZero(written: PhoneNumber(national: national, kind: kind).display)) }
        let number = PhoneNumber(
            national: national, kind: kind,
            areaID: kind == .fixedLine ? PhoneLibrary.area(national: national, language: "id") : nil,
            areaEN: kind == .fixedLine ? PhoneLibrary.area(national: national, language: "en") : nil, notes: notes)
        guard [.mobile, .fixedLine, .fixedLineOrMobile].contains(kind) else { return .failure(.service(kind, number)) }
        return .success(number)
    }

    /// Why an invalid national number is invalid, in words a producer understands: too short when
    /// some longer number that starts with its digits is valid (`0812-3456` → `0812-3456-00…`), too
    /// long when its beginning is, else no such number (an area code that does not exist). The
    /// library's own length check answers "possible" for most of these.
    static func lengthProblem(_ national: String, mobile: Bool) -> ParseError {
        if national.count < 12,
            (national.count + 1...12).contains(where: {
                PhoneLibrary.isValid(national: national + String(repeating: "0", count: $0 - national.count))
            })
        {
            return .tooShort(mobile: mobile)
        }
        if national.count > 7,
            (7..<national.count).contains(where: { PhoneLibrary.isValid(national: String(national.prefix($0))) })
        {
            return .tooLong(mobile: mobile)
        }
        return .invalid
    }

    /// Every dash and hyphen becomes `-`, every space a space; direction marks, zero-width
    /// characters and other invisible ones go: what word processors and phones put in a copied
    /// number.
    static func normalised(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .dashPunctuation: out.append("-")
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: out.append(" ")
            case .format: continue
            case .control where scalar == "\t": out.append(" ")
            default: out.append(scalar == "\u{2212}" ? "-" : scalar)
            }
        }
        return String(out).trimmingWhitespace()
    }

    /// A label (`WA:`), an extension (`ext. 12`, `pes. 12`) or other letters, with the part to
    /// remove.
    static func wordProblem(in text: String) -> ParseError? {
        guard text.contains(where: \.isLetter) else { return nil }
        if let colon = text.firstIndex(of: ":"), text[..<colon].contains(where: \.isLetter),
            !text[..<colon].contains(where: \.isNumber)
        {
            return .label(String(text[...colon]))
        }
        if let match = text.firstMatch(of: /(?i)(ext|ekst|pes|x)\.?\s*[0-9]+$/) {
            return .extensionPart(String(text[match.range]))
        }
        // The letters and what follows them in the same word, to the end: `(Bu Sri)`.
        let first = text.firstIndex(where: \.isLetter)!
        let start = text[..<first].lastIndex(where: \.isWhitespace).map { text.index(after: $0) } ?? text.startIndex
        return .letters(String(text[start...]))
    }
}
