/// Checks for email addresses and web sites written in front matter.
package enum WebAddress {
    /// `name@domain.tld`: one @, no spaces, quotes or angle brackets, a dot in the domain; no `?`
    /// or `#`, which would add a subject or body to the `mailto:` link the page makes of it.
    package static func isEmail(_ text: String) -> Bool {
        let forbidden: Set<Character> = [
            " ", "\"", "'", "<", ">", "(", ")", ",", ";", ":", "\\", "[", "]", "`", "?", "#",
        ]
        guard
            !text.contains(where: { forbidden.contains($0) || $0.isWhitespace || $0.unicodeScalars.first!.value < 0x20 }
            )
        else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.first != "-" && $0.last != "-" }) else {
            return false
        }
        return labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// An absolute `http` or `https` URL with a host and no spaces or quotes.
    package static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        let forbidden: Set<Character> = [" ", "\"", "'", "<", ">", "\\", "`", "{", "}", "|", "^"]
        guard
            !text.contains(where: { forbidden.contains($0) || $0.isWhitespace || $0.unicodeScalars.first!.value < 0x20 }
            )
        else {
            return false
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostName = host.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
        return !hostName.isEmpty && (hostName.contains(".") || hostName == "localhost")
    }
}
