import KatalogContent

/// Call, WhatsApp, email and web links: `partials/contact`. Each is false when absent; `any` says
/// whether there is one at all.
package struct ContactView: TemplateView {
    /// A number to call or to chat with: `display`, `href`.
    package struct Number: TemplateView {
        package var display: Text
        package var href: Text

        package static let keys = ["display", "href"]

        package func child(named key: String) -> Any? {
            switch key {
            case "display": display
            case "href": href
            default: nil
            }
        }
    }

    /// `address`, `href`.
    package struct Email: TemplateView {
        package var address: Text
        package var href: Text

        package static let keys = ["address", "href"]

        package func child(named key: String) -> Any? {
            switch key {
            case "address": address
            case "href": href
            default: nil
            }
        }
    }

    /// `href`, `label` (the address without its scheme).
    package struct Website: TemplateView {
        package var href: Text
        package var label: Text

        package static let keys = ["href", "label"]

        package func child(named key: String) -> Any? {
            switch key {
            case "href": href
            case "label": label
            default: nil
            }
        }
    }

    package var phone: Number?
    package var whatsapp: Number?
    package var email: Email?
    package var website: Website?
    package var any: Bool

    package static let keys = ["phone", "whatsapp", "email", "website", "any"]

    package func child(named key: String) -> Any? {
        switch key {
        case "phone": phone.orFalse
        case "whatsapp": whatsapp.orFalse
        case "email": email.orFalse
        case "website": website.orFalse
        case "any": any
        default: nil
        }
    }

    /// The WhatsApp message names `subject`.
    package init(_ contact: Contact, subject: String, in page: PageContext) {
        phone = contact.phone.map { Number(display: Text($0.display), href: Text(Formatting.telHref($0))) }
        whatsapp = contact.whatsapp.map {
            let message = page.words.whatsAppMessage(about: subject, site: page.catalog.site.title)
            return Number(display: Text($0.display), href: Text(Formatting.whatsAppHref($0, message: message)))
        }
        email = contact.email.map { Email(address: Text($0), href: Text("mailto:" + $0)) }
        website = contact.website.map { address in
            var label = Substring(address)
            for scheme in ["https://", "http://"] where label.hasPrefix(scheme) {
                label = label.dropFirst(scheme.count)
                break
            }
            if label.hasSuffix("/") { label = label.dropLast() }
            return Website(href: Text(address), label: Text(String(label)))
        }
        any = !contact.isEmpty
    }
}
