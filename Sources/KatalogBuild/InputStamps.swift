import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Size and modification time of every input file: when none changed (and nothing else did),
/// a build has nothing to do.
enum InputStamps {
    /// Every file below these folders, keyed by the folder's label and the path inside it.
    /// Symbolic links are followed, as the content loader follows them, but no folder is entered
    /// twice, so a link to a parent folder cannot make it loop.
    static func scan(_ folders: [(label: String, path: String)]) -> [String: FileVersion] {
        var stamps: [String: FileVersion] = [:]
        var visited: Set<[UInt64]> = []
        for (label, root) in folders {
            var rootInfo = stat()
            guard stat(root, &rootInfo) == 0 else { continue }
            visited.insert([UInt64(rootInfo.st_dev), UInt64(rootInfo.st_ino)])
            var pending = [""]
            while let relative = pending.popLast() {
                let folder = relative.isEmpty ? root : root + "/" + relative
                guard let names = try? FileSystem.names(in: folder) else { continue }
                for name in names {
                    let child = relative.isEmpty ? name : relative + "/" + name
                    var info = stat()
                    guard stat(root + "/" + child, &info) == 0 else { continue }
                    if (info.st_mode & S_IFMT) == S_IFDIR {
                        if visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted {
                            pending.append(child)
                        }
                    } else {
                        stamps[label + "/" + child] = FileVersion(info)
                    }
                }
            }
        }
        return stamps
    }
}
