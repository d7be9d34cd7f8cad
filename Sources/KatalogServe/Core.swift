import FlyingFox
import Foundation

/// What `DevServer` and its request handler share, behind one lock: the published snapshot, the
/// log of changes, the event-stream clients and whether the server runs.
final class Core: @unchecked Sendable {
    let basePath: String
    /// The base path as given, when it could not be normalised; `start` refuses it.
    let basePathError: String?

    private let lock = NSLock()
    // Everything below is read and written under `lock`.
    private var site: (any ServedSite)?
    private var problems: [String] = []
    private var banner: String?
    private var log = LiveReload.Log()
    private var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextClient = 0
    /// Event-stream responses not yet done with (a finished stream counts until it is sent).
    private var openStreams = 0
    private var serverID = ""
    private var state = State.stopped

    struct Running: Sendable {
        var server: HTTPServer
        var run: Task<Void, Never>
        var keepAlive: Task<Void, Never>
    }

    private enum State {
        case stopped
        case starting
        case running(Running)
    }

    /// What one request sees: the site, the banner, and the version for the page's script tag.
    struct Snapshot {
        var site: (any ServedSite)?
        var banner: String?
        var serverID: String
        var version: Int
    }

    /// Events a client may have waiting before it counts as stuck and its stream is ended (the
    /// browser reconnects and catches up from the log).
    static let clientBuffer = 64

    init(basePath: String, basePathError: String?) {
        self.basePath = basePath
        self.basePathError = basePathError
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    var snapshot: Snapshot {
        locked { Snapshot(site: site, banner: banner, serverID: serverID, version: log.version) }
    }

    // MARK: Starting and stopping

    /// Marks the server as starting, with a new id (pages from an earlier run reload when they
    /// reconnect); false when it is not stopped.
    func beginStart() -> Bool {
        locked {
            guard case .stopped = state else { return false }
            state = .starting
            serverID = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            return true
        }
    }

    /// Ends `beginStart`: running, or stopped again when `running` is nil.
    func endStart(_ running: Running?) {
        locked { state = running.map(State.running) ?? .stopped }
    }

    /// Marks the server as stopped and ends every event stream (so that no response is left being
    /// sent); returns what was running, or nil when nothing was.
    func beginStop() -> Running? {
        locked {
            guard case .running(let running) = state else { return nil }
            state = .stopped
            for client in clients.values { client.finish() }
            clients = [:]
            return running
        }
    }

    // MARK: Publishing

    func publish(_ newSite: any ServedSite, changed: ChangedPages, problems newProblems: [String]) {
        locked {
            let first = site == nil || site is EmptySite
            let problemsChanged = newProblems != problems
            site = newSite
            problems = newProblems
            banner = ProblemBanner.html(problems: newProblems, hasSite: !(newSite is EmptySite))
            let change: LiveReload.Change?
            switch changed {
            case _ where first || problemsChanged: change = .all
            case .all: change = .all
            case .pages(let paths) where paths.isEmpty: change = nil
            case .pages(let paths): change = .pages(Set(paths.map { LiveReload.pageKey($0, basePath: basePath) }))
            }
            guard let change else { return }
            let version = log.record(change)
            send(LiveReload.event(change, serverID: serverID, version: version))
        }
    }

    /// Sends `bytes` to every client (a keep-alive comment).
    func broadcast(_ bytes: [UInt8]) {
        locked { send(bytes) }
    }

    /// Under the lock: yields `bytes` to every client, ending the stream of any that is too far
    /// behind.
    private func send(_ bytes: [UInt8]) {
        for (id, client) in clients {
            if case .dropped = client.yield(bytes) {
                client.finish()
                clients[id] = nil
            }
        }
    }

    // MARK: Event streams

    /// A new client's stream, or nil when the server is not running. It starts with the retry
    /// delay, then, when the page said which server and version it came from, with what changed
    /// since (everything when it came from another server or cannot tell).
    func subscribe(server pageServer: String?, since: String?) -> EventStream? {
        locked {
            guard case .running = state else { return nil }
            let (stream, continuation) = AsyncStream.makeStream(
                of: [UInt8].self, bufferingPolicy: .bufferingNewest(Self.clientBuffer))
            continuation.yield(LiveReload.streamStart)
            if let pageServer {
                let missed: LiveReload.Change?
                if pageServer != serverID {
                    missed = .all
                } else if let since = since.flatMap({ Int($0) }) {
                    missed = log.changes(since: since)
                } else {
                    missed = .all
                }
                if let missed {
                    continuation.yield(LiveReload.event(missed, serverID: serverID, version: log.version))
                }
            }
            let id = nextClient
            nextClient += 1
            clients[id] = continuation
            openStreams += 1
            return EventStream(events: stream, subscription: Subscription(id: id, core: self))
        }
    }

    /// Takes a client off the list (its response is gone).
    func unsubscribe(_ id: Int) {
        let client = locked {
            openStreams -= 1
            return clients.removeValue(forKey: id)
        }
        client?.finish()
    }

    /// Whether every event-stream response is done with.
    var streamsClosed: Bool { locked { openStreams == 0 } }

    /// How many event streams are open (for tests).
    var clientCount: Int { locked { clients.count } }
}
