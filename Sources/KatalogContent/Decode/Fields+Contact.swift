extension Fields {
    /// phone, whatsapp, email and website, each checked.
    mutating func contact(requirePhone: Bool) -> Contact {
        let phone = phoneNumber("phone")
        let whatsapp = phoneNumber("whatsapp")
        if let whatsapp, !whatsapp.value.isMobile {
            diagnostics.warning(whatsapp.location, .whatsappNotMobile(display: whatsapp.value.display))
        }
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
        switch PhoneNumber.parse(raw.text) {
        case .success(let number):
            return Located(number, at: raw.location)
        case .failure(.invalidCharacter(let c)):
            diagnostics.error(raw.location, .phoneInvalidCharacter(key: key, value: raw.text, character: String(c)))
        case .failure(.notIndonesian):
            diagnostics.error(raw.location, .phoneNotIndonesian(key: key, value: raw.text))
        case .failure(.wrongLength(let digits)):
            diagnostics.error(raw.location, .phoneWrongLength(key: key, value: raw.text, digits: digits))
        }
        return nil
    }
}
