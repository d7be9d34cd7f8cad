import Foundation
import KatalogContent
import KatalogRender

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a site into a staging folder beside the output and swaps it in only when every file is
/// written, so the output is always either the previous site or the new one.
///
/// It writes nowhere but the output and `.<name>.katalog-*` folders beside it, and refuses outputs
/// that could destroy the user's work: `/`, the current folder, the home folder, the content or
/// templates folder (or anything inside or around them), and a non-empty folder katalog did not
/// create (unless forced).
struct OutputWriter: Sendable {
    struct POSIXError: Error {
        var code: POSIXErrorCode
        init(_ value: Int32) { code = POSIXErrorCode(rawValue: value) ?? .EIO }
    }

    struct Failure: Error {
        var message: String
    }

    /// Marks an output folder as katalog's, so a later build may replace it.
    static let marker = ".katalog-output"

    let output: URL
    let displayPath: String
    let staging: URL
    let previous: URL
    /// The site before the current one, kept after a swap to become the next staging folder: a
    /// rebuild updates it in place instead of making (and later deleting) a whole new tree.
    let spare: URL
    /// For tests: an `errno` to fail an operation with (see `Faults.write`).
    var faults: (@Sendable (_ operation: String) -> Int32?)?

    /// Throws the injected failure of `operation`, if a test injected one.
    func injected(_ operation: String) throws {
        if let code = faults?(operation) { throw POSIXError(code) }
    }

    init(output path: String, protecting protected: [(path: String, name: String)], force: Bool) throws {
        displayPath = path
        let output = path
        let fm = FileManager.default
        guard !output.isEmpty else { throw Failure(message: "the output folder is empty") }
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let resolved = Self.resolve(url)
        let cwd = Self.resolve(URL(fileURLWithPath: fm.currentDirectoryPath))
        let home = Self.resolve(URL(fileURLWithPath: NSHomeDirectory()))
        if resolved == "/" || resolved == cwd || resolved == home {
            throw Failure(message: "refusing to write the site into '\(output)': choose a folder of its own, like public")
        }
        for (path, name) in protected {
            let folder = Self.resolve(URL(fileURLWithPath: path).standardizedFileURL)
            if resolved == folder || resolved.hasPrefix(folder + "/") || folder.hasPrefix(resolved + "/") {
                throw Failure(
                    message: "refusing to write the site into '\(output)': it overlaps the \(name) folder '\(path)'")
            }
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw Failure(message: "'\(output)' exists and is not a folder")
            }
            let entries = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            if !entries.isEmpty, !entries.contains(Self.marker), !force {
                throw Failure(
                    message: "'\(output)' is not empty and was not made by katalog; "
                        + "use --force to replace it whole, or choose another output folder")
            }
        }
        self.output = URL(fileURLWithPath: resolved)
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).katalog-staging-\(pid)")
        previous = parent.appendingPathComponent(".\(name).katalog-old-\(pid)")
        spare = parent.appendingPathComponent(".\(name).katalog-spare")
    }

    /// The absolute path with symbolic links resolved as far as the path exists.
    static func resolve(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for component in rest { path = (path as NSString).appendingPathComponent(component) }
        return path
    }

    /// Takes the output's lock (`.<name>.katalog-lock` beside it), so that two builds never write
    /// one output at once: a second build is refused. Returns the descriptor that holds it; closing
    /// it releases the lock, and so does the process ending, so a killed build never leaves it held.
    func lock() throws -> Int32 {
        let parent = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create the folder of '\(displayPath)': \(Self.reason(error))")
        }
        let path = parent.appendingPathComponent(".\(output.lastPathComponent).katalog-lock").path
        var fd: Int32 = -1
        if let code = faults?("lock") { errno = code } else { fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
        guard fd >= 0 else {
            throw Failure(message: "cannot open the lock file beside '\(displayPath)': \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw Failure(
                message: "another katalog build is writing '\(displayPath)' right now; run this one again when it has finished")
        }
        return fd
    }

    /// Starts a build: removes what killed builds left, then makes the staging folder. With
    /// `reuseSpare` the spare tree becomes the staging folder (one rename) and true is returned;
    /// otherwise the spare goes and the staging folder starts empty.
    @discardableResult
    func begin(reuseSpare: Bool = false) throws -> Bool {
        removeStale()  // the caller holds the lock: any staging folder found is a killed build's
        if reuseSpare, rename(spare.path, staging.path) == 0 { return true }
        Self.removeTree(spare.path)
        do {
            try FileManager.default.createDirectory(
                at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try injected("staging")
            try Self.makeDirectory(staging.path)
            return false
        } catch {
            throw Failure(message: "cannot create the staging folder beside '\(displayPath)': \(Self.reason(error))")
        }
    }

    /// Creates the folders of all these file paths in the staging folder, parents first, before
    /// files are written into them from several threads.
    func makeDirectories(for paths: [String]) throws {
        var folders: Set<String> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        // Sorting puts every parent before its children.
        for folder in folders.sorted() {
            do {
                try injected("folder " + folder)
                try Self.makeDirectory(staging.path + "/" + folder)
            } catch {
                throw Failure(message: "cannot create folder '\(folder)/' of the new site: \(Self.reason(error)); \(leftAsItWas)")
            }
        }
    }

    /// Writes one file into the staging folder; safe from several threads for different paths.
    func write(_ file: OutputFile) throws {
        let target = staging.path + "/" + file.path
        do {
            try injected("write " + file.path)
            switch file.content {
            case .bytes(let bytes):
                // Never write into an existing file: it may be a hard link shared with the live site.
                unlink(target)
                try Self.writeFile(target, bytes)
            case .copy(let source):
                unlink(target)
                try Self.copyFile(source, target)
            }
        } catch {
            throw Failure(message: "cannot write '\(file.path)' of the new site: \(Self.reason(error)); \(leftAsItWas)")
        }
    }

    /// The end of every message about a failed write.
    var leftAsItWas: String { "'\(displayPath)' is left as it was" }

    /// Finishes a build: marks the staging folder as katalog's and swaps it in.
    func commit() throws {
        do {
            // The marker never changes: keep the previous one (and its modification time).
            try injected("marker")
            if !linkPrevious(Self.marker) {
                try Self.writeFile(
                    staging.path + "/" + Self.marker,
                    Array("katalog output folder: katalog may replace it whole on the next build.\n".utf8))
            }
        } catch {
            abort()
            throw Failure(message: "cannot write the new site: \(Self.reason(error)); \(leftAsItWas)")
        }
        try swapIn()
    }

    /// Gives up a build: the staging folder goes, the output is untouched.
    func abort() {
        Self.removeTree(staging.path)
    }

    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw POSIXError(errno) }
    }

    /// Replaces the output with the staging folder: one atomic exchange where the system has it.
    private func swapIn() throws {
        let fm = FileManager.default
        if let code = faults?("swap") {
            abort()
            throw Failure(message: "cannot replace '\(displayPath)': \(Self.reason(POSIXError(code))); \(leftAsItWas)")
        }
        if fm.fileExists(atPath: output.path) {
            if Self.exchange(staging.path, output.path) {
                // The staging folder now holds the previous site: keep it as the next spare.
                if rename(staging.path, spare.path) != 0 { Self.removeTree(staging.path) }
                return
            }
            do {
                try fm.moveItem(at: output, to: previous)
            } catch {
                try? fm.removeItem(at: staging)
                throw Failure(message: "cannot replace '\(displayPath)': \(Self.reason(error))")
            }
        }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            if fm.fileExists(atPath: previous.path) { try? fm.moveItem(at: previous, to: output) }
            try? fm.removeItem(at: staging)
            throw Failure(message: "cannot move the new site into '\(displayPath)': \(Self.reason(error))")
        }
        Self.removeTree(previous.path)
    }

    /// Staging and old folders left by a build that was killed (not the build cache).
    private func removeStale() {
        let parent = output.deletingLastPathComponent()
        let staging = ".\(output.lastPathComponent).katalog-staging-"
        let old = ".\(output.lastPathComponent).katalog-old-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where name.hasPrefix(staging) || name.hasPrefix(old) {
            Self.removeTree(parent.appendingPathComponent(name).path)
        }
    }

    /// Hard-links a file of the previous output into the staging folder: same bytes, same inode,
    /// same modification time. Replaces what the staging folder had there (a started-from-spare
    /// staging folder holds older files). False when there is no such file or the link fails.
    func linkPrevious(_ path: String) -> Bool {
        let target = staging.path + "/" + path
        unlink(target)
        return link(output.path + "/" + path, target) == 0
    }

    /// Removes from a started-from-spare staging folder the files the new site does not have, and
    /// the folders left empty by that.
    func removeExtra(_ paths: [String]) {
        var folders: Set<String> = []
        for path in paths {
            unlink(staging.path + "/" + path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                folders.insert(String(folder))
            }
        }
        // Deepest first; rmdir fails, harmlessly, on folders that still hold something.
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(staging.path + "/" + folder) }
    }

    /// Whether a spare tree (the site before the current one) is there.
    var hasSpare: Bool { FileManager.default.fileExists(atPath: spare.path) }

    /// Whether the current output is one katalog made.
    var outputIsKatalogs: Bool {
        FileManager.default.fileExists(atPath: output.path + "/" + Self.marker)
    }

    /// Deletes a folder tree, depth first, without following links.
    static func removeTree(_ path: String) {
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

    /// Linux renameat2(RENAME_EXCHANGE): swaps two paths atomically (glibc 2.28 and later).
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            let renameExchange: UInt32 = 1 << 1
            return katalog_renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
            return false
        #endif
    }

    /// Plain open/write/close. Foundation's `Data.write` syncs each file to disk; one sync per page
    /// costs more than rendering it, and the swap, not the sync, is what keeps the old site safe.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        try withNewFile(path) { fd in try bytes.withUnsafeBytes { try writeAll(fd, $0) } }
    }

    /// Creates (or truncates) the file at `path`, lets `body` write to it, and closes it, reporting
    /// a failed close: some file systems report a full disk only then.
    static func withNewFile(_ path: String, _ body: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(errno) }
        do {
            try body(fd)
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw POSIXError(errno) }
    }

    /// Writes all of `buffer`, however many calls it takes.
    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno)
            }
            offset += written
        }
    }

    /// A source file (a photo) that could not be read for copying.
    struct SourceFailure: Error {
        var message: String
    }

    /// Copies a photo with plain reads and writes, so a full disk is reported by its `errno`. The
    /// source is opened as content is (a regular file, never waiting on a pipe).
    static func copyFile(_ source: String, _ target: String) throws {
        let input: Int32
        switch SafeRead.open(source) {
        case .success(let opened): input = opened.fd
        case .failure(let failure): throw SourceFailure(message: "cannot read '\(source)': " + failure.reason)
        }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        try withNewFile(target) { output in
            while true {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw SourceFailure(message: "cannot read '\(source)': " + String(cString: strerror(errno)).lowercased())
                }
                if count == 0 { return }
                try buffer.withUnsafeBytes { try writeAll(output, UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            }
        }
    }

    static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let source = error as? SourceFailure { return source.message }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}

#if os(Linux)
    // Glibc declares renameat2 only under _GNU_SOURCE, which the Swift module does not set.
    @_silgen_name("renameat2")
    private func katalog_renameat2(
        _ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32, _ newpath: UnsafePointer<CChar>,
        _ flags: UInt32
    ) -> Int32
#endif
