import Foundation
import KatalogSystem

/// Entry files already decoded, by path and by the digest of their bytes: a file whose bytes are
/// those it was decoded from is taken from here rather than decoded again, whatever its
/// modification time says (`git checkout` and editors that rewrite unchanged files touch it).
/// Decoding is pure (`Entry.decode`: text, kind, slug and path in; entry and problems out), so a
/// file's bytes and path determine what it decodes to, problems included.
///
/// It also knows which version of each file the last successful build used (`built`), so a
/// build can tell what changed since then (`changes`). `katalog build` keeps it beside the output
/// (`EntryCache`); `katalog serve` in memory. Safe from several threads: the loader decodes on
/// every core.
package final class DecodedEntries: @unchecked Sendable {
    package struct Key: Hashable, Sendable {
        /// The file as messages name it: below the content folder as the user gave it.
        package var path: String
        package var digest: ContentHash

        package init(path: String, digest: ContentHash) {
            self.path = path
            self.digest = digest
        }
    }

    private let lock = NSLock()
    private var files: [Key: LoadedFile]
    /// The version of each file the last successful build used, by path.
    private var built: [String: ContentHash]
    /// What the loads since the last `finish` asked for.
    private var used: [String: ContentHash] = [:]
    /// Files decoded (not found) since the last `finish`.
    private var fresh: Set<String> = []

    package init(_ files: [Key: LoadedFile] = [:], built: [String: ContentHash] = [:]) {
        self.files = files
        self.built = built
    }

    /// The file decoded from `bytes` at `path`: remembered, or made by `decode` and remembered.
    package func file(path: String, bytes: [UInt8], decode: () -> LoadedFile) -> LoadedFile {
        let key = Key(path: path, digest: ContentHash(of: bytes))
        lock.lock()
        let known = files[key]
        used[path] = key.digest
        lock.unlock()
        if let known { return known }
        let file = decode()
        lock.lock()
        files[key] = file
        fresh.insert(path)
        lock.unlock()
        return file
    }

    /// Files decoded since the last `finish`.
    package var decoded: Int {
        lock.lock()
        defer { lock.unlock() }
        return fresh.count
    }

    /// Whether the files asked for since the last `finish` are exactly those the last successful
    /// build used.
    package var unchangedSinceBuilt: Bool {
        lock.lock()
        defer { lock.unlock() }
        return used == built
    }

    /// Each file whose version differs from the one the last successful build used: with that
    /// version (nil for a file that is new since) and the current one (nil for a file that is
    /// gone). Sorted by path.
    package func changes() -> [(path: String, old: LoadedFile?, new: LoadedFile?)] {
        lock.lock()
        defer { lock.unlock() }
        let paths = Set(used.keys).union(built.keys).filter { used[$0] != built[$0] }
        return paths.sorted().map { path in
            (
                path, built[path].flatMap { files[Key(path: path, digest: $0)] },
                used[path].flatMap { files[Key(path: path, digest: $0)] }
            )
        }
    }

    /// Ends a load: after a successful build, what it used becomes `built` and everything else is
    /// forgotten; after a failed one, the versions the last successful build used are kept too.
    package func finish(succeeded: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if succeeded { built = used }
        // Removing the few stale versions in place: rebuilding the table took a tenth of a second
        // at 50,000 products.
        let stale = files.keys.filter { used[$0.path] != $0.digest && built[$0.path] != $0.digest }
        for key in stale { files.removeValue(forKey: key) }
        used = [:]
        fresh = []
    }

    /// A digest of the versions the last successful build used, and of those the loads since the
    /// last `finish` used: the build cache stores the latter, so that the next build trusts
    /// `changes` only when both files come from the same build.
    package var builtDigest: ContentHash {
        lock.lock()
        defer { lock.unlock() }
        return Self.digest(built)
    }

    package var usedDigest: ContentHash {
        lock.lock()
        defer { lock.unlock() }
        return Self.digest(used)
    }

    /// Order-independent (a sum of one digest per file), so no sorting of every path.
    private static func digest(_ versions: [String: ContentHash]) -> ContentHash {
        var high: UInt64 = UInt64(versions.count)
        var low: UInt64 = 0
        for (path, digest) in versions {
            var bytes = Array(path.utf8)
            bytes.append(0)
            withUnsafeBytes(of: digest.high.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: digest.low.littleEndian) { bytes += $0 }
            let one = ContentHash(of: bytes)
            high = high &+ one.high
            low = low &+ one.low
        }
        return ContentHash(of: withUnsafeBytes(of: (high, low)) { Array($0) })
    }

    /// Every remembered file and whether the last successful build used it, for writing.
    package var all: [(key: Key, file: LoadedFile, built: Bool)] {
        lock.lock()
        defer { lock.unlock() }
        return files.map { ($0.key, $0.value, built[$0.key.path] == $0.key.digest) }
    }

    package var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return files.count
    }
}
