/// Percent-encoding for the parts of URLs katalog writes.
package enum URLEncoding {
    /// Each path segment percent-encoded (file names of photos may hold spaces or other
    /// characters); `/` kept.
    package static func path<S: StringProtocol>(_ path: S) -> String {
        if path.utf8.allSatisfy({ isUnreserved($0) || $0 == 0x2F }) { return String(path) }
        return encode(path.utf8) { isUnreserved($0) || $0 == 0x2F }
    }

    /// A query value (the prefilled WhatsApp message): everything but unreserved characters encoded.
    package static func queryValue(_ text: String) -> String { encode(text.utf8, keeping: isUnreserved) }

    /// `Bagian 2` → `#Bagian%202`; nothing for an empty fragment.
    package static func fragment(_ fragment: String) -> String {
        fragment.isEmpty ? "" : "#" + queryValue(fragment)
    }

    /// ALPHA, DIGIT, `-`, `.`, `_`, `~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    private static func encode<S: Sequence>(_ bytes: S, keeping: (UInt8) -> Bool) -> String where S.Element == UInt8 {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            if keeping(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
