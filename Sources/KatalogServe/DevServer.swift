import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The HTTP half of `katalog serve`: serves the published snapshot of a site over HTTP with
/// FlyingFox, GET and HEAD only, under a base path; puts a live-reload script (and, while a rebuild
/// has problems, a banner listing them) into every HTML response; streams a reload event to open
/// pages on every publish. Reads nothing from the file system but what the site names
/// (`ServedFile.Body.disk`); never writes.
package final class DevServer: Sendable {
    package let host: String
    package let port: UInt16
    private let core: Core
    private let keepAliveInterval: Duration

    /// A server for `host` (an IPv4 or IPv6 address, `[::1]`, or `localhost`) and `port` (0: any
    /// free port), serving the site under `basePath` (`/sub/`; normalised as `BasePath.normalize`
    /// does). Nothing listens until `start`. `keepAliveInterval`: how often an idle event stream
    /// gets a comment.
    package init(
        host: String = "127.0.0.1", port: UInt16, basePath: String = "/", keepAliveInterval: Duration = .seconds(15)
    ) {
        self.host = host
        self.port = port
        self.keepAliveInterval = keepAliveInterval
        let normalized = try? BasePath.normalize(basePath)
        core = Core(basePath: normalized ?? "/", basePathError: normalized == nil ? basePath : nil)
    }

    /// The base path the site is served under, normalised (`/sub/`).
    package var basePath: String { core.basePath }

    /// Starts listening; returns the port it listens on. Throws `ServeError`: not an address, an
    /// invalid base path, the port in use, any other reason the system refused, or already started.
    package func start() async throws(ServeError) -> UInt16 {
        if let invalid = core.basePathError { throw .invalidBasePath(invalid) }
        let address = try Self.address(host: host, port: port)
        guard core.beginStart() else { throw .alreadyStarted }
        let server = HTTPServer(
            config: HTTPServer.Configuration(
                address: address, timeout: 15, pool: HTTPServer.defaultPool(), logger: .disabled),
            handler: SiteHandler(core: core))
        // `run` throws if it cannot listen; `waitUntilListening` returns once it does: the first of
        // the two to say something decides.
        let (outcomes, outcome) = AsyncStream.makeStream(of: Result<Void, any Error>.self)
        let run = Task {
            do {
                try await server.run()
                outcome.yield(.failure(SocketError.disconnected))
            } catch {
                outcome.yield(.failure(error))
            }
        }
        let listening = Task {
            do {
                try await server.waitUntilListening(timeout: 10)
                outcome.yield(.success(()))
            } catch {
                outcome.yield(.failure(error))
            }
        }
        var iterator = outcomes.makeAsyncIterator()
        let first = await iterator.next()
        listening.cancel()
        let boundPort: UInt16?
        switch await server.listeningAddress {
        case .ip4(_, let port): boundPort = port
        case .ip6(_, let port): boundPort = port
        default: boundPort = nil
        }
        guard case .success = first, let boundPort else {
            await server.stop()
            _ = await run.result
            core.endStart(nil)
            if case .failure(let error) = first { throw Self.listenError(error, host: host, port: port) }
            throw .cannotListen(host: host, port: port, reason: "the server did not start")
        }
        let interval = keepAliveInterval
        let keepAlive = Task { [core] in
            while (try? await Task.sleep(for: interval)) != nil { core.broadcast(LiveReload.keepAlive) }
        }
        core.endStart(Core.Running(server: server, run: run, keepAlive: keepAlive))
        return boundPort
    }

    /// Stops: ends every event stream (each with its last chunk, if it goes within half a second),
    /// closes the listening socket, then every connection, cutting a response still being sent.
    /// Does nothing when not running.
    package func stop() async {
        guard let running = core.beginStop() else { return }
        running.keepAlive.cancel()
        let deadline = ContinuousClock.now + .milliseconds(500)
        while !core.streamsClosed, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(5)) }
        // FlyingFox's accept loop does not end when its socket is closed, so any timeout here is
        // waited in full (a second per stop with 1); 0 cancels the server's tasks at once.
        await running.server.stop(timeout: 0)
        _ = await running.run.result
        _ = await running.keepAlive.result
    }

    /// Replaces the served site, its problems (lines `path:line:col: error: …`, shown in a banner
    /// on every HTML page while there are any) and then tells the open pages: those in `changed`
    /// reload, and every page when the problems changed. Atomic: a request sees the old snapshot or
    /// the new one, and a page told to reload gets the new one.
    package func publish(_ site: any ServedSite, changed: ChangedPages, problems: [String]) {
        core.publish(site, changed: changed, problems: problems)
    }

    /// This run's id, which the pages it serves carry (for tests).
    var serverID: String { core.snapshot.serverID }
    /// How many event streams are open (for tests).
    var eventClients: Int { core.clientCount }

    /// The socket address for `host`.
    static func address(host: String, port: UInt16) throws(ServeError) -> any SocketAddress {
        var name = host
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" { name = "127.0.0.1" }
        var ip4 = in_addr()
        var ip6 = in6_addr()
        if inet_pton(AF_INET, name, &ip4) == 1, let address = try? sockaddr_in.inet(ip4: name, port: port) {
            return address
        }
        if inet_pton(AF_INET6, name, &ip6) == 1, let address = try? sockaddr_in6.inet6(ip6: name, port: port) {
            return address
        }
        throw .notAnAddress(host)
    }

    static func listenError(_ error: any Error, host: String, port: UInt16) -> ServeError {
        if case SocketError.failed(_, let code, let message) = error {
            return code == EADDRINUSE
                ? .portInUse(host: host, port: port) : .cannotListen(host: host, port: port, reason: message)
        }
        return .cannotListen(host: host, port: port, reason: String(describing: error))
    }
}

/// Why `DevServer.start` failed.
package enum ServeError: Error, Equatable, CustomStringConvertible {
    case notAnAddress(String)
    case invalidBasePath(String)
    case portInUse(host: String, port: UInt16)
    case cannotListen(host: String, port: UInt16, reason: String)
    case alreadyStarted

    package var description: String {
        switch self {
        case .notAnAddress(let host):
            "cannot listen on \"\(host)\": give an IP address, such as 127.0.0.1, 0.0.0.0 or ::1"
        case .invalidBasePath(let path):
            BasePath.Invalid(basePath: path).description
        case .portInUse(let host, let port):
            "cannot listen on \(Self.hostPort(host, port)): the port is in use by another program"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(Self.hostPort(host, port)): \(reason.prefix(1).lowercased() + reason.dropFirst())"
        case .alreadyStarted:
            "the server is already running"
        }
    }

    private static func hostPort(_ host: String, _ port: UInt16) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
