import KatalogQR
import Testing

@testable import KatalogServe

/// The LAN addresses `serve --host 0.0.0.0` prints, and their QR code in a terminal.
@Suite struct LANAndQRTests {
    @Test func addressesWorthPrinting() {
        func interface(_ address: String, up: Bool = true, loopback: Bool = false) -> LANAddress.Interface {
            LANAddress.Interface(name: "if", address: address, isUp: up, isLoopback: loopback)
        }
        let interfaces = [
            interface("127.0.0.1", loopback: true), interface("172.17.0.1"), interface("10.0.0.9"),
            interface("192.168.1.5"), interface("192.168.1.5"), interface("169.254.3.4"), interface("192.168.0.20"),
            interface("100.64.1.2"), interface("192.168.9.9", up: false), interface("127.0.1.1"),
            interface("10.0.0.10"),
        ]
        #expect(
            LANAddress.choose(interfaces) == [
                "192.168.0.20", "192.168.1.5", "10.0.0.9", "10.0.0.10", "172.17.0.1", "100.64.1.2",
            ])
        // What this machine has: IPv4 addresses, never loopback.
        for address in LANAddress.ipv4() {
            #expect(address.split(separator: ".").count == 4 && !address.hasPrefix("127."), "\(address)")
        }
        #expect(LANAddress.interfaces().contains { $0.isLoopback && $0.address == "127.0.0.1" })
    }

    /// The half blocks read back, two module rows a line, give the code's modules in each colour
    /// scheme, with the quiet zone light.
    @Test func terminalCodeShowsTheModules() throws {
        let url = "http://192.168.1.5:8080/sub/"
        let code = try #require(QRCode(text: url, correction: .low))
        for colours in [TerminalQR.Colours.ansi, .lightOnDark, .darkOnLight] {
            let lines = try #require(TerminalQR.lines(url, colours: colours))
            #expect(lines.count == (code.extent + 1) / 2)
            for (row, line) in lines.enumerated() {
                var glyphs = line
                if colours == .ansi {
                    #expect(glyphs.hasPrefix("\u{1B}[30;107m") && glyphs.hasSuffix("\u{1B}[0m"))
                    glyphs = String(glyphs.dropFirst(9).dropLast(4))
                }
                #expect(glyphs.count == code.extent)
                for (x, glyph) in glyphs.enumerated() {
                    let ink: (top: Bool, bottom: Bool) =
                        switch glyph {
                        case "█": (true, true)
                        case "▀": (true, false)
                        case "▄": (false, true)
                        default: (false, false)
                        }
                    for (y, drawn) in [(2 * row, ink.top), (2 * row + 1, ink.bottom)] where y < code.extent {
                        let q = QRCode.quietZone
                        let inside = (q..<q + code.size).contains(x) && (q..<q + code.size).contains(y)
                        let dark = inside && code.isDark(x: x - q, y: y - q)
                        #expect(drawn == (colours == .lightOnDark ? !dark : dark), "\(colours) \(x),\(y)")
                    }
                }
            }
        }
        #expect(TerminalQR.lines("") == nil)
    }
}
