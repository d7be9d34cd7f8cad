import KatalogContent
import KatalogSystem
import Mustache

/// The templates and assets a site is rendered with: the built-in default theme, overridden file
/// by file by the site's own `templates/` folder.
package struct Theme: Sendable {
    package var library: MustacheLibrary
    /// Files copied to `assets/` in the output, by path below `assets/`.
    package var assets: [String: [UInt8]]
    /// The site's icons, by name below `icons/` (`favicon.svg`, `icon-192.png`, …; `favicon.ico`
    /// goes to the top of the site), unless `site.yml` names a logo to make them from.
    package var icons: [String: [UInt8]]
    /// A digest of every template source and asset: a new theme rebuilds every page.
    package var fingerprint: Fingerprint

    /// The templates every site needs: the layout and one per page kind. Partials are whatever the
    /// templates include.
    package static var pageTemplates: [String] { ["layout"] + Site.kinds.map { $0.template } }

    /// Put in front of every template, partial and layout (swift-mustache starts each partial with
    /// its HTML content type again): values are escaped when views are made (`Text`), so templates
    /// print them as they are, with the library's built-in TEXT content type.
    static let pragma = "{{% CONTENT_TYPE: TEXT }}\n"

    /// Loads the default theme and, when `folder` is given, the site's overrides from it.
    /// `folder` is the path as the user gave it, relative to `workingDirectory`; `required` says
    /// whether a missing folder is an error.
    package static func load(folder: String?, required: Bool, workingDirectory: String) -> (Theme?, Diagnostics) {
        var diagnostics = Diagnostics()
        var sources: [String: (text: String, path: String)] = [:]
        var assets: [String: [UInt8]] = [:]
        var icons: [String: [UInt8]] = [:]
        for (name, hex) in DefaultTheme.binaryFiles {
            icons[String(name.dropFirst("icons/".count))] = bytes(hex: hex)
        }
        for (name, text) in DefaultTheme.files {
            if name.hasPrefix("icons/") {
                icons[String(name.dropFirst("icons/".count))] = Array(text.utf8)
            } else if name.hasPrefix("assets/") {
                assets[String(name.dropFirst("assets/".count))] = Array(text.utf8)
            } else if name.hasSuffix(".mustache") {
                sources[String(name.dropLast(".mustache".count))] = (text, "(built-in theme)/" + name)
            }
        }
        if let folder {
            let absolute = FileSystem.absolute(folder, in: workingDirectory)
            if FileSystem.isDirectory(absolute) {
                overlay(
                    folder: folder, absolute: absolute, sources: &sources, assets: &assets, icons: &icons,
                    into: &diagnostics)
            } else if required {
                diagnostics.error(SourceLocation(path: folder), .templatesFolderMissing)
            }
        }
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma line comes first: the author's line numbers are one less.
                diagnostics.error(
                    SourceLocation(
                        path: source.path, line: max(error.context.lineNumber - 1, 1),
                        column: error.context.columnNumber),
                    .templateSyntax(syntax(error.error)))
            } catch {
                diagnostics.error(SourceLocation(path: source.path), .templateSyntax(.other("\(error)")))
            }
        }
        var digest = Fingerprint.Builder()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            digest.add(name)
            digest.add(source.text)
        }
        for (name, bytes) in (assets.map { ("assets/" + $0, $1) } + icons.map { ("icons/" + $0, $1) }).sorted(by: {
            $0.0 < $1.0
        }) {
            digest.add(name)
            digest.add(bytes: bytes)
        }
        let theme = Theme(library: library, assets: assets, icons: icons, fingerprint: digest.finish())
        return (diagnostics.hasErrors ? nil : theme, diagnostics)
    }

    /// The bytes of hexadecimal digits (`make theme` writes binary files so); other characters
    /// (the line breaks) are skipped.
    static func bytes(hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8?
        for c in hex.utf8 {
            let value: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = c - UInt8(ascii: "a") + 10
            default: continue
            }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return bytes
    }

    private static func syntax(_ error: Error) -> Diagnostic.TemplateSyntax {
        guard let error = error as? MustacheTemplate.Error else { return .other("\(error)") }
        switch error {
        case .sectionCloseNameIncorrect: return .sectionCloseNameIncorrect
        case .unfinishedName: return .unfinishedName
        case .expectedSectionEnd: return .expectedSectionEnd
        case .invalidSetDelimiter: return .invalidSetDelimiter
        case .transformAppliedToInheritanceSection: return .transformAppliedToInheritanceSection
        case .illegalTokenInsideInheritSection: return .illegalTokenInsideInheritSection
        case .textInsideInheritSection: return .textInsideInheritSection
        case .invalidConfigVariableSyntax: return .invalidConfigVariableSyntax
        case .unrecognisedConfigVariable: return .unrecognisedConfigVariable
        @unknown default: return .other("\(error)")
        }
    }
}
