import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Headless Chromium (Debian's `chromium`) driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: commands in on fd 3, answers out on fd 4, each a JSON object ended
/// by a NUL byte), one tab at a time: open a page, run an expression, type keys. For the browser
/// tests of `make test-slow`, which installs the browser.
final class Chromium {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private let profile: URL
    private var received = [UInt8]()
    private var lastID = 0
    private var session = ""

    /// Starts the browser with an empty profile and opens one blank tab; `javaScript: false` turns
    /// scripts off in it, as some buyers' phones do.
    init(javaScript: Bool = true) throws {
        guard let executable = Self.executable else {
            throw Failure(description: "no chromium on PATH: `make test-slow` installs Debian's chromium")
        }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        // Pipes above fd 10, closed on exec but for the two moved to fds 3 and 4 in the child.
        func pipePair() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed: errno \(errno)") }
            let pair = (fcntl(fds[0], F_DUPFD_CLOEXEC, 10), fcntl(fds[1], F_DUPFD_CLOEXEC, 10))
            close(fds[0])
            close(fds[1])
            return pair
        }
        let toBrowser = try pipePair()
        let fromBrowser = try pipePair()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser.write, 4)
        let log = profile.appendingPathComponent("chromium.log").path
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let arguments = [
            executable, "--headless", "--remote-debugging-pipe", "--user-data-dir=\(profile.path)",
            "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--no-sandbox",
            "--disable-extensions", "--disable-background-networking", "--disable-dev-shm-usage",
            "--window-size=390,844", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        close(toBrowser.read)
        close(fromBrowser.write)
        guard status == 0 else { throw Failure(description: "could not start \(executable): error \(status)") }
        self.pid = pid
        commands = toBrowser.write
        answers = fromBrowser.read

        let target = try call("Target.createTarget", ["url": "about:blank"], inTab: false)
        let attached = try call(
            "Target.attachToTarget", ["targetId": target["targetId"] as? String ?? "", "flatten": true], inTab: false)
        session = attached["sessionId"] as? String ?? ""
        try call("Page.enable")
        if !javaScript { try call("Emulation.setScriptExecutionDisabled", ["value": true]) }
    }

    deinit {
        _ = try? call("Browser.close", inTab: false)
        close(commands)
        close(answers)
        var status: Int32 = 0
        // Browser.close ends it; a browser that will not stop is killed after 5 s.
        for _ in 0..<50 where waitpid(pid, &status, WNOHANG) == 0 { usleep(100_000) }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: profile)
    }

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Opens `url` in the tab and waits until the document and its deferred scripts have loaded.
    func open(_ url: String) throws {
        try call("Page.navigate", ["url": url])
        try wait("document.readyState === 'complete' && location.href !== 'about:blank'", what: "\(url) to load")
    }

    /// The value of a JavaScript expression in the page (awaited when it is a promise).
    @discardableResult
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call(
            "Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            throw Failure(description: "\(expression): \(exception)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Waits (up to `seconds`) until `condition`, an expression, is true in the page.
    func wait(_ condition: String, what: String, seconds: Double = 15) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if (try? evaluate("!!(\(condition))")) as? Bool == true { return }
            usleep(50_000)
        }
        throw Failure(description: "waited \(seconds) s for \(what): \(condition)")
    }

    /// Types `text` key by key into the focused element, as a buyer on a keyboard would.
    func type(_ text: String) throws {
        for character in text {
            let key = String(character)
            try call("Input.dispatchKeyEvent", ["type": "keyDown", "key": key, "text": key])
            try call("Input.dispatchKeyEvent", ["type": "keyUp", "key": key])
        }
    }

    /// Presses a key without text, such as "Enter" (code 13) or "Tab" (code 9).
    func press(_ key: String, code: Int) throws {
        let text = key == "Enter" ? "\r" : ""
        try call(
            "Input.dispatchKeyEvent",
            ["type": "keyDown", "key": key, "code": key, "windowsVirtualKeyCode": code, "text": text])
        try call("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": key, "windowsVirtualKeyCode": code])
    }

    /// The open page as printed: a PDF on the page size its print styles ask for (`@page`), without
    /// the browser's header and footer.
    func printToPDF() throws -> Data {
        let result = try call("Page.printToPDF", ["preferCSSPageSize": true, "displayHeaderFooter": false])
        guard let base64 = result["data"] as? String, let pdf = Data(base64Encoded: base64) else {
            throw Failure(description: "Page.printToPDF returned no data")
        }
        return pdf
    }

    /// Lays the open page out under `media` ("print" or "screen") in a viewport `width` CSS pixels
    /// wide and as tall as the page, so that every part of it can be captured.
    func emulate(media: String, width: Int) throws {
        try call("Emulation.setEmulatedMedia", ["media": media])
        func metrics(height: Int) throws {
            try call(
                "Emulation.setDeviceMetricsOverride",
                ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
        }
        try metrics(height: 1000)
        try metrics(height: try evaluate("document.documentElement.scrollHeight") as? Int ?? 1000)
    }

    /// A PNG of a region of the page (CSS pixels from its top left), drawn at `scale` device pixels
    /// a CSS pixel.
    func screenshot(x: Double, y: Double, width: Double, height: Double, scale: Double) throws -> Data {
        let clip: [String: Any] = ["x": x, "y": y, "width": width, "height": height, "scale": scale]
        let result = try call("Page.captureScreenshot", ["format": "png", "clip": clip])
        guard let base64 = result["data"] as? String, let png = Data(base64Encoded: base64) else {
            throw Failure(description: "Page.captureScreenshot returned no data")
        }
        return png
    }

    // MARK: The protocol

    @discardableResult
    private func call(_ method: String, _ parameters: [String: Any] = [:], inTab: Bool = true) throws -> [String: Any] {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if inTab { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "\(method): the browser has gone (errno \(errno))") }
            written += n
        }
        while true {
            let answer = try next()
            guard answer["id"] as? Int == lastID else { continue }  // events and late answers
            if let error = answer["error"] as? [String: Any] {
                throw Failure(description: "\(method): \(error["message"] ?? error)")
            }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    /// The next message from the browser, waiting at most 30 s.
    private func next() throws -> [String: Any] {
        while true {
            if let end = received.firstIndex(of: 0) {
                let message = Array(received[..<end])
                received.removeSubrange(...end)
                return try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] ?? [:]
            }
            var ready = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 30_000) > 0 else { throw Failure(description: "no answer from the browser in 30 s") }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = read(answers, &chunk, chunk.count)
            guard n > 0 else { throw Failure(description: "the browser closed its pipe") }
            received += chunk[..<n]
        }
    }
}
