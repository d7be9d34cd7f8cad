import Mustache

/// A value a template reads: a struct of typed, stored values that answers swift-mustache's
/// lookups itself (`MustacheParent.child(named:)`, a `switch` on the key), so no `Mirror` and no
/// dictionary is involved, and that lists its keys in a fixed order for its fingerprint.
///
/// The rules it follows come from swift-mustache: its `Mirror` lookup would see stored properties
/// only, and a key whose value is missing falls through to a key of the same name further out in
/// the context (a card's `photo` would find the page's). So every key a view lists answers with a
/// value, `false` when there is nothing (`orFalse`), as docs/content.md promises. Values are `Text`
/// (escaped), `Bool`, `Int`, other views, and arrays of views.
package protocol TemplateView: MustacheParent, TemplateValue {
    /// The keys `child(named:)` answers, in a fixed order. Each is the snake_case name of one
    /// stored property (a test checks both directions).
    static var keys: [String] { get }
}

extension TemplateView {
    package func digest(into digest: inout Fingerprint.Builder) {
        digest.add(byte: 5)
        for key in Self.keys {
            digest.add(key)
            Self.digest(child(named: key), into: &digest)
        }
    }

    static func digest(_ value: Any?, into digest: inout Fingerprint.Builder) {
        // Every value a view answers with is a TemplateValue; the views' tests check it.
        (value as! any TemplateValue).digest(into: &digest)
    }
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

extension Optional where Wrapped: TemplateValue {
    /// The value, or `false` when there is none: a missing key would fall through to an outer one.
    package var orFalse: any TemplateValue { self ?? false }
}
