import Foundation
import FuzzChecks
import KatalogContent
import KatalogSystem
import Testing

/// Every input the fuzzers ever failed on, kept in `Fuzz/regressions/<target>/`, replayed through
/// the same check the fuzz target runs, plus the seed inputs of `Fuzz/seeds/`.
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static let checks: [String: @Sendable (UnsafeBufferPointer<UInt8>) -> Void] = [
        "fuzz-front-matter": Checks.frontMatter,
        "fuzz-phone": Checks.phone,
        "fuzz-price": Checks.price,
        "fuzz-slug": Checks.slug,
        "fuzz-load": Checks.load,
        "fuzz-image": Checks.image,
    ]

    /// `(target, file)` for every kept input.
    static let inputs: [(String, String)] = checks.keys.sorted().flatMap { target in
        ["regressions", "seeds"].flatMap { folder -> [(String, String)] in
            let dir = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { (target, "\(folder)/\(target)/\($0)") }
        }
    }

    @Test func everyTargetHasInputs() {
        for target in Self.checks.keys {
            #expect(Self.inputs.contains { $0.0 == target }, "no seeds for \(target)")
        }
    }

    @Test(arguments: inputs)
    func replay(target: String, file: String) throws {
        // Read as katalog reads content (Foundation's Data(contentsOf:) leaks its buffer on an
        // empty file, which LeakSanitizer reports in `make sanitize`).
        let bytes = try SafeRead.bytes(Self.fuzz.appendingPathComponent(file).path, limit: 1 << 20).get()
        bytes.withUnsafeBufferPointer { Self.checks[target]!($0) }
    }
}
