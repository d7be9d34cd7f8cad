/// Which link destinations may reach a page.
package enum URLSafety {
    /// Schemes a link from content may use. Everything else (javascript:, data:, vbscript:, file:,
    /// and any scheme we do not know) is refused.
    package static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// True for relative URLs, fragments and the allowed schemes. Browsers ignore ASCII tab and
    /// newline inside a URL and leading control characters and spaces, so those are removed before
    /// the scheme is read (`java\tscript:` is `javascript:`).
    package static func isAllowed(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return true }
        return allowedSchemes.contains(scheme)
    }

    /// The lowercased scheme, or nil for a relative URL.
    package static func scheme(of url: String) -> String? {
        var cleaned: [Unicode.Scalar] = []
        for s in url.unicodeScalars {
            if s == "\t" || s == "\n" || s == "\r" { continue }
            if cleaned.isEmpty, s.value <= 0x20 { continue }
            cleaned.append(s)
        }
        var scheme = ""
        for (i, s) in cleaned.enumerated() {
            if s == ":" { return i == 0 ? "" : scheme.lowercased() }
            let isLetter = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z")
            let isOther = (s >= "0" && s <= "9") || s == "+" || s == "-" || s == "."
            if isLetter || (i > 0 && isOther) {
                scheme.unicodeScalars.append(s)
            } else {
                return nil
            }
        }
        return nil
    }
}
