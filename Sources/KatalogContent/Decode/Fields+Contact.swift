extension Fields {
    /// phone, whatsapp, email and website, each checked.
    mutating func contact(requirePhone: Bool) -> Contact {
        let phone = phoneNumber("phone")
        let whatsapp = phoneNumber("whatsapp")
        if requirePhone, !hasValue("phone"), !hasValue("whatsapp") {
            diagnostics.error(fileStart, .missingPhone)
        }
        var email: String?
        if let raw = string("email") {
            if WebAddress.isEmail(raw.value) {
                email = raw.value
            } else {
                diagnostics.error(raw.location, .invalidEmail(value: raw.value))
            }
        }
        var website: String?
        if let raw = string("website") {
            if WebAddress.isWebURL(raw.value) {
                website = raw.value
            } else {
                diagnostics.error(raw.location, .invalidWebsite(value: raw.value))
            }
        }
        return Contact(phone: phone?.value, whatsapp: whatsapp?.value, email: email, website: website)
    }

    mutating func phoneNumber(_ key: String) -> Located<PhoneNumber>? {
        guard let raw = scalar(key) else { return nil }
        let value = raw.text
        let number: PhoneNumber
        switch PhoneNumber.parse(value) {
        case .success(let parsed):
            number = parsed
        case .failure(.service(let kind, let parsed)):
            let service: Diagnostic.PhoneService =
                switch kind {
                case .tollFree: .tollFree
                case .premiumRate: .premiumRate
                case .sharedCost: .sharedCost
                default: .other
                }
            // WhatsApp cannot reach it; a buyer may still call it, so `phone` keeps it with a warning.
            guard key == "phone" else {
                diagnostics.error(raw.location, .phoneServiceNumber(key: key, value: value, kind: service))
                return nil
            }
            diagnostics.warning(raw.location, .phoneServiceNumber(key: key, value: value, kind: service))
            number = parsed
        case .failure(let error):
            diagnostics.error(raw.location, Self.reason(error, key: key, value: value))
            return nil
        }
        // A landline as WhatsApp: it may be on WhatsApp Business; the link stays, with a warning.
        if key == "whatsapp", number.kind == .fixedLine {
            diagnostics.warning(raw.location, .whatsappNotMobile(display: number.display))
        }
        for note in number.notes {
            switch note {
            case .withoutZero(let written):
                diagnostics.warning(raw.location, .phoneWithoutZero(key: key, value: value, written: written))
            case .ambiguous62(let landline):
                diagnostics.warning(
                    raw.location,
                    .phoneAmbiguous62(
                        key: key, value: value,
                        international: "+62 " + number.display.filter { $0 != "(" && $0 != ")" }.dropFirst(),
                        landline: landline))
            }
        }
        return Located(number, at: raw.location)
    }

    /// The message for a number `PhoneNumber.parse` refused.
    static func reason(_ error: PhoneNumber.ParseError, key: String, value: String) -> Diagnostic.Reason {
        func without(_ part: String) -> String {
            value.replacingOccurrences(of: part, with: "").trimmingWhitespace()
        }
        switch error {
        case .label(let label): return .phoneLabel(key: key, value: value, label: label, rest: without(label))
        case .extensionPart(let part): return .phoneExtension(key: key, value: value, part: part, rest: without(part))
        case .letters(let part): return .phoneLetters(key: key, value: value, part: part)
        case .invalidCharacter(let c): return .phoneInvalidCharacter(key: key, value: value, character: String(c))
        case .notANumber: return .phoneNotANumber(key: key, value: value)
        case .foreign(let country, let code):
            return .phoneNotIndonesian(key: key, value: value, country: country, code: code)
        case .tooShort(let mobile): return .phoneWrongLength(key: key, value: value, tooShort: true, mobile: mobile)
        case .tooLong(let mobile): return .phoneWrongLength(key: key, value: value, tooShort: false, mobile: mobile)
        case .invalid: return .phoneInvalid(key: key, value: value)
        case .service: preconditionFailure("phoneNumber handles service numbers itself")
        }
    }
}
