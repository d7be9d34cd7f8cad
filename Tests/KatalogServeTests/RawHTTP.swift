import Foundation
import KatalogServe

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Requests over a plain TCP socket, written byte for byte as given (no client library would send
/// `GET /../etc/passwd` or `//etc/passwd` as they are), and the response read back. Every read has
/// a deadline, and the blocking calls run on a thread of their own, never on the concurrency pool
/// the server runs on.
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Seconds any one read or connect may take.
    static let timeout = 3

    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends `method target` with `Connection: close` (and `extra` lines) and reads the whole
    /// response.
    static func request(
        _ method: String, _ target: String, port: UInt16, host: String = "127.0.0.1", extra: [String] = [],
        body: String = ""
    ) async throws -> Response {
        let lines =
            ["\(method) \(target) HTTP/1.1", "Host: test", "Connection: close"] + extra
            + (body.isEmpty ? [] : ["Content-Length: \(body.utf8.count)"])
        let raw = lines.joined(separator: "\r\n") + "\r\n\r\n" + body
        let bytes = try await onThread {
            let socket = try Socket(host: host, port: port)
            defer { socket.close() }
            try socket.send(raw)
            return try socket.readToEnd()
        }
        return try parse(bytes)
    }

    /// Reads a response written with `Content-Length` to the end of the connection.
    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else { throw Failure(description: "no end of headers") }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = head[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line \(head[0])")
        }
        let headers = head.dropFirst().map { line -> (String, String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
        return Response(status: status, headers: headers, body: Array(bytes[end.upperBound...]))
    }

    /// Runs blocking socket work on a new thread.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// A connected TCP socket with send and receive deadlines.
    final class Socket: @unchecked Sendable {
        let fd: Int32
        private var received: [UInt8] = []

        init(host: String, port: UInt16) throws {
            let isIPv6 = host.contains(":")
            fd = Glibc.socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
            var time = timeval(tv_sec: RawHTTP.timeout, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
            let result: Int32
            if isIPv6 {
                var address = sockaddr_in6()
                address.sin6_family = sa_family_t(AF_INET6)
                address.sin6_port = port.bigEndian
                inet_pton(AF_INET6, host, &address.sin6_addr)
                result = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                    }
                }
            } else {
                var address = sockaddr_in()
                address.sin_family = sa_family_t(AF_INET)
                address.sin_port = port.bigEndian
                inet_pton(AF_INET, host, &address.sin_addr)
                result = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
            }
            guard result == 0 else {
                let code = errno
                Glibc.close(fd)
                throw Failure(description: "connect to \(host):\(port): \(String(cString: strerror(code)))")
            }
        }

        func send(_ text: String) throws {
            let bytes = Array(text.utf8)
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw Failure(description: "send: \(errno)") }
                sent += n
            }
        }

        /// One read: the bytes that came, [] at the end of the stream; throws after the deadline.
        func receive() throws -> [UInt8] {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n >= 0 else { throw Failure(description: "no data within \(RawHTTP.timeout) s (errno \(errno))") }
            return Array(buffer[..<n])
        }

        func readToEnd() throws -> [UInt8] {
            while true {
                let chunk = try receive()
                if chunk.isEmpty { return received }
                received += chunk
            }
        }

        /// Reads until `text` has come since the last call, and returns everything up to and
        /// including it (the rest is kept for the next call).
        func read(until text: String) throws -> String {
            let needle = Array(text.utf8)
            while true {
                if let range = received.firstRange(of: needle) {
                    let taken = Array(received[..<range.upperBound])
                    received.removeFirst(range.upperBound)
                    return String(decoding: taken, as: UTF8.self)
                }
                let chunk = try receive()
                if chunk.isEmpty {
                    throw Failure(description: "the stream ended before \(text.debugDescription)")
                }
                received += chunk
            }
        }

        func close() { Glibc.close(fd) }
    }
}

/// A site held in a dictionary, which notes every path it is asked for.
final class DictionarySite: ServedSite, @unchecked Sendable {
    let files: [String: ServedFile]
    private let lock = NSLock()
    private var asked: [String] = []

    init(_ files: [String: ServedFile]) { self.files = files }

    convenience init(texts: [String: String]) {
        self.init(texts.mapValues { ServedFile.bytes(Array($0.utf8)) })
    }

    func file(at sitePath: String) -> ServedFile? {
        lock.lock()
        asked.append(sitePath)
        lock.unlock()
        return files[sitePath]
    }

    var askedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return asked
    }
}

/// A site that serves every regular file under `root`, found by joining the site path to it: safe
/// only because the server never asks for a path that leaves the folder. Notes what it is asked.
final class FolderSite: ServedSite, @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var asked: [String] = []

    init(root: String) { self.root = root }

    func file(at sitePath: String) -> ServedFile? {
        lock.lock()
        asked.append(sitePath)
        lock.unlock()
        var isFolder: ObjCBool = false
        let path = root + "/" + sitePath
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        return .disk(path)
    }

    var askedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return asked
    }
}
