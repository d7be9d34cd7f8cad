import FlyingSocks

/// The body of one event-stream response: the bytes `Core` yields to this client, as FlyingFox
/// sends a body of unknown length (chunked, each event written as it comes). When the response is
/// done with (the browser went away, or the server stops), the `Subscription` goes and takes the
/// client off the list.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let events: AsyncStream<[UInt8]>
    let subscription: Subscription

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator(), subscription: subscription)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        let subscription: Subscription
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            guard await fill() else { return nil }
            let buffer = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }

        /// Waits for the next event unless bytes are pending; false at the end of the stream.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let event = await events.next() else { return false }
                pending = event[...]
            }
            return true
        }
    }
}

/// One browser's place on the list of event-stream clients, for as long as its response lives.
final class Subscription: Sendable {
    let id: Int
    let core: Core

    init(id: Int, core: Core) {
        self.id = id
        self.core = core
    }

    deinit { core.unsubscribe(id) }
}
