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
