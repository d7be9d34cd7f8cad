import KatalogQR

/// A QR code drawn in a terminal with Unicode half blocks (`▀ ▄ █`): two rows of modules a line,
/// so a square code looks square in a terminal's tall cells. With the standard 4-module quiet
/// zone, a LAN URL (version 2 or 3) takes about 33 columns and 17 lines.
package enum TerminalQR {
    package enum Colours: Sendable {
        /// Black on white with ANSI colour codes: right on any terminal background. For a terminal.
        case ansi
        /// No colour codes; the light modules are drawn, so the code is right on a dark background
        /// with light text (most terminals). For output that is not a terminal.
        case lightOnDark
        /// No colour codes; the dark modules are drawn, for a light background with dark text.
        case darkOnLight
    }

    /// The lines of the code of `text` (low error correction: a screen does not smudge, and a
    /// smaller code is easier to scan), or nil when the text cannot be encoded.
    package static func lines(_ text: String, colours: Colours = .ansi) -> [String]? {
        guard let code = QRCode(text: text, correction: .low) else { return nil }
        let quiet = QRCode.quietZone
        let extent = code.extent
        func dark(_ x: Int, _ y: Int) -> Bool {
            let (column, row) = (x - quiet, y - quiet)
            guard (0..<code.size).contains(column), (0..<code.size).contains(row) else { return false }
            return code.isDark(x: column, y: row)
        }
        // The glyph's ink is dark modules, but light modules on a dark background without colours.
        let inkIsDark = colours != .lightOnDark
        var lines: [String] = []
        for y in stride(from: 0, to: extent, by: 2) {
            var line = colours == .ansi ? "\u{1B}[30;107m" : ""
            for x in 0..<extent {
                // A missing last row (odd extent) is light, like the quiet zone.
                let top = dark(x, y) == inkIsDark
                let bottom = (y + 1 < extent ? dark(x, y + 1) : false) == inkIsDark
                line += top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")
            }
            lines.append(colours == .ansi ? line + "\u{1B}[0m" : line)
        }
        return lines
    }
}
