import ArgumentParser
import Foundation
import KatalogBuild
import KatalogRender
import KatalogServe

#if canImport(Glibc)
    import Glibc
#endif

/// `katalog serve`.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into memory and serve it, rebuilding and reloading pages as files change.")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("The port (0: any free port).", valueName: "n"))
    var port: UInt16 = 8080

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address to listen on; 0.0.0.0 lets a phone on the same network open the site.", valueName: "addr"))
    var host = "127.0.0.1"

    @Option(
        name: .customLong("base-path"),
        help: ArgumentHelp("Serve the site under this path, as a host would.", valueName: "/sub/"))
    var basePath = "/"

    @Option(name: .long, help: ArgumentHelp("dirs or files, as for build."))
    var links: LinkStyle = .dirs

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The output folder whose photo cache beside it is used (nothing is written into it).", valueName: "dir"))
    var output: String = "public"

    func validate() throws {
        do {
            _ = try BasePath.normalize(basePath)
        } catch {
            throw ValidationError("--base-path must be a path like /katalog/, found '\(basePath)'")
        }
    }

    func run() async throws {
        let options = BuildOptions(
            content: source.content, templates: source.templates, output: output, links: links,
            workingDirectory: FileManager.default.currentDirectoryPath)
        let session = ServeSession(
            options: options, settings: .init(host: host, port: port, basePath: basePath),
            say: { Output.stderr($0) })
        let bound: UInt16
        do {
            bound = try await session.start()
        } catch {
            Output.stderr("error: \(error)")
            throw ExitCode.failure
        }
        let shown = host.contains(":") ? "[\(host)]" : host
        if host == "0.0.0.0" || host == "::" {
            let urls = LANAddress.urls(port: bound, basePath: session.basePath)
            for url in urls { Output.stdout("serving at \(url) (on this network; Ctrl+C to stop)") }
            if let url = urls.first, let code = TerminalQR.lines(url, colours: isatty(1) != 0 ? .ansi : .darkOnLight) {
                Output.stdout("scan with a phone on the same Wi-Fi:")
                for line in code { Output.stdout(line) }
            }
            Output.stdout("and at http://127.0.0.1:\(bound)\(session.basePath) on this computer")
        } else {
            Output.stdout("serving at http://\(shown):\(bound)\(session.basePath) (Ctrl+C to stop)")
        }
        // Ctrl+C or SIGTERM: stop watching and serving, then exit.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stop = AsyncStream<Void> { continuation in
            for number in [SIGINT, SIGTERM] {
                let source = DispatchSource.makeSignalSource(signal: number)
                source.setEventHandler { continuation.yield() }
                source.resume()
                Self.sources.append(source)
            }
        }
        for await _ in stop { break }
        await session.stop()
        Output.stderr("stopped")
    }

    nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []
}
