import Foundation
import Testing

/// `katalog new` through the binary: the file each kind gets in each language, byte for byte; every
/// refusal's exact words; and `katalog check` afterwards, which reports only what is left to fill
/// in, at its line in the new file. `KATALOG_TODAY` fixes a product's `added`.
@Suite struct NewTests {
    /// `katalog` with `KATALOG_TODAY=2026-07-11`.
    static func katalog(_ arguments: [String], in directory: URL) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["KATALOG_TODAY": "2026-07-11"]) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// CLITests' valid catalogue (cluster `sumut`, producer `sinar`, product `kain`), in `language`.
    static func site(_ language: String, extra: [String: String] = [:]) throws -> URL {
        var files = CLITests.valid.merging(extra) { $1 }
        files["content/site.yml"] = "title: Katalog CLI\nlanguage: \(language)\n"
        return try CLITests.site(files)
    }

    static func read(_ path: String, in directory: URL) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }

    static func write(_ text: String, to path: String, in directory: URL) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(path))
    }

    /// One of each kind; the producer's name needs quoting in YAML.
    static let commands: [(arguments: [String], path: String)] = [
        (["new", "cluster", "klaster-baru"], "content/clusters/klaster-baru.md"),
        (
            ["new", "producer", "batik-sekar-arum", "--cluster", "sumut", "--name", "Batik Kawung: Sogan"],
            "content/producers/batik-sekar-arum.md"
        ),
        (["new", "product", "kain-baru", "--producer", "sinar"], "content/products/kain-baru.md"),
        (["new", "motif", "daun-kopi"], "content/motifs/daun-kopi.md"),
        (["new", "page", "cara-memesan"], "content/pages/cara-memesan.md"),
    ]

    /// Makes one entry of each kind, checking what `new` prints and writes.
    static func makeEveryKind(_ language: String, in dir: URL) throws {
        let expected = language == "id" ? Self.indonesian : Self.english
        for (arguments, path) in Self.commands {
            let run = try Self.katalog(arguments, in: dir)
            #expect(run.status == 0)
            #expect(run.stderr == "")
            #expect(
                run.stdout
                    == (language == "id"
                        ? "file dibuat: \(path); lengkapi isinya, lalu jalankan: katalog check\n"
                        : "created \(path); fill it in, then run: katalog check\n"))
            #expect(try Self.read(path, in: dir) == expected[path])
        }
    }

    @Test(arguments: ["id", "en"]) func writesEveryKindWithEveryField(language: String) throws {
        try Self.makeEveryKind(language, in: try Self.site(language))
    }

    @Test func withoutLanguageTheFileIsInIndonesian() throws {
        let dir = try CLITests.site(CLITests.valid)
        let run = try Self.katalog(["new", "page", "cara-memesan"], in: dir)
        #expect(
            run.stdout == "file dibuat: content/pages/cara-memesan.md; lengkapi isinya, lalu jalankan: katalog check\n")
        #expect(
            try Self.read("content/pages/cara-memesan.md", in: dir) == Self.indonesian["content/pages/cara-memesan.md"])
    }

    @Test func checkAfterNewReportsOnlyWhatIsLeftToFillInAtItsLine() throws {
        let dir = try Self.site("en")
        try Self.makeEveryKind("en", in: dir)
        let run = try CLITests.run(["check"], in: dir)
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                content/clusters/klaster-baru.md:8:1: error: 'province' is empty
                content/motifs/daun-kopi.md: warning: no product names the motif 'Daun Kopi'; its page lists no products
                content/producers/batik-sekar-arum.md:11:11: error: whatsapp number '...' has no digits; write the number, like 0812-3456-7890
                content/products/kain-baru.md:11:8: error: price 'FILL IN' is not a number; write whole rupiah, like price: 450000, or leave price out
                3 errors, 1 warning

                """)
    }

    /// The Indonesian placeholders are at the same places; `check`'s words are left to the
    /// messages' own tests (they follow the site's language).
    @Test func checkAfterNewInIndonesianPointsAtTheSameLines() throws {
        let dir = try Self.site("id")
        try Self.makeEveryKind("id", in: dir)
        let run = try CLITests.run(["check"], in: dir)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(
            lines.dropLast().map { $0.prefix { $0 != " " } } == [
                "content/clusters/klaster-baru.md:8:1:", "content/motifs/daun-kopi.md:",
                "content/producers/batik-sekar-arum.md:11:11:", "content/products/kain-baru.md:11:8:",
            ])
        #expect(lines.count == 5)
        #expect(lines[3].contains("'ISI HARGA'"))
    }

    /// Fills in the placeholders, then every optional line but the photos (which would need
    /// files): the examples are valid as they stand.
    static func fillIn(in dir: URL, uncomment: Bool) throws {
        let fills = [
            "content/clusters/klaster-baru.md": ("province:", "province: Aceh"),
            "content/producers/batik-sekar-arum.md": ("whatsapp: ...", "whatsapp: 0813-7025-4418"),
            "content/products/kain-baru.md": ("price: ", "price: 450000"),
        ]
        for (_, path) in Self.commands {
            let text = try Self.read(path, in: dir)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in lines.indices {
                if let (start, filled) = fills[path], lines[index].hasPrefix(start) { lines[index] = filled }
                if uncomment, let field = commentedField(lines[index]), field != "photos" {
                    lines[index] = String(lines[index].dropFirst(2))
                }
            }
            try Self.write(lines.joined(separator: "\n"), to: path, in: dir)
        }
    }

    /// The key of a commented-out field (`# technique: tulis`), nil for a note.
    static func commentedField(_ line: String) -> String? {
        guard line.hasPrefix("# "), let colon = line.firstIndex(of: ":") else { return nil }
        let key = line.dropFirst(2)[..<colon]
        return key.allSatisfy({ $0.isLetter && $0.isLowercase }) ? String(key) : nil
    }

    @Test(arguments: ["id", "en"]) func filledInEntriesPassCheck(language: String) throws {
        let dir = try Self.site(language)
        try Self.makeEveryKind(language, in: dir)
        try Self.fillIn(in: dir, uncomment: false)
        let filled = try CLITests.run(["check", "--strict"], in: dir)
        // Only the motif no product names yet.
        #expect(filled.status == 1)
        #expect(filled.stderr.split(separator: "\n").count == 2)
        #expect(filled.stderr.hasPrefix("content/motifs/daun-kopi.md: warning: "))
        try Self.fillIn(in: dir, uncomment: true)
        #expect(try Self.read("content/products/kain-baru.md", in: dir).contains("\nmotifs: [Daun Kopi]\n"))
        let complete = try CLITests.run(["check", "--strict"], in: dir)
        #expect(complete.status == 0)
        #expect(complete.stderr.split(separator: "\n").count == 1)
        if language == "en" { #expect(complete.stderr == "0 errors, 0 warnings\n") }
        let build = try CLITests.run(["build"], in: dir)
        #expect(build.status == 0)
        let page = try Self.read("public/products/kain-baru/index.html", in: dir)
        #expect(page.contains("Kain Baru"))
    }

    /// Each refusal: exit 1, nothing on standard output, one line on standard error, no file.
    static func refuses(
        _ arguments: [String], in dir: URL, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
        let run = try Self.katalog(arguments, in: dir)
        #expect(run.status == 1, sourceLocation: sourceLocation)
        #expect(run.stdout == "", sourceLocation: sourceLocation)
        #expect(run.stderr == message + "\n", sourceLocation: sourceLocation)
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted() == before,
            sourceLocation: sourceLocation)
    }

    @Test func refusalsInEnglish() throws {
        let dir = try Self.site("en")
        let kain = try Self.read("content/products/kain.md", in: dir)
        try Self.refuses(
            ["new", "product", "kain", "--producer", "sinar"], in: dir,
            "content/products/kain.md: error: the file already exists; katalog new never replaces a file: edit it, or choose another slug"
        )
        #expect(try Self.read("content/products/kain.md", in: dir) == kain)
        try Self.refuses(
            ["new", "product", "Kain Baru", "--producer", "sinar"], in: dir,
            "error: 'Kain Baru' is not a valid slug (lowercase letters, digits and single '-'); use 'kain-baru'")
        try Self.refuses(
            ["new", "page", "!!"], in: dir,
            "error: '!!' is not a valid slug (lowercase letters, digits and single '-'); use lowercase letters, digits and '-'"
        )
        try Self.refuses(
            ["new", "page", "search"], in: dir,
            "error: page name 'search' is reserved for the site's own pages; choose another, e.g. 'info-search'")
        try Self.refuses(
            ["new", "product", "page", "--producer", "sinar"], in: dir,
            "error: 'page' is reserved for the numbered pages of the products list (products/page/2/); choose another, e.g. 'product-page'"
        )
        try Self.refuses(
            ["new", "producer", "baru", "--cluster", "sumutt"], in: dir,
            "error: unknown cluster 'sumutt': there is no file clusters/sumutt.md; did you mean 'sumut'?")
        try Self.refuses(
            ["new", "product", "baru", "--producer", "batik-sinar-toba"], in: dir,
            "error: unknown producer 'batik-sinar-toba': there is no file producers/batik-sinar-toba.md; the nearest: sinar"
        )
        try Self.refuses(
            ["new", "producer", "baru"], in: dir,
            "error: a producer belongs to a cluster: add --cluster with one of: sumut")
        try Self.refuses(
            ["new", "product", "baru"], in: dir,
            "error: a product belongs to a producer: add --producer with one of: sinar")
        try Self.refuses(
            ["new", "motif", "gorga", "--name", "Gorga Toba"], in: dir,
            "error: motif name 'Gorga Toba' is written 'gorga-toba' in links, and products find its description by that; use the slug 'gorga-toba'"
        )
        try Self.refuses(["new", "page", "baru", "--name", " \n "], in: dir, "error: --name is empty")
    }

    @Test func refusalsInIndonesian() throws {
        let dir = try Self.site("id")
        try Self.refuses(
            ["new", "product", "kain", "--producer", "sinar"], in: dir,
            "content/products/kain.md: error: file ini sudah ada; katalog new tidak pernah menimpa file: ubah file itu, atau pilih nama lain"
        )
        try Self.refuses(
            ["new", "product", "Kain Baru", "--producer", "sinar"], in: dir,
            "error: 'Kain Baru' tidak bisa menjadi nama file (hanya huruf kecil, angka, dan satu '-' di antaranya); pakai 'kain-baru'"
        )
        try Self.refuses(
            ["new", "page", "!!"], in: dir,
            "error: '!!' tidak bisa menjadi nama file (hanya huruf kecil, angka, dan satu '-' di antaranya); pakai huruf kecil, angka, dan '-'"
        )
        try Self.refuses(
            ["new", "page", "search"], in: dir,
            "error: nama halaman 'search' sudah dipakai situs untuk halamannya sendiri; pilih nama lain, misalnya 'info-search'"
        )
        try Self.refuses(
            ["new", "cluster", "page"], in: dir,
            "error: 'page' sudah dipakai untuk halaman bernomor daftar clusters (clusters/page/2/); pilih nama lain, misalnya 'cluster-page'"
        )
        try Self.refuses(
            ["new", "product", "baru", "--producer", "sinr"], in: dir,
            "error: usaha 'sinr' tidak ada: tidak ada file producers/sinr.md; mungkin maksud Anda 'sinar'?")
        try Self.refuses(
            ["new", "producer", "baru", "--cluster", "klaster-batik-sumatera"], in: dir,
            "error: klaster 'klaster-batik-sumatera' tidak ada: tidak ada file clusters/klaster-batik-sumatera.md; yang paling mirip: sumut"
        )
        try Self.refuses(
            ["new", "producer", "baru"], in: dir,
            "error: usaha harus masuk sebuah klaster: tambahkan --cluster dengan salah satu dari: sumut")
        try Self.refuses(
            ["new", "product", "baru"], in: dir,
            "error: produk harus punya usaha pembuatnya: tambahkan --producer dengan salah satu dari: sinar")
        try Self.refuses(
            ["new", "motif", "gorga", "--name", "Gorga Toba"], in: dir,
            "error: nama motif 'Gorga Toba' ditulis 'gorga-toba' di tautan, dan produk menemukan keterangannya dengan nama itu; pakai 'gorga-toba'"
        )
        try Self.refuses(["new", "page", "baru", "--name", ""], in: dir, "error: --name kosong")
    }

    @Test func manyOrNoClustersToChooseFrom() throws {
        var clusters: [String: String] = [:]
        for name in ["tuban", "solo", "pekalongan", "lasem", "madura", "garut", "cirebon"] {
            clusters["content/clusters/\(name).md"] = "---\nname: \(name)\nprovince: Jawa\n---\n"
        }
        // Files the loader would refuse by name are not offered.
        clusters["content/clusters/Bad Name.md"] = "---\nname: x\nprovince: Jawa\n---\n"
        clusters["content/clusters/page.md"] = "---\nname: x\nprovince: Jawa\n---\n"
        let many = try Self.site("en", extra: clusters)
        try Self.refuses(
            ["new", "producer", "baru"], in: many,
            "error: a producer belongs to a cluster: add --cluster with one of: cirebon, garut, lasem, madura, pekalongan (3 more)"
        )
        try Self.refuses(
            ["new", "producer", "baru", "--cluster", "zzzzzz"], in: many,
            "error: unknown cluster 'zzzzzz': there is no file clusters/zzzzzz.md; the nearest: garut, lasem, madura, solo, sumut"
        )
        let none = try CLITests.site(["content/site.yml": "title: Kosong\nlanguage: en\n"])
        try Self.refuses(
            ["new", "producer", "baru"], in: none,
            "error: a producer belongs to a cluster, and there is no cluster yet: first make one with katalog new cluster <slug>"
        )
        try Self.refuses(
            ["new", "producer", "baru", "--cluster", "sumut"], in: none,
            "error: unknown cluster 'sumut': there is no file clusters/sumut.md; there is no cluster yet: first make one with katalog new cluster <slug>"
        )
        // The first entry of a kind makes its folder.
        let run = try Self.katalog(["new", "cluster", "sumut"], in: none)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: none.appendingPathComponent("content/clusters/sumut.md").path))
    }

    @Test func contentFolderAndCommandLineMistakes() throws {
        let dir = try Self.site("en")
        // Without a content folder there is no site.yml to name a language: Indonesian, the default.
        try Self.refuses(
            ["new", "page", "baru", "--content", "konten"], in: dir, "konten: error: folder konten tidak ditemukan")
        let wrongOption = try Self.katalog(["new", "product", "baru", "--cluster", "sumut"], in: dir)
        #expect(wrongOption.status == 64)
        #expect(wrongOption.stderr.hasPrefix("Error: --cluster is only for katalog new producer\n"))
        let wrongKind = try Self.katalog(["new", "kain", "baru"], in: dir)
        #expect(wrongKind.status == 64)
        let other = try Self.katalog(["new", "page", "baru", "--content", "./content/"], in: dir)
        #expect(
            other.stdout
                == "created ./content/pages/baru.md; fill it in, then run: katalog check --content ./content/\n")
    }

    static let indonesian: [String: String] = [
        "content/clusters/klaster-baru.md": """
        ---
        # Klaster baru. Baris yang diawali # hanyalah catatan: katalog tidak membacanya.
        # Setelah diisi, jalankan katalog check: pesannya menunjuk baris yang masih perlu diisi.

        # Nama klaster atau sentra, seperti yang dibaca pembeli.
        name: Klaster Baru
        # Provinsi klaster. Wajib: tulis setelah titik dua, misalnya: province: Sumatera Utara
        province:

        # Boleh tidak diisi. Untuk memakai baris, hapus tanda # di depannya, lalu ganti contohnya.
        # Kota atau kabupaten.
        # city: Medan
        # Tahun klaster berdiri, empat angka.
        # established: 2018
        # Nama koordinator klaster.
        # coordinator: Rosmawati br. Sitorus
        # Nomor telepon koordinator (HP, atau telepon kantor dengan kode area).
        # phone: (061) 786 5521
        # Nomor WhatsApp koordinator, sebaiknya nomor HP (08...).
        # whatsapp: 0812-3456-7890
        # Alamat email.
        # email: nama@gmail.com
        # Alamat situs lengkap, diawali https://
        # website: https://batik.example.id

        # Di bawah garis berikut: isi halaman (cerita bebas). Ganti kalimat contohnya.
        ---

        Ceritakan klaster ini: sejarahnya, para perajinnya, dan ciri khas batiknya.

        """,
        "content/producers/batik-sekar-arum.md": """
        ---
        # Usaha (UMKM) baru. Baris yang diawali # hanyalah catatan: katalog tidak membacanya.
        # Setelah diisi, jalankan katalog check: pesannya menunjuk baris yang masih perlu diisi.

        # Nama usaha, seperti yang ingin dilihat pembeli.
        name: 'Batik Kawung: Sogan'
        # Klaster usaha ini: nama file di folder clusters/ tanpa .md.
        cluster: sumut
        # Nomor WhatsApp untuk pembeli, sebaiknya nomor HP, misalnya: whatsapp: 0812-3456-7890
        # Ganti ... dengan nomor Anda. Tidak punya WhatsApp? Hapus baris ini, lalu pakai phone di bawah.
        whatsapp: ...

        # Boleh tidak diisi. Untuk memakai baris, hapus tanda # di depannya, lalu ganti contohnya.
        # Nomor telepon (HP, atau telepon rumah/kantor dengan kode area).
        # phone: (0332) 412 345
        # Nama pemilik.
        # owner: Sri Wahyuni
        # Alamat lengkap tempat usaha.
        # address: Dusun Krajan RT 03 RW 02, Desa Sukosari, Tamanan, Bondowoso
        # Tahun mulai usaha, empat angka.
        # since: 2015
        # Alamat email.
        # email: nama@gmail.com
        # Alamat situs lengkap, diawali https://
        # website: https://batik.example.id

        # Di bawah garis berikut: isi halaman (cerita bebas). Ganti kalimat contohnya.
        ---

        Ceritakan usaha Anda: siapa yang membatik, sejak kapan, dan pesanan apa yang Anda terima.

        """,
        "content/products/kain-baru.md": """
        ---
        # Produk baru. Baris yang diawali # hanyalah catatan: katalog tidak membacanya.
        # Setelah diisi, jalankan katalog check: pesannya menunjuk baris yang masih perlu diisi.

        # Nama produk, seperti yang dibaca pembeli.
        name: Kain Baru
        # Usaha pembuatnya: nama file di folder producers/ tanpa .md.
        producer: sinar
        # Harga dalam rupiah, angka saja: tanpa titik, tanpa Rp. Misalnya: price: 450000
        # Kalau harga ingin ditanyakan lewat chat, hapus baris ini: situs menulis "Hubungi penjual".
        price: ISI HARGA
        # Tanggal produk masuk katalog (tahun-bulan-tanggal), untuk urutan "Terbaru".
        added: 2026-07-11

        # Boleh tidak diisi. Untuk memakai baris, hapus tanda # di depannya, lalu ganti contohnya.
        # Cara membuat, salah satu dari: tulis, cap, kombinasi, printing, ecoprint.
        # technique: tulis
        # Nama motif; beberapa motif ditulis dalam kurung siku: [Gorga, Parang]
        # motifs: [Daun Kopi]
        # Bahan kain.
        # material: Katun primisima
        # Ukuran kain.
        # size: 2 m x 1,15 m
        # Warna-warna kain.
        # colors: [cokelat sogan, krem]
        # Nama file foto (nama saja) di folder products/kain-baru/. Foto pertama menjadi foto utama.
        # photos: [kain-1.jpg, kain-2.jpg]
        # Ada stok? ya kalau ada, tidak kalau habis (produk tetap tampil, bertanda "Stok habis"). Tanpa baris ini: ya.
        # available: ya
        # ya kalau produk ini ingin tampil di "Produk pilihan" di halaman depan. Tanpa baris ini: tidak.
        # featured: ya

        # Di bawah garis berikut: isi halaman (cerita bebas). Ganti kalimat contohnya.
        ---

        Ceritakan kain ini: motif dan maknanya, cara membuatnya, dan cara merawatnya.

        """,
        "content/motifs/daun-kopi.md": """
        ---
        # Motif baru. Baris yang diawali # hanyalah catatan: katalog tidak membacanya.
        # Setelah diisi, jalankan katalog check: pesannya menunjuk baris yang masih perlu diisi.

        # Nama motif. Produk memakai motif ini dengan menulis nama ini di baris motifs.
        name: Daun Kopi

        # Boleh tidak diisi. Untuk memakai baris, hapus tanda # di depannya, lalu ganti contohnya.
        # Daerah asal motif.
        # origin: Toba, Sumatera Utara

        # Di bawah garis berikut: isi halaman (cerita bebas). Ganti kalimat contohnya.
        ---

        Ceritakan asal-usul dan makna motif ini.

        """,
        "content/pages/cara-memesan.md": """
        ---
        # Halaman informasi baru. Baris yang diawali # hanyalah catatan: katalog tidak membacanya.
        # Setelah diisi, jalankan katalog check: pesannya menunjuk baris yang masih perlu diisi.

        # Judul halaman, juga teks tautannya di bagian bawah setiap halaman.
        name: Cara Memesan

        # Di bawah garis berikut: isi halaman (cerita bebas). Ganti kalimat contohnya.
        ---

        Tulis isi halaman di sini.

        """,
    ]

    static let english: [String: String] = [
        "content/clusters/klaster-baru.md": """
        ---
        # A new cluster. Lines starting with # are notes: katalog does not read them.
        # When it is filled in, run katalog check: it points at every line still to fill in.

        # The cluster's name, as buyers read it.
        name: Klaster Baru
        # The cluster's province. Required: write it after the colon, like: province: Sumatera Utara
        province:

        # Optional. To use a line, delete the # at its start and replace the example.
        # Town or regency.
        # city: Medan
        # The year the cluster began, four digits.
        # established: 2018
        # The coordinator's name.
        # coordinator: Rosmawati br. Sitorus
        # The coordinator's phone number (a mobile, or a landline with its area code).
        # phone: (061) 786 5521
        # The coordinator's WhatsApp number, best a mobile (08...).
        # whatsapp: 0812-3456-7890
        # E-mail address.
        # email: nama@gmail.com
        # Full web address, starting with https://
        # website: https://batik.example.id

        # Below the next line: the text of the page (Markdown). Replace the example.
        ---

        Tell the cluster's story: its history, its makers and what marks its batik.

        """,
        "content/producers/batik-sekar-arum.md": """
        ---
        # A new producer (a business). Lines starting with # are notes: katalog does not read them.
        # When it is filled in, run katalog check: it points at every line still to fill in.

        # The business's name, as buyers read it.
        name: 'Batik Kawung: Sogan'
        # Its cluster: a file name in clusters/ without .md.
        cluster: sumut
        # WhatsApp number for buyers, best a mobile, like: whatsapp: 0812-3456-7890
        # Replace ... with the number. No WhatsApp? Delete this line and use phone below instead.
        whatsapp: ...

        # Optional. To use a line, delete the # at its start and replace the example.
        # Phone number (a mobile, or a landline with its area code).
        # phone: (0332) 412 345
        # The owner's name.
        # owner: Sri Wahyuni
        # The full address of the workshop or shop.
        # address: Dusun Krajan RT 03 RW 02, Desa Sukosari, Tamanan, Bondowoso
        # The year the business began, four digits.
        # since: 2015
        # E-mail address.
        # email: nama@gmail.com
        # Full web address, starting with https://
        # website: https://batik.example.id

        # Below the next line: the text of the page (Markdown). Replace the example.
        ---

        Tell buyers about your business: who makes the batik, since when, and which orders you take.

        """,
        "content/products/kain-baru.md": """
        ---
        # A new product. Lines starting with # are notes: katalog does not read them.
        # When it is filled in, run katalog check: it points at every line still to fill in.

        # The product's name, as buyers read it.
        name: Kain Baru
        # The business that makes it: a file name in producers/ without .md.
        producer: sinar
        # Price in rupiah, digits only: no dots, no Rp. Like: price: 450000
        # To have buyers ask the price, delete this line: the site shows "Price on request".
        price: FILL IN
        # The day the product joined the catalogue (year-month-day), for the newest first.
        added: 2026-07-11

        # Optional. To use a line, delete the # at its start and replace the example.
        # How it is made, one of: tulis, cap, kombinasi, printing, ecoprint.
        # technique: tulis
        # Motif names; several in square brackets: [Gorga, Parang]
        # motifs: [Daun Kopi]
        # The fabric.
        # material: Katun primisima
        # The size of the cloth.
        # size: 2 m x 1,15 m
        # The colours of the cloth.
        # colors: [cokelat sogan, krem]
        # Photo file names (names only) in the folder products/kain-baru/. The first is the main photo.
        # photos: [kain-1.jpg, kain-2.jpg]
        # In stock: yes, or no when sold out (the product stays, marked sold out). Without this line: yes.
        # available: yes
        # yes to show the product among the featured ones on the home page. Without this line: no.
        # featured: yes

        # Below the next line: the text of the page (Markdown). Replace the example.
        ---

        Tell the story of this cloth: its motif and what it means, how it is made, how to care for it.

        """,
        "content/motifs/daun-kopi.md": """
        ---
        # A new motif. Lines starting with # are notes: katalog does not read them.
        # When it is filled in, run katalog check: it points at every line still to fill in.

        # The motif's name: a product shows this motif by writing this name in its motifs line.
        name: Daun Kopi

        # Optional. To use a line, delete the # at its start and replace the example.
        # Where the motif comes from.
        # origin: Toba, Sumatera Utara

        # Below the next line: the text of the page (Markdown). Replace the example.
        ---

        Tell where this motif comes from and what it means.

        """,
        "content/pages/cara-memesan.md": """
        ---
        # A new page of information. Lines starting with # are notes: katalog does not read them.
        # When it is filled in, run katalog check: it points at every line still to fill in.

        # The page's title, also its link at the bottom of every page.
        name: Cara Memesan

        # Below the next line: the text of the page (Markdown). Replace the example.
        ---

        Write the page here.

        """,
    ]
}
