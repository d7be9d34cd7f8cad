import KatalogContent

/// Fills the placeholders a body was rendered with (`href="katalog:<n>"`, `src="katalog:<n>"`) with
/// the relative address of link `n`'s target, from the page that shows the body.
enum BodyLinks {
    static func fill(_ body: Body, links: Links) -> String {
        guard !body.links.isEmpty else { return body.html }
        let html = Array(body.html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.count + body.links.count * 16)
        var i = 0
        let markers = [Array("href=\"\(Body.placeholderScheme)".utf8), Array("src=\"\(Body.placeholderScheme)".utf8)]
        scan: while i < html.count {
            for marker in markers where html[i] == marker[0] && html[i...].starts(with: marker) {
                // Only cmark's own attributes start this way: in text and attribute values a quote is
                // always written as &quot;.
                let digits = i + marker.count
                var j = digits
                var number = 0
                // At most 9 digits: a body has far fewer links, and the number cannot overflow.
                while j < html.count, j - digits < 9, html[j] >= 0x30, html[j] <= 0x39 {
                    number = number * 10 + Int(html[j] - 0x30)
                    j += 1
                }
                if j > digits, j < html.count, html[j] == UInt8(ascii: "\""), number < body.links.count {
                    let link = body.links[number]
                    let target = links.href(PageContext.route(of: link)) + URLEncoding.fragment(link.fragment)
                    out += marker.dropLast(Body.placeholderScheme.utf8.count)
                    out += Text.escape(target).utf8
                    i = j
                    continue scan
                }
            }
            out.append(html[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
