import KatalogSystem

extension Diagnostic.Reason {
    /// The message in the language a catalogue's producers read (`language` in site.yml).
    package func message(in language: Language) -> String {
        switch language {
        case .en: message
        case .id: indonesianMessage
        }
    }

    /// The message in Indonesian, for producers with no technical background: the same values and
    /// the same fix as the English (`message`), in plain words and the imperative ("tulis",
    /// "ganti", "hapus"), never "Anda" or "saya". Field names, file names and values stay as
    /// written: they are what the producer types. Lowercase and one clause, like the English.
    package var indonesianMessage: String {
        switch self {
        case .contentFolderMissing: "folder konten tidak ditemukan"
        case .siteFileMissing: "site.yml tidak ada: buat file itu, paling sedikit berisi 'title: Nama katalog'"
        case .cannotReadFolder(let reason): "folder tidak bisa dibaca: \(reason)"
        case .unreadableFile(let failure):
            switch failure {
            case .missing, .notAFile: failure.indonesianWords
            case .tooLarge: failure.indonesianWords + ": simpan foto di images/ dan tulis teks yang pendek saja"
            case .system: "file tidak bisa dibaca: " + failure.indonesianWords
            }
        case .unreadablePhoto(let failure): "foto tidak bisa dibaca: " + failure.indonesianWords
        case .symlinkToNothing: "tautan simbolik (symlink) ini tidak menunjuk ke file apa pun"
        case .symlinkOutsideContent(let target):
            "tautan simbolik (symlink) menunjuk ke luar folder konten (ke \(target)); salin file aslinya ke sini"
        case .notPartOfCatalogue(let name):
            "'\(name)' bukan bagian dari katalog dan diabaikan (yang dipakai hanya site.yml, clusters/, producers/, "
                + "products/, motifs/, pages/ dan images/)"
        case .nestedFolderIgnored(let folder): "folder di dalam \(folder)/ tidak dipakai; diabaikan"
        case .folderInPhotoFolder: "folder di dalam folder foto produk tidak dipakai; diabaikan"
        case .notMarkdownFile(let name): "'\(name)' bukan file .md dan diabaikan"
        case .invalidFileName(let name, let suggestion):
            "nama file '\(name)' tidak bisa dipakai (hanya huruf kecil, angka dan tanda '-' tunggal); "
                + (suggestion.isEmpty ? "pakai huruf kecil, angka dan '-'" : "ganti namanya menjadi '\(suggestion).md'")
        case .reservedPageName(let slug):
            "nama halaman '\(slug)' sudah dipakai halaman bawaan situs; ganti nama filenya, misalnya menjadi"
                + " 'info-\(slug).md'"
        case .reservedFileName(let kind, let slug):
            "nama file '\(slug).md' sudah dipakai halaman bernomor daftar \(kind.rawValue) "
                + "(\(kind.rawValue)/\(slug)/2/); ganti nama filenya, misalnya menjadi '\(kind.singular)-\(slug).md'"

        case .invalidUTF8:
            "file tidak tersimpan sebagai teks UTF-8: simpan ulang sebagai UTF-8 (di aplikasi penulis: Save As,"
                + " pilih encoding UTF-8)"
        case .lineTooLong(let bytes, let limit):
            "baris ini panjangnya \(bytes) byte; paling panjang \(Limits.sizeText(limit)): pecah menjadi beberapa baris"
        case .missingFrontMatter:
            "bagian data tidak ada: file harus diawali baris '---', lalu data seperti 'name: ...', lalu '---' lagi"
        case .frontMatterNotClosed:
            "bagian data yang dibuka di sini tidak pernah ditutup: tambahkan baris '---' setelah data terakhir"
        case .frontMatterTooLarge(let bytes, let limit):
            "bagian data lebih besar dari \(Limits.sizeText(limit)) (sudah \(bytes) byte); "
                + "pindahkan teks yang panjang ke bawah '---' kedua"
        case .yamlTooDeep(let limit):
            "bagian data bersusun lebih dari \(limit) tingkat; "
                + "data katalog cukup ditulis sebagai baris 'nama: isi' dan daftar pendek"
        case .invalidYAML(let problem, let context, let hint):
            "penulisan bagian data salah (YAML): \(problem)" + (context.map { " (\($0))" } ?? "")
                + (hint.map { "; " + $0.indonesianWords } ?? "")
        case .frontMatterUnreadable(let error): "bagian data tidak bisa dibaca: \(error)"
        case .duplicateKeys(let keys):
            "data \(keys.map { "'\($0)'" }.joined(separator: ", ")) ditulis lebih dari sekali: "
                + "setiap data hanya boleh ditulis satu kali"
        case .yamlAnchors:
            "tanda &nama dan *nama (anchor dan alias YAML) tidak boleh dipakai di bagian data; tulis setiap isinya"
                + " lengkap"
        case .notAMapping(let found):
            "data harus ditulis sebagai baris 'nama: isi', bukan \(found.indonesianWords)"
        case .keyNotAWord: "nama data harus satu kata biasa, seperti 'name'"
        case .missingField(let key): "data wajib '\(key)' belum ditulis"
        case .emptyField(let key): "'\(key)' masih kosong"
        case .notASection(let key, let example, let found):
            "'\(key)' harus berisi pengaturan pada baris menjorok di bawahnya, seperti '\(key):' lalu '  \(example)',"
                + " bukan \(found.indonesianWords)"
        case .notText(let key, let found): "'\(key)' harus berisi teks, bukan \(found.indonesianWords)"
        case .notSingleValue(let key, let found):
            "'\(key)' harus berisi satu isi saja, bukan \(found.indonesianWords)"
        case .notBoolean(let key, let value): "'\(key)' harus ya atau tidak (true atau false), tertulis '\(value)'"
        case .notAYear(let key, let value): "'\(key)' harus tahun seperti 2018, tertulis '\(value)'"
        case .notADate(let key, let value):
            "'\(key)' harus tanggal seperti 2024-03-12 (tahun-bulan-tanggal), tertulis '\(value)'"
        case .notAWholeNumber(let key, let value, let minimum, let maximum):
            "'\(key)' harus bilangan bulat dari \(minimum) sampai \(maximum), tertulis '\(value)'"
        case .listTooLong(let key, let count, let limit): "'\(key)' berisi \(count) butir; paling banyak \(limit)"
        case .listItemNotText(let key, let found):
            "setiap butir '\(key)' harus berisi teks, bukan \(found.indonesianWords)"
        case .notAList(let key, let found):
            "'\(key)' harus berupa daftar seperti [a, b], bukan \(found.indonesianWords)"
        case .unknownField(let key, let suggestion, let known):
            "data '\(key)' tidak dikenal dan diabaikan; "
                + (suggestion.map { "mungkin maksudnya '\($0)'?" }
                    ?? "data yang dikenal: \(known.joined(separator: ", "))")

        case .unknownTechnique(let value, let suggestion, let known):
            suggestion.map {
                "teknik '\(value)' tidak dikenal; mungkin maksudnya '\($0)'? (pilihannya: \(known.joined(separator: ", ")))"
            } ?? "teknik '\(value)' tidak dikenal; tulis salah satu: \(known.joined(separator: ", "))"
        case .priceFormatted(let value, let suggestion):
            Self.priceFormatted(value: value, marks: Self.priceMarks(value), suggestion: String(suggestion))
        case .priceNotPositive(let value):
            "harga '\(value)' harus lebih dari 0; hapus baris price supaya tertulis \"Hubungi penjual\""
        case .priceFraction(let value): "harga '\(value)' memakai pecahan; tulis rupiah utuh, misalnya price: 450000"
        case .priceNotANumber(let value):
            "harga '\(value)' bukan angka; tulis rupiah utuh, misalnya price: 450000, atau hapus baris price"
        case .photoIsURL(let name):
            "foto '\(name)' adalah alamat internet; salin file fotonya ke folder produk dan tulis nama filenya"
        case .photoHasFolder(let name):
            "foto '\(name)' harus ditulis nama filenya saja, tanpa nama folder, misalnya kain-1.jpg"
        case .photoNameUnusable(let name): "'\(name)' tidak bisa dipakai sebagai nama file foto"
        case .photoNameReserved(let name):
            "foto '\(name)' memakai nama halaman produk itu sendiri; ganti nama filenya, misalnya menjadi kain-1.jpg"
        case .whatsappNotMobile(let display):
            "nomor whatsapp '\(display)' bukan nomor HP (08...); WhatsApp biasanya memakai nomor HP"
        case .missingPhone:
            "'phone' atau 'whatsapp' belum ditulis: pembeli perlu paling sedikit satu nomor untuk dihubungi"
        case .invalidEmail(let value): "email '\(value)' tidak berbentuk nama@domain, seperti batiksekararum@gmail.com"
        case .invalidWebsite(let value): "website '\(value)' harus alamat lengkap yang diawali https:// atau http://"
        case .phoneInvalidCharacter(let key, let value, let character):
            "nomor \(key) '\(value)' berisi '\(character)'; tulis angka saja, boleh dengan spasi, '-', '.', '( )'"
                + " atau '+' di depan"
        case .phoneNotIndonesian(let key, let value, let country, let code):
            "nomor \(key) '\(value)' adalah nomor \(country) (+\(code)): katalog hanya memuat nomor Indonesia;"
                + " tulis nomor Indonesia, misalnya 0812-3456-7890"
        case .phoneWrongLength(let key, let value, true, true):
            "nomor \(key) '\(value)' terlalu pendek untuk nomor HP: nomor HP punya 10 sampai 13 angka dan diawali"
                + " 08; periksa lagi angkanya"
        case .phoneWrongLength(let key, let value, false, true):
            "nomor \(key) '\(value)' terlalu panjang untuk nomor HP: nomor HP punya 10 sampai 13 angka dan diawali"
                + " 08; periksa lagi angkanya"
        case .phoneWrongLength(let key, let value, true, false):
            "nomor \(key) '\(value)' terlalu pendek untuk nomor telepon rumah/kantor: tulis kode area dan nomornya"
                + " lengkap, misalnya (061) 786-5521"
        case .phoneWrongLength(let key, let value, false, false):
            "nomor \(key) '\(value)' terlalu panjang untuk nomor telepon rumah/kantor: tulis kode area dan nomornya"
                + " sekali saja, misalnya (061) 786-5521"
        case .phoneLabel(let key, let value, let label, let rest):
            "nomor \(key) '\(value)' diawali tulisan '\(label)'; tulis nomornya saja: \(key): \(rest)"
        case .phoneExtension(let key, let value, let part, let rest):
            "nomor \(key) '\(value)' memakai nomor ekstensi ('\(part)') yang tidak bisa ditekan dari tautan;"
                + " tulis nomornya saja: \(key): \(rest)"
        case .phoneLetters(let key, let value, let part):
            "nomor \(key) '\(value)' berisi huruf ('\(part)'); tulis nomornya saja, misalnya 0812-3456-7890,"
                + " dan tulis nama di bagian cerita"
        case .phoneNotANumber(let key, let value):
            "nomor \(key) '\(value)' tidak berisi angka; tulis nomornya, misalnya 0812-3456-7890"
        case .phoneInvalid(let key, let value):
            "nomor \(key) '\(value)' bukan nomor Indonesia yang ada: tidak ada nomor yang diawali seperti ini;"
                + " periksa kode area dan angkanya"
        case .phoneServiceNumber("whatsapp", let value, let kind):
            "nomor whatsapp '\(value)' adalah \(kind.indonesianWords), yang tidak bisa dihubungi lewat WhatsApp;"
                + " tulis nomor HP (08...)"
        case .phoneServiceNumber(let key, let value, let kind):
            "nomor \(key) '\(value)' adalah \(kind.indonesianWords): pastikan pembeli bisa meneleponnya; nomor HP"
                + " atau telepon rumah/kantor lebih baik"
        case .phoneWithoutZero(let key, let value, let written):
            "nomor \(key) '\(value)' tidak diawali 0; tulis seperti saat menelepon: \(key): \(written)"
        case .phoneAmbiguous62(let key, let value, let international, let landline):
            "nomor \(key) '\(value)' dibaca sebagai \(international); kalau yang dimaksud telepon rumah/kantor"
                + " \(landline), tulis dengan 0 di depan: \(key): \(landline)"
        case .invalidLanguage(let value): "language '\(value)' harus id atau en"
        case .unsupportedCurrency(let value): "mata uang '\(value)' tidak didukung; harga selalu dalam rupiah (IDR)"
        case .priceBandNotANumber(let value):
            "'price_bands' harus berisi rupiah utuh dari kecil ke besar, misalnya [100000, 250000, 500000, 1000000]; "
                + "'\(value)' tidak ditulis dengan angka saja"
        case .priceBandsNotAscending(let value):
            "'price_bands' harus berisi rupiah utuh dari kecil ke besar, misalnya [100000, 250000, 500000, 1000000]; "
                + "'\(value)' tidak lebih besar dari angka sebelumnya"
        case .tooManyPriceBands(let count, let limit):
            "'price_bands' berisi \(count) batas; paling banyak \(limit)"
        case .provinceNameEmpty(let name): "provinsi '\(name)' tidak berisi huruf atau angka"
        case .invalidBaseURL(let value):
            "base_url '\(value)' harus alamat lengkap seperti https://batik.example.id/katalog/"

        case .unknownReference(let kind, let slug, let suggestion):
            "\(kind.indonesianWord) '\(slug)' tidak dikenal: tidak ada file \(kind.rawValue)/\(slug).md"
                + (suggestion.map { "; mungkin maksudnya '\($0)'?" } ?? "")
        case .unknownLinkTarget(let target, let name, let suggestion):
            "tautan ke \(target.indonesianWord) '\(name)' yang tidak dikenal"
                + (target == .motif
                    ? ": tidak ada produk yang memakai motif ini"
                    : ": tidak ada file \(target.rawValue)/\(name).md")
                + (suggestion.map { "; mungkin maksudnya '\(target.singular):\($0)'?" } ?? "")
        case .linkNeedsName(let scheme):
            "tautan '\(scheme):' perlu nama setelah titik dua, misalnya \(scheme):batik-gorga"
        case .motifNameEmpty(let name): "nama motif '\(name)' tidak berisi huruf atau angka"
        case .motifListedTwice(let name): "motif '\(name)' ditulis dua kali di produk ini"
        case .motifNameMismatch(let name, let slug, let file):
            "nama motif '\(name)' ditulis '\(slug)' dalam tautan, tetapi file ini bernama \(file).md; "
                + "produk menyebut motif dengan nama filenya"
        case .motifUnused(let name): "tidak ada produk yang memakai motif '\(name)'; halamannya tidak berisi produk"
        case .reservedMotifName(let name, let slug):
            "nama motif '\(name)' sudah dipakai halaman bernomor daftar motif (motifs/\(slug)/2/); "
                + "beri motif itu nama lain, misalnya 'Motif \(name)'"
        case .photoListedTwice(let name): "foto '\(name)' ditulis dua kali"
        case .photoNotFound(let name, let product):
            "foto '\(name)' tidak ditemukan: masukkan ke products/\(product)/ atau images/"
        case .photoNotAnImage(let name, let kind?):
            "foto '\(name)' berformat \(kind), bukan foto; simpan gambarnya sebagai JPEG lalu tulis nama file itu"
        case .photoNotAnImage(let name, nil): "'\(name)' bukan foto JPEG, PNG, WebP atau HEIC"
        case .photoDamaged(let name):
            "foto '\(name)' tidak bisa dibaca: filenya rusak atau terpotong; minta fotonya dikirim ulang"
        case .photoTooManyPixels(let name, let width, let height, let limit):
            "foto '\(name)' berukuran \(width) x \(height) piksel, lebih dari yang bisa dibaca katalog"
                + " (\(limit / 1_000_000) juta); perkecil fotonya"
        case .photoHEICUnreadable(let name):
            "foto '\(name)' adalah foto HEIC (iPhone) yang tidak bisa dibaca komputer ini; simpan ulang sebagai JPEG"
                + " (di iPhone: Pengaturan > Kamera > Format > Paling Kompatibel)"
        case .photoTooSmall(let name, let width, let wanted):
            "foto '\(name)' lebarnya hanya \(width) piksel dan akan terlihat buram; minta foto yang lebarnya"
                + " paling sedikit \(wanted) piksel"
        case .logoNotFound(let name): "logo '\(name)' tidak ditemukan: masukkan ke images/"
        case .logoNotPNGOrJPEG(let name, let format):
            "logo '\(name)' adalah file \(format); ikon situs dibuat dari logo PNG atau JPEG: simpan sebagai PNG"
        case .logoTooSmall(let name, let width, let height, let wanted):
            "logo '\(name)' hanya \(width) x \(height) piksel; ikon memerlukan lebar atau tinggi paling sedikit"
                + " \(wanted) piksel: minta logo yang lebih besar"
        case .photoNamesClash(let name, let other, let published):
            "foto '\(other)' dan '\(name)' akan sama-sama diterbitkan sebagai '\(published)'; ganti nama salah satunya"
        case .photoCannotBeProcessed(let name, let detail): "foto '\(name)' tidak bisa diolah: " + detail
        case .photoFolderWithoutSheet(let slug):
            "folder foto ini tidak punya file produk products/\(slug).md; fotonya tidak diterbitkan"
        case .photoNotListed: "foto ini tidak ditulis di 'photos' file produknya, jadi tidak ditampilkan"

        case .rawHTML(let snippet): "kode HTML tidak diizinkan dan sudah dihapus: \(snippet)"
        case .linkRemoved(let destination, let isImage):
            "\(isImage ? "gambar" : "tautan") ke '\(destination)' dihapus: hanya tautan http, https, mailto, tel "
                + "dan tautan relatif yang diizinkan"
        case .bodyTooDeep(let limit):
            "teks bersusun lebih dari \(limit) tingkat (kutipan, daftar atau huruf tebal/miring saling bertumpuk); "
                + "tulis lebih sederhana"
        case .bodyListTooLong(let count, let limit): "daftar berisi \(count) butir; paling banyak \(limit)"
        case .moreProblems(let count):
            "\(count) masalah lain di teks ini tidak ditampilkan; perbaiki yang ini dulu"
        case .nulCharacter:
            "karakter NUL yang tidak terlihat (sering tertinggal dari salinan yang rusak) diganti dengan U+FFFD;"
                + " hapus karakter itu"

        case .templatesFolderMissing: "folder templates tidak ditemukan"
        case .templateSyntax(let problem): "penulisan template salah: \(problem.indonesianWords)"
        case .unreadableTemplate(let failure): "template tidak bisa dibaca: " + failure.indonesianWords
        case .unreadableAsset(let failure): "file aset tema tidak bisa dibaca: " + failure.indonesianWords
        case .notATemplate: "bukan template .mustache atau file di assets/ atau icons/; diabaikan"

        case .outputPathEmpty: "nama folder hasil kosong"
        case .outputIsShared(let output):
            "situs tidak akan ditulis ke '\(output)': pilih folder tersendiri, misalnya public"
        case .outputOverlaps(let output, let name, let folder):
            "situs tidak akan ditulis ke '\(output)': folder itu bertumpang tindih dengan folder \(name) '\(folder)'"
        case .outputNotAFolder(let output): "'\(output)' sudah ada dan bukan folder"
        case .outputNotKatalogs(let output):
            "'\(output)' tidak kosong dan tidak dibuat oleh katalog; "
                + "pakai --force untuk menggantinya seluruhnya, atau pilih folder hasil yang lain"
        case .cannotCreateOutputParent(let output, let reason): "folder untuk '\(output)' tidak bisa dibuat: \(reason)"
        case .cannotOpenLock(let output, let reason):
            "file kunci di samping '\(output)' tidak bisa dibuka: \(reason)"
        case .buildInProgress(let output):
            "katalog lain sedang menulis '\(output)' saat ini; jalankan lagi setelah selesai"
        case .cannotCreateStaging(let output, let reason):
            "folder sementara di samping '\(output)' tidak bisa dibuat: \(reason)"
        case .cannotCreateOutputFolder(let folder, let reason, let output):
            "folder '\(folder)/' situs baru tidak bisa dibuat: \(reason); '\(output)' tidak diubah"
        case .cannotWriteOutputFile(let file, let reason, let output):
            "'\(file)' situs baru tidak bisa ditulis: \(reason); '\(output)' tidak diubah"
        case .cannotWriteMarker(let reason, let output):
            "situs baru tidak bisa ditulis: \(reason); '\(output)' tidak diubah"
        case .cannotReplaceOutput(let output, let reason, let leftAsItWas):
            "'\(output)' tidak bisa diganti: \(reason)" + (leftAsItWas ? "; '\(output)' tidak diubah" : "")
        case .cannotMoveIntoOutput(let output, let reason):
            "situs baru tidak bisa dipindahkan ke '\(output)': \(reason)"
        case .duplicateOutput(let path):
            "dua file situs akan ditulis ke '\(path)'; ini kesalahan (bug) katalog, mohon laporkan"
        }
    }

    /// What a price written `value` has besides digits: the currency, the thousands separator
    /// (`Rp 450.000`: "Rp dan titik ribuan").
    /// The Indonesian price message, which names what the price is written with: also the
    /// submission form's template (`{value}`, `{marks}`, `{suggestion}`).
    package static func priceFormatted(value: String, marks: String, suggestion: String) -> String {
        "harga '\(value)' memakai \(marks); tulis angka saja: price: \(suggestion)"
    }

    /// The words `priceMarks` joins, by what they name; the submission form's script joins the same.
    package static let priceMarkWords: [String: String] = [
        "rp": "Rp", "idr": "IDR", "dot": "titik ribuan", "comma": "koma ribuan", "other": "tanda selain angka",
        "and": " dan ",
    ]

    static func priceMarks(_ value: String) -> String {
        var body = Substring(value)
        while let first = body.first, !first.isASCIIDigit { body = body.dropFirst() }
        if body.hasSuffix(",-") || body.hasSuffix(".-") { body = body.dropLast(2) }
        let words = priceMarkWords
        var marks: [String] = []
        if value.contains(where: \.isLetter) {
            marks.append(value.uppercased().contains("IDR") ? words["idr"]! : words["rp"]!)
        }
        if body.contains(".") { marks.append(words["dot"]!) }
        if body.contains(",") { marks.append(words["comma"]!) }
        return marks.isEmpty ? words["other"]! : marks.joined(separator: words["and"]!)
    }
}

extension EntryKind {
    /// The kind in an Indonesian sentence, as the site names it (`perajin`, `klaster`).
    package var indonesianWord: String {
        switch self {
        case .cluster: "klaster"
        case .producer: "perajin"
        case .product: "produk"
        case .motif: "motif"
        case .page: "halaman"
        }
    }
}

extension SafeRead.Failure {
    /// `words` in Indonesian.
    package var indonesianWords: String {
        switch self {
        case .missing: "file tidak ditemukan (apakah dipindahkan atau dihapus saat katalog berjalan?)"
        case .notAFile: "bukan file biasa"
        case .tooLarge(let bytes, let limit): "file berukuran \(bytes) byte; paling besar \(Limits.sizeText(limit))"
        case .system(let reason): reason
        }
    }
}

extension Diagnostic.PhoneService {
    var indonesianWords: String {
        switch self {
        case .tollFree: "nomor bebas pulsa (0800)"
        case .premiumRate: "nomor premium (penelepon membayar lebih mahal)"
        case .sharedCost: "nomor berbagi biaya"
        case .other: "nomor jenis lain yang tidak dikenali katalog (bukan nomor HP dan bukan telepon rumah/kantor)"
        }
    }
}

extension Diagnostic.YAMLShape {
    var indonesianWords: String {
        switch self {
        case .singleValue: "satu isi"
        case .list: "daftar"
        case .mapping: "data bersusun"
        case .alias: "alias"
        }
    }
}

extension Diagnostic.YAMLHint {
    var indonesianWords: String {
        switch self {
        case .quoteColon: "kalau isinya mengandung ': ', apit dengan tanda petik dua"
        case .tabs: "beri jarak di awal baris dengan spasi, bukan tab"
        case .tabsOrQuote: "beri jarak dengan spasi, bukan tab, dan apit dengan tanda petik isi yang diawali @ atau `"
        case .controlCharacter:
            "hapus karakter yang tidak terlihat itu (sering terbawa saat menyalin teks dari dokumen)"
        }
    }
}

extension Diagnostic.TemplateSyntax {
    var indonesianWords: String {
        switch self {
        case .sectionCloseNameIncorrect: "sebuah bagian ditutup dengan nama yang berbeda dari saat dibuka"
        case .unfinishedName: "sebuah tag tidak ditutup dengan }}"
        case .expectedSectionEnd: "bagian {{#...}} tidak pernah ditutup dengan {{/...}}"
        case .invalidSetDelimiter: "tag pengganti pembatas (set-delimiter) tidak sah"
        case .transformAppliedToInheritanceSection: "transformasi tidak bisa dipakai pada bagian pewarisan"
        case .illegalTokenInsideInheritSection: "hanya bagian {{$block}} yang boleh ada di dalam {{<parent}}"
        case .textInsideInheritSection: "teks tidak boleh langsung di dalam {{<parent}}"
        case .invalidConfigVariableSyntax: "penulisan pragma tidak sah"
        case .unrecognisedConfigVariable: "pragma tidak dikenal"
        case .other(let description): description
        }
    }
}
