#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine's addresses that another device on the same network can reach, for
/// `serve --host 0.0.0.0` to print (`http://192.168.1.5:8080/`) and show as a QR code.
package enum LANAddress {
    /// One IPv4 address of a network interface.
    package struct Interface: Equatable, Sendable {
        package var name: String
        package var address: String
        package var isUp: Bool
        package var isLoopback: Bool

        package init(name: String, address: String, isUp: Bool, isLoopback: Bool) {
            self.name = name
            self.address = address
            self.isUp = isUp
            self.isLoopback = isLoopback
        }
    }

    /// The machine's IPv4 addresses that are up and not loopback, best first (`choose`).
    package static func ipv4() -> [String] {
        choose(interfaces())
    }

    /// `http://<address>:<port><basePath>` for each address of `ipv4()`.
    package static func urls(port: UInt16, basePath: String) -> [String] {
        ipv4().map { "http://\($0):\(port)\(basePath)" }
    }

    /// The addresses of `interfaces` worth printing, without repeats: up, not loopback (127/8), not
    /// link-local (169.254/16: no router gave one); home and office networks first (192.168/16,
    /// then 10/8, then 172.16/12, where container bridges also live), then the rest, each group in
    /// numeric order.
    package static func choose(_ interfaces: [Interface]) -> [String] {
        var seen = Set<String>()
        var chosen: [(rank: Int, octets: [Int], address: String)] = []
        for interface in interfaces where interface.isUp && !interface.isLoopback {
            let octets = interface.address.split(separator: ".").compactMap { Int($0) }
            guard octets.count == 4, octets[0] != 127, !(octets[0] == 169 && octets[1] == 254),
                seen.insert(interface.address).inserted
            else { continue }
            let rank =
                switch (octets[0], octets[1]) {
                case (192, 168): 0
                case (10, _): 1
                case (172, 16...31): 2
                default: 3
                }
            chosen.append((rank, octets, interface.address))
        }
        return chosen.sorted { a, b in
            a.rank != b.rank ? a.rank < b.rank : a.octets.lexicographicallyPrecedes(b.octets)
        }
        .map(\.address)
    }

    /// Every IPv4 address of every interface, from `getifaddrs`.
    static func interfaces() -> [Interface] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var interfaces: [Interface] = []
        var next = first
        while let entry = next {
            next = entry.pointee.ifa_next
            guard let socketAddress = entry.pointee.ifa_addr, socketAddress.pointee.sa_family == sa_family_t(AF_INET)
            else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            let ok = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ip4 in
                var address = ip4.pointee.sin_addr
                return inet_ntop(AF_INET, &address, &text, socklen_t(text.count)) != nil
            }
            guard ok else { continue }
            let flags = Int32(entry.pointee.ifa_flags)
            interfaces.append(
                Interface(
                    name: String(cString: entry.pointee.ifa_name),
                    address: String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
                    isUp: flags & Int32(IFF_UP) != 0,
                    isLoopback: flags & Int32(IFF_LOOPBACK) != 0))
        }
        return interfaces
    }
}
