/// A 128-bit digest that is the same on every run and machine (Swift's `Hasher` is seeded per
/// process, so it cannot be stored). Two FNV-1a streams with different offsets; not a security
/// hash, but a wrong match would need both 64-bit halves to collide for the same page.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 hex digits.
    public var description: String { Self.hex(high) + Self.hex(low) }

    public init?(_ text: Substring) {
        guard text.count == 32, let h = UInt64(text.prefix(16), radix: 16), let l = UInt64(text.suffix(16), radix: 16)
        else { return nil }
        self.init(high: h, low: l)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public struct Builder {
        private var a: UInt64 = 0xcbf2_9ce4_8422_2325
        private var b: UInt64 = 0x8422_2325_cbf2_9ce4
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        public init() {}

        public mutating func add(byte: UInt8) {
            a = (a ^ UInt64(byte)) &* Self.prime
            b = (b ^ UInt64(byte &+ 0x5d)) &* Self.prime
        }

        public mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
            for byte in bytes { add(byte: byte) }
        }

        /// A string, with its length first so that concatenations cannot collide.
        public mutating func add(_ text: String) {
            add(int: text.utf8.count)
            add(bytes: text.utf8)
        }

        public mutating func add(int: Int) {
            var value = UInt64(bitPattern: Int64(int))
            for _ in 0..<8 {
                add(byte: UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }

        /// Template values: dictionaries by sorted key, arrays in order, each value tagged by type.
        public mutating func add(any value: Any) {
            switch value {
            case let text as String:
                add(byte: 1)
                add(text)
            case let flag as Bool:
                add(byte: flag ? 2 : 3)
            case let number as Int:
                add(byte: 4)
                add(int: number)
            case let dictionary as [String: Any]:
                add(byte: 5)
                add(int: dictionary.count)
                for key in dictionary.keys.sorted() {
                    add(key)
                    add(any: dictionary[key]!)
                }
            case let array as [Any]:
                add(byte: 6)
                add(int: array.count)
                for item in array { add(any: item) }
            default:
                // Every value the renderer builds is one of the above; anything else is a bug.
                preconditionFailure("cannot fingerprint a \(type(of: value))")
            }
        }

        public func finish() -> Fingerprint { Fingerprint(high: a, low: b) }
    }
}
