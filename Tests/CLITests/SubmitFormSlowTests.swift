import Foundation
import Testing

/// The submission form (`submit/`) of the sample catalogue in headless Chromium at phone width,
/// opened from disk: a producer fills in a product and the sheet the page makes is written into the
/// catalogue's `products/` folder, where `katalog check` must accept it and the build must publish
/// exactly what was typed; what the page flags must be what `check` says of the same sheet, word
/// for word. Slow tests: `make test-slow` installs Debian's chromium and runs them.
@Suite(.serialized) struct SubmitFormSlowTests {
    static let repository = SearchBrowserSlowTests.repository
    static let whatsApp = "https://wa.me/6281370254418?text="

    /// A copy of the sample catalogue (whose site.yml names the maintainer's number) in a folder of
    /// its own, built with `--links files` into `public/`.
    static func sample() throws -> URL {
        let dir = try CLITests.site([:])
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("content"), to: dir.appendingPathComponent("content"))
        let run = try katalog(["build", "--content", "content", "--output", "public", "--links", "files"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        return dir
    }

    static func katalog(_ arguments: [String], in dir: URL) throws -> CLITests.Run {
        try CLITests.run(arguments + ["--templates", repository.appendingPathComponent("templates").path], in: dir)
    }

    /// Opens the form and waits for its list of producers.
    static func openForm(_ browser: Chromium, in dir: URL) throws {
        try browser.open(dir.appendingPathComponent("public/submit/index.html").absoluteString)
        try browser.wait(
            "document.getElementById('submit').dataset.producers === 'loaded'", what: "the producers to load")
    }

    /// Puts `value` into the field `submit-<name>` as typing or choosing would, and leaves it.
    static func fill(_ browser: Chromium, _ name: String, _ value: String) throws {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: [value]), as: UTF8.self)
        try browser.evaluate(
            """
            { const f = document.getElementById('submit-\(name)'); f.focus(); f.value = \(json)[0];
              f.dispatchEvent(new Event(f.tagName === 'SELECT' ? 'change' : 'input', {bubbles: true})); f.blur() }
            """)
    }

    static func string(_ browser: Chromium, _ expression: String) throws -> String {
        try browser.evaluate(expression) as? String ?? ""
    }

    static func sheet(_ browser: Chromium) throws -> String {
        try string(browser, "document.getElementById('submit-sheet').value")
    }

    /// Writes the page's sheet into the catalogue under the name the page gives it, runs
    /// `katalog check`, and returns what it printed about that file (the messages of
    /// `path:line:col: severity: message`), removing the file again.
    static func check(_ browser: Chromium, in dir: URL) throws -> (status: Int32, messages: [String]) {
        let file = try string(browser, "document.getElementById('submit-download').getAttribute('download')")
        let url = dir.appendingPathComponent("content/products/\(file)")
        try Data(try sheet(browser).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try katalog(["check", "--content", "content"], in: dir)
        let prefix = "content/products/\(file):"
        let messages = run.stderr.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map { line in
            // path:line:col: severity: message
            String(line.split(separator: ": ", maxSplits: 2).dropFirst(2).first ?? "")
        }
        return (run.status, messages)
    }

    static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    @Test func aFilledInFormGivesASheetThatCheckAcceptsAndTheSiteShowsAsTyped() throws {
        let dir = try Self.sample()
        let browser = try Chromium()
        try Self.openForm(browser, in: dir)
        #expect(try browser.evaluate("document.getElementById('submit-no-script').hidden") as? Bool == true)

        // The producer, chosen by typing part of its name: the list offers it with its cluster.
        try browser.evaluate("document.getElementById('submit-producer').focus()")
        try browser.type("sinar")
        let offered =
            try browser.evaluate(
                "[...document.querySelectorAll('#submit-producers option')].map(o => o.value + ' | ' + o.label)")
            as? [String] ?? []
        #expect(offered == ["Rumah Batik Sinar Toba | Klaster Batik Sumut"])
        try Self.fill(browser, "producer", "Rumah Batik Sinar Toba")
        #expect(
            try Self.string(browser, "document.getElementById('submit-producer-code').textContent")
                == "Kode usaha: rumah-batik-sinar-toba")

        // Values YAML would misread if written plainly: quotes, ': ', ' #', a leading '-', 'null'.
        let name = "Batik \"Gorga\": Merah #1 & Ulos"
        try Self.fill(browser, "name", name)
        try Self.fill(browser, "price", "1250000")
        try Self.fill(browser, "technique", "kombinasi")
        try Self.fill(browser, "motifs", "Gorga, Pucuk Rebung")
        try Self.fill(browser, "material", "Sutra: ATBM")
        try Self.fill(browser, "size", "-2,2 m x 1,1 m")
        try Self.fill(browser, "colors", "merah marun, null, hitam ")
        try Self.fill(browser, "description", "Ditulis dengan canting.\n\nCuci dengan tangan: jangan diperas.")
        try browser.wait(
            "document.getElementById('submit-status').textContent.startsWith('Lembar produk siap')",
            what: "the sheet to be ready")
        #expect(try browser.evaluate("document.querySelectorAll('[aria-invalid]').length") as? Int == 0)
        #expect(
            try browser.evaluate("document.getElementById('submit-status').getAttribute('role')") as? String == "status"
        )

        let sheet = try Self.sheet(browser)
        #expect(
            sheet.hasPrefix(
                "---\n# products/batik-gorga-merah-1-ulos.md\nname: \"Batik \\\"Gorga\\\": Merah #1 & Ulos\"\n"))
        #expect(sheet.contains("\nproducer: rumah-batik-sinar-toba\n"))
        #expect(sheet.contains("\nadded: \(Self.today())\n---\n\nDitulis dengan canting.\n"))
        #expect(
            try Self.string(browser, "document.getElementById('submit-download').getAttribute('download')")
                == "batik-gorga-merah-1-ulos.md")
        // The download is the sheet itself, made in the page (a blob: address, nothing sent).
        let downloaded = try Self.string(
            browser, "fetch(document.getElementById('submit-download').href).then(r => r.text())")
        #expect(downloaded == sheet)
        #expect(try Self.string(browser, "document.getElementById('submit-download').href").hasPrefix("blob:"))
        // The WhatsApp link carries the sheet to the maintainer's number.
        let href = try Self.string(browser, "document.getElementById('submit-send').href")
        #expect(href.hasPrefix(Self.whatsApp))
        #expect(href.dropFirst(Self.whatsApp.count).removingPercentEncoding == sheet)
        // Copying says so in the live region (the clipboard, or the selection as a fallback).
        try browser.evaluate("document.getElementById('submit-copy').click()")
        try browser.wait(
            "/disalin|menyalin/.test(document.getElementById('submit-status').textContent)", what: "copying")

        // katalog check accepts it, and the built site shows what was typed.
        let checked = try Self.check(browser, in: dir)
        #expect(checked.status == 0)
        #expect(checked.messages == [])
        let file = dir.appendingPathComponent("content/products/batik-gorga-merah-1-ulos.md")
        try Data(sheet.utf8).write(to: file)
        let build = try Self.katalog(["build", "--content", "content", "--output", "public"], in: dir)
        #expect(build.status == 0, "\(build.stderr)")
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: dir.appendingPathComponent("public/catalogue.json")))
        let products = (json as? [String: Any])?["products"] as? [[String: Any]] ?? []
        let product = try #require(products.first { $0["slug"] as? String == "batik-gorga-merah-1-ulos" })
        #expect(product["name"] as? String == name)
        #expect(product["producer"] as? String == "rumah-batik-sinar-toba")
        #expect(product["technique"] as? String == "kombinasi")
        #expect((product["motifs"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Gorga", "Pucuk Rebung"])
        #expect(product["material"] as? String == "Sutra: ATBM")
        #expect(product["size"] as? String == "-2,2 m x 1,1 m")
        #expect(product["price"] as? Int == 1_250_000)
        #expect(product["colors"] as? [String] == ["merah marun", "null", "hitam"])
        #expect(product["added"] as? String == Self.today())
        #expect(product["body"] as? String == "Ditulis dengan canting.\n\nCuci dengan tangan: jangan diperas.")
    }

    @Test func theFormFlagsWhatCheckWouldWithCheckWords() throws {
        let dir = try Self.sample()
        let browser = try Chromium()
        try Self.openForm(browser, in: dir)
        try Self.fill(browser, "producer", "Rumah Batik Sinar Toba")
        try Self.fill(browser, "name", "Kain Uji")

        // Prices: each flagged under the field with check's own message for the same sheet.
        for price in [
            "450.000", "Rp 450.000", "Rp. 1.250.000,-", "IDR 450000", "0", "-450000", "450,5", "nego", "4.5e5",
        ] {
            try Self.fill(browser, "price", price)
            let shown = try Self.string(browser, "document.getElementById('submit-price-error').textContent")
            let checked = try Self.check(browser, in: dir)
            #expect(checked.status == 1)
            #expect(checked.messages == [shown], "\(price)")
            #expect(try browser.evaluate("document.getElementById('submit-price-error').hidden") as? Bool == false)
            #expect(
                try Self.string(browser, "document.getElementById('submit-price').getAttribute('aria-invalid')")
                    == "true")
            #expect(
                try Self.string(browser, "document.getElementById('submit-price').getAttribute('aria-describedby')")
                    == "submit-price-hint submit-price-error")
        }
        try Self.fill(browser, "price", "450.000")
        #expect(
            try Self.string(browser, "document.getElementById('submit-price-error').textContent")
                == "harga '450.000' memakai titik ribuan; tulis angka saja: price: 450000")
        // The live region says how many things are left, and sending shows them instead of leaving.
        try browser.wait(
            "document.getElementById('submit-status').textContent.startsWith('Masih ada yang perlu diperbaiki (1)')",
            what: "the count of problems")
        try browser.evaluate("document.getElementById('submit-send').click()")
        #expect(try browser.evaluate("location.protocol") as? String == "file:")
        #expect(try browser.evaluate("document.activeElement.id") as? String == "submit-price")

        // Fixed, the field is valid again.
        try Self.fill(browser, "price", "450000")
        #expect(try browser.evaluate("document.getElementById('submit-price-error').hidden") as? Bool == true)
        #expect(
            try browser.evaluate("document.getElementById('submit-price').hasAttribute('aria-invalid')") as? Bool
                == false)

        // The required fields, the producer's code, the slug of the name and the motifs.
        let cases: [(field: String, value: String)] = [
            ("name", ""), ("producer", ""), ("producer", "rumah-batik-sinar-tobo"), ("producer", "Sinar Toba"),
            ("name", "Page"), ("motifs", "Gorga, !!"), ("motifs", "page"),
        ]
        for (field, value) in cases {
            try Self.fill(browser, "producer", "Rumah Batik Sinar Toba")
            try Self.fill(browser, "name", "Kain Uji")
            try Self.fill(browser, "motifs", "")
            try Self.fill(browser, field, value)
            let shown = try Self.string(browser, "document.getElementById('submit-\(field)-error').textContent")
            let checked = try Self.check(browser, in: dir)
            #expect(checked.status == 1)
            #expect(checked.messages == [shown], "\(field): \(value)")
        }
        // A name with no letters or digits has no file name; check would refuse the file named for it.
        try Self.fill(browser, "name", "!!!")
        #expect(
            try Self.string(browser, "document.getElementById('submit-name-error').textContent")
                == "nama file '!!!.md' tidak bisa dipakai (hanya huruf kecil, angka dan tanda '-' tunggal); "
                + "pakai huruf kecil, angka dan '-'")
    }

    @Test func withoutJavaScriptThePageOffersAnExampleSheetAndTheMaintainersChat() throws {
        let dir = try Self.sample()
        let browser = try Chromium(javaScript: false)
        try browser.open(dir.appendingPathComponent("public/submit/index.html").absoluteString)
        #expect(try browser.evaluate("document.getElementById('submit').hidden") as? Bool == true)
        #expect(try browser.evaluate("document.getElementById('submit-no-script').hidden") as? Bool == false)
        let example = try Self.string(browser, "document.getElementById('submit-example').value")
        #expect(
            example.hasPrefix("---\n# products/batik-tulis-daun-kopi-sogan.md\nname: Batik Tulis Daun Kopi Sogan\n"))
        let href = try Self.string(browser, "document.querySelector('#submit-no-script a.whatsapp').href")
        #expect(href.hasPrefix(Self.whatsApp))
        #expect(href.dropFirst(Self.whatsApp.count).removingPercentEncoding == example)
        // With the producer's own code in it, check accepts the example as it is.
        let url = dir.appendingPathComponent("content/products/batik-tulis-daun-kopi-sogan.md")
        try Data(example.replacingOccurrences(of: "kode-usaha-anda", with: "rumah-batik-sinar-toba").utf8).write(
            to: url)
        let run = try Self.katalog(["check", "--content", "content"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("batik-tulis-daun-kopi-sogan"))
    }

    /// The script writes the lines Swift's `ProductSheet` writes: the form filled in with the
    /// example's values gives the example of the page without JavaScript.
    @Test func theScriptWritesTheSheetAsTheBuildDoes() throws {
        let dir = try Self.sample()
        let html = try String(
            contentsOf: dir.appendingPathComponent("public/submit/index.html"), encoding: .utf8)
        let start = try #require(
            html.range(of: "<textarea id=\"submit-example\" class=\"sheet\" rows=\"16\" readonly>"))
        let end = try #require(html.range(of: "</textarea>", range: start.upperBound..<html.endIndex))
        let example = String(html[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
        let browser = try Chromium()
        try Self.openForm(browser, in: dir)
        for (field, value) in [
            ("producer", "Rumah Batik Sinar Toba"), ("name", "Batik Tulis Daun Kopi Sogan"), ("price", "650000"),
            ("technique", "tulis"), ("motifs", "Daun Kopi"), ("material", "Katun primisima"),
            ("size", "2 m x 1,15 m"), ("colors", "cokelat sogan, krem"),
            ("description", "Motif daun kopi digambar dengan canting di atas katun primisima, lalu diwarnai sogan."),
        ] {
            try Self.fill(browser, field, value)
        }
        let expected = example.replacingOccurrences(of: "kode-usaha-anda", with: "rumah-batik-sinar-toba")
            .replacingOccurrences(of: "added: 2026-07-11", with: "added: \(Self.today())")
        #expect(try Self.sheet(browser) == expected)
    }

    /// Producer names are content: in the list they stay text, and no markup in one runs.
    @Test func producerNamesStayText() throws {
        let hostile = "<img src=x onerror=\"window.pwned=1\"></script><script>window.pwned=2</script>"
        var files = CLITests.valid
        files["content/site.yml"] = "title: Katalog CLI\nsubmissions:\n  whatsapp: 0812-3456-7890\n"
        files["content/producers/sinar.md"] =
            "---\nname: '\(hostile)'\ncluster: sumut\nphone: (061) 786 5521\n---\n"
        let dir = try CLITests.site(files)
        let run = try Self.katalog(["build", "--links", "files"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let browser = try Chromium()
        try Self.openForm(browser, in: dir)
        try browser.evaluate("document.getElementById('submit-producer').focus()")
        try browser.type("<img")
        let values =
            try browser.evaluate("[...document.querySelectorAll('#submit-producers option')].map(o => o.value)")
            as? [String]
        #expect(values == [hostile])
        try Self.fill(browser, "producer", hostile)
        try Self.fill(browser, "name", "Kain")
        #expect(try Self.sheet(browser).contains("\nproducer: sinar\n"))
        #expect(
            try browser.evaluate("document.querySelectorAll('img, script:not([src]):not([type])').length") as? Int == 0)
        #expect(try browser.evaluate("typeof window.pwned") as? String == "undefined")
    }
}
