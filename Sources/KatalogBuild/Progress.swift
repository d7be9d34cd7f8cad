import Foundation

/// Counts rendered pages from several threads and reports every 500th.
final class PageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (String) -> Void)?

    init(total: Int, report: (@Sendable (String) -> Void)?) {
        self.total = total
        self.report = report
    }

    func step() {
        guard let report else { return }
        let count = lock.withLock {
            done += 1
            return done
        }
        if count % 500 == 0 { report("rendering pages \(count)/\(total)") }
    }
}

/// Wall time per stage of one build, printed to standard error when enabled (`KATALOG_TIMINGS=1`).
final class Stopwatch: @unchecked Sendable {
    private let enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    /// Called from the build's own thread only.
    func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("katalog: \(stage) \(String(format: "%.0f", ms)) ms\n".utf8))
        last = now
    }
}
