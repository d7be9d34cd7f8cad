import Foundation

/// File-name slugs (`batik-gorga`) and the slugs motif names fold to.
package enum Slug {
    /// `[a-z0-9]+(-[a-z0-9]+)*`.
    package static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug.first != "-", slug.last != "-", !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { isSlugScalar($0) || $0 == "-" }
    }

    private static func isSlugScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "0" && s <= "9")
    }

    /// The slug of a free-form name: Unicode NFKD, combining marks dropped, lowercased, whitespace,
    /// `-` and `_` become `-`, any other character outside `[a-z0-9]` dropped, `-` collapsed and
    /// trimmed. `Batik Gorga` and `batik  GÖRGA` both give `batik-gorga`. May be empty.
    package static func make(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingDash = false
        for s in fold(name).unicodeScalars {
            if isSlugScalar(s) {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(s)
            } else if s == "-" || s == "_" || s.properties.isWhitespace {
                pendingDash = true
            }
        }
        return String(out)
    }

    /// NFKD, without combining marks, lowercased: the key for grouping and for sorting by name
    /// case- and accent-insensitively. Pure Unicode data, no locale, so every machine agrees.
    package static func fold(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for s in decomposed.unicodeScalars
        where s.properties.canonicalCombiningClass == .notReordered
            && !s.properties.isGraphemeExtend
        {
            scalars.append(s)
        }
        return String(scalars).lowercased()
    }

    /// Orders names case- and accent-insensitively, ties broken by code points so that the order is
    /// total and the same on every machine.
    package static func nameOrder(_ a: String, _ b: String) -> Bool {
        nameOrder(a, folded: fold(a), b, folded: fold(b))
    }

    /// `nameOrder` with the folds already made (sorting folds each name once, not per comparison).
    static func nameOrder(_ a: String, folded fa: String, _ b: String, folded fb: String) -> Bool {
        if fa != fb { return fa.unicodeScalars.lexicographicallyPrecedes(fb.unicodeScalars) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
