import Foundation

extension Array where Element: Sendable {
    /// `map` on every core. Results keep the input's order, so output never depends on scheduling.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let base = self
        // One iteration per element: libdispatch hands them out as cores free up, so one slow
        // element (a list page of every product) does not hold back a whole fixed chunk.
        DispatchQueue.concurrentPerform(iterations: count) { i in
            results.set(i, transform(base[i]))
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
