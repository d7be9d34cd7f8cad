import Foundation
import KatalogBuild
import KatalogRender
import Testing

/// Builds the fixture site in Fixtures/golden-site and compares the whole output tree, byte for
/// byte, with Golden/<mode>. Regenerate after an intended change with
/// `KATALOG_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff in git.
@Suite(.serialized) struct GoldenTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixture = here.appendingPathComponent("Fixtures/golden-site")
    static let updating = ProcessInfo.processInfo.environment["KATALOG_UPDATE_GOLDEN"] == "1"
    /// The repository's theme, named explicitly: the default (`templates` in the current folder)
    /// would depend on the working directory, which other tests change while they run.
    static let templates = here.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path

    @Test(arguments: [LinkStyle.dirs, .files])
    func outputTreeMatchesGolden(style: LinkStyle) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Builder.build(
            BuildOptions(
                content: Self.fixture.appendingPathComponent("content").path, templates: Self.templates,
                output: out.path, links: style))
        #expect(report.errorCount == 0, "\(report.diagnostics)")
        let actual = try Self.tree(out)
        let goldenDir = Self.here.appendingPathComponent("Golden/\(style.rawValue)")
        if Self.updating {
            try? FileManager.default.removeItem(at: goldenDir)
            for (path, data) in actual {
                let url = goldenDir.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return
        }
        let expected = try Self.tree(goldenDir)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            let got = actual[path].map { String(decoding: $0, as: UTF8.self) } ?? "<missing>"
            #expect(actual[path] == data, "\(path) differs from Golden/\(style.rawValue):\n\(got)")
        }
    }

    /// The warning the fixture is meant to produce, and nothing else.
    @Test func fixtureDiagnostics() {
        let report = Builder.check(
            BuildOptions(content: Self.fixture.appendingPathComponent("content").path, templates: Self.templates))
        let content = Self.fixture.appendingPathComponent("content").path
        #expect(
            report.diagnostics.map(\.description) == [
                "\(content)/products/kain-gorga-merah.md:17:21: warning: raw HTML is not allowed and was removed: <b>",
                "\(content)/products/kain-gorga-merah.md:17:34: warning: raw HTML is not allowed and was removed: </b>",
            ])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-det-a-\(UUID().uuidString)")
        let b = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-det-b-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let content = Self.fixture.appendingPathComponent("content").path
        _ = Builder.build(BuildOptions(content: content, templates: Self.templates, output: a.path))
        _ = Builder.build(BuildOptions(content: content, templates: Self.templates, output: b.path))
        let treeA = try Self.tree(a)
        #expect(!treeA.isEmpty)
        #expect(treeA == (try Self.tree(b)))
    }

    /// Every file below `folder` (without katalog's marker), relative path → bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        while let relative = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                relative != ".katalog-output"
            {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }
}
