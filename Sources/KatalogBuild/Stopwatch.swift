import Foundation

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
