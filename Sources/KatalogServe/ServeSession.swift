import Foundation
import KatalogBuild
import KatalogContent
import KatalogSystem

/// `katalog serve`: the live site (`LiveSite`) made again after every batch of changes the file
/// watcher sees, each result published to the dev server, which tells the open pages to reload.
/// A broken file never stops it: the last good site stays served, with the problems in a banner
/// on every page and on the console.
package final class ServeSession: @unchecked Sendable {
    package struct Settings: Sendable {
        package var host = "127.0.0.1"
        package var port: UInt16 = 8080
        package var basePath = "/"

        package init(host: String = "127.0.0.1", port: UInt16 = 8080, basePath: String = "/") {
            self.host = host
            self.port = port
            self.basePath = basePath
        }
    }

    private let live: LiveSite
    private let server: DevServer
    private let say: @Sendable (String) -> Void
    private var watcher: FileWatcher?
    private var problems: [String] = []
    private let finished = DispatchSemaphore(value: 0)

    /// `say` prints a line on the console.
    package init(options: BuildOptions, settings: Settings, say: @escaping @Sendable (String) -> Void) {
        live = LiveSite(options: options)
        server = DevServer(host: settings.host, port: settings.port, basePath: settings.basePath)
        self.say = say
    }

    /// The site path of every page, the server's base path (`/sub/`).
    package var basePath: String { server.basePath }

    /// Builds the site, starts the server and the watcher; returns the port it listens on. The
    /// site is rebuilt and published on a thread of its own until `stop`.
    package func start() async throws(ServeError) -> UInt16 {
        let first = live.update()
        report(first, changed: nil)
        publish(first)
        let port = try await server.start()
        do {
            watcher = try FileWatcher(live.watchedFolders)
        } catch {
            say("warning: cannot watch the content folder (\(error)); pages will not update on their own")
        }
        if let watcher {
            let thread = Thread { [self] in
                while let batch = watcher.next() {
                    let changed = batch.contains("") ? nil : batch
                    let update = live.update(changed)
                    report(update, changed: changed)
                    publish(update)
                }
                finished.signal()
            }
            thread.name = "katalog watch"
            thread.start()
        }
        return port
    }

    /// Stops watching and serving.
    package func stop() async {
        if let watcher {
            watcher.stop()
            finished.wait()
        }
        await server.stop()
    }

    private func publish(_ update: LiveSite.Update) {
        let errors = update.diagnostics.filter { $0.severity == .error }.map { $0.description(in: update.language) }
        let changed: ChangedPages =
            switch update.pages {
            case .all: .all
            case .none: .pages([])
            case .some(let paths): .pages(paths)
            }
        if let snapshot = live.snapshot {
            server.publish(LiveServedSite(snapshot: snapshot), changed: changed, problems: errors)
        } else {
            server.publish(EmptySite(), changed: .all, problems: errors)
        }
    }

    /// One line for each update, and every problem that is new.
    private func report(_ update: LiveSite.Update, changed: [String]?) {
        let lines = update.diagnostics.map { $0.description(in: update.language) }
        for line in lines where !problems.contains(line) { say(line) }
        problems = lines
        let time = Self.milliseconds(update.seconds)
        let what = changed.map { $0.count == 1 ? $0[0] : "\($0.count) files" } ?? "everything"
        let pages =
            switch update.pages {
            case .none: "no page changed"
            case .all: "every page changed"
            case .some(let paths): paths.count == 1 ? "1 page changed" : "\(paths.count) pages changed"
            }
        var line: String
        switch update.way {
        case .failed:
            let count = update.errorCount
            line = "\(what): \(count == 1 ? "1 error" : "\(count) errors"); the last good site is still served"
        case .theme: line = "\(what): templates loaded again, every page will be rendered anew (\(time))"
        default:
            line =
                "\(what): \(pages) in \(time) (\(update.way == .bodies ? "bodies only" : "\(update.viewed) pages compared"))"
        }
        if update.photosEncoded > 0 {
            line += "; \(update.photosEncoded) photo files encoded in \(Self.milliseconds(update.photoSeconds))"
        }
        say(line)
    }

    static func milliseconds(_ seconds: Double) -> String {
        seconds < 10 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.1f s", seconds)
    }
}

/// A `LiveSnapshot` as the dev server reads it.
struct LiveServedSite: ServedSite {
    let snapshot: LiveSnapshot

    func file(at sitePath: String) -> ServedFile? {
        switch snapshot.file(at: sitePath) {
        case .bytes(let bytes)?: .bytes(bytes)
        case .disk(let path)?: .disk(path)
        case nil: nil
        }
    }
}
