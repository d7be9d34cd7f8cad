import Foundation
import Testing

/// The printed catalogue's QR codes read back as a phone would read them: each print page opened in
/// headless Chromium, laid out by its print styles on A4's width, each card's code captured as a
/// picture and decoded by `zbarimg` (Debian's zbar-tools): every code must be the link of its own
/// card. Its PDF must have one page a sheet. Slow tests: `make test-slow`.
@Suite(.serialized) struct PrintQRSlowTests {
    /// The pages of a PDF (Chromium writes one `/Type /Page` object a page).
    static func pageCount(_ pdf: Data) -> Int {
        String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page").dropFirst()
            .filter { !$0.hasPrefix("s") }.count
    }

    /// The print page at `url`, laid out for print on A4's width (794 CSS pixels): each card's
    /// product slug with what zbarimg reads in its code (drawn on its own at 2 device pixels a CSS
    /// pixel, as a 600 dpi printer would; nil for a card without a code), its sheets, and the pages of
    /// its PDF.
    static func read(
        _ browser: Chromium, _ url: URL
    ) throws -> (
        cards: [(slug: String, codes: [String]?)], sheets: Int, pdfPages: Int
    ) {
        try browser.open(url.absoluteString)
        let pdfPages = pageCount(try browser.printToPDF())
        try browser.emulate(media: "print", width: 794)
        let script = """
            [...document.querySelectorAll('.print-card')].map(card => {
              const box = card.querySelector('svg.qr')?.getBoundingClientRect();
              return [card.querySelector('.print-name').getAttribute('href'),
                      box ? [box.x + scrollX, box.y + scrollY, box.width, box.height] : []];
            })
            """
        let found = try browser.evaluate(script) as? [[Any]] ?? []
        let cards = try found.map { card in
            let slug = (card[0] as? String)?.split(separator: "/").last.map(String.init) ?? ""
            let box = card[1] as? [Double] ?? []
            guard box.count == 4 else { return (slug, nil as [String]?) }
            // The code with a little of the card around it: its quiet zone is part of the SVG.
            let png = try browser.screenshot(
                x: box[0] - 4, y: box[1] - 4, width: box[2] + 8, height: box[3] + 8, scale: 2)
            return (slug, try ZBar.read(image: png, type: "png"))
        }
        let sheets = try browser.evaluate("document.querySelectorAll('.sheet').length") as? Int ?? 0
        return (cards, sheets, pdfPages)
    }

    @Test func sampleCodesAreTheProductPages() throws {
        let dir = try CLITests.site([:])
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let repository = SearchBrowserSlowTests.repository
        let run = try CLITests.run(
            [
                "build", "--content", repository.appendingPathComponent("content").path, "--templates",
                repository.appendingPathComponent("templates").path, "--output", "public", "--base-url",
                "https://katalog.example/",
            ], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let print = dir.appendingPathComponent("public/print")
        let clusters = try FileManager.default.contentsOfDirectory(atPath: print.path).filter { !$0.hasSuffix(".html") }
        #expect(clusters.count == 5)
        let browser = try Chromium()
        var total = 0
        for cluster in clusters.sorted() {
            let page = try Self.read(browser, print.appendingPathComponent("\(cluster)/index.html"))
            #expect(!page.cards.isEmpty)
            // Every card's code reads as the absolute URL of the card's own product.
            for card in page.cards {
                #expect(card.codes == ["https://katalog.example/products/\(card.slug)/"], "\(cluster)")
            }
            #expect(page.sheets == 1 && page.pdfPages == 1, "\(cluster)")
            total += page.cards.count
        }
        #expect(total == 33)
    }

    /// Without a base URL: a WhatsApp chat naming the product, or a call; 30 products fill two
    /// sheets and start a third, and the PDF has those three pages.
    @Test func withoutABaseURLCodesChatOrCall() throws {
        var files: [String: String] = ["content/site.yml": "title: Katalog Cetak\n"]
        files["content/clusters/sumut.md"] = "---\nname: Klaster Sumut\nprovince: Sumatera Utara\n---\n"
        files["content/producers/sinar.md"] = "---\nname: Sinar\ncluster: sumut\nwhatsapp: 0812-3456-7890\n---\n"
        files["content/producers/toba.md"] = "---\nname: Toba\ncluster: sumut\nphone: 0812-1111-2222\n---\n"
        for n in 1...29 {
            files["content/products/kain-\(n).md"] = "---\nname: Kain Gorga \(n)\nproducer: sinar\nprice: 100000\n---\n"
        }
        files["content/products/ulos.md"] = "---\nname: Ulos Toba\nproducer: toba\n---\n"
        let dir = try CLITests.site(files)
        let run = try CLITests.run(["build", "--content", "content", "--output", "public"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let browser = try Chromium()
        let page = try Self.read(browser, dir.appendingPathComponent("public/print/sumut/index.html"))
        #expect(page.cards.count == 30)
        for card in page.cards {
            let expected =
                card.slug == "ulos"
                ? "tel:+6281211112222"
                : "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20Kain%20Gorga%20"
                    + "\(card.slug.dropFirst("kain-".count))."
            #expect(card.codes == [expected], "\(card.slug)")
        }
        #expect(page.sheets == 3 && page.pdfPages == 3)
    }
}
