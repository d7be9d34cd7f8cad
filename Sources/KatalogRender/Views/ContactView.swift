import KatalogContent

/// Call, WhatsApp, email and web links: `partials/contact`. Each is false when absent; `any` says
/// whether there is one at all.
package struct ContactView: TemplateView {
    /// A number to call or to chat with: `display`, `href`.
    package struct Number: TemplateView {
        package var display: Text
        package var href: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("display", display)
            fields.field("href", href)
        }
    }

    /// `address`, `href`.
    package struct Email: TemplateView {
        package var address: Text
        package var href: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("address", address)
            fields.field("href", href)
        }
    }

    /// `href`, `label` (the address without its scheme).
    package struct Website: TemplateView {
        package var href: Text
        package var label: Text

        package func fields<F: TemplateFields>(_ fields: inout F) {
            fields.field("href", href)
            fields.field("label", label)
        }
    }

    package var phone: Number?
    package var whatsapp: Number?
    package var email: Email?
    package var website: Website?
    package var any: Bool

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("phone", phone)
        fields.field("whatsapp", whatsapp)
        fields.field("email", email)
        fields.field("website", website)
        fields.field("any", any)
    }

    /// The number as dialled, and a landline's area as libphonenumber's geocoder names it in the
    /// site's language: `(061) 786-5521 · Medan`.
    static func display(_ number: PhoneNumber, language: Language) -> String {
        number.display + (number.area(in: language).map { " · " + $0 } ?? "")
    }

    /// The WhatsApp message asks about `chat` and, when the site has a base URL, carries the
    /// absolute address of `page` (the page the chat is about, not necessarily the one shown).
    package init(_ contact: Contact, chat: Words.ChatSubject, page route: Route?, in page: PageContext) {
        let language = page.catalog.site.language
        phone = contact.phone.map {
            Number(display: Text(Self.display($0, language: language)), href: Text(Formatting.telHref($0)))
        }
        whatsapp = contact.whatsapp.map {
            let message = page.words.whatsAppMessage(
                chat, site: page.catalog.site.title, url: route.flatMap(page.absoluteURL))
            return Number(
                display: Text(Self.display($0, language: language)),
                href: Text(Formatting.whatsAppHref($0, message: message)))
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
