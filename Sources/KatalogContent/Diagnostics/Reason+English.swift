import KatalogSystem

extension Diagnostic.Reason {
    /// The message in English: lowercase, saying what was found, what was expected, and how to fix it.
    /// This and `Reason+Indonesian.swift` are the only places diagnostic text is written;
    /// `message(in:)` chooses between them.
    package var message: String {
        switch self {
        case .contentFolderMissing: "content folder not found"
        case .siteFileMissing: "missing site.yml: create it with at least 'title: Your catalogue name'"
        case .cannotReadFolder(let reason): "cannot read folder: \(reason)"
        case .unreadableFile(let failure):
            switch failure {
            case .missing, .notAFile: failure.words
            case .tooLarge: failure.words + ": put photos in images/ and keep the text short"
            case .system: "cannot read file: " + failure.words
            }
        case .unreadablePhoto(let failure): "cannot read photo: " + failure.words
        case .symlinkToNothing: "symbolic link points to nothing"
        case .symlinkOutsideContent(let target):
            "symbolic link points outside the content folder (to \(target)); copy the file in instead"
        case .notPartOfCatalogue(let name):
            "'\(name)' is not part of the catalogue and is ignored (expected site.yml, clusters/, producers/, "
                + "products/, motifs/, pages/ or images/)"
        case .nestedFolderIgnored(let folder): "folders inside \(folder)/ are not used; ignored"
        case .folderInPhotoFolder: "folders inside a product's photo folder are not used; ignored"
        case .notMarkdownFile(let name): "'\(name)' is not a .md file and is ignored"
        case .invalidFileName(let name, let suggestion):
            "file name '\(name)' is not a valid slug (lowercase letters, digits and single '-'); "
                + (suggestion.isEmpty ? "use lowercase letters, digits and '-'" : "rename it to '\(suggestion).md'")
        case .reservedPageName(let slug):
            "page name '\(slug)' is reserved for the site's own pages; rename the file, e.g. to 'info-\(slug).md'"
        case .reservedFileName(let kind, let slug):
            "file name '\(slug).md' is reserved for the numbered pages of the \(kind.rawValue) list "
                + "(\(kind.rawValue)/\(slug)/2/); rename the file, e.g. to '\(kind.singular)-\(slug).md'"

        case .invalidUTF8:
            "invalid UTF-8: the file must be saved as UTF-8 text (in your editor: Save As, encoding UTF-8)"
        case .lineTooLong(let bytes, let limit):
            "line is \(bytes) bytes long; at most \(Limits.sizeText(limit)) is allowed: break it into shorter lines"
        case .missingFrontMatter:
            "missing front matter: the file must start with a line '---', then fields like 'name: ...', then '---'"
        case .frontMatterNotClosed: "front matter opened here is never closed: add a line '---' after the last field"
        case .frontMatterTooLarge(let bytes, let limit):
            "front matter is larger than \(Limits.sizeText(limit)) (\(bytes) bytes so far); "
                + "put long text in the body, below the second '---'"
        case .yamlTooDeep(let limit):
            "front matter is nested more than \(limit) levels deep; "
                + "katalog's fields are plain 'key: value' lines and short lists"
        case .invalidYAML(let problem, let context, let hint):
            "invalid YAML: \(problem)" + (context.map { " (\($0))" } ?? "") + (hint.map { "; " + $0.words } ?? "")
        case .frontMatterUnreadable(let error): "invalid front matter: \(error)"
        case .duplicateKeys(let keys):
            "duplicate key \(keys.map { "'\($0)'" }.joined(separator: ", ")): each field may appear only once"
        case .yamlAnchors:
            "YAML anchors and aliases (&name, *name) are not allowed in front matter; write each value out"
        case .notAMapping(let found): "fields must be written as 'key: value' lines, found \(found.words)"
        case .keyNotAWord: "a key must be a plain word like 'name'"
        case .missingField(let key): "missing required field '\(key)'"
        case .emptyField(let key): "'\(key)' is empty"
        case .notText(let key, let found): "'\(key)' must be text, found \(found.words)"
        case .notSingleValue(let key, let found): "'\(key)' must be a single value, found \(found.words)"
        case .notBoolean(let key, let value): "'\(key)' must be true or false, found '\(value)'"
        case .notAYear(let key, let value): "'\(key)' must be a year like 2018, found '\(value)'"
        case .notADate(let key, let value):
            "'\(key)' must be a date like 2024-03-12 (year-month-day), found '\(value)'"
        case .notAWholeNumber(let key, let value, let minimum, let maximum):
            "'\(key)' must be a whole number from \(minimum) to \(maximum), found '\(value)'"
        case .listTooLong(let key, let count, let limit): "'\(key)' has \(count) items; at most \(limit) are allowed"
        case .listItemNotText(let key, let found): "each item of '\(key)' must be text, found \(found.words)"
        case .notAList(let key, let found): "'\(key)' must be a list like [a, b], found \(found.words)"
        case .notASection(let key, let example, let found):
            "'\(key)' must hold its settings on indented lines below it, like '\(key):' and then '  \(example)',"
                + " found \(found.words)"
        case .unknownField(let key, let suggestion, let known):
            "unknown field '\(key)' is ignored; "
                + (suggestion.map { "did you mean '\($0)'?" } ?? "known fields: \(known.joined(separator: ", "))")

        case .unknownTechnique(let value, let suggestion, let known):
            suggestion.map {
                "unknown technique '\(value)'; did you mean '\($0)'? (one of: \(known.joined(separator: ", ")))"
            } ?? "unknown technique '\(value)'; use one of: \(known.joined(separator: ", "))"
        case .priceFormatted(let value, let suggestion):
            "price '\(value)' is written with a currency or thousands separator; write digits only: price: \(suggestion)"
        case .priceNotPositive(let value):
            "price '\(value)' must be more than 0; leave price out to show \"Hubungi penjual\""
        case .priceFraction(let value): "price '\(value)' has a fraction; write whole rupiah, like price: 450000"
        case .priceNotANumber(let value):
            "price '\(value)' is not a number; write whole rupiah, like price: 450000, or leave price out"
        case .photoIsURL(let name):
            "photo '\(name)' is a URL; copy the file into the product's folder and write its file name"
        case .photoHasFolder(let name): "photo '\(name)' must be a bare file name without folders, like kain-1.jpg"
        case .photoNameUnusable(let name): "photo '\(name)' is not a usable file name"
        case .photoNameReserved(let name):
            "photo '\(name)' has the name of the product's own page; rename the file, e.g. to kain-1.jpg"
        case .whatsappNotMobile(let display):
            "whatsapp number '\(display)' is not a mobile number (08...); WhatsApp usually needs a mobile"
        case .missingPhone: "missing 'phone' or 'whatsapp': buyers need at least one number to call"
        case .invalidEmail(let value): "email '\(value)' does not look like name@domain.tld"
        case .invalidWebsite(let value): "website '\(value)' must be a full address starting with https:// or http://"
        case .phoneInvalidCharacter(let key, let value, let character):
            "\(key) number '\(value)' contains '\(character)'; write digits with spaces, '-', '.', '( )' or a leading '+'"
        case .phoneNotIndonesian(let key, let value, let country, let code):
            "\(key) number '\(value)' is a number in \(country) (+\(code)): katalog lists Indonesian numbers;"
                + " write an Indonesian number, like 0812-3456-7890"
        case .phoneWrongLength(let key, let value, true, true):
            "\(key) number '\(value)' is too short for a mobile number: mobile numbers have 10 to 13 digits"
                + " starting with 08; check the digits"
        case .phoneWrongLength(let key, let value, false, true):
            "\(key) number '\(value)' is too long for a mobile number: mobile numbers have 10 to 13 digits"
                + " starting with 08; check the digits"
        case .phoneWrongLength(let key, let value, true, false):
            "\(key) number '\(value)' is too short for a landline number: write the area code and the whole"
                + " number, like (061) 786-5521"
        case .phoneWrongLength(let key, let value, false, false):
            "\(key) number '\(value)' is too long for a landline number: write the area code and the number"
                + " once, like (061) 786-5521"
        case .phoneLabel(let key, let value, let label, let rest):
            "\(key) number '\(value)' starts with the label '\(label)'; write only the number: \(key): \(rest)"
        case .phoneExtension(let key, let value, let part, let rest):
            "\(key) number '\(value)' has an extension ('\(part)') that a phone cannot dial from a link;"
                + " write only the number: \(key): \(rest)"
        case .phoneLetters(let key, let value, let part):
            "\(key) number '\(value)' has letters ('\(part)'); write only the number, like 0812-3456-7890,"
                + " and put names in the text"
        case .phoneNotANumber(let key, let value):
            "\(key) number '\(value)' has no digits; write the number, like 0812-3456-7890"
        case .phoneInvalid(let key, let value):
            "\(key) number '\(value)' is not a valid Indonesian number: no number starts like this;"
                + " check the area code and the digits"
        case .phoneServiceNumber("whatsapp", let value, let kind):
            "whatsapp number '\(value)' is \(kind.words), which WhatsApp cannot reach; give a mobile number (08...)"
        case .phoneServiceNumber(let key, let value, let kind):
            "\(key) number '\(value)' is \(kind.words): check that buyers can call it; a mobile or landline number"
                + " is best"
        case .phoneWithoutZero(let key, let value, let written):
            "\(key) number '\(value)' has no 0 at the start; write it as it is dialled: \(key): \(written)"
        case .phoneAmbiguous62(let key, let value, let international, let landline):
            "\(key) number '\(value)' is read as \(international); if it is the landline \(landline),"
                + " write it with its 0: \(key): \(landline)"
        case .invalidLanguage(let value): "language '\(value)' must be id or en"
        case .unsupportedCurrency(let value): "currency '\(value)' is not supported; prices are in rupiah (IDR)"
        case .priceBandNotANumber(let value):
            "'price_bands' must list whole rupiah from low to high, like [100000, 250000, 500000, 1000000]; "
                + "'\(value)' is not written as digits only"
        case .priceBandsNotAscending(let value):
            "'price_bands' must list whole rupiah from low to high, like [100000, 250000, 500000, 1000000]; "
                + "'\(value)' is not more than the one before it"
        case .tooManyPriceBands(let count, let limit):
            "'price_bands' has \(count) limits; at most \(limit) are allowed"
        case .provinceNameEmpty(let name): "province '\(name)' has no letters or digits"
        case .invalidBaseURL(let value):
            "base_url '\(value)' must be an absolute address like https://batik.example.id/katalog/"

        case .unknownReference(let kind, let slug, let suggestion):
            "unknown \(kind.singular) '\(slug)': there is no file \(kind.rawValue)/\(slug).md"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownLinkTarget(let target, let name, let suggestion):
            "link to unknown \(target.singular) '\(name)'"
                + (target == .motif
                    ? ": no product names this motif" : ": there is no file \(target.rawValue)/\(name).md")
                + (suggestion.map { "; did you mean '\(target.singular):\($0)'?" } ?? "")
        case .linkNeedsName(let scheme): "link '\(scheme):' needs a name after the colon, like \(scheme):batik-gorga"
        case .motifNameEmpty(let name): "motif name '\(name)' has no letters or digits"
        case .motifListedTwice(let name): "motif '\(name)' is listed twice on this product"
        case .motifNameMismatch(let name, let slug, let file):
            "motif name '\(name)' would be written '\(slug)' in a link, but this file is \(file).md; "
                + "products name motifs by the file's slug"
        case .motifUnused(let name): "no product names the motif '\(name)'; its page lists no products"
        case .reservedMotifName(let name, let slug):
            "motif name '\(name)' is reserved for the numbered pages of the motif list (motifs/\(slug)/2/); "
                + "name the motif differently, e.g. 'Motif \(name)'"
        case .photoListedTwice(let name): "photo '\(name)' is listed twice"
        case .photoNotFound(let name, let product):
            "photo '\(name)' not found: put it in products/\(product)/ or images/"
        case .photoNotAnImage(let name, let kind?):
            "photo '\(name)' is in \(kind) format, not a photo; save the picture as JPEG and list that file"
        case .photoNotAnImage(let name, nil): "photo '\(name)' is not a JPEG, PNG, WebP or HEIC photo"
        case .photoDamaged(let name):
            "photo '\(name)' cannot be read: the file is damaged or cut short; ask for the photo again"
        case .photoTooManyPixels(let name, let width, let height, let limit):
            "photo '\(name)' is \(width) x \(height) pixels, more than katalog reads (\(limit / 1_000_000) million);"
                + " make it smaller"
        case .photoHEICUnreadable(let name):
            "photo '\(name)' is an HEIC photo (iPhone) that this computer cannot read; export it as JPEG"
                + " (on the iPhone: Settings > Camera > Formats > Most Compatible)"
        case .photoTooSmall(let name, let width, let wanted):
            "photo '\(name)' is only \(width) pixels wide and will look blurred; ask for one at least \(wanted) wide"
        case .logoNotFound(let name): "logo '\(name)' not found: put it in images/"
        case .logoNotPNGOrJPEG(let name, let format):
            "logo '\(name)' is a \(format) file; katalog makes icons from a PNG or JPEG logo: save it as PNG"
        case .logoTooSmall(let name, let width, let height, let wanted):
            "logo '\(name)' is only \(width) x \(height) pixels; icons need it at least \(wanted) pixels wide"
                + " or high: ask for a larger logo"
        case .photoNamesClash(let name, let other, let published):
            "photos '\(other)' and '\(name)' would both be published as '\(published)'; rename one of them"
        case .photoCannotBeProcessed(let name, let detail): "photo '\(name)' could not be processed: " + detail
        case .photoFolderWithoutSheet(let slug): "photo folder has no product sheet products/\(slug).md; not published"
        case .photoNotListed: "photo is not listed in the sheet's 'photos' and is not published"

        case .rawHTML(let snippet): "raw HTML is not allowed and was removed: \(snippet)"
        case .linkRemoved(let destination, let isImage):
            "\(isImage ? "image" : "link") to '\(destination)' was removed: only http, https, mailto, tel "
                + "and relative links are allowed"
        case .bodyTooDeep(let limit):
            "text is nested more than \(limit) levels deep (block quotes, lists or emphasis inside each other); "
                + "write it flatter"
        case .bodyListTooLong(let count, let limit): "list has \(count) items; at most \(limit) are allowed"
        case .moreProblems(let count): "\(count) more problems in this text are not shown; fix these first"
        case .nulCharacter:
            "an invisible NUL character (often left by a broken copy) was replaced by U+FFFD; delete it"

        case .templatesFolderMissing: "templates folder not found"
        case .templateSyntax(let problem): "template syntax error: \(problem.words)"
        case .unreadableTemplate(let failure): "cannot read template: " + failure.words
        case .unreadableAsset(let failure): "cannot read theme asset: " + failure.words
        case .notATemplate: "not a .mustache template or a file under assets/ or icons/; ignored"

        case .outputPathEmpty: "the output folder is empty"
        case .outputIsShared(let output):
            "refusing to write the site into '\(output)': choose a folder of its own, like public"
        case .outputOverlaps(let output, let name, let folder):
            "refusing to write the site into '\(output)': it overlaps the \(name) folder '\(folder)'"
        case .outputNotAFolder(let output): "'\(output)' exists and is not a folder"
        case .outputNotKatalogs(let output):
            "'\(output)' is not empty and was not made by katalog; "
                + "use --force to replace it whole, or choose another output folder"
        case .cannotCreateOutputParent(let output, let reason): "cannot create the folder of '\(output)': \(reason)"
        case .cannotOpenLock(let output, let reason): "cannot open the lock file beside '\(output)': \(reason)"
        case .buildInProgress(let output):
            "another katalog build is writing '\(output)' right now; run this one again when it has finished"
        case .cannotCreateStaging(let output, let reason):
            "cannot create the staging folder beside '\(output)': \(reason)"
        case .cannotCreateOutputFolder(let folder, let reason, let output):
            "cannot create folder '\(folder)/' of the new site: \(reason); '\(output)' is left as it was"
        case .cannotWriteOutputFile(let file, let reason, let output):
            "cannot write '\(file)' of the new site: \(reason); '\(output)' is left as it was"
        case .cannotWriteMarker(let reason, let output):
            "cannot write the new site: \(reason); '\(output)' is left as it was"
        case .cannotReplaceOutput(let output, let reason, let leftAsItWas):
            "cannot replace '\(output)': \(reason)" + (leftAsItWas ? "; '\(output)' is left as it was" : "")
        case .cannotMoveIntoOutput(let output, let reason): "cannot move the new site into '\(output)': \(reason)"
        case .duplicateOutput(let path):
            "two files of the site would be written to '\(path)'; this is a bug in katalog, please report it"
        }
    }
}

extension SafeRead.Failure {
    /// What went wrong, after a prefix that says what was read ("cannot read photo: ").
    package var words: String {
        switch self {
        case .missing: "file not found (was it moved or deleted while katalog ran?)"
        case .notAFile: "not a regular file"
        case .tooLarge(let bytes, let limit): "file is \(bytes) bytes; at most \(Limits.sizeText(limit)) is allowed"
        case .system(let reason): reason
        }
    }
}

extension Diagnostic.PhoneService {
    var words: String {
        switch self {
        case .tollFree: "a toll-free number (0800)"
        case .premiumRate: "a premium-rate number (callers pay extra)"
        case .sharedCost: "a shared-cost number"
        case .other: "a number of a kind katalog cannot tell (not a mobile or a landline)"
        }
    }
}

extension Diagnostic.YAMLShape {
    var words: String {
        switch self {
        case .singleValue: "a single value"
        case .list: "a list"
        case .mapping: "a nested mapping"
        case .alias: "an alias"
        }
    }
}

extension Diagnostic.YAMLHint {
    var words: String {
        switch self {
        case .quoteColon: "if a value contains ': ', put it in double quotes"
        case .tabs: "indent with spaces, not tabs"
        case .tabsOrQuote: "indent with spaces, not tabs, and quote values that start with @ or `"
        case .controlCharacter: "delete the invisible character (it often comes from copying text out of a document)"
        }
    }
}

extension Diagnostic.TemplateSyntax {
    var words: String {
        switch self {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section {{#...}} is never closed with {{/...}}"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: "only {{$block}} sections may appear inside {{<parent}}"
        case .textInsideInheritSection: "text is not allowed directly inside {{<parent}}"
        case .invalidConfigVariableSyntax: "invalid pragma syntax"
        case .unrecognisedConfigVariable: "unknown pragma"
        case .other(let description): description
        }
    }
}
