#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain POSIX file operations, each reporting the system's own error: katalog writes with
/// open/write/close (Foundation's `Data.write` syncs every file, which costs more than rendering
/// the page) and reports a full disk as the disk reported it.
package enum FileSystem {
    /// `path` made absolute against `directory` (itself absolute); an absolute `path` is kept.
    /// Every path the user gives is resolved this way, never against the process's current folder,
    /// so builds of different folders can run in one process at once.
    package static func absolute(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.isEmpty || path == "." { return directory }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    /// The process's current folder, read once by the command line.
    package static var currentDirectory: String {
        guard let path = getcwd(nil, 0) else { return "/" }
        defer { free(path) }
        return String(cString: path)
    }

    /// Creates a folder; one that exists already is fine.
    package static func makeDirectory(_ path: String) throws(SystemError) {
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw .current }
    }

    /// Creates `path` and every missing folder above it.
    package static func makeDirectories(_ path: String) throws(SystemError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw SystemError(ENOTDIR) }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectories(String(path[..<slash]))
        }
        try makeDirectory(path)
    }

    /// Whether something (a file, a folder, a link to either) is at `path`.
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether a folder (or a link to one) is at `path`.
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Writes `bytes` into a new (or truncated) file.
    package static func writeFile(_ path: String, _ bytes: [UInt8]) throws(SystemError) {
        try withNewFile(path) { fd throws(SystemError) in
            if let error = bytes.withUnsafeBytes({ writeAll(fd, $0) }) { throw error }
        }
    }

    /// Writes `bytes` into a file that must not exist yet: anything at `path` (a file, a folder, a
    /// link, even a dangling one) fails with `EEXIST` and is left as it was, in one system call, so
    /// no check-then-write race can replace a file.
    package static func createFile(_ path: String, _ bytes: [UInt8]) throws(SystemError) {
        try withNewFile(path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC) { fd throws(SystemError) in
            if let error = bytes.withUnsafeBytes({ writeAll(fd, $0) }) { throw error }
        }
    }

    /// Creates (or truncates) the file at `path`, lets `body` write to it, and closes it, reporting
    /// a failed close: some file systems report a full disk only then.
    package static func withNewFile(
        _ path: String, flags: Int32 = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
        _ body: (Int32) throws(SystemError) -> Void
    ) throws(SystemError) {
        let fd = SystemCall.open(path, flags, 0o644)
        guard fd >= 0 else { throw .current }
        do {
            try body(fd)
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw .current }
    }

    /// Writes all of `buffer`, however many calls it takes; the error, if one stopped it.
    package static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> SystemError? {
        var offset = 0
        while offset < buffer.count {
            let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .current
            }
            offset += written
        }
        return nil
    }

    /// Copies a file with plain reads and writes, so a full disk is reported by its `errno`. The
    /// source is opened as content is (a regular file, never waiting on a pipe).
    package static func copyFile(_ source: String, to target: String) throws(CopyError) {
        let input: Int32
        switch SafeRead.open(source) {
        case .success(let opened): input = opened.fd
        case .failure(let failure): throw .read(failure)
        }
        defer { close(input) }
        let output = SystemCall.open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw .write(.current) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let failure = SafeRead.failure(errno)
                close(output)
                throw .read(failure)
            }
            if count == 0 { break }
            if let error = buffer.withUnsafeBytes({ writeAll(output, UnsafeRawBufferPointer(rebasing: $0[..<count])) })
            {
                close(output)
                throw .write(error)
            }
        }
        if close(output) != 0 { throw .write(.current) }
    }

    /// Deletes a folder tree, depth first, without following links. Never fails: what cannot be
    /// removed stays.
    package static func removeTree(_ path: String) {
        guard let folder = opendir(path) else {
            unlink(path)
            return
        }
        var children: [(String, Bool)] = []
        while let entry = readdir(folder) {
            // Read the name in place: `entry.pointee.d_name` would copy all 256 bytes of the
            // field, past the end of a short entry (AddressSanitizer caught it).
            let name = String(
                cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                    .assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            children.append((name, isFolder))
        }
        closedir(folder)
        for (name, isFolder) in children {
            if isFolder { removeTree(path + "/" + name) } else { unlink(path + "/" + name) }
        }
        rmdir(path)
    }

    /// The names in a folder (without `.` and `..`), in no particular order.
    package static func names(in path: String) throws(SystemError) -> [String] {
        guard let folder = opendir(path) else { throw .current }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = String(
                cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                    .assumingMemoryBound(to: CChar.self))
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Swaps two paths atomically: Linux's renameat2(RENAME_EXCHANGE) (glibc 2.28 and later).
    /// False where the system cannot.
    package static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            let renameExchange: UInt32 = 1 << 1
            return systemRenameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
            return false
        #endif
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A failed copy: reading the source or writing the target.
package enum CopyError: Error, Equatable {
    case read(SafeRead.Failure)
    case write(SystemError)
}

#if os(Linux)
    // Glibc declares renameat2 only under _GNU_SOURCE, which the Swift module does not set.
    @_silgen_name("renameat2")
    private func systemRenameat2(
        _ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32, _ newpath: UnsafePointer<CChar>,
        _ flags: UInt32
    ) -> Int32
#endif
