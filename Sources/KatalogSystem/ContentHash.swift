/// A 128-bit digest of a file's bytes, the same on every run and machine: the key of the
/// decoded-entry cache, so an edited file is decoded again and an untouched one is not, whatever
/// its modification time says. Two independent 64-bit lanes over 8-byte words (multiply, rotate,
/// fold, after the style of xxHash), with the length folded in; fast rather than cryptographic:
/// a stale entry would need both lanes to collide for the same path.
package struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    package var high: UInt64
    package var low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9

    package init<Bytes: Collection>(of bytes: Bytes) where Bytes.Element == UInt8 {
        var a: UInt64 = 0x6A09_E667_F3BC_C908
        var b: UInt64 = 0xBB67_AE85_84CA_A73B
        func round(_ lane: inout UInt64, _ word: UInt64, _ prime: UInt64) {
            lane = (lane ^ (word &* Self.p2)).rotatedLeft(31) &* prime
        }
        let count = bytes.count
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            var offset = 0
            while offset + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                round(&a, word, Self.p1)
                round(&b, word ^ 0x5555_5555_5555_5555, Self.p3)
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            round(&a, tail, Self.p1)
            round(&b, tail ^ 0x5555_5555_5555_5555, Self.p3)
            return true
        }
        if done == nil {
            self.init(of: Array(bytes))
            return
        }
        round(&a, UInt64(count), Self.p3)
        round(&b, UInt64(count), Self.p1)
        self.init(high: Self.avalanche(a ^ (b >> 17)), low: Self.avalanche(b ^ (a >> 23)))
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }

    /// 32 hex digits.
    package var description: String { Self.hex(high) + Self.hex(low) }

    package init?(_ text: Substring) {
        guard text.count == 32, let h = UInt64(text.prefix(16), radix: 16), let l = UInt64(text.suffix(16), radix: 16)
        else { return nil }
        self.init(high: h, low: l)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ bits: UInt64) -> UInt64 { (self << bits) | (self >> (64 - bits)) }
}
