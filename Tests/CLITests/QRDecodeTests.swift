import Foundation
import KatalogQR
import Testing

/// KatalogQR's codes read back by a real decoder, zbarimg: the module matrix drawn as a greyscale
/// picture at 3 pixels a module with its quiet zone. (`PrintQRSlowTests` reads them from printed
/// pages.)
@Suite struct QRDecodeTests {
    /// URLs, as katalog prints, ASCII by construction (a code's bytes carry no character set, and
    /// zbar guesses Shift-JIS for other UTF-8 text), with runs in numeric and alphanumeric modes.
    @Test(arguments: [
        "https://katalog.example/products/batik-tulis-gorga-sutra-merah-hitam/",
        "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20Batik%20Tulis%20Gorga.",
        "tel:+6281234567890", "HTTPS://KATALOG.EXAMPLE/P/12345678901234567890",
    ])
    func zbarReadsTheCodeBack(_ text: String) throws {
        let code = try #require(QRCode(text: text))
        let (scale, quiet) = (3, QRCode.quietZone)
        let side = code.extent * scale
        var pgm = Array("P5\n\(side) \(side)\n255\n".utf8)
        for y in 0..<side {
            for x in 0..<side {
                let (mx, my) = (x / scale - quiet, y / scale - quiet)
                let inside = (0..<code.size).contains(mx) && (0..<code.size).contains(my)
                pgm.append(inside && code.isDark(x: mx, y: my) ? 0 : 255)
            }
        }
        #expect(try ZBar.read(image: Data(pgm), type: "pgm") == [text])
    }
}
