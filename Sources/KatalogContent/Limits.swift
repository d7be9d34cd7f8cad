import Glibc

/// How large a content file may be. Each limit keeps one hostile or broken file from taking the
/// build down (a stack overflow, memory, quadratic time), and each is far above what a real
/// product sheet needs. A file over a limit gets an error that names the limit and the fix.
public enum Limits {
    /// A content file, front matter and body: 1 MiB (a long product sheet is 5 KB).
    public static let fileBytes = 1 << 20
    /// The front matter between the `---` lines: 64 KiB.
    public static let frontMatterBytes = 64 << 10
    /// One line of a content file: 16 KiB (a long paragraph written on one line is 3 KB).
    public static let lineBytes = 16 << 10
    /// Lists and maps inside each other in front matter (katalog's own fields need 2).
    public static let yamlDepth = 16
    /// Items of one front-matter list (`motifs`, `photos`, `colors`).
    public static let listItems = 100
    // The body's limits (nesting, list items, problems reported) are `Markdown.Limits`.

    static func kib(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
    }

    /// The first line longer than `lineBytes`, with its length.
    public static func firstLongLine(in text: String) -> (line: Int, bytes: Int)? {
        var line = 1
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if length > lineBytes { return (line, length) }
                line += 1
                length = 0
            } else {
                length += 1
            }
        }
        return length > lineBytes ? (line, length) : nil
    }

    /// An error for a line over `lineBytes`, or none.
    public static func checkLines(_ text: String, path: String, into diagnostics: inout Diagnostics) -> Bool {
        guard let (line, bytes) = firstLongLine(in: text) else { return true }
        diagnostics.error(
            SourceLocation(path: path, line: line, column: 1),
            "line is \(bytes) bytes long; at most \(kib(lineBytes)) is allowed: break it into shorter lines")
        return false
    }
}

/// Reads content files without trusting them: only regular files (a named pipe would block the
/// build for ever, a device could be endless), at most a given size, with the reason for any
/// failure in words.
public enum SafeRead {
    public enum Failure: Error, Equatable, Sendable {
        case missing
        case notAFile
        case tooLarge(bytes: Int, limit: Int)
        case system(String)

        /// What went wrong, after a prefix that says what was read ("cannot read photo: ").
        public var reason: String {
            switch self {
            case .missing: return "file not found (was it moved or deleted while katalog ran?)"
            case .notAFile: return "not a regular file"
            case .tooLarge(let bytes, let limit): return "file is \(bytes) bytes; at most \(Limits.kib(limit)) is allowed"
            case .system(let reason): return reason
            }
        }

        /// What went wrong with a content file, for an error message after its path.
        public var message: String {
            switch self {
            case .missing, .notAFile: return reason
            case .tooLarge: return reason + ": put photos in images/ and keep the text short"
            case .system: return "cannot read file: " + reason
            }
        }
    }

    /// Opens the regular file at `path` for reading; returns the descriptor and the file's size.
    public static func open(_ path: String) -> Result<(fd: Int32, size: Int), Failure> {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
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
    public static func bytes(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
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

    static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT: return .missing
        case EISDIR: return .notAFile
        default: return .system(String(cString: strerror(code)).lowercased())
        }
    }
}
