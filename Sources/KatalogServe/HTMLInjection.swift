/// Puts the server's own markup into a page as it is sent: the problems banner just after the
/// `<body …>` start tag, the live-reload script just before the last `</body>`. A page without
/// those tags (both are optional in HTML) gets them at the end, still inside the document.
/// Works on the bytes (UTF-8; the tags are ASCII), matching tag names in any case.
package enum HTMLInjection {
    package static func inject(banner: String?, script: String, into page: [UInt8]) -> [UInt8] {
        let end = lastBodyEnd(in: page) ?? page.count
        let bannerAt = banner == nil ? end : (bodyStartEnd(in: page).flatMap { $0 <= end ? $0 : nil } ?? end)
        var result: [UInt8] = []
        result.reserveCapacity(page.count + script.utf8.count + (banner?.utf8.count ?? 0))
        result += page[..<bannerAt]
        if let banner { result += banner.utf8 }
        result += page[bannerAt..<end]
        result += script.utf8
        result += page[end...]
        return result
    }

    /// The index just after the `>` of the first `<body` start tag, skipping quoted attribute
    /// values; nil when there is none.
    static func bodyStartEnd(in page: [UInt8]) -> Int? {
        var index = 0
        while let start = find(Array("<body".utf8), in: page, from: index) {
            let next = start + 5
            guard next < page.count else { return nil }
            let after = page[next]
            guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || isSpace(after) else {
                index = next
                continue
            }
            var quote: UInt8? = nil
            var i = next
            while i < page.count {
                let byte = page[i]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return i + 1
                }
                i += 1
            }
            return nil
        }
        return nil
    }

    /// The index of the last `</body`, or nil.
    static func lastBodyEnd(in page: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        guard page.count >= tag.count else { return nil }
        for start in stride(from: page.count - tag.count, through: 0, by: -1) where matches(tag, in: page, at: start) {
            return start
        }
        return nil
    }

    private static func find(_ tag: [UInt8], in page: [UInt8], from: Int) -> Int? {
        guard page.count >= tag.count, from <= page.count - tag.count else { return nil }
        for start in from...(page.count - tag.count) where matches(tag, in: page, at: start) { return start }
        return nil
    }

    /// Whether `tag` (lower-case ASCII) is at `start`, in any case.
    private static func matches(_ tag: [UInt8], in page: [UInt8], at start: Int) -> Bool {
        for (offset, byte) in tag.enumerated() {
            let found = page[start + offset]
            let lower = (0x41...0x5A).contains(found) ? found | 0x20 : found
            if lower != byte { return false }
        }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
