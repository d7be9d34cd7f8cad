import Foundation
import KatalogBuild
import Testing

/// The incremental build (the entry cache and its bodies-only shortcut, the output cache, the
/// spare tree) against the plain truth: after every step of a random run of edits, renames,
/// deletions, breakages and repairs over a small catalogue, the output equals a cold build of the
/// same content, byte for byte. Seeded, so a failure names the run that reproduces it.
@Suite struct RandomEditsTests {
    /// A generator with a seed (SplitMix64): the same seed, the same run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func product(_ name: String, producer: String, price: Int, body: String) -> String {
        "---\nname: \(name)\nproducer: \(producer)\nmotifs: [Kawung]\nprice: \(price)\n---\n\(body)\n"
    }

    static let base: [String: String] = TestSite.minimal.merging([
        "content/producers/deli.md":
            "---\nname: Batik Deli\ncluster: sumut\nwhatsapp: 0823 3144 5678\n---\nSejak 1998.\n",
        "content/motifs/kawung.md": "---\nname: Kawung\n---\nMotif buah aren.\n",
        "content/pages/tentang.md": "---\nname: Tentang\n---\nTentang katalog.\n",
        "content/products/kain-a.md": product("Kain A", producer: "deli", price: 100000, body: "Kain cap."),
        "content/products/kain-b.md": product(
            "Kain B", producer: "sinar", price: 200000, body: "## Ukuran\n\nDua meter."),
    ]) { $1 }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func everyStepEqualsAColdBuild(seed: UInt64) throws {
        var random = Seeded(state: seed)
        let site = try TestSite([:], base: Self.base)
        var products = ["kain-a", "kain-b"]
        var next = 0
        #expect(site.build().succeeded)
        for step in 0..<20 {
            let roll = Int.random(in: 0..<100, using: &random)
            let slug = products.randomElement(using: &random) ?? "kain-a"
            let path = "content/products/\(slug).md"
            var broke = false
            var bodyOnly = false
            var what: String
            switch roll {
            case 0..<30:
                // A sentence more in a body: the bodies-only shortcut.
                let kind = [
                    "content/producers/deli.md", "content/motifs/kawung.md", "content/pages/tentang.md",
                    "content/clusters/sumut.md", path,
                ].randomElement(using: &random)!
                let text = (try? String(contentsOfFile: site.path(kind), encoding: .utf8)) ?? ""
                try site.write(kind, Data((text + "Kalimat \(step).\n").utf8))
                what = "body of \(kind)"
                bodyOnly = true
            case 30..<45:
                let price = Int.random(in: 1...9, using: &random) * 50000
                try site.write(path, Data(Self.product(slug, producer: "deli", price: price, body: "Harga baru.").utf8))
                what = "fields of \(path)"
            case 45..<55:
                next += 1
                let new = "kain-baru-\(next)"
                products.append(new)
                try site.write(
                    "content/products/\(new).md",
                    Data(Self.product("Kain Baru \(next)", producer: "sinar", price: 300000, body: "Baru.").utf8))
                what = "new \(new)"
            case 55..<65 where products.count > 1:
                products.removeAll { $0 == slug }
                try site.remove(path)
                what = "removed \(path)"
            case 55..<75:
                // A rename: the same bytes under a new slug.
                next += 1
                let renamed = "kain-nama-\(next)"
                let data = try Data(contentsOf: URL(fileURLWithPath: site.path(path)))
                try site.remove(path)
                try site.write("content/products/\(renamed).md", data)
                products = products.map { $0 == slug ? renamed : $0 }
                what = "renamed \(path) to \(renamed)"
            case 75..<88:
                // Broken, then a body-only edit of the broken file's repair: the shortcut must
                // compare with what the last good build used, not with the broken version.
                let good = (try? String(contentsOfFile: site.path(path), encoding: .utf8)) ?? ""
                try site.write(path, Data(good.replacingOccurrences(of: "price: ", with: "price: Rp").utf8))
                #expect(!site.build().succeeded, "seed \(seed) step \(step): broken \(path) built")
                try site.write(path, Data((good + "Diperbaiki \(step).\n").utf8))
                broke = true
                bodyOnly = true
                what = "broke and repaired \(path)"
            default:
                try site.write("content/site.yml", Data("title: Katalog Uji\ndescription: Langkah \(step).\n".utf8))
                what = "site.yml"
            }
            let report = site.build()
            #expect(report.succeeded, "seed \(seed) step \(step) (\(what)): \(report.diagnostics)")
            // Edits to bodies alone take the shortcut: one page looked at.
            if bodyOnly { #expect(report.viewed == 1, "seed \(seed) step \(step) (\(what)): \(report.viewed) views") }
            #expect(
                IncrementalBuildTests.output(site) == IncrementalBuildTests.fresh(site),
                "seed \(seed) step \(step) (\(what)\(broke ? ", after a failed build" : ""))")
        }
    }

    /// The shortcut is taken (only the edited product's page is made again) and its result is the
    /// cold build's.
    @Test func aBodyEditMakesOnlyItsPageAgain() throws {
        let site = try TestSite([:], base: Self.base)
        #expect(site.build().succeeded)
        let before = IncrementalBuildTests.stamps(site)
        try site.write(
            "content/products/kain-a.md",
            Data(Self.product("Kain A", producer: "deli", price: 100000, body: "Kain cap, dua warna.").utf8))
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.viewed == 1 && report.pages > 20)
        #expect(
            IncrementalBuildTests.changed(before, IncrementalBuildTests.stamps(site)) == [
                "catalogue.json", "products/kain-a/index.html",
            ])
        #expect(IncrementalBuildTests.output(site) == IncrementalBuildTests.fresh(site))
    }

    /// A damaged entry cache (cut short, or another format) is ignored: every file is decoded.
    @Test(arguments: ["", "katalog-entries 1\n", "garbage"])
    func aDamagedEntryCacheIsIgnored(damage: String) throws {
        let site = try TestSite([:], base: Self.base)
        #expect(site.build().succeeded)
        let cache = site.path(".public.katalog-entries")
        let whole = try Data(contentsOf: URL(fileURLWithPath: cache))
        let broken = damage.isEmpty ? whole.prefix(whole.count * 2 / 3) : Data(damage.utf8)
        try broken.write(to: URL(fileURLWithPath: cache))
        try site.write(
            "content/products/kain-a.md",
            Data(Self.product("Kain A", producer: "deli", price: 100000, body: "Kain cap, tiga warna.").utf8))
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.viewed == report.pages)
        #expect(IncrementalBuildTests.output(site) == IncrementalBuildTests.fresh(site))
    }
}
