import Foundation
import KatalogBuild
import Testing

/// The repository's own sample catalogue (content/ with the default theme in templates/) must
/// always build cleanly, so the sample never rots.
@Suite struct SampleCatalogueTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func sampleCatalogueChecksWithoutProblems() {
        let report = Builder.check(
            BuildOptions(
                content: Self.root.appendingPathComponent("content").path,
                templates: Self.root.appendingPathComponent("templates").path))
        #expect(report.diagnostics.map(\.description) == [])
    }

    @Test func sampleCatalogueHasWhatTheIssueAsksFor() throws {
        let products = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("content/products").path
        ).filter { $0.hasSuffix(".md") }
        #expect(products.count >= 25)
    }
}
