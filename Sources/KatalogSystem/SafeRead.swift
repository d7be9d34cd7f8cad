#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads files katalog does not trust (content, theme, the build cache): only regular files (a
/// named pipe would block the build for ever, a device could be endless), at most a given size.
/// What went wrong is a value; the words for it are in KatalogContent's message table.
package enum SafeRead {
    package enum Failure: Error, Equatable, Hashable, Sendable, Codable {
        case missing
        case notAFile
        case tooLarge(bytes: Int, limit: Int)
        /// Any other failure, as the system describes it (lowercase: it ends a sentence).
        case system(String)
    }

    /// Opens the regular file at `path` for reading; returns the descriptor and the file's size.
    package static func open(_ path: String) -> Result<(fd: Int32, size: Int), Failure> {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        let fd = SystemCall.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(failure(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            return .failure(failure(code))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return .failure(.notAFile)
        }
        return .success((fd, Int(info.st_size)))
    }

    /// The bytes of the regular file at `path`, if it holds at most `limit` bytes.
    package static func bytes(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd: Int32
        let size: Int
        switch open(path) {
        case .success(let opened): (fd, size) = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(fd) }
        guard size <= limit else { return .failure(.tooLarge(bytes: size, limit: limit)) }
        // Read until end of file, not just the size seen: the file may grow while it is read.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .failure(.tooLarge(bytes: count, limit: limit)) }
                bytes += [UInt8](repeating: 0, count: max(4096, count))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno))
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else { return .failure(.tooLarge(bytes: count, limit: limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    package static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT: return .missing
        case EISDIR: return .notAFile
        default: return .system(SystemError(code).description.lowercased())
        }
    }
}
