import Foundation

/// What the build is doing, on one terminal line, once it has taken more than a second; nothing
/// when standard error is not a terminal. Called from several threads while pages render.
final class Progress: @unchecked Sendable {
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = false

    func show(_ stage: String) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        lock.withLock {
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(stage)…".utf8))
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
