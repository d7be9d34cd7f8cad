import Foundation
import Testing

/// Faults made real: a full and a read-only file system (a small tmpfs, mounted in a private
/// mount namespace with `unshare`, where this machine allows it), and `katalog build` killed with
/// SIGKILL at random moments (`KilledBuildSlowTests`). The injected versions of the disk faults, which run everywhere, are
/// in `KatalogBuildTests.FaultTests`.
@Suite(.serialized) struct RealFaultTests {
    /// `unshare -rm` gives a private mount namespace, as root or as a user where user namespaces
    /// are allowed; without it the tmpfs test cannot run here.
    static let canMountTmpfs: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rm", "sh", "-c", "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs $d && umount $d"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// A real 480×360 PNG: the build decodes every photo.
    static var png: Data {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try! Data(contentsOf: tests.appendingPathComponent("KatalogImagesTests/Fixtures/flat-480x360.png"))
    }

    @Test(.enabled(if: canMountTmpfs, "needs unshare -rm and tmpfs"))
    func realDiskFullAndReadOnly() throws {
        var files = CLITests.valid
        files["content/products/kain.md"] = "---\nname: Kain\nproducer: sinar\nphotos: [depan.png]\n---\n"
        let dir = try CLITests.site(files)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("content/products/kain"), withIntermediateDirectories: true)
        try Self.png.write(to: dir.appendingPathComponent("content/products/kain/depan.png"))
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("disk"), withIntermediateDirectories: true)
        let script = #"""
            K="$1"
            mount -t tmpfs -o size=512k tmpfs disk || exit 90
            sum() { (cd disk/public && find . -type f | LC_ALL=C sort | xargs -d '\n' md5sum | md5sum); }
            "$K" build --output disk/public >/dev/null || exit 91
            before=$(sum)
            # A page larger than the disk: writing it fails half way.
            cp content/products/kain.md kain.md
            { cat kain.md; yes 'Kain batik tulis dari Sumatera Utara, motif gorga, pewarna alam.' | head -n 9000; } \
              > content/products/kain.md
            "$K" build --output disk/public --lang en >/dev/null 2>err.txt; echo "full: exit $?"
            cat err.txt
            [ "$(sum)" = "$before" ] && echo "full: site intact"
            echo "full: left beside: $(ls -A disk | grep -c -e staging -e old-)"
            cp kain.md content/products/kain.md
            "$K" build --output disk/public >/dev/null && echo "full: next build ok"
            before=$(sum)
            # The disk turns read-only.
            printf -- '---\nname: Kain Baru\nproducer: sinar\n---\n' > content/products/kain-baru.md
            mount -o remount,ro disk
            "$K" build --output disk/public --lang en >/dev/null 2>err.txt; echo "read-only: exit $?"
            cat err.txt
            [ "$(sum)" = "$before" ] && echo "read-only: site intact"
            mount -o remount,rw disk
            "$K" build --output disk/public >/dev/null && echo "read-only: next build ok"
            [ -f disk/public/products/kain-baru/index.html ] && echo "read-only: new page there"
            """#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rm", "sh", "-c", script, "sh", CLITests.binary.path]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
                "full: exit 1",
                "disk/public: error: cannot write 'products/kain/index.html' of the new site: No space left on device; "
                    + "'disk/public' is left as it was",
                "1 error, 0 warnings",
                "full: site intact",
                "full: left beside: 0",
                "full: next build ok",
                "read-only: exit 1",
                "disk/public: error: cannot open the lock file beside 'disk/public': Read-only file system",
                "1 error, 0 warnings",
                "read-only: site intact",
                "read-only: next build ok",
                "read-only: new page there",
                "",
            ])
    }

    // MARK: SIGKILL

    /// A catalogue of `products` products in two versions: B changes every price and the names of
    /// a third of the products, so nearly every page differs between the two.
    static func catalogue(products: Int, version: String) -> [String: String] {
        var files = ["site.yml": "title: Katalog Uji Kill\n"]
        let producers = max(products / 10, 1)
        let clusters = max(producers / 10, 1)
        for c in 0..<clusters {
            files["clusters/klaster-\(c).md"] = "---\nname: Klaster \(c)\nprovince: Jawa Timur\n---\nProfil.\n"
        }
        for p in 0..<producers {
            files["producers/produsen-\(p).md"] =
                "---\nname: Produsen \(p)\ncluster: klaster-\(p % clusters)\nphone: 0812-3456-78\(String(format: "%02d", p % 100))\n---\n"
        }
        for i in 0..<products {
            let price = version == "A" ? 100_000 + i : 250_000 + i
            let name = version == "B" && i % 3 == 0 ? "Kain Baru \(i)" : "Kain \(i)"
            files["products/kain-\(i).md"] =
                "---\nname: \(name)\nproducer: produsen-\(i % producers)\nmotifs: [Motif \(i % 7)]\nprice: \(price)\n---\n"
                + "Kain tulis nomor \(i), versi \(version).\n"
        }
        return files
    }

    static func write(_ files: [String: String], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Path → bytes of every file below `folder`.
    static func tree(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        while let relative = walker.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path),
                (walker.fileAttributes?[.type] as? FileAttributeType) == .typeRegular
            {
                result[relative] = data
            }
        }
        return result
    }

    static func build(_ dir: URL, output: String) throws -> Process {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["build", "--output", output]
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
