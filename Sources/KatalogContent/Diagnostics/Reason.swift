import KatalogSystem

extension Diagnostic {
    /// Every problem katalog reports, with the values its message needs. The words are in one table
    /// per language, `Reason+English.swift` and `Reason+Indonesian.swift`; the stable code of each
    /// case in `Reason+Code.swift`.
    package enum Reason: Hashable, Sendable, Codable {
        // MARK: Folders and files (the loader)

        case contentFolderMissing
        case siteFileMissing
        case cannotReadFolder(reason: String)
        case unreadableFile(SafeRead.Failure)
        case unreadablePhoto(SafeRead.Failure)
        case symlinkToNothing
        case symlinkOutsideContent(target: String)
        case notPartOfCatalogue(name: String)
        case nestedFolderIgnored(folder: String)
        case folderInPhotoFolder
        case notMarkdownFile(name: String)
        /// `suggestion` is the slug of the name, empty when it has no letters or digits.
        case invalidFileName(name: String, suggestion: String)
        case reservedPageName(slug: String)
        /// A cluster, producer, product or motif file whose slug is a word the site's URLs use.
        case reservedFileName(kind: EntryKind, slug: String)

        // MARK: Text and front matter

        case invalidUTF8
        case lineTooLong(bytes: Int, limit: Int)
        case missingFrontMatter
        case frontMatterNotClosed
        case frontMatterTooLarge(bytes: Int, limit: Int)
        case yamlTooDeep(limit: Int)
        /// libyaml's own words for the problem, and katalog's hint for the common ones.
        case invalidYAML(problem: String, context: String?, hint: YAMLHint?)
        case frontMatterUnreadable(String)
        case duplicateKeys([String])
        case yamlAnchors
        case notAMapping(found: YAMLShape)
        case keyNotAWord
        case missingField(key: String)
        case emptyField(key: String)
        case notText(key: String, found: YAMLShape)
        case notSingleValue(key: String, found: YAMLShape)
        case notBoolean(key: String, value: String)
        case notAYear(key: String, value: String)
        case notADate(key: String, value: String)
        case notAWholeNumber(key: String, value: String, minimum: Int, maximum: Int)
        case listTooLong(key: String, count: Int, limit: Int)
        case listItemNotText(key: String, found: YAMLShape)
        case notAList(key: String, found: YAMLShape)
        /// A setting of site.yml that holds fields of its own (`submissions:`) given another shape;
        /// `example` is one of its lines.
        case notASection(key: String, example: String, found: YAMLShape)
        case unknownField(key: String, suggestion: String?, known: [String])

        // MARK: Values

        case unknownTechnique(value: String, suggestion: String?, known: [String])
        case priceFormatted(value: String, suggestion: Int)
        case priceNotPositive(value: String)
        case priceFraction(value: String)
        case priceNotANumber(value: String)
        case photoIsURL(name: String)
        case photoHasFolder(name: String)
        case photoNameUnusable(name: String)
        case photoNameReserved(name: String)
        case whatsappNotMobile(display: String)
        case missingPhone
        case invalidEmail(value: String)
        case invalidWebsite(value: String)
        case phoneInvalidCharacter(key: String, value: String, character: String)
        /// A number of another country: its name and calling code.
        case phoneNotIndonesian(key: String, value: String, country: String, code: Int)
        /// Too short (or too long) for a mobile (or a landline) number.
        case phoneWrongLength(key: String, value: String, tooShort: Bool, mobile: Bool)
        case phoneLabel(key: String, value: String, label: String, rest: String)
        case phoneExtension(key: String, value: String, part: String, rest: String)
        case phoneLetters(key: String, value: String, part: String)
        case phoneNotANumber(key: String, value: String)
        case phoneInvalid(key: String, value: String)
        /// A toll-free, premium-rate, shared-cost or unplaced number.
        case phoneServiceNumber(key: String, value: String, kind: PhoneService)
        case phoneWithoutZero(key: String, value: String, written: String)
        case phoneAmbiguous62(key: String, value: String, international: String, landline: String)
        case invalidLanguage(value: String)
        case unsupportedCurrency(value: String)
        case invalidBaseURL(value: String)
        case priceBandNotANumber(value: String)
        case priceBandsNotAscending(value: String)
        case tooManyPriceBands(count: Int, limit: Int)
        case provinceNameEmpty(name: String)

        // MARK: References (the resolver)

        case unknownReference(kind: EntryKind, slug: String, suggestion: String?)
        case unknownLinkTarget(target: EntryKind, name: String, suggestion: String?)
        case linkNeedsName(scheme: String)
        case motifNameEmpty(name: String)
        case motifListedTwice(name: String)
        case motifNameMismatch(name: String, slug: String, file: String)
        case motifUnused(name: String)
        case reservedMotifName(name: String, slug: String)
        case photoListedTwice(name: String)
        case photoNotFound(name: String, product: String)
        /// `kind`: what the file is instead (GIF, TIFF, SVG, HTML, ...), when recognisable.
        case photoNotAnImage(name: String, kind: String?)
        case photoDamaged(name: String)
        case photoTooManyPixels(name: String, width: Int, height: Int, limit: Int)
        case photoHEICUnreadable(name: String)
        case photoTooSmall(name: String, width: Int, wanted: Int)
        case photoNamesClash(name: String, other: String, published: String)
        case photoCannotBeProcessed(name: String, detail: String)
        case photoFolderWithoutSheet(slug: String)
        case logoNotFound(name: String)
        case logoNotPNGOrJPEG(name: String, format: String)
        case logoTooSmall(name: String, width: Int, height: Int, wanted: Int)
        case photoNotListed

        // MARK: Bodies (Markdown)

        case rawHTML(snippet: String)
        case linkRemoved(destination: String, isImage: Bool)
        case bodyTooDeep(limit: Int)
        case bodyListTooLong(count: Int, limit: Int)
        case moreProblems(count: Int)
        case nulCharacter

        // MARK: Theme

        case templatesFolderMissing
        case templateSyntax(TemplateSyntax)
        case unreadableTemplate(SafeRead.Failure)
        case unreadableAsset(SafeRead.Failure)
        case notATemplate

        // MARK: Output

        case outputPathEmpty
        case outputIsShared(output: String)
        case outputOverlaps(output: String, name: String, folder: String)
        case outputNotAFolder(output: String)
        case outputNotKatalogs(output: String)
        case cannotCreateOutputParent(output: String, reason: String)
        case cannotOpenLock(output: String, reason: String)
        case buildInProgress(output: String)
        case cannotCreateStaging(output: String, reason: String)
        case cannotCreateOutputFolder(folder: String, reason: String, output: String)
        case cannotWriteOutputFile(file: String, reason: String, output: String)
        case cannotWriteMarker(reason: String, output: String)
        /// `leftAsItWas`: the output is known to be untouched (the swap never started).
        case cannotReplaceOutput(output: String, reason: String, leftAsItWas: Bool)
        case cannotMoveIntoOutput(output: String, reason: String)
        case duplicateOutput(path: String)
    }

    /// What YAML found where katalog expected something else.
    package enum YAMLShape: String, Hashable, Sendable, Codable {
        case singleValue, list, mapping, alias
    }

    /// A number that is neither a mobile nor a landline, by its kind (as libphonenumber tells it).
    package enum PhoneService: String, Hashable, Sendable, Codable {
        case tollFree, premiumRate, sharedCost
        /// A kind katalog cannot tell.
        case other
    }

    /// katalog's advice for libyaml's commonest complaints.
    package enum YAMLHint: String, Hashable, Sendable, Codable {
        /// "mapping values are not allowed here": a value holding `: `.
        case quoteColon
        /// A tab in the indentation.
        case tabs
        /// "found character that cannot start any token": a tab, `@` or a backquote.
        case tabsOrQuote
        /// An invisible control character.
        case controlCharacter
    }

    /// swift-mustache's template syntax errors.
    package enum TemplateSyntax: Hashable, Sendable, Codable {
        case sectionCloseNameIncorrect
        case unfinishedName
        case expectedSectionEnd
        case invalidSetDelimiter
        case transformAppliedToInheritanceSection
        case illegalTokenInsideInheritSection
        case textInsideInheritSection
        case invalidConfigVariableSyntax
        case unrecognisedConfigVariable
        case other(String)
    }
}
