import Foundation
import Testing

/// Slow tests run by `make test-slow` (`swift test --filter SlowTests`), once in CI, not under the
/// sanitizers: `make test` skips every suite whose name ends in `SlowTests`.
@Suite(.serialized) struct KilledBuildSlowTests {
    /// `katalog build` killed at random moments, 20 times, over 1,500 products (about 1,700
    /// pages), alternating between two versions of the content: afterwards the output is always
    /// exactly one of the two sites, and the next build succeeds with no clean-up and equals a
    /// build from scratch. (A killed build's writing shows as its staging folder.)
    @Test func killedBuildsLeaveTheOldSiteOrTheNew() throws {
        let dir = try CLITests.site([:])
        let versions = [
            "A": RealFaultTests.catalogue(products: 1_500, version: "A"),
            "B": RealFaultTests.catalogue(products: 1_500, version: "B"),
        ]
        // The two sites, built from scratch.
        var expected: [String: [String: Data]] = [:]
        var fullBuild = Duration.zero
        for name in ["A", "B"] {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent("content"))
            try RealFaultTests.write(versions[name]!, into: dir.appendingPathComponent("content"))
            let started = ContinuousClock.now
            let process = try RealFaultTests.build(dir, output: "expected-\(name)")
            process.waitUntilExit()
            fullBuild = max(fullBuild, ContinuousClock.now - started)
            #expect(process.terminationStatus == 0)
            expected[name] = RealFaultTests.tree(dir.appendingPathComponent("expected-\(name)"))
        }
        // (The two differ by a page or so: their prices fill the price-band pages differently.)
        #expect(expected["A"]!.count > 1_650 && expected["B"]!.count > 1_650)

        // public starts as B (the content folder holds B now); each round writes the other
        // version and kills its build. The moments are spread over 2.5 times a full build (round i
        // in the i-th 20th of that span: a build after a kill also removes the killed one's
        // staging folder), so kills land in loading, rendering, writing and after the swap.
        let start = try RealFaultTests.build(dir, output: "public")
        start.waitUntilExit()
        var current = "B"
        var live = "B"
        let span = 2.5 * (Double(fullBuild.components.seconds) + Double(fullBuild.components.attoseconds) / 1e18)
        var log: [String] = []
        var killedWhileWriting = 0
        for round in 0..<20 {
            let next = live == "A" ? "B" : "A"
            if current != next {
                try RealFaultTests.write(versions[next]!, into: dir.appendingPathComponent("content"))
                current = next
            }
            let delay = (Double(round) + Double.random(in: 0..<1)) / 20 * span
            let process = try RealFaultTests.build(dir, output: "public")
            Thread.sleep(forTimeInterval: delay)
            let staging = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains {
                $0.hasPrefix(".public.katalog-staging-")
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let killed = process.terminationReason == .uncaughtSignal
            if killed && staging { killedWhileWriting += 1 }
            let tree = RealFaultTests.tree(dir.appendingPathComponent("public"))
            let now = tree == expected["A"]! ? "A" : tree == expected["B"]! ? "B" : "a mix"
            log.append(
                "round \(round): after \(String(format: "%.3f", delay)) s "
                    + (killed ? (staging ? "killed while writing" : "killed") : "finished") + ": public is \(now)")
            #expect(now != "a mix", "\(log.joined(separator: "\n"))")
            if now == "a mix" { return }
            live = now
        }
        // The next build needs no clean-up and equals the site from scratch.
        let last = try CLITests.run(["build", "--output", "public"], in: dir)
        #expect(last.status == 0, "\(last.stderr)\n\(log.joined(separator: "\n"))")
        #expect(RealFaultTests.tree(dir.appendingPathComponent("public")) == expected[current]!)
        let beside = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(beside.filter { $0.contains("staging") || $0.contains("katalog-old") } == [])
        // Some kills must have hit a build with its staging folder half written.
        #expect(killedWhileWriting > 0, "\(log.joined(separator: "\n"))")
    }
}
