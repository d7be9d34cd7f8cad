import Foundation
import Testing

/// `katalog check` for submissions: messages in the catalogue's language (`--lang`), the
/// machine-readable formats (`--format json|github|gitlab`) and checking files sent from outside
/// the catalogue, through the binary.
@Suite struct CheckFormatTests {
    typealias CLI = CLITests

    /// A catalogue (Indonesian: site.yml names no language) with two errors and a warning in one
    /// product, and a photo file no sheet lists (a problem with no line).
    static var faulty: [String: String] {
        var files = CLI.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinr\nprice: 450.000\nprodcuer: x\n---\n"
        files["content/products/kain/lain.jpg"] = "bukan foto"
        return files
    }

    static let faultyIndonesian = """
        content/products/kain.md:3:11: error: perajin 'sinr' tidak dikenal: tidak ada file producers/sinr.md; mungkin maksudnya 'sinar'?
        content/products/kain.md:4:8: error: harga '450.000' memakai titik ribuan; tulis angka saja: price: 450000
        content/products/kain.md:5:1: warning: data 'prodcuer' tidak dikenal dan diabaikan; mungkin maksudnya 'producer'?
        content/products/kain/lain.jpg: warning: foto ini tidak ditulis di 'photos' file produknya, jadi tidak ditampilkan
        2 kesalahan, 2 peringatan

        """

    static let faultyEnglish = """
        content/products/kain.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; did you mean 'sinar'?
        content/products/kain.md:4:8: error: price '450.000' is written with a currency or thousands separator; write digits only: price: 450000
        content/products/kain.md:5:1: warning: unknown field 'prodcuer' is ignored; did you mean 'producer'?
        content/products/kain/lain.jpg: warning: photo is not listed in the sheet's 'photos' and is not published
        2 errors, 2 warnings

        """

    // MARK: Language

    @Test func anIndonesianCatalogueGetsIndonesianMessages() throws {
        let dir = try CLI.site(Self.faulty)
        let check = try CLI.run(["check"], in: dir)
        #expect(check.status == 1)
        #expect(check.stdout == "")
        #expect(check.stderr == Self.faultyIndonesian)
        // A failed build prints the same lines.
        let build = try CLI.run(["build"], in: dir)
        #expect(build.status == 1)
        #expect(build.stderr == Self.faultyIndonesian)
    }

    @Test func langOverridesTheCataloguesLanguage() throws {
        var files = Self.faulty
        let indonesian = try CLI.site(files)
        let check = try CLI.run(["check", "--lang", "en"], in: indonesian)
        #expect(check.status == 1)
        #expect(check.stderr == Self.faultyEnglish)
        let build = try CLI.run(["build", "--lang", "en"], in: indonesian)
        #expect(build.stderr == Self.faultyEnglish)

        files["content/site.yml"] = "title: Katalog CLI\nlanguage: en\n"
        let english = try CLI.site(files)
        #expect(try CLI.run(["check"], in: english).stderr == Self.faultyEnglish)
        #expect(try CLI.run(["check", "--lang", "id"], in: english).stderr == Self.faultyIndonesian)
        let bad = try CLI.run(["check", "--lang", "jv"], in: english)
        #expect(bad.status == 64)
    }

    /// A build with nothing changed repeats the last build's warnings, in the catalogue's language
    /// (remembered in the build cache) or `--lang`'s.
    @Test func upToDateBuildRepeatsWarningsInItsLanguage() throws {
        var files = CLI.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinar\nprodcuer: x\n---\n"
        let dir = try CLI.site(files)
        let warning =
            "content/products/kain.md:4:1: warning: data 'prodcuer' tidak dikenal dan diabaikan; "
            + "mungkin maksudnya 'producer'?\n"
        let first = try CLI.run(["build"], in: dir)
        #expect(first.status == 0)
        #expect(first.stderr == warning)
        let again = try CLI.run(["build"], in: dir)
        #expect(again.stdout.hasPrefix("public is up to date"))
        #expect(again.stderr == warning)
        let english = try CLI.run(["build", "--lang", "en"], in: dir)
        #expect(english.stdout.hasPrefix("public is up to date"))
        #expect(
            english.stderr == "content/products/kain.md:4:1: warning: unknown field 'prodcuer' is ignored; "
                + "did you mean 'producer'?\n")
    }

    /// site.yml with another error still gives its language; without site.yml, Indonesian.
    @Test func languageWhenSiteFileIsBroken() throws {
        var files = CLI.valid
        files["content/site.yml"] = "title: Katalog CLI\nlanguage: en\npage_size: many\n"
        let broken = try CLI.run(["check"], in: try CLI.site(files))
        #expect(
            broken.stderr == """
                content/site.yml:3:12: error: 'page_size' must be a whole number from 4 to 200, found 'many'
                1 error, 0 warnings

                """)
        files["content/site.yml"] = nil
        let missing = try CLI.run(["check"], in: try CLI.site(files))
        #expect(
            missing.stderr == """
                content/site.yml: error: site.yml tidak ada: buat file itu, paling sedikit berisi 'title: Nama katalog'
                1 kesalahan, 0 peringatan

                """)
    }

    // MARK: Formats

    @Test func jsonIsOneDocumentWithEveryProblem() throws {
        let dir = try CLI.site(Self.faulty)
        let run = try CLI.run(["check", "--format", "json"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr == "2 kesalahan, 2 peringatan\n")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["version", "language", "errors", "warnings", "diagnostics"])
        #expect(document["version"] as? Int == 1)
        #expect(document["language"] as? String == "id")
        #expect(document["errors"] as? Int == 2)
        #expect(document["warnings"] as? Int == 2)
        let items = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(items.count == 4)
        #expect(items.allSatisfy { Set($0.keys) == ["file", "line", "column", "severity", "code", "message"] })
        func item(_ index: Int) -> [String] {
            let item = items[index]
            return [
                item["file"] as? String ?? "?", (item["line"] as? Int).map(String.init) ?? "\(item["line"] ?? "?")",
                (item["column"] as? Int).map(String.init) ?? "\(item["column"] ?? "?")",
                item["severity"] as? String ?? "?", item["code"] as? String ?? "?", item["message"] as? String ?? "?",
            ]
        }
        #expect(
            item(0) == [
                "content/products/kain.md", "3", "11", "error", "unknown-reference",
                "perajin 'sinr' tidak dikenal: tidak ada file producers/sinr.md; mungkin maksudnya 'sinar'?",
            ])
        #expect(
            item(1) == [
                "content/products/kain.md", "4", "8", "error", "price-formatted",
                "harga '450.000' memakai titik ribuan; tulis angka saja: price: 450000",
            ])
        #expect(
            item(2) == [
                "content/products/kain.md", "5", "1", "warning", "unknown-field",
                "data 'prodcuer' tidak dikenal dan diabaikan; mungkin maksudnya 'producer'?",
            ])
        #expect(items[3]["line"] is NSNull)
        #expect(items[3]["column"] is NSNull)
        #expect(items[3]["file"] as? String == "content/products/kain/lain.jpg")
        #expect(items[3]["code"] as? String == "photo-not-listed")
        #expect(items[3]["severity"] as? String == "warning")

        // In English, the same document with English messages; the same run, the same bytes.
        let english = try CLI.run(["check", "--format", "json", "--lang", "en"], in: dir)
        let again = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])
        #expect(again["language"] as? String == "en")
        let first = try #require((again["diagnostics"] as? [[String: Any]])?.first)
        #expect(
            first["message"] as? String
                == "unknown producer 'sinr': there is no file producers/sinr.md; did you mean 'sinar'?")
        #expect(try CLI.run(["check", "--format", "json"], in: dir).stdout == run.stdout)
    }

    @Test func githubWorkflowCommands() throws {
        var files = Self.faulty
        // A value with '%' and a line feed in the message; a comma in a path.
        files["content/products/kain.md"] =
            "---\nname: Kain\nproducer: sinar\nprice: \"50%\\n000\"\nprodcuer: x\n---\n"
        files["content/products/kain,baru.md"] = "---\nname: Kain Baru\nproducer: sinar\n---\n"
        let dir = try CLI.site(files)
        let run = try CLI.run(["check", "--format", "github"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr == "2 kesalahan, 2 peringatan\n")
        let expected: [String] = [
            "::error file=content/products/kain%2Cbaru.md,title=katalog invalid-file-name::nama file 'kain,baru.md'"
                + " tidak bisa dipakai (hanya huruf kecil, angka dan tanda '-' tunggal); ganti namanya menjadi"
                + " 'kainbaru.md'",
            "::error file=content/products/kain.md,line=4,col=8,title=katalog price-not-a-number::harga '50%25%0A000'"
                + " bukan angka; tulis rupiah utuh, misalnya price: 450000, atau hapus baris price",
            "::warning file=content/products/kain.md,line=5,col=1,title=katalog unknown-field::data 'prodcuer'"
                + " tidak dikenal dan diabaikan; mungkin maksudnya 'producer'?",
            "::warning file=content/products/kain/lain.jpg,title=katalog photo-not-listed::foto ini tidak ditulis"
                + " di 'photos' file produknya, jadi tidak ditampilkan",
            "",
        ]
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == expected)
    }

    @Test func gitlabCodeQualityReport() throws {
        let dir = try CLI.site(Self.faulty)
        let run = try CLI.run(["check", "--format", "gitlab"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr == "2 kesalahan, 2 peringatan\n")
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(issues.count == 4)
        #expect(
            issues.allSatisfy { Set($0.keys) == ["description", "check_name", "fingerprint", "severity", "location"] })
        func summary(_ issue: [String: Any]) -> [String] {
            let location = issue["location"] as? [String: Any]
            let lines = location?["lines"] as? [String: Any]
            return [
                issue["check_name"] as? String ?? "?", issue["severity"] as? String ?? "?",
                location?["path"] as? String ?? "?", (lines?["begin"] as? Int).map(String.init) ?? "?",
                issue["description"] as? String ?? "?",
            ]
        }
        #expect(
            issues.map(summary) == [
                [
                    "unknown-reference", "major", "content/products/kain.md", "3",
                    "perajin 'sinr' tidak dikenal: tidak ada file producers/sinr.md; mungkin maksudnya 'sinar'?",
                ],
                [
                    "price-formatted", "major", "content/products/kain.md", "4",
                    "harga '450.000' memakai titik ribuan; tulis angka saja: price: 450000",
                ],
                [
                    "unknown-field", "minor", "content/products/kain.md", "5",
                    "data 'prodcuer' tidak dikenal dan diabaikan; mungkin maksudnya 'producer'?",
                ],
                [
                    "photo-not-listed", "minor", "content/products/kain/lain.jpg", "1",
                    "foto ini tidak ditulis di 'photos' file produknya, jadi tidak ditampilkan",
                ],
            ])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == 4 && Set(fingerprints).count == 4)
        #expect(fingerprints.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
        // The same problems in the other language keep their fingerprints.
        let english = try CLI.run(["check", "--format", "gitlab", "--lang", "en"], in: dir)
        let again = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [[String: Any]])
        #expect(again.compactMap { $0["fingerprint"] as? String } == fingerprints)
        #expect(again.first?["description"] as? String != issues.first?["description"] as? String)
    }

    /// Warnings alone pass, and fail with --strict, in every format; a clean catalogue prints an
    /// empty report.
    @Test(arguments: ["text", "json", "github", "gitlab"])
    func exitStatusIsTheSameInEveryFormat(_ format: String) throws {
        var files = CLI.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinar\nprodcuer: x\n---\n"
        let dir = try CLI.site(files)
        let lenient = try CLI.run(["check", "--format", format], in: dir)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasSuffix("0 kesalahan, 1 peringatan\n"))
        #expect(try CLI.run(["check", "--format", format, "--strict"], in: dir).status == 1)
        let clean = try CLI.run(["check", "--format", format], in: try CLI.site(CLI.valid))
        #expect(clean.status == 0)
        #expect(clean.stderr == "0 kesalahan, 0 peringatan\n")
        switch format {
        case "json":
            let document = try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any]
            #expect((document?["diagnostics"] as? [Any])?.isEmpty == true)
        case "gitlab": #expect(clean.stdout == "[\n\n]\n" || clean.stdout == "[]\n")
        default: #expect(clean.stdout == "")
        }
    }

    // MARK: One file

    /// A catalogue with a problem of its own (not reported when a sent file is checked) and a
    /// product naming the motif Gorga.
    static var catalogue: [String: String] {
        var files = CLI.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinar\nmotifs: Gorga\n---\n"
        files["content/products/lama.md"] = "---\nname: Lama\nproducer: sinar\nprice: 1.000\n---\n"
        return files
    }

    @Test func aGoodSentFilePasses() throws {
        var files = Self.catalogue
        files["Downloads/kain-baru.md"] =
            "---\nname: Kain Baru\nproducer: sinar\nprice: 450000\nphotos: [depan.png]\n---\n"
            + "Motif [gorga](motif:gorga).\n"
        let dir = try CLI.site(files)
        // The photo was sent with the sheet and saved beside it.
        try RealFaultTests.png.write(to: dir.appendingPathComponent("Downloads/depan.png"))
        let run = try CLI.run(["check", "Downloads/kain-baru.md"], in: dir)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "0 kesalahan, 0 peringatan\n")
        // Nothing is written, and the whole catalogue still has its own error.
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("public").path))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("content/products").path)
                .sorted() == ["kain.md", "lama.md"])
        #expect(try CLI.run(["check"], in: dir).status == 1)
    }

    @Test func aBadSentFileReportsItsProblemsAtItsPath() throws {
        var files = Self.catalogue
        files["Downloads/kain-baru.md"] =
            "---\nname: Kain Baru\nproducer: sekar\nprice: 450.000\nphotos: [depan.jpg]\n---\n"
        let dir = try CLI.site(files)
        let absolute = dir.appendingPathComponent("Downloads/kain-baru.md").path
        let run = try CLI.run(["check", absolute], in: dir)
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(absolute):3:11: error: perajin 'sekar' tidak dikenal: tidak ada file producers/sekar.md
                \(absolute):4:8: error: harga '450.000' memakai titik ribuan; tulis angka saja: price: 450000
                \(absolute):5:10: error: foto 'depan.jpg' tidak ditemukan: masukkan ke products/kain-baru/ atau images/
                3 kesalahan, 0 peringatan

                """)
        let json = try CLI.run(["check", "--format", "json", "--lang", "en", "Downloads/kain-baru.md"], in: dir)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let items = document?["diagnostics"] as? [[String: Any]] ?? []
        #expect(items.map { $0["code"] as? String } == ["unknown-reference", "price-formatted", "photo-not-found"])
        #expect(items.allSatisfy { $0["file"] as? String == "Downloads/kain-baru.md" })
    }

    /// A sheet with the slug of a product in the catalogue takes its place: once the sent `kain`
    /// names no motif, no product names Gorga, and its link to it fails; under another slug the
    /// catalogue's `kain` still names it.
    @Test func aSentFileReplacesTheProductOfItsSlug() throws {
        let sheet = "---\nname: Kain\nproducer: sinar\n---\nMotif [gorga](motif:gorga).\n"
        var files = Self.catalogue
        files["Downloads/kain.md"] = sheet
        files["Downloads/kain-lain.md"] = sheet
        let dir = try CLI.site(files)
        let replacing = try CLI.run(["check", "--lang", "en", "Downloads/kain.md"], in: dir)
        #expect(replacing.status == 1)
        #expect(
            replacing.stderr == """
                Downloads/kain.md:5:7: error: link to unknown motif 'gorga': no product names this motif
                1 error, 0 warnings

                """)
        let beside = try CLI.run(["check", "Downloads/kain-lain.md"], in: dir)
        #expect(beside.status == 0)
        #expect(beside.stderr == "0 kesalahan, 0 peringatan\n")
    }

    @Test func theKindComesFromTheFolderOrAs() throws {
        var files = Self.catalogue
        files["Downloads/producers/sekar.md"] = "---\nname: Sekar\ncluster: sumutt\nphone: (061) 786 5521\n---\n"
        files["Downloads/sekar.md"] = "---\nname: Sekar\ncluster: sumutt\nphone: (061) 786 5521\n---\n"
        files["Downloads/Kain Baru.md"] = "---\nname: Kain Baru\nproducer: sinar\n---\n"
        files["Downloads/kain-baru.txt"] = "---\nname: Kain Baru\nproducer: sinar\n---\n"
        let dir = try CLI.site(files)
        let unknownCluster =
            "error: klaster 'sumutt' tidak dikenal: tidak ada file clusters/sumutt.md; mungkin maksudnya 'sumut'?"
        let folder = try CLI.run(["check", "Downloads/producers/sekar.md"], in: dir)
        #expect(folder.stderr == "Downloads/producers/sekar.md:3:10: \(unknownCluster)\n1 kesalahan, 0 peringatan\n")
        let kind = try CLI.run(["check", "--as", "producer", "Downloads/sekar.md"], in: dir)
        #expect(kind.stderr == "Downloads/sekar.md:3:10: \(unknownCluster)\n1 kesalahan, 0 peringatan\n")
        // As a product (the default), a producer's sheet lacks a producer.
        let product = try CLI.run(["check", "Downloads/sekar.md"], in: dir)
        #expect(product.stderr.hasPrefix("Downloads/sekar.md:1:1: error: data wajib 'producer' belum ditulis\n"))
        let names = try CLI.run(["check", "Downloads/Kain Baru.md", "Downloads/kain-baru.txt"], in: dir)
        #expect(
            names.stderr == """
                Downloads/Kain Baru.md: error: nama file 'Kain Baru.md' tidak bisa dipakai (hanya huruf kecil, angka dan tanda '-' tunggal); ganti namanya menjadi 'kain-baru.md'
                Downloads/kain-baru.txt: error: 'kain-baru.txt' bukan file .md dan diabaikan
                2 kesalahan, 0 peringatan

                """)
        let missing = try CLI.run(["check", "Downloads/tidak-ada.md"], in: dir)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Error: file not found: Downloads/tidak-ada.md\n"))
    }
}
