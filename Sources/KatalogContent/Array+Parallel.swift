import Foundation

extension Array where Element: Sendable {
    /// `map` on every core. Results keep the input's order, so output never depends on scheduling.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        // A few chunks per core balance uneven work without paying for one task per element.
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let base = self
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk * base.count / chunks
            let end = (chunk + 1) * base.count / chunks
            while i < end {
                results.set(i, transform(base[i]))
                i += 1
            }
        }
        return results.values()
    }
}

/// One slot per index, each written by exactly one task, read only after all tasks ended.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) { slots[index] = value }

    func values() -> [T] { slots.map { $0! } }
}
