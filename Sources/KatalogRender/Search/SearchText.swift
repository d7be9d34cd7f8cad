import KatalogContent

/// How the search index and the search script cut text into words: NFKD, accents dropped,
/// lowercased (`Slug.fold`), split at everything but `a`–`z` and `0`–`9`. The script does the same
/// to a query (`normalize('NFKD')`, combining marks removed, lowercased, split), so `Gorga`,
/// `gorga` and `GÖRGA` find each other.
package enum SearchText {
    /// The words of `text`, in order, repeats kept; single letters dropped (numbers kept).
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count > 1 || (current.count == 1 && current.first!.properties.numericType != nil) {
                words.append(String(current))
            }
            current.removeAll()
        }
        // Plain ASCII (nearly every name) needs no Unicode folding: lowercasing is the whole fold.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : Slug.fold(text)
        for s in folded.unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "0" && s <= "9") { current.append(s) } else { flush() }
        }
        flush()
        return words
    }
}
