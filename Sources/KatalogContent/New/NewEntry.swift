import Yams

/// The file `katalog new` writes: every field the content contract knows for its kind, each
/// explained by a YAML comment in the site's language. The fields the contract requires, and a
/// product's price and `added`, are filled in (the name, the cluster or producer, the date) or hold
/// a placeholder that `katalog check` refuses at its own line, saying what to write; the optional
/// fields are commented out with an example that is valid as it stands. Pure: `Builder.create`
/// does the checks and the writing. Every word `katalog new` writes or says about content, in both
/// languages, is in this file (the command line's own mistakes are argument-parser errors).
package struct NewEntry: Sendable, Equatable {
    package var kind: EntryKind
    package var slug: String
    package var name: String
    /// The cluster of a producer, the producer of a product; nil for the other kinds.
    package var reference: String?
    /// A product's `added`.
    package var today: Day
    package var language: Language

    package init(
        kind: EntryKind, slug: String, name: String, reference: String?, today: Day, language: Language
    ) {
        self.kind = kind
        self.slug = slug
        self.name = name
        self.reference = reference
        self.today = today
        self.language = language
    }

    /// The kind a new entry of `kind` names in its front matter (`cluster` for a producer,
    /// `producer` for a product), if any.
    package static func referencedKind(of kind: EntryKind) -> EntryKind? {
        switch kind {
        case .producer: .cluster
        case .product: .producer
        case .cluster, .motif, .page: nil
        }
    }

    /// A readable name for a slug: `kain-baru` gives `Kain Baru`.
    package static func name(fromSlug slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// What `--name` gave, with every run of white space (line breaks too) made one space.
    package static func normalizedName(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The placeholder of a product's price, refused by `check` as not a number.
    static func pricePlaceholder(_ language: Language) -> String {
        switch language {
        case .id: "ISI HARGA"
        case .en: "FILL IN"
        }
    }

    /// The placeholder of a producer's WhatsApp number, refused by `check` as having no digits.
    static let phonePlaceholder = "..."

    // MARK: The file

    /// The whole file.
    package var text: String {
        var lines = ["---"] + words.intro(kind).map { "# " + $0 } + [""]
        for field in fields where field.written {
            lines += field.help.map { "# " + $0 }
            lines.append(field.key + ":" + (field.value.isEmpty ? "" : " " + field.value))
        }
        let optional = fields.filter { !$0.written }
        if !optional.isEmpty {
            lines += ["", "# " + words.optionalHeading]
            for field in optional {
                lines += field.help.map { "# " + $0 }
                lines.append("# " + field.key + ": " + field.value)
            }
        }
        lines += ["", "# " + words.bodyHeading, "---", "", words.body(kind), ""]
        return lines.joined(separator: "\n")
    }

    private struct Field {
        var key: String
        /// Written as a field, not commented out: what the contract requires, and a product's
        /// `price` and `added`, which nearly every product has.
        var written: Bool
        /// As written after `key: `: a YAML value, a placeholder, or an optional field's example.
        var value: String
        var help: [String]
    }

    private var words: Words { language == .id ? .indonesian : .english }

    /// The fields in the order of the contract (docs/content.md §4), the written ones first.
    private var fields: [Field] {
        let w = words
        func written(_ key: String, _ value: String) -> Field {
            Field(key: key, written: true, value: value, help: w.help(kind, key, slug))
        }
        func optional(_ key: String, _ example: String) -> Field {
            Field(key: key, written: false, value: example, help: w.help(kind, key, slug))
        }
        let name = written("name", Self.yamlValue(name))
        let contact = [
            optional("email", "nama@gmail.com"), optional("website", "https://batik.example.id"),
        ]
        switch kind {
        case .cluster:
            return [
                name, written("province", ""), optional("city", "Medan"), optional("established", "2018"),
                optional("coordinator", "Rosmawati br. Sitorus"), optional("phone", "(061) 786 5521"),
                optional("whatsapp", "0812-3456-7890"),
            ] + contact
        case .producer:
            return [
                name, written("cluster", reference.map(Self.yamlValue) ?? ""),
                written("whatsapp", Self.phonePlaceholder), optional("phone", "(0332) 412 345"),
                optional("owner", "Sri Wahyuni"),
                optional("address", "Dusun Krajan RT 03 RW 02, Desa Sukosari, Tamanan, Bondowoso"),
                optional("since", "2015"),
            ] + contact
        case .product:
            return [
                name, written("producer", reference.map(Self.yamlValue) ?? ""),
                written("price", Self.pricePlaceholder(language)), written("added", today.description),
                optional("technique", "tulis"), optional("motifs", "[Daun Kopi]"),
                optional("material", "Katun primisima"), optional("size", "2 m x 1,15 m"),
                optional("colors", "[cokelat sogan, krem]"), optional("photos", "[kain-1.jpg, kain-2.jpg]"),
                optional("available", w.yes), optional("featured", w.yes),
            ]
        case .motif:
            return [name, optional("origin", "Toba, Sumatera Utara")]
        case .page:
            return [name]
        }
    }

    /// `value` as YAML writes it after `key: `: plain where it can be, quoted where it must
    /// (`'Batik Kawung: Sogan'`), on one line. Written by Yams, never by hand.
    static func yamlValue(_ value: String) -> String {
        let node = Node([(Node("k"), Node(value))])
        guard let yaml = try? Yams.serialize(node: node, width: -1, allowUnicode: true) else {
            preconditionFailure("Yams writes every string")
        }
        return String(yaml.dropFirst("k: ".count).dropLast())  // the key and the line break
    }
}

// MARK: Refusals and the summary line

extension NewEntry {
    /// Why `katalog new` writes nothing.
    package enum Refusal: Error, Equatable, Sendable {
        /// The content folder as the user named it.
        case contentFolderMissing(path: String)
        /// The slug is not `[a-z0-9]+(-[a-z0-9]+)*`; the suggestion is `Slug.make` of it (may be empty).
        case invalidSlug(slug: String, suggestion: String)
        case reservedPageSlug(slug: String)
        case reservedSlug(kind: EntryKind, slug: String)
        /// A motif's file is named by the slug of its name: products find its description by that.
        case motifNameMismatch(name: String, nameSlug: String)
        case emptyName
        /// `--cluster` or `--producer` is missing; the slugs there are (in code-point order).
        case referenceNotGiven(kind: EntryKind, available: [String])
        /// No such entry; the close one, or else the nearest few (none when there is no entry at all).
        case unknownReference(kind: EntryKind, slug: String, suggestion: String?, nearest: [String])
        case fileExists(path: String)
        case cannotWrite(path: String, reason: String)

        /// The file or folder the problem is at, printed before `error:`.
        package var path: String? {
            switch self {
            case .contentFolderMissing(let path), .fileExists(let path), .cannotWrite(let path, _): path
            default: nil
            }
        }

        /// `path: error: message` or `error: message`.
        package func line(_ language: Language) -> String {
            (path.map { $0 + ": " } ?? "") + "error: " + message(language)
        }

        package func message(_ language: Language) -> String {
            switch language {
            case .id: indonesian
            case .en: english
            }
        }

        private var english: String {
            switch self {
            case .contentFolderMissing: return "content folder not found"
            case .invalidSlug(let slug, let suggestion):
                return "'\(slug)' is not a valid slug (lowercase letters, digits and single '-'); "
                    + (suggestion.isEmpty ? "use lowercase letters, digits and '-'" : "use '\(suggestion)'")
            case .reservedPageSlug(let slug):
                return "page name '\(slug)' is reserved for the site's own pages; choose another, e.g. 'info-\(slug)'"
            case .reservedSlug(let kind, let slug):
                return "'\(slug)' is reserved for the numbered pages of the \(kind.rawValue) list "
                    + "(\(kind.rawValue)/\(slug)/2/); choose another, e.g. '\(kind.singular)-\(slug)'"
            case .motifNameMismatch(let name, let nameSlug):
                return "motif name '\(name)' is written '\(nameSlug)' in links, and products find its description "
                    + "by that; use the slug '\(nameSlug)'"
            case .emptyName: return "--name is empty"
            case .referenceNotGiven(let kind, let available):
                let what = kind == .cluster ? "a producer belongs to a cluster" : "a product belongs to a producer"
                guard !available.isEmpty else {
                    return "\(what), and there is no \(kind.singular) yet: first make one with "
                        + "katalog new \(kind.singular) <slug>"
                }
                return "\(what): add --\(kind.singular) with one of: " + Self.list(available, more: "more")
            case .unknownReference(let kind, let slug, let suggestion, let nearest):
                let start = "unknown \(kind.singular) '\(slug)': there is no file \(kind.rawValue)/\(slug).md; "
                if let suggestion { return start + "did you mean '\(suggestion)'?" }
                if nearest.isEmpty {
                    return start
                        + "there is no \(kind.singular) yet: first make one with katalog new \(kind.singular) <slug>"
                }
                return start + "the nearest: " + nearest.joined(separator: ", ")
            case .fileExists:
                return "the file already exists; katalog new never replaces a file: edit it, or choose another slug"
            case .cannotWrite(_, let reason): return "cannot write the file: \(reason)"
            }
        }

        private var indonesian: String {
            switch self {
            case .contentFolderMissing: return "folder konten tidak ditemukan"
            case .invalidSlug(let slug, let suggestion):
                return "'\(slug)' tidak bisa menjadi nama file (hanya huruf kecil, angka, dan satu '-' di antaranya); "
                    + (suggestion.isEmpty ? "pakai huruf kecil, angka, dan '-'" : "pakai '\(suggestion)'")
            case .reservedPageSlug(let slug):
                return "nama halaman '\(slug)' sudah dipakai situs untuk halamannya sendiri; "
                    + "pilih nama lain, misalnya 'info-\(slug)'"
            case .reservedSlug(let kind, let slug):
                return "'\(slug)' sudah dipakai untuk halaman bernomor daftar \(kind.rawValue) "
                    + "(\(kind.rawValue)/\(slug)/2/); pilih nama lain, misalnya '\(kind.singular)-\(slug)'"
            case .motifNameMismatch(let name, let nameSlug):
                return "nama motif '\(name)' ditulis '\(nameSlug)' di tautan, dan produk menemukan keterangannya "
                    + "dengan nama itu; pakai '\(nameSlug)'"
            case .emptyName: return "--name kosong"
            case .referenceNotGiven(let kind, let available):
                let what = kind == .cluster ? "usaha harus masuk sebuah klaster" : "produk harus punya usaha pembuatnya"
                guard !available.isEmpty else {
                    return "\(what), tetapi belum ada \(Self.noun(kind)): buat dulu dengan "
                        + "katalog new \(kind.singular) <kode>"
                }
                return "\(what): tambahkan --\(kind.singular) dengan salah satu dari: "
                    + Self.list(available, more: "lainnya")
            case .unknownReference(let kind, let slug, let suggestion, let nearest):
                let start = "\(Self.noun(kind)) '\(slug)' tidak ada: tidak ada file \(kind.rawValue)/\(slug).md; "
                if let suggestion { return start + "mungkin maksud Anda '\(suggestion)'?" }
                if nearest.isEmpty {
                    return start + "belum ada \(Self.noun(kind)): buat dulu dengan katalog new \(kind.singular) <kode>"
                }
                return start + "yang paling mirip: " + nearest.joined(separator: ", ")
            case .fileExists:
                return "file ini sudah ada; katalog new tidak pernah menimpa file: ubah file itu, atau pilih nama lain"
            case .cannotWrite(_, let reason): return "tidak bisa menulis file: \(reason)"
            }
        }

        /// The kind in an Indonesian sentence.
        private static func noun(_ kind: EntryKind) -> String {
            switch kind {
            case .cluster: "klaster"
            case .producer: "usaha"
            case .product: "produk"
            case .motif: "motif"
            case .page: "halaman"
            }
        }

        /// At most five slugs, then how many more: `a, b, c, d, e (3 more)`.
        private static func list(_ slugs: [String], more: String) -> String {
            let shown = slugs.prefix(5).joined(separator: ", ")
            return slugs.count > 5 ? shown + " (\(slugs.count - 5) \(more))" : shown
        }
    }

    /// The line on standard output once the file is written: where it is and what to do next.
    /// `check` is the command that checks this content folder.
    package static func created(path: String, check: String, language: Language) -> String {
        switch language {
        case .id: "file dibuat: \(path); lengkapi isinya, lalu jalankan: \(check)"
        case .en: "created \(path); fill it in, then run: \(check)"
        }
    }
}

// MARK: Words of the file

/// The comments and body of a new file in one language.
private struct Words: Sendable {
    let intro: @Sendable (EntryKind) -> [String]
    let optionalHeading: String
    let bodyHeading: String
    let body: @Sendable (EntryKind) -> String
    let yes: String
    /// The comment above a field: the kind, the key, the entry's slug.
    let help: @Sendable (EntryKind, String, String) -> [String]

    static let techniques = Technique.allCases.map(\.rawValue)

    static let english = Words(
        intro: { kind in
            let what =
                switch kind {
                case .cluster: "A new cluster"
                case .producer: "A new producer (a business)"
                case .product: "A new product"
                case .motif: "A new motif"
                case .page: "A new page of information"
                }
            return [
                what + ". Lines starting with # are notes: katalog does not read them.",
                "When it is filled in, run katalog check: it points at every line still to fill in.",
            ]
        },
        optionalHeading: "Optional. To use a line, delete the # at its start and replace the example.",
        bodyHeading: "Below the next line: the text of the page (Markdown). Replace the example.",
        body: { kind in
            switch kind {
            case .cluster: "Tell the cluster's story: its history, its makers and what marks its batik."
            case .producer:
                "Tell buyers about your business: who makes the batik, since when, and which orders you take."
            case .product:
                "Tell the story of this cloth: its motif and what it means, how it is made, how to care for it."
            case .motif: "Tell where this motif comes from and what it means."
            case .page: "Write the page here."
            }
        },
        yes: "yes",
        help: { kind, key, slug in
            switch (kind, key) {
            case (.cluster, "name"): ["The cluster's name, as buyers read it."]
            case (.cluster, "province"):
                ["The cluster's province. Required: write it after the colon, like: province: Sumatera Utara"]
            case (_, "city"): ["Town or regency."]
            case (_, "established"): ["The year the cluster began, four digits."]
            case (_, "coordinator"): ["The coordinator's name."]
            case (.cluster, "phone"): ["The coordinator's phone number (a mobile, or a landline with its area code)."]
            case (.cluster, "whatsapp"): ["The coordinator's WhatsApp number, best a mobile (08...)."]
            case (_, "email"): ["E-mail address."]
            case (_, "website"): ["Full web address, starting with https://"]
            case (.producer, "name"): ["The business's name, as buyers read it."]
            case (.producer, "cluster"): ["Its cluster: a file name in clusters/ without .md."]
            case (.producer, "whatsapp"):
                [
                    "WhatsApp number for buyers, best a mobile, like: whatsapp: 0812-3456-7890",
                    "Replace ... with the number. No WhatsApp? Delete this line and use phone below instead.",
                ]
            case (.producer, "phone"): ["Phone number (a mobile, or a landline with its area code)."]
            case (_, "owner"): ["The owner's name."]
            case (_, "address"): ["The full address of the workshop or shop."]
            case (_, "since"): ["The year the business began, four digits."]
            case (.product, "name"): ["The product's name, as buyers read it."]
            case (.product, "producer"): ["The business that makes it: a file name in producers/ without .md."]
            case (_, "price"):
                [
                    "Price in rupiah, digits only: no dots, no Rp. Like: price: 450000",
                    "To have buyers ask the price, delete this line: the site shows \"Price on request\".",
                ]
            case (_, "added"): ["The day the product joined the catalogue (year-month-day), for the newest first."]
            case (_, "technique"): ["How it is made, one of: " + techniques.joined(separator: ", ") + "."]
            case (_, "motifs"): ["Motif names; several in square brackets: [Gorga, Parang]"]
            case (_, "material"): ["The fabric."]
            case (_, "size"): ["The size of the cloth."]
            case (_, "colors"): ["The colours of the cloth."]
            case (_, "photos"):
                ["Photo file names (names only) in the folder products/\(slug)/. The first is the main photo."]
            case (_, "available"):
                ["In stock: yes, or no when sold out (the product stays, marked sold out). Without this line: yes."]
            case (_, "featured"):
                ["yes to show the product among the featured ones on the home page. Without this line: no."]
            case (.motif, "name"):
                ["The motif's name: a product shows this motif by writing this name in its motifs line."]
            case (_, "origin"): ["Where the motif comes from."]
            case (.page, "name"): ["The page's title, also its link at the bottom of every page."]
            default: preconditionFailure("no words for \(key)")
            }
        })

    static let indonesian = Words(
        intro: { kind in
            let what =
                switch kind {
                case .cluster: "Klaster baru"
                case .producer: "Usaha (UMKM) baru"
                case .product: "Produk baru"
                case .motif: "Motif baru"
                case .page: "Halaman informasi baru"
                }
            return [
                what + ". Baris yang diawali # hanyalah catatan: katalog tidak membacanya.",
                "Setelah diisi, jalankan katalog check: pesannya menunjuk baris yang masih perlu diisi.",
            ]
        },
        optionalHeading: "Boleh tidak diisi. Untuk memakai baris, hapus tanda # di depannya, lalu ganti contohnya.",
        bodyHeading: "Di bawah garis berikut: isi halaman (cerita bebas). Ganti kalimat contohnya.",
        body: { kind in
            switch kind {
            case .cluster: "Ceritakan klaster ini: sejarahnya, para perajinnya, dan ciri khas batiknya."
            case .producer: "Ceritakan usaha Anda: siapa yang membatik, sejak kapan, dan pesanan apa yang Anda terima."
            case .product: "Ceritakan kain ini: motif dan maknanya, cara membuatnya, dan cara merawatnya."
            case .motif: "Ceritakan asal-usul dan makna motif ini."
            case .page: "Tulis isi halaman di sini."
            }
        },
        yes: "ya",
        help: { kind, key, slug in
            switch (kind, key) {
            case (.cluster, "name"): ["Nama klaster atau sentra, seperti yang dibaca pembeli."]
            case (.cluster, "province"):
                ["Provinsi klaster. Wajib: tulis setelah titik dua, misalnya: province: Sumatera Utara"]
            case (_, "city"): ["Kota atau kabupaten."]
            case (_, "established"): ["Tahun klaster berdiri, empat angka."]
            case (_, "coordinator"): ["Nama koordinator klaster."]
            case (.cluster, "phone"): ["Nomor telepon koordinator (HP, atau telepon kantor dengan kode area)."]
            case (.cluster, "whatsapp"): ["Nomor WhatsApp koordinator, sebaiknya nomor HP (08...)."]
            case (_, "email"): ["Alamat email."]
            case (_, "website"): ["Alamat situs lengkap, diawali https://"]
            case (.producer, "name"): ["Nama usaha, seperti yang ingin dilihat pembeli."]
            case (.producer, "cluster"): ["Klaster usaha ini: nama file di folder clusters/ tanpa .md."]
            case (.producer, "whatsapp"):
                [
                    "Nomor WhatsApp untuk pembeli, sebaiknya nomor HP, misalnya: whatsapp: 0812-3456-7890",
                    "Ganti ... dengan nomor Anda. Tidak punya WhatsApp? Hapus baris ini, lalu pakai phone di bawah.",
                ]
            case (.producer, "phone"): ["Nomor telepon (HP, atau telepon rumah/kantor dengan kode area)."]
            case (_, "owner"): ["Nama pemilik."]
            case (_, "address"): ["Alamat lengkap tempat usaha."]
            case (_, "since"): ["Tahun mulai usaha, empat angka."]
            case (.product, "name"): ["Nama produk, seperti yang dibaca pembeli."]
            case (.product, "producer"): ["Usaha pembuatnya: nama file di folder producers/ tanpa .md."]
            case (_, "price"):
                [
                    "Harga dalam rupiah, angka saja: tanpa titik, tanpa Rp. Misalnya: price: 450000",
                    "Kalau harga ingin ditanyakan lewat chat, hapus baris ini: situs menulis \"Hubungi penjual\".",
                ]
            case (_, "added"): ["Tanggal produk masuk katalog (tahun-bulan-tanggal), untuk urutan \"Terbaru\"."]
            case (_, "technique"): ["Cara membuat, salah satu dari: " + techniques.joined(separator: ", ") + "."]
            case (_, "motifs"): ["Nama motif; beberapa motif ditulis dalam kurung siku: [Gorga, Parang]"]
            case (_, "material"): ["Bahan kain."]
            case (_, "size"): ["Ukuran kain."]
            case (_, "colors"): ["Warna-warna kain."]
            case (_, "photos"):
                ["Nama file foto (nama saja) di folder products/\(slug)/. Foto pertama menjadi foto utama."]
            case (_, "available"):
                [
                    "Ada stok? ya kalau ada, tidak kalau habis (produk tetap tampil, bertanda \"Stok habis\"). Tanpa baris ini: ya."
                ]
            case (_, "featured"):
                ["ya kalau produk ini ingin tampil di \"Produk pilihan\" di halaman depan. Tanpa baris ini: tidak."]
            case (.motif, "name"): ["Nama motif. Produk memakai motif ini dengan menulis nama ini di baris motifs."]
            case (_, "origin"): ["Daerah asal motif."]
            case (.page, "name"): ["Judul halaman, juga teks tautannya di bagian bawah setiap halaman."]
            default: preconditionFailure("no words for \(key)")
            }
        })
}
