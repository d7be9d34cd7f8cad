import KatalogContent
import KatalogRender
import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder beside the output where the new site is assembled, swapped in whole only when every
/// file is written, so the output is always either the previous site or the new one. Its methods
/// are safe from several threads for different paths.
struct Staging: Sendable {
    let output: OutputFolder
    /// Where the new site is written.
    let path: String
    /// Whether it started as the spare tree (the site before the current one), updated in place.
    let startedFromSpare: Bool
    /// For tests: an `errno` to fail an operation with (see `Faults.write`).
    let faults: (@Sendable (_ operation: String) -> Int32?)?

    /// Starts a build (the caller holds the lock): removes what killed builds left, then makes the
    /// staging folder. With `reuseSpare` the spare tree becomes the staging folder (one rename);
    /// otherwise the spare goes and the staging folder starts empty.
    init(_ output: OutputFolder, reuseSpare: Bool, faults: (@Sendable (String) -> Int32?)?) throws(OutputFailure) {
        self.output = output
        self.path = output.staging
        self.faults = faults
        Self.removeStale(output)
        if reuseSpare, rename(output.spare, output.staging) == 0 {
            startedFromSpare = true
            return
        }
        startedFromSpare = false
        FileSystem.removeTree(output.spare)
        do {
            try FileSystem.makeDirectories(output.parent)
            try injected("staging")
            try FileSystem.makeDirectory(path)
        } catch {
            throw OutputFailure(.cannotCreateStaging(output: output.displayPath, reason: error.description))
        }
    }

    /// Throws the injected failure of `operation`, if a test injected one.
    private func injected(_ operation: String) throws(SystemError) {
        if let code = faults?(operation) { throw SystemError(code) }
    }

    /// Creates the folders of all these file paths, parents first, before files are written into
    /// them from several threads.
    /// `existing`: folders known to be there already (the spare tree's, when the staging folder
    /// started as it).
    func makeDirectories(for paths: [String], existing: Set<String> = []) throws(OutputFailure) {
        // Sorting puts every parent before its children.
        for folder in Self.folders(of: paths).subtracting(existing).sorted() {
            do {
                try injected("folder " + folder)
                try FileSystem.makeDirectory(self.path + "/" + folder)
            } catch {
                throw OutputFailure(
                    .cannotCreateOutputFolder(folder: folder, reason: error.description, output: output.displayPath))
            }
        }
    }

    /// Writes one file. Never into an existing file: it may be a hard link shared with the live site.
    func write(_ path: String, _ content: OutputFile.Content) throws(OutputFailure) {
        let target = self.path + "/" + path
        func failed(_ reason: String) -> OutputFailure {
            OutputFailure(.cannotWriteOutputFile(file: path, reason: reason, output: output.displayPath))
        }
        do {
            try injected("write " + path)
        } catch {
            throw failed(error.description)
        }
        unlink(target)
        switch content {
        case .bytes(let bytes):
            do { try FileSystem.writeFile(target, bytes) } catch { throw failed(error.description) }
        case .cached(let source) where link(source, target) == 0:
            break
        case .copy(let source, _), .cached(let source):
            do {
                try FileSystem.copyFile(source, to: target)
            } catch {
                switch error {
                case .read(let failure): throw failed("cannot read '\(source)': " + failure.words)
                case .write(let error): throw failed(error.description)
                }
            }
        }
    }

    /// Hard-links a file of the current output into the staging folder: same bytes, same inode,
    /// same modification time. Replaces what the staging folder had there (a started-from-spare
    /// staging folder holds older files). False when there is no such file or the link fails.
    func linkFromOutput(_ path: String) -> Bool {
        let target = self.path + "/" + path
        unlink(target)
        return link(output.path + "/" + path, target) == 0
    }

    /// Removes from a started-from-spare staging folder the files the new site does not have, and
    /// the folders left empty by that.
    func removeExtra(_ paths: [String]) {
        for path in paths { unlink(self.path + "/" + path) }
        // Deepest first; rmdir fails, harmlessly, on folders that still hold something.
        for folder in Self.folders(of: paths).sorted(by: { $0.count > $1.count }) { rmdir(self.path + "/" + folder) }
    }

    /// Every folder that holds one of these paths, at any depth.
    static func folders(of paths: [String]) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        return folders
    }

    /// Finishes a build: marks the staging folder as katalog's and swaps it in. The previous site
    /// becomes the spare tree.
    func commit() throws(OutputFailure) {
        do {
            // The marker never changes: keep the previous one (and its modification time).
            try injected("marker")
            if !linkFromOutput(OutputFolder.marker) {
                try FileSystem.writeFile(
                    path + "/" + OutputFolder.marker,
                    Array("katalog output folder: katalog may replace it whole on the next build.\n".utf8))
            }
        } catch {
            abort()
            throw OutputFailure(.cannotWriteMarker(reason: error.description, output: output.displayPath))
        }
        try swapIn()
    }

    /// Gives up a build: the staging folder goes, the output is untouched.
    func abort() {
        FileSystem.removeTree(path)
    }

    /// Replaces the output with the staging folder: one atomic exchange where the system has it,
    /// else two renames.
    private func swapIn() throws(OutputFailure) {
        if let code = faults?("swap") {
            abort()
            throw OutputFailure(
                .cannotReplaceOutput(
                    output: output.displayPath, reason: SystemError(code).description, leftAsItWas: true))
        }
        if FileSystem.exists(output.path) {
            if FileSystem.exchange(path, output.path) {
                // The staging folder now holds the previous site: keep it as the next spare.
                if rename(path, output.spare) != 0 { FileSystem.removeTree(path) }
                return
            }
            guard rename(output.path, output.displaced) == 0 else {
                let reason = SystemError.current.description
                abort()
                throw OutputFailure(
                    .cannotReplaceOutput(output: output.displayPath, reason: reason, leftAsItWas: false))
            }
        }
        guard rename(path, output.path) == 0 else {
            let reason = SystemError.current.description
            if FileSystem.exists(output.displaced) { rename(output.displaced, output.path) }
            abort()
            throw OutputFailure(.cannotMoveIntoOutput(output: output.displayPath, reason: reason))
        }
        FileSystem.removeTree(output.displaced)
    }

    /// Staging and old folders left by a build that was killed (not the build cache).
    private static func removeStale(_ output: OutputFolder) {
        let staging = ".\(output.name).katalog-staging-"
        let old = ".\(output.name).katalog-old-"
        for name in (try? FileSystem.names(in: output.parent)) ?? []
        where name.hasPrefix(staging) || name.hasPrefix(old) {
            FileSystem.removeTree(output.parent + "/" + name)
        }
    }

    /// Whether a spare tree is there.
    var hasSpare: Bool { FileSystem.exists(output.spare) }
}
