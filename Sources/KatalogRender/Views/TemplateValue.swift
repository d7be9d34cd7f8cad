/// What a template value adds to a page's fingerprint: everything it shows.
package protocol TemplateValue: Sendable {
    func digest(into digest: inout Fingerprint.Builder)
}

extension Text: TemplateValue {
    package func digest(into digest: inout Fingerprint.Builder) {
        digest.add(byte: 1)
        digest.add(html)
    }
}

extension Bool: TemplateValue {
    package func digest(into digest: inout Fingerprint.Builder) { digest.add(byte: self ? 2 : 3) }
}

extension Int: TemplateValue {
    package func digest(into digest: inout Fingerprint.Builder) {
        digest.add(byte: 4)
        digest.add(int: self)
    }
}

extension Array: TemplateValue where Element: TemplateValue {
    package func digest(into digest: inout Fingerprint.Builder) {
        digest.add(byte: 6)
        digest.add(int: count)
        for item in self { item.digest(into: &digest) }
    }
}
