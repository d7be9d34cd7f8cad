import Foundation
import KatalogContent
import Mustache

/// The templates and assets a site is rendered with: the built-in default theme, overridden file
/// by file by the site's own `templates/` folder.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    /// Files copied to `assets/` in the output, by path below `assets/`.
    public var assets: [String: OutputFile.Content]
    /// A digest of every template source and asset: a new theme rebuilds every page.
    public var fingerprint: Fingerprint

    /// The templates every site needs; partials are whatever the templates include.
    public static let pageTemplates = [
        "layout", "index", "clusters", "cluster", "producers", "producer", "products", "product", "motifs", "motif",
        "page", "404",
    ]

    /// Loads the default theme and, when `folder` is given, the site's overrides from it.
    /// `folder` is the path as the user gave it; `required` says whether a missing folder is an error.
    public static func load(folder: String?, required: Bool) -> (Theme?, Diagnostics) {
        var diagnostics = Diagnostics()
        var sources: [String: (text: String, path: String)] = [:]
        var assets: [String: OutputFile.Content] = [:]
        for (name, text) in DefaultTheme.files {
            if name.hasPrefix("assets/") {
                assets[String(name.dropFirst("assets/".count))] = .bytes(Array(text.utf8))
            } else if name.hasSuffix(".mustache") {
                sources[String(name.dropLast(".mustache".count))] = (text, "(built-in theme)/" + name)
            }
        }
        if let folder {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue {
                overlay(folder: folder, sources: &sources, assets: &assets, into: &diagnostics)
            } else if required {
                diagnostics.error(SourceLocation(path: folder), "templates folder not found")
            }
        }
        var library = MustacheLibrary()
        HTMLEscaping.registered
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma line comes first: the author's line numbers are one less.
                diagnostics.error(
                    SourceLocation(
                        path: source.path, line: max(error.context.lineNumber - 1, 1),
                        column: error.context.columnNumber),
                    "template syntax error: \(describe(error.error))")
            } catch {
                diagnostics.error(SourceLocation(path: source.path), "template syntax error: \(error)")
            }
        }
        var digest = Fingerprint.Builder()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            digest.add(name)
            digest.add(source.text)
        }
        for (name, content) in assets.sorted(by: { $0.key < $1.key }) {
            digest.add(name)
            switch content {
            case .bytes(let bytes): digest.add(bytes: bytes)
            case .copy(let path): digest.add(path)
            }
        }
        let theme = Theme(library: library, assets: assets, fingerprint: digest.finish())
        return (diagnostics.hasErrors ? nil : theme, diagnostics)
    }

    /// A theme asset (a stylesheet, a font, an icon) may hold up to 16 MiB.
    static let assetBytes = 16 << 20

    private static func overlay(
        folder: String, sources: inout [String: (text: String, path: String)],
        assets: inout [String: OutputFile.Content], into diagnostics: inout Diagnostics
    ) {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name.hasSuffix("~") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { continue }
            files.append(relative)
        }
        for relative in files.sorted() {
            let path = base + relative
            // Read as content is: regular files only (never waiting on a pipe), with a size limit.
            if relative.hasPrefix("assets/") {
                switch SafeRead.bytes(path, limit: assetBytes) {
                case .success(let bytes): assets[String(relative.dropFirst("assets/".count))] = .bytes(bytes)
                case .failure(let failure):
                    diagnostics.error(SourceLocation(path: path), "cannot read theme asset: " + failure.reason)
                }
            } else if relative.hasSuffix(".mustache") {
                var fileProblems = Diagnostics()
                let data: [UInt8]
                switch SafeRead.bytes(path, limit: Limits.fileBytes) {
                case .success(let bytes): data = bytes
                case .failure(let failure):
                    diagnostics.error(SourceLocation(path: path), "cannot read template: " + failure.reason)
                    continue
                }
                guard let source = SourceText.decode(data, path: path, into: &fileProblems) else {
                    diagnostics.append(contentsOf: fileProblems.items)
                    continue
                }
                sources[String(relative.dropLast(".mustache".count))] = (source.text, path)
            } else {
                diagnostics.warning(
                    SourceLocation(path: path), "not a .mustache template or a file under assets/; ignored")
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#...}} is never closed with {{/...}}"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only {{$block}} sections may appear inside {{<parent}}"
        case .textInsideInheritSection: return "text is not allowed directly inside {{<parent}}"
        case .invalidConfigVariableSyntax: return "invalid pragma syntax"
        case .unrecognisedConfigVariable: return "unknown pragma"
        @unknown default: return "\(error)"
        }
    }
}

/// One file of the built site: bytes to write, or a file to copy.
public struct OutputFile: Sendable {
    public enum Content: Sendable, Equatable {
        case bytes([UInt8])
        case copy(from: String)
    }
    /// Path inside the output folder, `/`-separated.
    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
