/// How to reach a cluster or a producer.
package struct Contact: Sendable, Equatable {
    package var phone: PhoneNumber?
    package var whatsapp: PhoneNumber?
    package var email: String?
    package var website: String?

    package init(phone: PhoneNumber? = nil, whatsapp: PhoneNumber? = nil, email: String? = nil, website: String? = nil)
    {
        self.phone = phone
        self.whatsapp = whatsapp
        self.email = email
        self.website = website
    }

    /// Whether there is any way to reach them.
    package var isEmpty: Bool { phone == nil && whatsapp == nil && email == nil && website == nil }
}
