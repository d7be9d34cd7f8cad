import KatalogContent
import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Theme {
    /// A theme asset (a stylesheet, a font, an icon) may hold up to 16 MiB.
    static let assetBytes = 16 << 20

    /// Reads the site's templates and assets over the built-in ones. Files are read as content is:
    /// regular files only (never waiting on a pipe), with a size limit.
    static func overlay(
        folder: String, absolute: String, sources: inout [String: (text: String, path: String)],
        assets: inout [String: OutputFile.Content], into diagnostics: inout Diagnostics
    ) {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for relative in files(below: absolute) {
            let path = base + relative
            let file = absolute + "/" + relative
            if relative.hasPrefix("assets/") {
                switch SafeRead.bytes(file, limit: assetBytes) {
                case .success(let bytes): assets[String(relative.dropFirst("assets/".count))] = .bytes(bytes)
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
    /// without what is inside hidden folders). Links are followed; no folder is entered twice.
    private static func files(below folder: String) -> [String] {
        var files: [String] = []
        var visited: Set<[UInt64]> = []
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            var info = stat()
            guard stat(path, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
                continue
            }
            for name in (try? FileSystem.names(in: path)) ?? [] where !name.hasPrefix(".") && !name.hasSuffix("~") {
                let child = relative.isEmpty ? name : relative + "/" + name
                if FileSystem.isDirectory(folder + "/" + child) { pending.append(child) } else { files.append(child) }
            }
        }
        return files.sorted()
    }
}
