import KatalogContent
import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder and the `.<name>.katalog-*` files katalog keeps beside it, once it has passed
/// the refusal rules: katalog writes nowhere else, and refuses outputs that could destroy the
/// user's work: `/`, the current folder, the home folder, the content or templates folder (or
/// anything inside or around them), and a non-empty folder katalog did not create (unless forced).
struct OutputFolder: Sendable {
    /// Marks an output folder as katalog's, so a later build may replace it.
    static let marker = ".katalog-output"

    /// The output as the user named it, for messages.
    let displayPath: String
    /// The absolute path, links resolved.
    let path: String
    let parent: String
    let name: String

    /// `protected`: the content and templates folders, as given, with their names for messages.
    init(
        _ output: String, workingDirectory: String, protecting protected: [(path: String, name: String)],
        force: Bool
    ) throws(OutputFailure) {
        displayPath = output
        guard !output.isEmpty else { throw OutputFailure(.outputPathEmpty) }
        let resolved = Self.resolve(FileSystem.absolute(output, in: workingDirectory))
        let home = Self.homeDirectory
        if resolved == "/" || resolved == Self.resolve(workingDirectory) || resolved == Self.resolve(home) {
            throw OutputFailure(.outputIsShared(output: output))
        }
        for (folder, name) in protected {
            let protectedPath = Self.resolve(FileSystem.absolute(folder, in: workingDirectory))
            if resolved == protectedPath || resolved.hasPrefix(protectedPath + "/")
                || protectedPath.hasPrefix(resolved + "/")
            {
                throw OutputFailure(.outputOverlaps(output: output, name: name, folder: folder))
            }
        }
        if FileSystem.exists(resolved) {
            guard FileSystem.isDirectory(resolved) else { throw OutputFailure(.outputNotAFolder(output: output)) }
            let entries = (try? FileSystem.names(in: resolved)) ?? []
            if !entries.isEmpty, !entries.contains(Self.marker), !force {
                throw OutputFailure(.outputNotKatalogs(output: output))
            }
        }
        path = resolved
        let slash = resolved.lastIndex(of: "/")!
        parent = slash == resolved.startIndex ? "/" : String(resolved[..<slash])
        name = String(resolved[resolved.index(after: slash)...])
    }

    /// `.<name>.katalog-<what>` beside the output.
    func beside(_ what: String) -> String { parent + "/." + name + ".katalog-" + what }

    var staging: String { beside("staging-\(getpid())") }
    /// Where the current output is moved aside while the new one takes its place, where the system
    /// cannot exchange the two at once.
    var displaced: String { beside("old-\(getpid())") }
    /// The site before the current one, kept after a swap to become the next staging folder: a
    /// rebuild updates it in place instead of making (and later deleting) a whole new tree.
    var spare: String { beside("spare") }
    var lockFile: String { beside("lock") }
    var cache: String { beside("cache") }

    /// Whether the current output is one katalog made.
    var isKatalogs: Bool { FileSystem.exists(path + "/" + Self.marker) }

    /// `HOME`, or the user's entry in the password database when it is not set (under cron).
    static var homeDirectory: String {
        if let home = getenv("HOME") { return String(cString: home) }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { return String(cString: directory) }
        return "/"
    }

    /// The absolute path with `.` and `..` removed and symbolic links resolved as far as the path
    /// exists.
    static func resolve(_ absolute: String) -> String {
        var components: [Substring] = []
        for component in absolute.split(separator: "/") where component != "." {
            if component == ".." { _ = components.popLast() } else { components.append(component) }
        }
        var existing = components
        var rest: [Substring] = []
        while !existing.isEmpty, !FileSystem.exists("/" + existing.joined(separator: "/")) {
            rest.insert(existing.removeLast(), at: 0)
        }
        var path = FileSystem.realPath("/" + existing.joined(separator: "/")) ?? "/"
        for component in rest { path += (path.hasSuffix("/") ? "" : "/") + component }
        return path
    }
}
