import KatalogContent
import KatalogSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One build at a time per output: a lock on `.<name>.katalog-lock` beside it, held by an open
/// descriptor. Closing it releases the lock, and so does the process ending, so a killed build
/// never leaves it held.
final class OutputLock: Sendable {
    private let fd: Int32

    /// Takes the lock, or refuses: another build holds it, or the file cannot be opened.
    init(_ output: OutputFolder, faults: (@Sendable (String) -> Int32?)?) throws(OutputFailure) {
        do {
            try FileSystem.makeDirectories(output.parent)
        } catch {
            throw OutputFailure(.cannotCreateOutputParent(output: output.displayPath, reason: error.description))
        }
        var fd: Int32 = -1
        if let code = faults?("lock") {
            errno = code
        } else {
            fd = open(output.lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else {
            throw OutputFailure(.cannotOpenLock(output: output.displayPath, reason: SystemError.current.description))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw OutputFailure(.buildInProgress(output: output.displayPath))
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
