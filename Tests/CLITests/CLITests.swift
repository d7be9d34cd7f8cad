import Foundation
import Testing

/// Runs the built `katalog` binary as a user would, checking stdout, stderr and the exit code.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary sits beside the test bundle in SwiftPM's build folder.
    static let binary: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("katalog").path) {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("katalog")
    }()

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static let valid: [String: String] = [
        "content/site.yml": "title: Katalog CLI\n",
        "content/clusters/sumut.md": "---\nname: Klaster Batik Sumut\nprovince: Sumatera Utara\n---\n",
        "content/producers/sinar.md": "---\nname: Sinar\ncluster: sumut\nphone: (061) 786 5521\n---\n",
        "content/products/kain.md": "---\nname: Kain\nproducer: sinar\n---\n",
    ]

    @Test func buildPrintsOneSummaryLineAndWritesTheSite() throws {
        let dir = try Self.site(Self.valid)
        let run = try Self.run(["build"], in: dir)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n")
        // The summary, and the note on what a site without a base URL leaves out.
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("note: no base_url in site.yml") == true)
        #expect(lines.first?.hasPrefix("built 17 pages (36 files) into public in ") == true)
        #expect(lines.first?.hasSuffix(" s, 0 warnings; 1 product has no photo yet") == true)
        #expect(
            FileManager.default.fileExists(atPath: dir.appendingPathComponent("public/products/kain/index.html").path))
    }

    @Test func contentErrorsExitOneWithSortedDiagnosticsAndCount() throws {
        var files = Self.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinr\nprice: 450.000\n---\n"
        files["content/producers/sinar.md"] = "---\nname: Sinar\ncluster: sumut\nphone: 0812\n---\n"
        let dir = try Self.site(files)
        let run = try Self.run(["build", "--lang", "en"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                content/producers/sinar.md:4:8: error: phone number '0812' is too short for a mobile number: mobile numbers have 10 to 13 digits starting with 08; check the digits
                content/products/kain.md:3:11: error: unknown producer 'sinr': there is no file producers/sinr.md; did you mean 'sinar'?
                content/products/kain.md:4:8: error: price '450.000' is written with a currency or thousands separator; write digits only: price: 450000
                3 errors, 0 warnings

                """)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("public").path))
    }

    @Test func checkStrictFailsOnWarnings() throws {
        var files = Self.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinar\nprodcuer: x\n---\n"
        let dir = try Self.site(files)
        let lenient = try Self.run(["check", "--lang", "en"], in: dir)
        #expect(lenient.status == 0)
        #expect(
            lenient.stderr == """
                content/products/kain.md:4:1: warning: unknown field 'prodcuer' is ignored; did you mean 'producer'?
                0 errors, 1 warning

                """)
        let strict = try Self.run(["check", "--strict"], in: dir)
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("public").path))
    }

    @Test func usageErrorsExitNonZeroWithHelp() throws {
        let dir = try Self.site(Self.valid)
        let run = try Self.run(["build", "--links", "folders"], in: dir)
        #expect(run.status != 0)
        #expect(run.stderr.contains("--links"))
        #expect(run.stderr.contains("Usage:") || run.stderr.contains("USAGE:"))
    }

    @Test func missingExplicitTemplatesFolderIsAnError() throws {
        let dir = try Self.site(Self.valid)
        let run = try Self.run(["check", "--templates", "theme", "--lang", "en"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("theme: error: templates folder not found\n"))
    }

    @Test func baseURLFlagAddsSitemapAndIsChecked() throws {
        let dir = try Self.site(Self.valid)
        let bad = try Self.run(["build", "--base-url", "javascript:alert(1)", "--lang", "en"], in: dir)
        #expect(bad.status == 1)
        #expect(
            bad.stderr.hasPrefix(
                "--base-url: error: base_url 'javascript:alert(1)' must be an absolute address like https://batik.example.id/katalog/\n"
            ))
        let good = try Self.run(["build", "--base-url", "https://batik.example.id/sumut"], in: dir)
        #expect(good.status == 0)
        let sitemap = try String(contentsOf: dir.appendingPathComponent("public/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://batik.example.id/sumut/products/kain/</loc>"))
        #expect(!sitemap.contains("404"))
    }

    @Test func filesLinksWorkFromDisk() throws {
        let dir = try Self.site(Self.valid)
        let run = try Self.run(["build", "--links", "files", "--output", "usb"], in: dir)
        #expect(run.status == 0)
        let page = try String(contentsOf: dir.appendingPathComponent("usb/products/kain/index.html"), encoding: .utf8)
        #expect(page.contains("href=\"../../producers/sinar/index.html\""))
        #expect(page.contains("href=\"../../index.html\""))
    }
}
