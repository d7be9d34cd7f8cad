import Foundation
import Testing

@testable import KatalogContent

/// Every diagnostic has a stable code, an English and an Indonesian text; the machine-readable
/// formats and docs/diagnostics.md build on them.
@Suite struct DiagnosticCodeTests {
    /// An example of each problem.
    static func example(_ code: Diagnostic.Code) -> Diagnostic.Reason {
        switch code {
        case .contentFolderMissing: .contentFolderMissing
        case .notADate: .notADate(key: "added", value: "12/03/2024")
        case .notAWholeNumber: .notAWholeNumber(key: "page_size", value: "banyak", minimum: 4, maximum: 200)
        case .priceBandNotANumber: .priceBandNotANumber(value: "100.000")
        case .priceBandsNotAscending: .priceBandsNotAscending(value: "50000")
        case .tooManyPriceBands: .tooManyPriceBands(count: 9, limit: 8)
        case .provinceNameEmpty: .provinceNameEmpty(name: "!!")
        case .siteFileMissing: .siteFileMissing
        case .cannotReadFolder: .cannotReadFolder(reason: "permission denied")
        case .unreadableFile: .unreadableFile(.tooLarge(bytes: 2_000_000, limit: 1 << 20))
        case .unreadablePhoto: .unreadablePhoto(.system("permission denied"))
        case .symlinkToNothing: .symlinkToNothing
        case .symlinkOutsideContent: .symlinkOutsideContent(target: "/etc/passwd")
        case .notPartOfCatalogue: .notPartOfCatalogue(name: "catatan.txt")
        case .nestedFolderIgnored: .nestedFolderIgnored(folder: "clusters")
        case .folderInPhotoFolder: .folderInPhotoFolder
        case .notMarkdownFile: .notMarkdownFile(name: "x.MD")
        case .invalidFileName: .invalidFileName(name: "Kain Baru.md", suggestion: "kain-baru")
        case .reservedPageName: .reservedPageName(slug: "search")
        case .reservedFileName: .reservedFileName(kind: .product, slug: "page")
        case .invalidUTF8: .invalidUTF8
        case .lineTooLong: .lineTooLong(bytes: 20_000, limit: 16_384)
        case .missingFrontMatter: .missingFrontMatter
        case .frontMatterNotClosed: .frontMatterNotClosed
        case .frontMatterTooLarge: .frontMatterTooLarge(bytes: 70_000, limit: 65_536)
        case .yamlTooDeep: .yamlTooDeep(limit: 16)
        case .invalidYAML:
            .invalidYAML(problem: "mapping values are not allowed in this context", context: nil, hint: .quoteColon)
        case .frontMatterUnreadable: .frontMatterUnreadable("unexpected end")
        case .duplicateKeys: .duplicateKeys(["name"])
        case .yamlAnchors: .yamlAnchors
        case .notAMapping: .notAMapping(found: .list)
        case .keyNotAWord: .keyNotAWord
        case .missingField: .missingField(key: "name")
        case .emptyField: .emptyField(key: "name")
        case .notText: .notText(key: "name", found: .list)
        case .notSingleValue: .notSingleValue(key: "price", found: .mapping)
        case .notBoolean: .notBoolean(key: "available", value: "habis")
        case .notAYear: .notAYear(key: "since", value: "12")
        case .listTooLong: .listTooLong(key: "colors", count: 101, limit: 100)
        case .listItemNotText: .listItemNotText(key: "colors", found: .list)
        case .notAList: .notAList(key: "motifs", found: .mapping)
        case .notASection: .notASection(key: "submissions", example: "whatsapp: 0812-3456-7890", found: .singleValue)
        case .unknownField: .unknownField(key: "emial", suggestion: "email", known: ["email"])
        case .unknownTechnique: .unknownTechnique(value: "tulisan", suggestion: "tulis", known: ["tulis", "cap"])
        case .priceFormatted: .priceFormatted(value: "450.000", suggestion: 450_000)
        case .priceNotPositive: .priceNotPositive(value: "0")
        case .priceFraction: .priceFraction(value: "450,5")
        case .priceNotANumber: .priceNotANumber(value: "nego")
        case .photoIsURL: .photoIsURL(name: "https://x.id/a.jpg")
        case .photoHasFolder: .photoHasFolder(name: "foto/a.jpg")
        case .photoNameUnusable: .photoNameUnusable(name: ".a.jpg")
        case .photoNameReserved: .photoNameReserved(name: "index.html")
        case .whatsappNotMobile: .whatsappNotMobile(display: "(061) 845-2197")
        case .missingPhone: .missingPhone
        case .invalidEmail: .invalidEmail(value: "budi at gmail")
        case .invalidWebsite: .invalidWebsite(value: "www.x.com")
        case .phoneInvalidCharacter: .phoneInvalidCharacter(key: "whatsapp", value: "0812/3456", character: "/")
        case .phoneNotIndonesian:
            .phoneNotIndonesian(key: "phone", value: "0060 12 345 6789", country: "Malaysia", code: 60)
        case .phoneWrongLength: .phoneWrongLength(key: "phone", value: "0812-3456", tooShort: true, mobile: true)
        case .phoneLabel:
            .phoneLabel(key: "whatsapp", value: "WA: 0812-3456-7890", label: "WA:", rest: "0812-3456-7890")
        case .phoneExtension:
            .phoneExtension(key: "phone", value: "(061) 786-5521 ext. 12", part: "ext. 12", rest: "(061) 786-5521")
        case .phoneLetters: .phoneLetters(key: "phone", value: "0812 3456 7890 (Bu Sri)", part: "(Bu Sri)")
        case .phoneNotANumber: .phoneNotANumber(key: "phone", value: "---")
        case .phoneInvalid: .phoneInvalid(key: "phone", value: "01234567")
        case .phoneServiceNumber:
            .phoneServiceNumber(key: "whatsapp", value: "0800 1 234 567", kind: .tollFree)
        case .phoneWithoutZero: .phoneWithoutZero(key: "phone", value: "812-3456-7890", written: "0812-3456-7890")
        case .phoneAmbiguous62:
            .phoneAmbiguous62(
                key: "phone", value: "62 21 345 6789", international: "+62 21 345 6789", landline: "(0622) 1345-6789")
        case .invalidLanguage: .invalidLanguage(value: "jv")
        case .unsupportedCurrency: .unsupportedCurrency(value: "USD")
        case .invalidBaseURL: .invalidBaseURL(value: "batik.example.id")
        case .unknownReference: .unknownReference(kind: .cluster, slug: "sumutt", suggestion: "sumut")
        case .unknownLinkTarget: .unknownLinkTarget(target: .motif, name: "gorgaa", suggestion: "gorga")
        case .linkNeedsName: .linkNeedsName(scheme: "product")
        case .motifNameEmpty: .motifNameEmpty(name: "!!")
        case .motifListedTwice: .motifListedTwice(name: "gorga")
        case .motifNameMismatch: .motifNameMismatch(name: "Gorga Batak", slug: "gorga-batak", file: "gorga")
        case .motifUnused: .motifUnused(name: "Siger")
        case .reservedMotifName: .reservedMotifName(name: "Page", slug: "page")
        case .photoListedTwice: .photoListedTwice(name: "kain-1.jpg")
        case .photoNotFound: .photoNotFound(name: "kain-9.jpg", product: "batik-uji")
        case .photoNotAnImage: .photoNotAnImage(name: "kain-1.jpg", kind: "GIF")
        case .photoDamaged: .photoDamaged(name: "kain-1.jpg")
        case .photoTooManyPixels:
            .photoTooManyPixels(name: "kain-1.jpg", width: 30000, height: 30000, limit: 100_000_000)
        case .photoHEICUnreadable: .photoHEICUnreadable(name: "IMG_2041.HEIC")
        case .photoTooSmall: .photoTooSmall(name: "kain-1.jpg", width: 320, wanted: 480)
        case .logoNotFound: .logoNotFound(name: "logo.png")
        case .logoNotPNGOrJPEG: .logoNotPNGOrJPEG(name: "logo.webp", format: "WebP")
        case .logoTooSmall: .logoTooSmall(name: "logo.png", width: 300, height: 120, wanted: 512)
        case .photoNamesClash: .photoNamesClash(name: "kain-1.png", other: "kain-1.jpg", published: "kain-1-*.webp")
        case .photoCannotBeProcessed: .photoCannotBeProcessed(name: "kain-1.jpg", detail: "out of memory")
        case .photoFolderWithoutSheet: .photoFolderWithoutSheet(slug: "batik-lama")
        case .photoNotListed: .photoNotListed
        case .rawHTML: .rawHTML(snippet: "<b>")
        case .linkRemoved: .linkRemoved(destination: "javascript:alert(1)", isImage: false)
        case .bodyTooDeep: .bodyTooDeep(limit: 32)
        case .bodyListTooLong: .bodyListTooLong(count: 1001, limit: 1000)
        case .moreProblems: .moreProblems(count: 12)
        case .nulCharacter: .nulCharacter
        case .templatesFolderMissing: .templatesFolderMissing
        case .templateSyntax: .templateSyntax(.expectedSectionEnd)
        case .unreadableTemplate: .unreadableTemplate(.notAFile)
        case .unreadableAsset: .unreadableAsset(.missing)
        case .notATemplate: .notATemplate
        case .outputPathEmpty: .outputPathEmpty
        case .outputIsShared: .outputIsShared(output: ".")
        case .outputOverlaps: .outputOverlaps(output: "content/x", name: "content", folder: "content")
        case .outputNotAFolder: .outputNotAFolder(output: "public")
        case .outputNotKatalogs: .outputNotKatalogs(output: "public")
        case .cannotCreateOutputParent: .cannotCreateOutputParent(output: "a/public", reason: "Permission denied")
        case .cannotOpenLock: .cannotOpenLock(output: "public", reason: "Read-only file system")
        case .buildInProgress: .buildInProgress(output: "public")
        case .cannotCreateStaging: .cannotCreateStaging(output: "public", reason: "Read-only file system")
        case .cannotCreateOutputFolder:
            .cannotCreateOutputFolder(folder: "products/x", reason: "No space left on device", output: "public")
        case .cannotWriteOutputFile:
            .cannotWriteOutputFile(file: "index.html", reason: "No space left on device", output: "public")
        case .cannotWriteMarker: .cannotWriteMarker(reason: "Input/output error", output: "public")
        case .cannotReplaceOutput:
            .cannotReplaceOutput(output: "public", reason: "Invalid cross-device link", leftAsItWas: true)
        case .cannotMoveIntoOutput: .cannotMoveIntoOutput(output: "public", reason: "Permission denied")
        case .duplicateOutput: .duplicateOutput(path: "products/x/index.html")
        }
    }

    /// The other shapes of a message: each case whose text depends on more than its code.
    static let variants: [Diagnostic.Reason] = [
        .unreadableFile(.missing), .unreadableFile(.notAFile), .unreadableFile(.system("permission denied")),
        .unreadablePhoto(.tooLarge(bytes: 2_000_000, limit: 1 << 20)),
        .invalidFileName(name: "!!.md", suggestion: ""),
        .reservedFileName(kind: .motif, slug: "page"),
        .invalidYAML(problem: "found a tab character", context: "while scanning", hint: .tabs),
        .invalidYAML(problem: "found character that cannot start any token", context: nil, hint: .tabsOrQuote),
        .invalidYAML(problem: "control characters are not allowed", context: nil, hint: .controlCharacter),
        .invalidYAML(problem: "did not find expected key", context: nil, hint: nil),
        .duplicateKeys(["name", "price"]),
        .notAMapping(found: .singleValue), .notText(key: "name", found: .mapping), .notText(key: "name", found: .alias),
        .unknownField(key: "zzz", suggestion: nil, known: ["name", "price"]),
        .unknownTechnique(value: "sablon", suggestion: nil, known: ["tulis", "cap"]),
        .priceFormatted(value: "Rp 450.000", suggestion: 450_000),
        .priceFormatted(value: "450,000", suggestion: 450_000),
        .phoneWrongLength(key: "whatsapp", value: "0812-3456-7890-12345", tooShort: false, mobile: true),
        .phoneWrongLength(key: "phone", value: "(061) 786", tooShort: true, mobile: false),
        .phoneWrongLength(key: "phone", value: "(061) 786-5521-5521", tooShort: false, mobile: false),
        .phoneServiceNumber(key: "phone", value: "0809 1 234 567", kind: .premiumRate),
        .phoneServiceNumber(key: "phone", value: "0807 1 234 567", kind: .sharedCost),
        .phoneServiceNumber(key: "whatsapp", value: "0806 1 234 567", kind: .other),
        .unknownReference(kind: .producer, slug: "sinr", suggestion: nil),
        .unknownReference(kind: .product, slug: "kain", suggestion: "kain-1"),
        .unknownReference(kind: .page, slug: "cara", suggestion: nil),
        .unknownLinkTarget(target: .product, name: "kainn", suggestion: "kain"),
        .unknownLinkTarget(target: .cluster, name: "sumutt", suggestion: nil),
        .photoNotAnImage(name: "kain-1.jpg", kind: nil),
        .linkRemoved(destination: "javascript:alert(1)", isImage: true),
        .templateSyntax(.sectionCloseNameIncorrect), .templateSyntax(.unfinishedName),
        .templateSyntax(.invalidSetDelimiter), .templateSyntax(.transformAppliedToInheritanceSection),
        .templateSyntax(.illegalTokenInsideInheritSection), .templateSyntax(.textInsideInheritSection),
        .templateSyntax(.invalidConfigVariableSyntax), .templateSyntax(.unrecognisedConfigVariable),
        .cannotReplaceOutput(output: "public", reason: "Invalid cross-device link", leftAsItWas: false),
    ]

    /// Every example and variant.
    static let allShapes: [Diagnostic.Reason] = Diagnostic.Code.allCases.map(example) + variants

    @Test(arguments: Diagnostic.Code.allCases)
    func everyCodeHasAnExampleWithAText(_ code: Diagnostic.Code) {
        let reason = Self.example(code)
        #expect(reason.code == code)
        #expect(!reason.message.isEmpty)
        #expect(!reason.message.hasSuffix("."), "messages are one clause, without a full stop")
        #expect(reason.message.first.map { !$0.isUppercase || reason.message.hasPrefix("YAML") } == true)
    }

    /// The Indonesian text: there, one clause, lowercase, and not the English one. It may quote
    /// what was written (the values in the reason) but no English word of its own.
    @Test(arguments: allShapes)
    func everyMessageHasAnIndonesianText(_ reason: Diagnostic.Reason) {
        let id = reason.message(in: .id)
        let en = reason.message(in: .en)
        #expect(en == reason.message)
        #expect(!id.isEmpty)
        #expect(id != en)
        #expect(!id.hasSuffix("."), "messages are one clause, without a full stop")
        #expect(id.first.map { !$0.isUppercase } == true)
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        }
        let quoted = words(String(describing: reason))
        let english: Set = [
            "the", "is", "are", "must", "not", "found", "write", "use", "and", "or", "with", "cannot", "only", "be",
            "file", "folder", "photo", "missing", "unknown", "did", "mean", "allowed", "has", "number", "price",
        ]
        // `file` and `folder` are Indonesian too; `price`, `photos` and the like are field names.
        let leftOver = words(id).subtracting(quoted).intersection(english).subtracting(["file", "folder", "price"])
        #expect(leftOver.isEmpty, "English words in \(id)")
    }

    /// The texts a producer reads most, word for word.
    @Test(arguments: [
        (
            Diagnostic.Reason.priceFormatted(value: "450.000", suggestion: 450_000),
            "harga '450.000' memakai titik ribuan; tulis angka saja: price: 450000"
        ),
        (
            .priceFormatted(value: "Rp 1.250.000,-", suggestion: 1_250_000),
            "harga 'Rp 1.250.000,-' memakai Rp dan titik ribuan; tulis angka saja: price: 1250000"
        ),
        (
            .priceFormatted(value: "IDR 450,000", suggestion: 450_000),
            "harga 'IDR 450,000' memakai IDR dan koma ribuan; tulis angka saja: price: 450000"
        ),
        (
            .priceFormatted(value: "Rp. 450000", suggestion: 450_000),
            "harga 'Rp. 450000' memakai Rp; tulis angka saja: price: 450000"
        ),
        (
            .unknownReference(kind: .producer, slug: "batik-sekar-arun", suggestion: "batik-sekar-arum"),
            "perajin 'batik-sekar-arun' tidak dikenal: tidak ada file producers/batik-sekar-arun.md; "
                + "mungkin maksudnya 'batik-sekar-arum'?"
        ),
        (.missingField(key: "producer"), "data wajib 'producer' belum ditulis"),
        (
            .photoNotFound(name: "kain-3.jpg", product: "batik-tulis"),
            "foto 'kain-3.jpg' tidak ditemukan: masukkan ke products/batik-tulis/ atau images/"
        ),
        (
            .notADate(key: "added", value: "11/07/2026"),
            "'added' harus tanggal seperti 2024-03-12 (tahun-bulan-tanggal), tertulis '11/07/2026'"
        ),
        (
            .phoneServiceNumber(key: "whatsapp", value: "0800 1 234 567", kind: .tollFree),
            "nomor whatsapp '0800 1 234 567' adalah nomor bebas pulsa (0800), yang tidak bisa dihubungi lewat "
                + "WhatsApp; tulis nomor HP (08...)"
        ),
    ])
    func indonesianTexts(_ reason: Diagnostic.Reason, _ text: String) {
        #expect(reason.message(in: .id) == text)
    }

    @Test func countLine() {
        #expect(Diagnostics.summary(errors: 0, warnings: 0) == "0 errors, 0 warnings")
        #expect(Diagnostics.summary(errors: 1, warnings: 1, language: .en) == "1 error, 1 warning")
        #expect(Diagnostics.summary(errors: 2, warnings: 3, language: .en) == "2 errors, 3 warnings")
        #expect(Diagnostics.summary(errors: 0, warnings: 0, language: .id) == "0 kesalahan, 0 peringatan")
        #expect(Diagnostics.summary(errors: 1, warnings: 1, language: .id) == "1 kesalahan, 1 peringatan")
        #expect(Diagnostics.summary(errors: 2, warnings: 1, language: .id) == "2 kesalahan, 1 peringatan")
    }

    @Test func codesAreKebabCaseAndDistinct() {
        let codes = Diagnostic.Code.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } })
        #expect(Diagnostic.Code.priceFormatted.rawValue == "price-formatted")
        #expect(Diagnostic.Code.invalidUTF8.rawValue == "invalid-utf8")
    }

    @Test func printedLine() {
        let diagnostic = Diagnostic.error(
            SourceLocation(path: "content/products/x.md", line: 4, column: 8),
            .priceFormatted(value: "450.000", suggestion: 450_000))
        #expect(
            diagnostic.description
                == "content/products/x.md:4:8: error: price '450.000' is written with a currency or thousands "
                + "separator; write digits only: price: 450000")
        #expect(diagnostic.code == .priceFormatted)
        // Only the message changes with the language: `error` stays, for the tools that read it.
        #expect(
            diagnostic.description(in: .id)
                == "content/products/x.md:4:8: error: harga '450.000' memakai titik ribuan; tulis angka saja: "
                + "price: 450000")
    }

    /// docs/diagnostics.md lists every code with its severity and the English and Indonesian text
    /// of its example, exactly as `diagnosticsTable` writes them
    /// (`KATALOG_UPDATE_DOCS=1 swift test --filter DiagnosticCodeTests` rewrites the table).
    @Test func everyCodeIsInTheDocs() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = "<!-- codes: generated by DiagnosticCodeTests -->\n"
        let end = "<!-- end of codes -->"
        let before = try #require(text.range(of: start))
        let after = try #require(text.range(of: end, range: before.upperBound..<text.endIndex))
        let table = Self.diagnosticsTable()
        if ProcessInfo.processInfo.environment["KATALOG_UPDATE_DOCS"] == "1" {
            try (text[..<before.upperBound] + table + text[after.lowerBound...]).write(
                to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[before.upperBound..<after.lowerBound]) == table)
        for code in Diagnostic.Code.allCases {
            #expect(text.contains("| `\(code.rawValue)` |"))
        }
    }

    /// Where each code is an error and where a warning.
    static func severity(_ code: Diagnostic.Code) -> String {
        switch code {
        case .folderInPhotoFolder, .motifListedTwice, .motifNameMismatch, .motifUnused, .nestedFolderIgnored,
            .notATemplate, .notPartOfCatalogue, .phoneAmbiguous62, .phoneWithoutZero, .photoFolderWithoutSheet,
            .photoListedTwice, .photoNotListed, .photoTooSmall, .unknownField, .whatsappNotMobile, .nulCharacter,
            .rawHTML, .linkRemoved:
            "warning"
        case .notMarkdownFile: "warning (error for a file given to `check`)"
        case .phoneServiceNumber: "error for `whatsapp`, warning for `phone`"
        case .moreProblems: "warning (error when one of the problems not shown is an error)"
        default: "error"
        }
    }

    /// The table of docs/diagnostics.md: a row a code, in the order of `Diagnostic.Code`.
    static func diagnosticsTable() -> String {
        func cell(_ text: String) -> String {
            let escaped = text.replacingOccurrences(of: "|", with: "\\|")
            return text.contains("`") ? "`` \(escaped) ``" : "`\(escaped)`"
        }
        var table = "| Code | Severity | English | Indonesian |\n|---|---|---|---|\n"
        for code in Diagnostic.Code.allCases {
            let reason = example(code)
            table +=
                "| `\(code.rawValue)` | \(severity(code)) | \(cell(reason.message(in: .en))) | "
                + "\(cell(reason.message(in: .id))) |\n"
        }
        return table
    }

    /// The build cache stores warnings to print them again: a diagnostic survives the trip.
    @Test(arguments: Diagnostic.Code.allCases)
    func diagnosticsRoundTripThroughJSON(_ code: Diagnostic.Code) throws {
        let diagnostic = Diagnostic.warning(SourceLocation(path: "content/a.md", line: 2), Self.example(code))
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: JSONEncoder().encode(diagnostic))
        #expect(decoded == diagnostic)
    }
}
