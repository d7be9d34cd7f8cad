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
