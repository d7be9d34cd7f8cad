#if canImport(Glibc)
    import Glibc

    /// Changes under a few folders, through Linux's inotify, in batches: `next` waits for a change,
    /// then for the folders to be quiet for `quiet` seconds (an editor's write-then-rename, a
    /// `git pull` of a thousand files), and returns every path that changed, labelled like
    /// `InputStamps` (`content/products/kain.md`). A file is reported when it is closed after
    /// writing or renamed into place, never while it is being written. New folders are watched as
    /// they appear. Folders are not followed through symbolic links.
    package final class FileWatcher: @unchecked Sendable {
        private let fd: Int32
        private var folders: [Int32: String] = [:]
        /// Wait this long after the last event before a batch is returned.
        package var quiet = 0.03
        /// A batch is returned after this long even if events keep coming.
        package var longest = 1.0
        private let stopPipe: [Int32]

        private static let mask: UInt32 =
            UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
            | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_ATTRIB)

        /// Watches every folder below each of `roots` (label, absolute path).
        package init(_ roots: [(label: String, path: String)]) throws(SystemError) {
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard fd >= 0 else { throw SystemError.current }
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else {
                close(fd)
                throw SystemError.current
            }
            stopPipe = ends
            self.roots = roots
            for (label, path) in roots { watchTree(path, as: label) }
        }

        deinit {
            close(fd)
            close(stopPipe[0])
            close(stopPipe[1])
        }

        /// Makes a waiting `next` return nil.
        package func stop() {
            var byte: UInt8 = 1
            _ = write(stopPipe[1], &byte, 1)
        }

        private func watchTree(_ path: String, as label: String) {
            let wd = inotify_add_watch(fd, path, Self.mask | UInt32(IN_ONLYDIR))
            guard wd >= 0 else { return }
            folders[wd] = label
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != "..", entry.pointee.d_type == UInt8(DT_DIR) else { continue }
                watchTree(path + "/" + name, as: label + "/" + name)
            }
        }

        /// The next batch of changed paths, sorted; nil once `stop` was called. `[""]` when the
        /// kernel's queue overflowed (anything may have changed).
        package func next() -> [String]? {
            var changed: Set<String> = []
            var first: Double?
            var last = 0.0
            while true {
                let now = Self.now()
                var timeout: Int32 = -1
                if let first {
                    let until = min(last + quiet, first + longest)
                    if now >= until { return changed.sorted() }
                    timeout = Int32(max(1, (until - now) * 1000))
                }
                var polls = [
                    pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0),
                ]
                let ready = poll(&polls, 2, timeout)
                if ready < 0 && errno != EINTR { return nil }
                if polls[1].revents != 0 { return nil }
                guard ready > 0, polls[0].revents != 0 else { continue }
                let paths = readEvents()
                if paths.isEmpty { continue }
                changed.formUnion(paths)
                last = Self.now()
                if first == nil { first = last }
            }
        }

        private func readEvents() -> [String] {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var paths: [String] = []
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                var offset = 0
                while offset < count {
                    let (wd, mask, nameLength) = buffer.withUnsafeBytes { raw in
                        (
                            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameStart = offset + 16
                    let name = String(
                        decoding: buffer[nameStart..<nameStart + nameLength].prefix { $0 != 0 }, as: UTF8.self)
                    offset = nameStart + nameLength
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        paths.append("")
                        continue
                    }
                    guard let folder = folders[wd] else { continue }
                    if mask & UInt32(IN_IGNORED) != 0 {
                        folders[wd] = nil
                        continue
                    }
                    if mask & UInt32(IN_DELETE_SELF) != 0 {
                        paths.append(folder)
                        continue
                    }
                    let path = folder + "/" + name
                    if mask & UInt32(IN_ISDIR) != 0 {
                        if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0, let root = root(of: folder) {
                            watchTree(root.path + "/" + path.dropFirst(root.label.count + 1), as: path)
                        }
                        paths.append(path)
                        continue
                    }
                    // A new file is reported when it is closed after writing (IN_CLOSE_WRITE).
                    if mask == UInt32(IN_CREATE) { continue }
                    paths.append(path)
                }
            }
            return paths
        }

        private var roots: [(label: String, path: String)] = []

        private func root(of folder: String) -> (label: String, path: String)? {
            roots.first { folder == $0.label || folder.hasPrefix($0.label + "/") }
        }

        private static func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_MONOTONIC, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }
#endif
