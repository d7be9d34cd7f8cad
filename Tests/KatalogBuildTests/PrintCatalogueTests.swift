import Foundation
import KatalogBuild
import KatalogQR
import Testing

@testable import KatalogRender

/// The printed catalogue: `print/` and each cluster's A4 pages, what each QR code encodes (by base
/// URL, WhatsApp, phone or nothing), pages of 96 in sheets of 12, and that search engines and the
/// sitemap leave it out. (`PrintQRSlowTests` reads the codes back from the printed page.)
@Suite struct PrintCatalogueTests {
    /// The path of the code of `text`, as the page draws it.
    static func qrPath(_ text: String) throws -> String {
        "<path d=\"\(try #require(QRCode(text: text)).pathData)\"/>"
    }

    @Test func withABaseURLEachCodeIsTheProductsPage() throws {
        let site = try TestSite(["content/site.yml": "title: Katalog Uji\nbase_url: https://katalog.example/toko/\n"])
        #expect(site.build().succeeded)
        let index = try #require(site.output("print/index.html"))
        #expect(index.contains("<li><a href=\"sumut/\">Klaster Batik Sumut</a>"))
        #expect(index.contains("<li><a href=\"sumut/\">Halaman 1</a> · produk 1</li>"))
        let page = try #require(site.output("print/sumut/index.html"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/print.css\">"))
        #expect(site.output("assets/print.css")?.contains("@page { size: A4;") == true)
        #expect(page.contains(try Self.qrPath("https://katalog.example/toko/products/kain-gorga/")))
        #expect(page.contains("role=\"img\" aria-label=\"Kode QR: halaman Kain Gorga\""))
        #expect(page.contains("<figcaption>Pindai untuk melihat produk</figcaption>"))
        #expect(page.contains("<a class=\"print-name\" href=\"../../products/kain-gorga/\">Kain Gorga</a>"))
        #expect(page.contains("<span class=\"price\">Rp450.000</span>"))
        #expect(page.contains("Rumah Batik Sinar<br>WhatsApp 0812-3456-7890"))
        #expect(page.contains("Katalog Uji · Klaster Batik Sumut · Lembar 1 dari 1"))
        // Only the print pages link the print stylesheet; the sitemap leaves them out.
        #expect(site.output("products/kain-gorga/index.html")?.contains("print.css") == false)
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(sitemap.contains("https://katalog.example/toko/products/kain-gorga/"))
        #expect(!sitemap.contains("/print/"))
    }

    /// (Every producer has a phone or WhatsApp number: `check` refuses one without.)
    @Test func withoutABaseURLTheCodesChatOrCall() throws {
        let long = "Kain Batik Tulis Gorga Sutra Merah Hitam dengan Benang Emas dari Medan"
        let site = try TestSite([
            "content/products/kain-panjang.md": "---\nname: \(long)\nproducer: sinar\n---\n",
            "content/producers/telepon.md": "---\nname: Batik Telepon\ncluster: sumut\nphone: 0812-1111-2222\n---\n",
            "content/products/kain-telepon.md": "---\nname: Kain Telepon\nproducer: telepon\n---\n",
        ])
        #expect(site.build().succeeded)
        let page = try #require(site.output("print/sumut/index.html"))
        #expect(
            page.contains(
                try Self.qrPath("https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20Kain%20Gorga.")))
        // A long name is cut at a word, at most 40 characters with the ellipsis.
        #expect(
            page.contains(
                try Self.qrPath(
                    "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20"
                        + "Kain%20Batik%20Tulis%20Gorga%20Sutra%20Merah%E2%80%A6.")))
        #expect(page.contains("aria-label=\"Kode QR: chat WhatsApp dengan Rumah Batik Sinar tentang Kain Gorga\""))
        #expect(page.contains("<figcaption>Pindai untuk chat WhatsApp</figcaption>"))
        #expect(page.contains(try Self.qrPath("tel:+6281211112222")))
        #expect(page.contains("<figcaption>Pindai untuk menelepon</figcaption>"))
        #expect(page.contains("Batik Telepon<br>Telepon 0812-1111-2222"))
        let cards = page.components(separatedBy: "<li class=\"print-card\">").dropFirst()
        #expect(cards.count == 3 && cards.allSatisfy { $0.contains("<svg ") })
    }

    /// 100 products: a first page of 96 in 8 sheets of 12, a second of 4 on sheet 9.
    @Test func pagesOf96InSheetsOf12() throws {
        var files: [String: String] = [:]
        for n in 1...100 {
            files["content/products/kain-\(n).md"] = "---\nname: Kain \(n)\nproducer: sinar\n---\n"
        }
        let site = try TestSite(files)
        #expect(site.build().succeeded)
        let first = try #require(site.output("print/sumut/index.html"))
        #expect(first.components(separatedBy: "<li class=\"print-card\">").count - 1 == 96)
        #expect(first.components(separatedBy: "<section class=\"sheet\"").count - 1 == 8)
        #expect(first.contains("Klaster Batik Sumut · Lembar 8 dari 9"))
        #expect(first.contains("<a href=\"page/2/\" rel=\"next\">"))
        let second = try #require(site.output("print/sumut/page/2/index.html"))
        #expect(second.components(separatedBy: "<li class=\"print-card\">").count - 1 == 5)
        #expect(second.contains("<section class=\"sheet\" aria-label=\"Klaster Batik Sumut · Lembar 9 dari 9\">"))
        #expect(second.contains("<title>Katalog cetak: Klaster Batik Sumut, halaman 2 – Katalog Uji</title>"))
        let index = try #require(site.output("print/index.html"))
        #expect(index.contains("<a href=\"sumut/\">Halaman 1</a> · produk 1–96"))
        #expect(index.contains("<a href=\"sumut/page/2/\">Halaman 2</a> · produk 97–101"))
    }

    /// The print pages ask search engines not to index them, through the layout's `head` block
    /// (a layout with one, until the theme's own has it); no other page does.
    @Test func printPagesAreNoindex() throws {
        let layout = try #require(DefaultTheme.files.first { $0.0 == "layout.mustache" }?.1)
        let withHead =
            layout.contains("{{$head}}")
            ? layout
            : layout.replacingOccurrences(
                of: "</head>", with: "{{$head}}{{/head}}\n</head>")
        let site = try TestSite(["templates/layout.mustache": withHead])
        #expect(site.build(BuildOptions(templates: "templates")).succeeded)
        for path in ["print/index.html", "print/sumut/index.html"] {
            #expect(site.output(path)?.contains("<meta name=\"robots\" content=\"noindex\">\n") == true, "\(path)")
        }
        for (path, data) in site.tree() where path.hasSuffix(".html") && !path.hasPrefix("print/") {
            #expect(!String(decoding: data, as: UTF8.self).contains("robots"), "\(path)")
        }
    }
}
