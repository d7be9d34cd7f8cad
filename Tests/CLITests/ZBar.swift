import Foundation

/// `zbarimg` (Debian's zbar-tools, which `make test` installs): the QR codes a picture holds.
enum ZBar {
    /// The texts of the QR codes in an image file (PNG, PGM, …), one a code, sorted.
    static func read(_ file: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path]
        let output = Pipe()
        process.standardOutput = output
        // Its image library complains about the missing D-Bus of a container.
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    /// The texts of the QR codes in an image's bytes, written to a temporary file.
    static func read(image: Data, type: String) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "katalog-qr-\(UUID().uuidString).\(type)")
        try image.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try read(file)
    }
}
