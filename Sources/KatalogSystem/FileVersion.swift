#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's size and modification time (nanoseconds): what tells a build that a file changed.
package struct FileVersion: Hashable, Sendable {
    package var size: Int64
    package var modified: Int64

    package init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The version of the file open on `fd`; zero when it cannot be read.
    package init(of fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            self.init(size: 0, modified: 0)
            return
        }
        self.init(info)
    }

    /// The version of the file at `path` (links followed), or nil.
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The version in a `stat` result.
    package init(_ info: stat) {
        #if canImport(Glibc)
            let time = info.st_mtim
        #else
            let time = info.st_mtimespec
        #endif
        self.init(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
