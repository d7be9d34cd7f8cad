// swift-tools-version:6.0
// libFuzzer targets for katalog's parsers: `make fuzz` from the repository root builds them with
// `-sanitize=fuzzer,address` and runs each for a given time. What each checks is the FuzzChecks
// module of the main package (Fuzz/Sources/FuzzChecks), which its tests also replay.
import PackageDescription

let targets = ["fuzz-front-matter", "fuzz-phone", "fuzz-price", "fuzz-slug", "fuzz-load", "fuzz-image"]

let package = Package(
    name: "katalog-fuzz",
    dependencies: [.package(name: "katalog", path: "..")],
    targets: [.target(name: "FuzzDriver", path: "Targets/FuzzDriver")]
        + targets.map {
            .executableTarget(
                name: $0, dependencies: ["FuzzDriver", .product(name: "FuzzChecks", package: "katalog")],
                path: "Targets/\($0)")
        }
)
