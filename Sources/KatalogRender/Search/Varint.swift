/// Whole numbers written as short text for the search index: five bits a character, low bits
/// first, the sixth bit saying that more follow, in an alphabet JSON never escapes
/// (`0-9A-Za-z-_`). Small numbers (most deltas) take one character.
package enum Varint {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    /// The numbers, one after the other.
    package static func encode<S: Sequence>(_ values: S) -> String where S.Element == Int {
        var out: [UInt8] = []
        for value in values {
            precondition(value >= 0, "the index holds no negative numbers")
            var rest = value
            repeat {
                let low = rest & 31
                rest >>= 5
                out.append(alphabet[low | (rest > 0 ? 32 : 0)])
            } while rest > 0
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Ascending numbers as the differences between them (the first from 0).
    package static func encodeAscending(_ values: [Int]) -> String {
        var previous = 0
        return encode(
            values.map { value in
                defer { previous = value }
                return value - previous
            })
    }

    /// The numbers back (for tests; the search script does this).
    package static func decode(_ text: String) -> [Int] {
        var values: [Int] = []
        var value = 0
        var shift = 0
        for byte in text.utf8 {
            let digit = alphabet.firstIndex(of: byte)!
            value |= (digit & 31) << shift
            if digit & 32 != 0 {
                shift += 5
            } else {
                values.append(value)
                (value, shift) = (0, 0)
            }
        }
        return values
    }
}
