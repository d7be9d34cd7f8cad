import Mustache

/// A value a template reads: a struct of typed, stored values that names each of them once, in
/// `fields`, under its template key. Everything else follows from that one list: its answers to
/// swift-mustache's lookups (`MustacheParent.child(named:)`, no `Mirror`, no dictionary), its
/// fingerprint (typed, with no dynamic casts), and its keys.
///
/// The rules it follows come from swift-mustache: its `Mirror` lookup would see stored properties
/// only, and a key whose value is missing falls through to a key of the same name further out in
/// the context (a card's `photo` would find the page's). So every key a view lists answers with a
/// value: an optional one is `false` when there is nothing, as docs/content.md promises. Values are
/// `Text` (escaped), `Bool`, `Int`, other views, and arrays of views.
package protocol TemplateView: MustacheParent, TemplateValue {
    /// Shows every value to `fields`, each under its key, in a fixed order.
    func fields<F: TemplateFields>(_ fields: inout F)
}

/// What a view shows its values to.
package protocol TemplateFields {
    mutating func field<T: TemplateValue>(_ key: String, _ value: T)
}

extension TemplateFields {
    /// An optional value, `false` when there is none: a missing key would fall through to an
    /// outer one.
    package mutating func field<T: TemplateValue>(_ key: String, _ value: T?) {
        if let value { field(key, value) } else { field(key, false) }
    }
}

extension TemplateView {
    package func child(named key: String) -> Any? {
        var lookup = KeyLookup(key: key)
        fields(&lookup)
        return lookup.value
    }

    package func digest(into digest: inout Fingerprint.Builder) {
        var fields = FieldDigest(digest: digest)
        fields.digest.add(byte: 5)
        self.fields(&fields)
        digest = fields.digest
    }

    /// The keys the view answers, in order.
    package var keys: [String] {
        var list = KeyList()
        fields(&list)
        return list.keys
    }
}

/// Finds the value of one key.
struct KeyLookup: TemplateFields {
    let key: String
    var value: Any?

    init(key: String) { self.key = key }

    mutating func field<T: TemplateValue>(_ key: String, _ value: T) {
        if self.value == nil, key == self.key { self.value = value }
    }
}

/// Adds every key and value to a fingerprint.
struct FieldDigest: TemplateFields {
    var digest: Fingerprint.Builder

    mutating func field<T: TemplateValue>(_ key: String, _ value: T) {
        digest.add(key)
        value.digest(into: &digest)
    }
}

/// Lists the keys.
struct KeyList: TemplateFields {
    var keys: [String] = []

    mutating func field<T: TemplateValue>(_ key: String, _ value: T) { keys.append(key) }
}

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
