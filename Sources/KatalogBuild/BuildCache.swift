import Foundation
import KatalogContent
import KatalogRender

/// What the last successful build saw and wrote, kept beside the output as
/// `.<output>.katalog-cache` (never inside it, so a web host never serves it). Safe to delete: the
/// next build is then a full one.
///
/// - `key`: katalog's own binary, the build options and the theme. Any change rebuilds everything.
/// - `inputs`: size and modification time of every file under the content and templates folders.
///   All the same (and the same key) means nothing to do.
/// - `outputs`: a fingerprint of every output file. A page whose values have the same fingerprint
///   is hard-linked from the previous output instead of rendered, keeping its bytes, inode and
///   modification time, so an upload or rsync sends only what changed.
/// - `warnings`: printed again when nothing had to be built.
struct BuildCache: Equatable {
    static let header = "katalog-cache 3"

    var key: Fingerprint
    /// The values every page shares (`SiteRenderer.sharedFingerprint`); pages are kept only when
    /// it is unchanged.
    var shared: Fingerprint
    var inputs: [String: FileStamp]
    var outputs: [String: Fingerprint]
    var warnings: [Diagnostic]
    /// What the spare tree beside the output holds (the site before this one), and the shared
    /// fingerprint its pages were rendered with.
    var spare: [String: Fingerprint] = [:]
    var spareShared: Fingerprint?

    struct FileStamp: Equatable {
        var size: Int64
        var modified: Int64
    }

    static func location(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).katalog-cache")
    }

    // MARK: Reading and writing (one record a line, tab-separated; paths never hold tabs or newlines
    // because content file names are slugs and theme paths are checked below)

    static func read(from url: URL) -> BuildCache? {
        guard case .success(let data) = SafeRead.bytes(url.path, limit: Int.max) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(header) else { return nil }
        lines = lines.dropFirst()
        guard let keyLine = lines.first, keyLine.hasPrefix("key\t"), let key = Fingerprint(keyLine.dropFirst(4)) else {
            return nil
        }
        lines = lines.dropFirst()
        guard let sharedLine = lines.first, sharedLine.hasPrefix("shared\t"),
            let shared = Fingerprint(sharedLine.dropFirst(7))
        else { return nil }
        var cache = BuildCache(key: key, shared: shared, inputs: [:], outputs: [:], warnings: [])
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "in" where fields.count == 4:
                guard let size = Int64(fields[1]), let modified = Int64(fields[2]) else { return nil }
                cache.inputs[String(fields[3])] = FileStamp(size: size, modified: modified)
            case "out" where fields.count == 3:
                guard let fingerprint = Fingerprint(fields[1]) else { return nil }
                cache.outputs[String(fields[2])] = fingerprint
            case "spare" where fields.count == 3:
                guard let fingerprint = Fingerprint(fields[1]) else { return nil }
                cache.spare[String(fields[2])] = fingerprint
            case "spareshared" where fields.count == 2:
                guard let fingerprint = Fingerprint(fields[1]) else { return nil }
                cache.spareShared = fingerprint
            case "warn" where fields.count == 5:
                cache.warnings.append(
                    .warning(
                        SourceLocation(path: String(fields[1]), line: Int(fields[2]), column: Int(fields[3])),
                        String(fields[4])))
            default:
                return nil
            }
        }
        return cache
    }

    func write(to url: URL) throws {
        var text = Self.header + "\nkey\t\(key)\nshared\t\(shared)\n"
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
            text += "in\t\(stamp.size)\t\(stamp.modified)\t\(path)\n"
        }
        for (path, fingerprint) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "out\t\(fingerprint)\t\(path)\n"
        }
        if let spareShared { text += "spareshared\t\(spareShared)\n" }
        for (path, fingerprint) in spare.sorted(by: { $0.key < $1.key }) {
            text += "spare\t\(fingerprint)\t\(path)\n"
        }
        for warning in warnings {
            func clean(_ s: String) -> String {
                s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            }
            let line = warning.location.line.map(String.init) ?? ""
            let column = warning.location.column.map(String.init) ?? ""
            text += "warn\t\(clean(warning.location.path))\t\(line)\t\(column)\t\(clean(warning.message))\n"
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".tmp")
        try OutputWriter.writeFile(temporary.path, Array(text.utf8))
        guard rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw OutputWriter.POSIXError(errno)
        }
    }

    // MARK: What the build sees

    /// Size and modification time of every file below these folders, keyed by the folder's label
    /// and the path inside it. Symbolic links are followed, as the content loader follows them, but
    /// no folder is entered twice, so a link to a parent folder cannot make it loop.
    static func scan(_ folders: [(label: String, path: String)]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        var visited: Set<[UInt64]> = []
        for (label, root) in folders {
            var rootInfo = stat()
            guard stat(root, &rootInfo) == 0 else { continue }
            visited.insert([UInt64(rootInfo.st_dev), UInt64(rootInfo.st_ino)])
            var pending = [""]
            while let relative = pending.popLast() {
                let folder = relative.isEmpty ? root : root + "/" + relative
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
                for name in names {
                    let child = relative.isEmpty ? name : relative + "/" + name
                    var info = stat()
                    guard stat(root + "/" + child, &info) == 0 else { continue }
                    if (info.st_mode & S_IFMT) == S_IFDIR {
                        if visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted { pending.append(child) }
                    } else {
                        stamps[label + "/" + child] = FileStamp(
                            size: Int64(info.st_size),
                            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
                    }
                }
            }
        }
        return stamps
    }

    /// katalog's own binary (so that a new version, or a rebuilt one, renders everything again),
    /// the options that change output, and the theme.
    static func key(options: BuildOptions, theme: Theme) -> Fingerprint {
        var digest = Fingerprint.Builder()
        digest.add("katalog \(KatalogVersion.current)")
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            digest.add(int: Int(info.st_size))
            digest.add(int: Int(info.st_mtim.tv_sec))
            digest.add(int: Int(info.st_mtim.tv_nsec))
        }
        digest.add(options.links.rawValue)
        digest.add(options.baseURL ?? "")
        digest.add(URL(fileURLWithPath: options.content).standardizedFileURL.path)
        digest.add(theme.fingerprint.description)
        return digest.finish()
    }
}

/// The version `katalog --version` prints.
public enum KatalogVersion {
    public static let current = "0.2.0"
}
