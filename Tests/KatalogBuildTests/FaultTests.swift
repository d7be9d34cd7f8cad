import Foundation
import KatalogContent
import KatalogSystem
import Testing

@testable import KatalogBuild

/// Faults that cannot be had on demand in a test (a full or read-only disk, a file that vanishes
/// between the folder scan and the read), injected behind the reader's and writer's interfaces.
/// Each must give a clear error, leave the previous site byte for byte, leave nothing beside it,
/// and let the next build succeed with no clean-up. The same faults on a real small tmpfs are in
/// `CLITests.realDiskFullAndReadOnly`.
@Suite struct FaultTests {
    /// A site built once, then edited so the next build has something to write.
    static func builtThenEdited() throws -> (TestSite, [String: Data]) {
        let site = try TestSite([:])
        #expect(site.build().succeeded)
        let before = site.tree()
        try site.write(
            "content/products/kain-baru.md", Data("---\nname: Kain Baru\nproducer: sinar\n---\nBaru.\n".utf8))
        return (site, before)
    }

    /// What a build leaves beside the output, other than the output, its cache, lock and spare.
    static func leftovers(_ site: TestSite) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []).filter {
            $0.contains("katalog-staging") || $0.contains("katalog-old") || $0.contains(".tmp")
        }
    }

    static func options(write: @escaping @Sendable (String) -> Int32?) -> BuildOptions {
        var options = BuildOptions()
        options.faults.write = write
        return options
    }

    @Test(arguments: [
        (
            "write products/kain-baru/index.html", ENOSPC,
            "public: error: cannot write 'products/kain-baru/index.html' of the new site: No space left on device; "
                + "'public' is left as it was"
        ),
        (
            "folder products/kain-baru", ENOSPC,
            "public: error: cannot create folder 'products/kain-baru/' of the new site: No space left on device; "
                + "'public' is left as it was"
        ),
        (
            "write products/index.html", EDQUOT,
            "public: error: cannot write 'products/index.html' of the new site: Disk quota exceeded; "
                + "'public' is left as it was"
        ),
        ("marker", EIO, "public: error: cannot write the new site: Input/output error; 'public' is left as it was"),
        (
            "swap", EXDEV,
            "public: error: cannot replace 'public': Invalid cross-device link; 'public' is left as it was"
        ),
        (
            "staging", EROFS,
            "public: error: cannot create the staging folder beside 'public': Read-only file system"
        ),
        ("lock", EROFS, "public: error: cannot open the lock file beside 'public': Read-only file system"),
    ])
    func writeFailureLeavesThePreviousSite(operation: String, code: Int32, message: String) throws {
        let (site, before) = try Self.builtThenEdited()
        let report = site.build(Self.options { $0 == operation ? code : nil })
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.description) == [message])
        #expect(site.tree() == before)
        #expect(Self.leftovers(site) == [])
        // The next build needs no clean-up, and equals a build from scratch.
        #expect(site.build().succeeded)
        #expect(site.output("products/kain-baru/index.html") != nil)
        let fresh = try TestSite([
            "content/products/kain-baru.md": "---\nname: Kain Baru\nproducer: sinar\n---\nBaru.\n"
        ])
        #expect(fresh.build().succeeded)
        #expect(site.tree() == fresh.tree())
    }

    @Test func diskFillingUpHalfWayThroughThePages() throws {
        // Every write after the first few fails, as when a disk fills during the build.
        let (site, before) = try Self.builtThenEdited()
        let writes = Counter()
        let report = site.build(
            Self.options { operation in
                operation.hasPrefix("write ") && writes.next() >= 3 ? ENOSPC : nil
            })
        #expect(!report.succeeded)
        #expect(report.errorCount == 1)
        #expect(report.diagnostics.first?.message.contains("No space left on device") == true)
        #expect(site.tree() == before)
        #expect(Self.leftovers(site) == [])
        #expect(site.build().succeeded)
    }

    @Test(arguments: [
        (SafeRead.Failure.missing, "error: file not found (was it moved or deleted while katalog ran?)"),
        (SafeRead.Failure.system("permission denied"), "error: cannot read file: permission denied"),
        (SafeRead.Failure.notAFile, "error: not a regular file"),
    ])
    func contentFileFailingBetweenScanAndRead(failure: SafeRead.Failure, message: String) throws {
        let (site, before) = try Self.builtThenEdited()
        var options = BuildOptions()
        options.faults.read = { $0.hasSuffix("products/kain-baru.md") ? failure : nil }
        let report = site.build(options)
        #expect(report.diagnostics.map(\.description) == ["content/products/kain-baru.md: \(message)"])
        #expect(site.tree() == before)
        #expect(site.build().succeeded)
    }

    @Test func permissionDeniedPhoto() throws {
        let site = try TestSite([
            "content/products/kain-gorga.md": "---\nname: Kain Gorga\nproducer: sinar\nphotos: [depan.png]\n---\n"
        ])
        try site.write("content/products/kain-gorga/depan.png", BadInput.png)
        var options = BuildOptions()
        options.faults.read = { $0.hasSuffix("depan.png") ? .system("permission denied") : nil }
        let report = site.build(options)
        #expect(
            report.diagnostics.map(\.description).contains(
                "content/products/kain-gorga/depan.png: error: cannot read photo: permission denied"))
        #expect(!report.succeeded)
        #expect(site.tree() == [:])
    }
}

/// A counter shared by the threads of a build.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
