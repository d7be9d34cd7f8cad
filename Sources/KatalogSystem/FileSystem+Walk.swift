#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileSystem {
    /// Every file below `root` (not the folders), with its `stat`, relative to `root` and in no
    /// particular order. Symbolic links are followed, but no folder is entered twice, so a link to a
    /// parent folder cannot make it loop. Names for which `skipping` is true are left out, and so is
    /// what is inside such folders.
    package static func walk(
        _ root: String, skipping: (String) -> Bool = { _ in false }
    ) -> [(
        relative: String, info: stat
    )] {
        var files: [(relative: String, info: stat)] = []
        var rootInfo = stat()
        guard stat(root, &rootInfo) == 0 else { return [] }
        var visited: Set<[UInt64]> = [[UInt64(rootInfo.st_dev), UInt64(rootInfo.st_ino)]]
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            for name in (try? names(in: folder)) ?? [] where !skipping(name) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard stat(root + "/" + child, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    if visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted { pending.append(child) }
                } else {
                    files.append((child, info))
                }
            }
        }
        return files
    }
}
