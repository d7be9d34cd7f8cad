import Foundation
import Testing

@testable import KatalogContent

/// Every diagnostic has a stable code and one English text; later languages and machine-readable
/// formats build on both.
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
            .phoneServiceNumber(key: "whatsapp", value: "0800 1 234 567", kind: "a toll-free number")
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

    @Test(arguments: Diagnostic.Code.allCases)
    func everyCodeHasAnExampleWithAText(_ code: Diagnostic.Code) {
        let reason = Self.example(code)
        #expect(reason.code == code)
        #expect(!reason.message.isEmpty)
        #expect(!reason.message.hasSuffix("."), "messages are one clause, without a full stop")
        #expect(reason.message.first.map { !$0.isUppercase || reason.message.hasPrefix("YAML") } == true)
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
    }

    /// The build cache stores warnings to print them again: a diagnostic survives the trip.
    @Test(arguments: Diagnostic.Code.allCases)
    func diagnosticsRoundTripThroughJSON(_ code: Diagnostic.Code) throws {
        let diagnostic = Diagnostic.warning(SourceLocation(path: "content/a.md", line: 2), Self.example(code))
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: JSONEncoder().encode(diagnostic))
        #expect(decoded == diagnostic)
    }
}
