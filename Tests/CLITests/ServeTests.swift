import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `katalog serve` as a maintainer uses it, over real HTTP on the loopback: the binary on a free
/// port, a temporary catalogue edited while a page's event stream is read. Each step is bounded
/// in time; the server is stopped with Ctrl+C (SIGINT), and killed if it does not stop.
@Suite(.serialized) struct ServeTests {
    /// A running `katalog serve` and its port.
    final class Server {
        let process = Process()
        let port: Int
        let stdout = Pipe()
        let stderr = Pipe()

        init(in directory: URL, _ arguments: [String] = []) throws {
            process.executableURL = CLITests.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            process.currentDirectoryURL = directory
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            // The first line says where: `serving at http://127.0.0.1:PORT/… (Ctrl+C to stop)`.
            let line = try Self.line(stdout.fileHandleForReading, within: 60)
            guard let range = line.range(of: #"127\.0\.0\.1:([0-9]+)"#, options: .regularExpression) else {
                process.terminate()
                throw Failure("no address in \(line)")
            }
            port = Int(line[range].split(separator: ":")[1])!
        }

        static func line(_ handle: FileHandle, within seconds: Double) throws -> String {
            var bytes: [UInt8] = []
            let deadline = Date().addingTimeInterval(seconds)
            var poll = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            while Date() < deadline {
                guard Glibc.poll(&poll, 1, 100) > 0 else { continue }
                var byte: UInt8 = 0
                guard read(handle.fileDescriptor, &byte, 1) == 1 else { break }
                if byte == 10 { return String(decoding: bytes, as: UTF8.self) }
                bytes.append(byte)
            }
            throw Failure("no line within \(seconds) s: \(String(decoding: bytes, as: UTF8.self))")
        }

        /// Ctrl+C; the exit status, or nil if it had to be killed.
        func stop() -> Int32? {
            kill(process.processIdentifier, SIGINT)
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return nil
            }
            return process.terminationStatus
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A connected socket to the server.
    static func connect(_ port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure("cannot connect to port \(port)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// GET over a fresh connection: status and body.
    static func get(_ port: Int, _ path: String) throws -> (status: Int, body: String) {
        let fd = try connect(port)
        defer { close(fd) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let head = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ")[1]) else {
            throw Failure("not an HTTP response: \(text.prefix(200))")
        }
        return (status, String(text[head.upperBound...]))
    }

    /// An open event stream and what it has read so far.
    final class Events {
        let fd: Int32
        var text = ""

        init(_ port: Int, base: String = "/") throws {
            fd = try ServeTests.connect(port)
            let request = "GET \(base)_katalog/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
            _ = request.withCString { send(fd, $0, strlen($0), 0) }
        }

        deinit { close(fd) }

        /// The data line of the next reload event, within `seconds`.
        func next(within seconds: Double = 10) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                if let event = text.range(of: "event: reload\ndata: "),
                    let end = text[event.upperBound...].firstIndex(of: "\n")
                {
                    let data = String(text[event.upperBound..<end])
                    text = String(text[end...])
                    return data
                }
                var poll = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard Glibc.poll(&poll, 1, 100) > 0 else { continue }
                let count = recv(fd, &buffer, buffer.count, 0)
                if count <= 0 { break }
                text += String(decoding: buffer[0..<count], as: UTF8.self)
            }
            throw Failure("no reload event within \(seconds) s; read: \(text.suffix(300))")
        }
    }

    static let product = "---\nname: Kain Serve\nproducer: sinar\nprice: 250000\n---\nKain tulis.\n"

    @Test(.timeLimit(.minutes(2))) func editsReloadTheirPagesAndBrokenFilesShowABanner() throws {
        var files = CLITests.valid
        files["content/products/kain.md"] = Self.product
        let dir = try CLITests.site(files)
        let server = try Server(in: dir, ["--output", "out"])
        defer { #expect(server.stop() == 0) }
        let page = try Self.get(server.port, "/products/kain/")
        #expect(page.status == 200 && page.body.contains("Kain tulis."))
        #expect(page.body.contains("_katalog/live.js"))
        let events = try Events(server.port)
        // Reading the first event would block: the stream opens with its headers only.
        usleep(200_000)

        // A sentence more in the body: that page alone reloads.
        let sheet = dir.appendingPathComponent("content/products/kain.md")
        try Data((Self.product + "Pewarna alam.\n").utf8).write(to: sheet)
        let body = try events.next()
        #expect(body.contains(#""pages":["/products/kain/"]"#), "\(body)")
        #expect(try Self.get(server.port, "/products/kain/").body.contains("Pewarna alam."))

        // Broken: every page reloads and shows the problem; the last good page is still served.
        try Data(Self.product.replacingOccurrences(of: "250000", with: "250.000").utf8).write(to: sheet)
        #expect(try events.next().contains(#""all":true"#))
        let broken = try Self.get(server.port, "/products/kain/").body
        #expect(broken.contains("content/products/kain.md:4:8: error:"))
        #expect(broken.contains("Pewarna alam."))
        #expect(try Self.get(server.port, "/").body.contains("content/products/kain.md:4:8: error:"))

        // Fixed: the banner goes.
        try Data(Self.product.utf8).write(to: sheet)
        #expect(try events.next().contains(#""all":true"#))
        let fixed = try Self.get(server.port, "/products/kain/").body
        #expect(!fixed.contains("error:") && !fixed.contains("Pewarna alam."))

        // Renamed: the old page is gone, the new one there.
        try FileManager.default.moveItem(at: sheet, to: dir.appendingPathComponent("content/products/kain-baru.md"))
        let renamed = try events.next()
        #expect(renamed.contains("/products/kain/") && renamed.contains("/products/kain-baru/"), "\(renamed)")
        #expect(try Self.get(server.port, "/products/kain/").status == 404)
        #expect(try Self.get(server.port, "/products/kain-baru/").status == 200)

        // Nothing was written beside or into the content, and no output folder was made.
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test(.timeLimit(.minutes(2))) func templateEditsReloadEveryPage() throws {
        var files = CLITests.valid
        files["templates/index.mustache"] = "<main><h1>Satu</h1></main>"
        let dir = try CLITests.site(files)
        let server = try Server(in: dir, ["--templates", "templates", "--base-path", "/katalog/"])
        defer { #expect(server.stop() == 0) }
        #expect(try Self.get(server.port, "/katalog/").body.contains("Satu"))
        #expect(try Self.get(server.port, "/").status == 302)
        let events = try Events(server.port, base: "/katalog/")
        usleep(200_000)
        try Data("<main><h1>Dua</h1></main>".utf8).write(to: dir.appendingPathComponent("templates/index.mustache"))
        #expect(try events.next().contains(#""all":true"#))
        #expect(try Self.get(server.port, "/katalog/").body.contains("Dua"))
    }

    @Test(.timeLimit(.minutes(1))) func aTakenPortIsAClearError() throws {
        let dir = try CLITests.site(CLITests.valid)
        let server = try Server(in: dir)
        defer { _ = server.stop() }
        let run = try CLITests.run(["serve", "--port", String(server.port)], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: cannot listen on 127.0.0.1:\(server.port)"), "\(run.stderr)")
    }
}
