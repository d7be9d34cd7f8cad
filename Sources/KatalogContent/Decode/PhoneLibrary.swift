import CPhone

/// Google's libphonenumber (through the CPhone shim): whether a number is valid, its kind, its
/// country and its area. The only Swift code that calls CPhone.
enum PhoneLibrary {
    /// libphonenumber's PhoneNumberType.
    enum Kind: Int32 {
        case fixedLine = 0
        case mobile
        case fixedLineOrMobile
        case tollFree
        case premiumRate
        case sharedCost
        case voip
        case personal
        case pager
        case uan
        case voicemail
        case unknown
    }

    struct Info {
        /// Nil when libphonenumber found no number at all.
        var parsed: Bool
        var countryCode: Int
        var valid: Bool
        var kind: Kind
        var region: String
        var national: String
    }

    /// `text` read as dialled in Indonesia.
    static func parse(_ text: String) -> Info? {
        var info = cphone_info()
        guard cphone_parse(text, "ID", &info) == 0 else { return nil }
        let region = withUnsafeBytes(of: info.region) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let national = withUnsafeBytes(of: info.national) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return Info(
            parsed: info.parse_error == 0, countryCode: Int(info.country_code), valid: info.valid != 0,
            kind: Kind(rawValue: info.type) ?? .unknown,

            region: region, national: national)
    }

    /// The geocoder's words for an Indonesian number's area (a landline's city), in `language`.
    static func area(national: String, language: String) -> String? {
        var out = [CChar](repeating: 0, count: 256)
        guard cphone_describe(62, national, language, "ID", &out, out.count) == 0 else { return nil }
        let text = String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // For a number it cannot place more closely, the geocoder answers the country.
        return text.isEmpty || text == "Indonesia" ? nil : text
    }

    /// The English name of a foreign number's country ("Malaysia"), as the geocoder gives it to a
    /// caller in Indonesia; `region` ("MY") when it has none.
    static func countryName(code: Int, national: String, region: String) -> String {
        var out = [CChar](repeating: 0, count: 256)
        guard cphone_describe(Int32(code), national, "en", "ID", &out, out.count) == 0 else { return region }
        let text = String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? region : text
    }

    /// Whether the Indonesian national number `national` is valid.
    static func isValid(national: String) -> Bool {
        parse("+62" + national).map { $0.parsed && $0.valid && $0.countryCode == 62 } ?? false
    }
}
