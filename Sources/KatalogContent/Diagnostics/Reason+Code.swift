extension Diagnostic {
    /// The stable name of each kind of problem, for tools that read diagnostics (not printed yet;
    /// a machine-readable format of `check` will). A code never changes its meaning; new problems
    /// get new codes.
    package enum Code: String, CaseIterable, Sendable, Codable {
        case contentFolderMissing = "content-folder-missing"
        case siteFileMissing = "site-file-missing"
        case cannotReadFolder = "cannot-read-folder"
        case unreadableFile = "unreadable-file"
        case unreadablePhoto = "unreadable-photo"
        case symlinkToNothing = "symlink-to-nothing"
        case symlinkOutsideContent = "symlink-outside-content"
        case notPartOfCatalogue = "not-part-of-catalogue"
        case nestedFolderIgnored = "nested-folder-ignored"
        case folderInPhotoFolder = "folder-in-photo-folder"
        case notMarkdownFile = "not-markdown-file"
        case invalidFileName = "invalid-file-name"
        case reservedPageName = "reserved-page-name"
        case reservedFileName = "reserved-file-name"
        case invalidUTF8 = "invalid-utf8"
        case lineTooLong = "line-too-long"
        case missingFrontMatter = "missing-front-matter"
        case frontMatterNotClosed = "front-matter-not-closed"
        case frontMatterTooLarge = "front-matter-too-large"
        case yamlTooDeep = "yaml-too-deep"
        case invalidYAML = "invalid-yaml"
        case frontMatterUnreadable = "front-matter-unreadable"
        case duplicateKeys = "duplicate-keys"
        case yamlAnchors = "yaml-anchors"
        case notAMapping = "not-a-mapping"
        case keyNotAWord = "key-not-a-word"
        case missingField = "missing-field"
        case emptyField = "empty-field"
        case notText = "not-text"
        case notSingleValue = "not-single-value"
        case notBoolean = "not-boolean"
        case notAYear = "not-a-year"
        case listTooLong = "list-too-long"
        case listItemNotText = "list-item-not-text"
        case notAList = "not-a-list"
        case notASection = "not-a-section"
        case unknownField = "unknown-field"
        case unknownTechnique = "unknown-technique"
        case priceFormatted = "price-formatted"
        case priceNotPositive = "price-not-positive"
        case priceFraction = "price-fraction"
        case priceNotANumber = "price-not-a-number"
        case photoIsURL = "photo-is-url"
        case photoHasFolder = "photo-has-folder"
        case photoNameUnusable = "photo-name-unusable"
        case photoNameReserved = "photo-name-reserved"
        case whatsappNotMobile = "whatsapp-not-mobile"
        case missingPhone = "missing-phone"
        case invalidEmail = "invalid-email"
        case invalidWebsite = "invalid-website"
        case phoneInvalidCharacter = "phone-invalid-character"
        case phoneNotIndonesian = "phone-not-indonesian"
        case phoneWrongLength = "phone-wrong-length"
        case phoneLabel = "phone-label"
        case phoneExtension = "phone-extension"
        case phoneLetters = "phone-letters"
        case phoneNotANumber = "phone-not-a-number"
        case phoneInvalid = "phone-invalid"
        case phoneServiceNumber = "phone-service-number"
        case phoneWithoutZero = "phone-without-zero"
        case phoneAmbiguous62 = "phone-ambiguous-62"
        case invalidLanguage = "invalid-language"
        case unsupportedCurrency = "unsupported-currency"
        case invalidBaseURL = "invalid-base-url"
        case unknownReference = "unknown-reference"
        case unknownLinkTarget = "unknown-link-target"
        case linkNeedsName = "link-needs-name"
        case motifNameEmpty = "motif-name-empty"
        case motifListedTwice = "motif-listed-twice"
        case motifNameMismatch = "motif-name-mismatch"
        case motifUnused = "motif-unused"
        case reservedMotifName = "reserved-motif-name"
        case photoListedTwice = "photo-listed-twice"
        case photoNotFound = "photo-not-found"
        case photoNotAnImage = "photo-not-an-image"
        case photoDamaged = "photo-damaged"
        case photoTooManyPixels = "photo-too-many-pixels"
        case photoHEICUnreadable = "photo-heic-unreadable"
        case photoTooSmall = "photo-too-small"
        case photoNamesClash = "photo-names-clash"
        case photoCannotBeProcessed = "photo-cannot-be-processed"
        case photoFolderWithoutSheet = "photo-folder-without-sheet"
        case logoNotFound = "logo-not-found"
        case logoNotPNGOrJPEG = "logo-not-png-or-jpeg"
        case logoTooSmall = "logo-too-small"
        case photoNotListed = "photo-not-listed"
        case rawHTML = "raw-html"
        case linkRemoved = "link-removed"
        case bodyTooDeep = "body-too-deep"
        case bodyListTooLong = "body-list-too-long"
        case moreProblems = "more-problems"
        case nulCharacter = "nul-character"
        case templatesFolderMissing = "templates-folder-missing"
        case templateSyntax = "template-syntax"
        case unreadableTemplate = "unreadable-template"
        case unreadableAsset = "unreadable-asset"
        case notATemplate = "not-a-template"
        case outputPathEmpty = "output-path-empty"
        case outputIsShared = "output-is-shared"
        case outputOverlaps = "output-overlaps"
        case outputNotAFolder = "output-not-a-folder"
        case outputNotKatalogs = "output-not-katalogs"
        case cannotCreateOutputParent = "cannot-create-output-parent"
        case cannotOpenLock = "cannot-open-lock"
        case buildInProgress = "build-in-progress"
        case cannotCreateStaging = "cannot-create-staging"
        case cannotCreateOutputFolder = "cannot-create-output-folder"
        case cannotWriteOutputFile = "cannot-write-output-file"
        case cannotWriteMarker = "cannot-write-marker"
        case cannotReplaceOutput = "cannot-replace-output"
        case cannotMoveIntoOutput = "cannot-move-into-output"
        case duplicateOutput = "duplicate-output"
        case notADate = "not-a-date"
        case notAWholeNumber = "not-a-whole-number"
        case priceBandNotANumber = "price-band-not-a-number"
        case priceBandsNotAscending = "price-bands-not-ascending"
        case tooManyPriceBands = "too-many-price-bands"
        case provinceNameEmpty = "province-name-empty"
    }
}

extension Diagnostic.Reason {
    package var code: Diagnostic.Code {
        switch self {
        case .contentFolderMissing: .contentFolderMissing
        case .siteFileMissing: .siteFileMissing
        case .cannotReadFolder: .cannotReadFolder
        case .unreadableFile: .unreadableFile
        case .unreadablePhoto: .unreadablePhoto
        case .symlinkToNothing: .symlinkToNothing
        case .symlinkOutsideContent: .symlinkOutsideContent
        case .notPartOfCatalogue: .notPartOfCatalogue
        case .nestedFolderIgnored: .nestedFolderIgnored
        case .folderInPhotoFolder: .folderInPhotoFolder
        case .notMarkdownFile: .notMarkdownFile
        case .invalidFileName: .invalidFileName
        case .reservedPageName: .reservedPageName
        case .reservedFileName: .reservedFileName
        case .invalidUTF8: .invalidUTF8
        case .lineTooLong: .lineTooLong
        case .missingFrontMatter: .missingFrontMatter
        case .frontMatterNotClosed: .frontMatterNotClosed
        case .frontMatterTooLarge: .frontMatterTooLarge
        case .yamlTooDeep: .yamlTooDeep
        case .invalidYAML: .invalidYAML
        case .frontMatterUnreadable: .frontMatterUnreadable
        case .duplicateKeys: .duplicateKeys
        case .yamlAnchors: .yamlAnchors
        case .notAMapping: .notAMapping
        case .keyNotAWord: .keyNotAWord
        case .missingField: .missingField
        case .emptyField: .emptyField
        case .notText: .notText
        case .notSingleValue: .notSingleValue
        case .notBoolean: .notBoolean
        case .notAYear: .notAYear
        case .listTooLong: .listTooLong
        case .listItemNotText: .listItemNotText
        case .notAList: .notAList
        case .notASection: .notASection
        case .unknownField: .unknownField
        case .unknownTechnique: .unknownTechnique
        case .priceFormatted: .priceFormatted
        case .priceNotPositive: .priceNotPositive
        case .priceFraction: .priceFraction
        case .priceNotANumber: .priceNotANumber
        case .photoIsURL: .photoIsURL
        case .photoHasFolder: .photoHasFolder
        case .photoNameUnusable: .photoNameUnusable
        case .photoNameReserved: .photoNameReserved
        case .whatsappNotMobile: .whatsappNotMobile
        case .missingPhone: .missingPhone
        case .invalidEmail: .invalidEmail
        case .invalidWebsite: .invalidWebsite
        case .phoneInvalidCharacter: .phoneInvalidCharacter
        case .phoneNotIndonesian: .phoneNotIndonesian
        case .phoneWrongLength: .phoneWrongLength
        case .phoneLabel: .phoneLabel
        case .phoneExtension: .phoneExtension
        case .phoneLetters: .phoneLetters
        case .phoneNotANumber: .phoneNotANumber
        case .phoneInvalid: .phoneInvalid
        case .phoneServiceNumber: .phoneServiceNumber
        case .phoneWithoutZero: .phoneWithoutZero
        case .phoneAmbiguous62: .phoneAmbiguous62
        case .invalidLanguage: .invalidLanguage
        case .unsupportedCurrency: .unsupportedCurrency
        case .invalidBaseURL: .invalidBaseURL
        case .unknownReference: .unknownReference
        case .unknownLinkTarget: .unknownLinkTarget
        case .linkNeedsName: .linkNeedsName
        case .motifNameEmpty: .motifNameEmpty
        case .motifListedTwice: .motifListedTwice
        case .motifNameMismatch: .motifNameMismatch
        case .motifUnused: .motifUnused
        case .reservedMotifName: .reservedMotifName
        case .photoListedTwice: .photoListedTwice
        case .photoNotFound: .photoNotFound
        case .photoNotAnImage: .photoNotAnImage
        case .photoDamaged: .photoDamaged
        case .photoTooManyPixels: .photoTooManyPixels
        case .photoHEICUnreadable: .photoHEICUnreadable
        case .photoTooSmall: .photoTooSmall
        case .photoNamesClash: .photoNamesClash
        case .photoCannotBeProcessed: .photoCannotBeProcessed
        case .photoFolderWithoutSheet: .photoFolderWithoutSheet
        case .logoNotFound: .logoNotFound
        case .logoNotPNGOrJPEG: .logoNotPNGOrJPEG
        case .logoTooSmall: .logoTooSmall
        case .photoNotListed: .photoNotListed
        case .rawHTML: .rawHTML
        case .linkRemoved: .linkRemoved
        case .bodyTooDeep: .bodyTooDeep
        case .bodyListTooLong: .bodyListTooLong
        case .moreProblems: .moreProblems
        case .nulCharacter: .nulCharacter
        case .templatesFolderMissing: .templatesFolderMissing
        case .templateSyntax: .templateSyntax
        case .unreadableTemplate: .unreadableTemplate
        case .unreadableAsset: .unreadableAsset
        case .notATemplate: .notATemplate
        case .outputPathEmpty: .outputPathEmpty
        case .outputIsShared: .outputIsShared
        case .outputOverlaps: .outputOverlaps
        case .outputNotAFolder: .outputNotAFolder
        case .outputNotKatalogs: .outputNotKatalogs
        case .cannotCreateOutputParent: .cannotCreateOutputParent
        case .cannotOpenLock: .cannotOpenLock
        case .buildInProgress: .buildInProgress
        case .cannotCreateStaging: .cannotCreateStaging
        case .cannotCreateOutputFolder: .cannotCreateOutputFolder
        case .cannotWriteOutputFile: .cannotWriteOutputFile
        case .cannotWriteMarker: .cannotWriteMarker
        case .cannotReplaceOutput: .cannotReplaceOutput
        case .cannotMoveIntoOutput: .cannotMoveIntoOutput
        case .duplicateOutput: .duplicateOutput
        case .notADate: .notADate
        case .notAWholeNumber: .notAWholeNumber
        case .priceBandNotANumber: .priceBandNotANumber
        case .priceBandsNotAscending: .priceBandsNotAscending
        case .tooManyPriceBands: .tooManyPriceBands
        case .provinceNameEmpty: .provinceNameEmpty
        }
    }
}
