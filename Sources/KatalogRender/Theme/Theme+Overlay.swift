import KatalogContent
import KatalogSystem

extension Theme {
    /// A theme asset (a stylesheet, a font, an icon) may hold up to 16 MiB.
    static let assetBytes = 16 << 20

    /// Reads the site's templates and assets over the built-in ones. Files are read as content is:
    /// regular files only (never waiting on a pipe), with a size limit.
    static func overlay(
        folder: String, absolute: String, sources: inout [String: (text: String, path: String)],
        assets: inout [String: [UInt8]], icons: inout [String: [UInt8]], into diagnostics: inout Diagnostics
    ) {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for relative in files(below: absolute) {
            let path = base + relative
            let file = absolute + "/" + relative
            if relative.hasPrefix("assets/") || relative.hasPrefix("icons/") {
                switch SafeRead.bytes(file, limit: assetBytes) {
                case .success(let bytes) where relative.hasPrefix("icons/"):
                    icons[String(relative.dropFirst("icons/".count))] = bytes
                case .success(let bytes): assets[String(relative.dropFirst("assets/".count))] = bytes
                case .failure(let failure): diagnostics.error(SourceLocation(path: path), .unreadableAsset(failure))
                }
            } else if relative.hasSuffix(".mustache") {
                let data: [UInt8]
                switch SafeRead.bytes(file, limit: Limits.fileBytes) {
                case .success(let bytes): data = bytes
                case .failure(let failure):
                    diagnostics.error(SourceLocation(path: path), .unreadableTemplate(failure))
                    continue
                }
                guard let source = SourceText.decode(data, path: path, into: &diagnostics) else { continue }
                sources[String(relative.dropLast(".mustache".count))] = (source.text, path)
            } else {
                diagnostics.warning(SourceLocation(path: path), .notATemplate)
            }
        }
    }

    /// Every file below `folder`, relative and sorted, without hidden files and `~` backups (and
    /// without what is inside hidden folders).
    private static func files(below folder: String) -> [String] {
        FileSystem.walk(folder) { $0.hasPrefix(".") || $0.hasSuffix("~") }.map(\.relative).sorted()
    }
}
