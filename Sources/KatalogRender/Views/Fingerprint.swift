/// A 128-bit digest that is the same on every run and machine (Swift's `Hasher` is seeded per
/// process, so it cannot be stored). Two FNV-1a streams with different offsets; not a security
/// hash, but a wrong match would need both 64-bit halves to collide for the same page.
package struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    package var high: UInt64
    package var low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 hex digits.
    package var description: String { Self.hex(high) + Self.hex(low) }

    package init?(_ text: Substring) {
        guard text.count == 32, let h = UInt64(text.prefix(16), radix: 16), let l = UInt64(text.suffix(16), radix: 16)
        else { return nil }
        self.init(high: h, low: l)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    package struct Builder {
        private var a: UInt64 = 0xcbf2_9ce4_8422_2325
        private var b: UInt64 = 0x8422_2325_cbf2_9ce4
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        package init() {}

        package mutating func add(byte: UInt8) {
            a = (a ^ UInt64(byte)) &* Self.prime
            b = (b ^ UInt64(byte &+ 0x5d)) &* Self.prime
        }

        package mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
            for byte in bytes { add(byte: byte) }
        }

        /// A string, with its length first so that concatenations cannot collide.
        package mutating func add(_ text: String) {
            add(int: text.utf8.count)
            add(bytes: text.utf8)
        }

        package mutating func add(int: Int) {
            var value = UInt64(bitPattern: Int64(int))
            for _ in 0..<8 {
                add(byte: UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }

        package func finish() -> Fingerprint { Fingerprint(high: a, low: b) }
    }
}
