// swift-tools-version:6.0
import PackageDescription

// The pipeline, one module per stage (docs/ARCHITECTURE.md):
// KatalogSystem (files, threads) ← KatalogMarkdown (cmark), KatalogImages (libvips), CPhone
// (libphonenumber, C++ behind a C header) ←
// KatalogContent (load, decode, resolve) ← KatalogRender (routes, page views, theme; with
// KatalogQR, the printed catalogue's QR codes by libqrencode) ←
// KatalogBuild (photos, plan, write) ← katalog (CLI). KatalogServe (the HTTP half of `katalog serve`,
// on FlyingFox) needs only KatalogSystem and KatalogQR.
// Modules talk through `package` declarations; only FuzzChecks, which the separate Fuzz package
// calls, has a public API.
let package = Package(
    name: "katalog",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "katalog", targets: ["katalog"]),
        // What the libFuzzer targets in Fuzz/ check, also replayed by the tests.
        .library(name: "FuzzChecks", targets: ["FuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // The HTTP server of `katalog serve` (docs/ARCHITECTURE.md, "Why FlyingFox").
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only KatalogMarkdown imports it.
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // libvips from the system (Debian: libvips-dev). Only the CImages shim includes it.
        .systemLibrary(
            name: "Cvips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"]), .brew(["vips"])]
        ),
        // libqrencode from the system (Debian: libqrencode-dev). Only KatalogQR imports it.
        .systemLibrary(
            name: "Cqrencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
        ),
        // A plain C face over libvips (Swift cannot call its variadic functions), with libwebpmux
        // (a libvips dependency) to take metadata out of WebP files; only KatalogImages imports it.
        .target(
            name: "CImages", dependencies: ["Cvips"],
            linkerSettings: [.linkedLibrary("webpmux"), .linkedLibrary("webp")]),
        // Tests only: Google's HTML5 parser (Debian: libgumbo-dev), to read rendered pages as a
        // browser would in the escaping audit.
        .systemLibrary(
            name: "Cgumbo",
            path: "Tests/Cgumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"]), .brew(["gumbo-parser"])]
        ),
        // Google's libphonenumber (Debian: libphonenumber-dev, with libicu-dev), C++, behind a plain C
        // header (Swift needs no C++ interop); only KatalogContent imports it. Debian ships no
        // pkg-config file for it: `make deps` checks for its header.
        .target(
            name: "CPhone",
            linkerSettings: [
                .linkedLibrary("phonenumber"), .linkedLibrary("geocoding"), .linkedLibrary("protobuf"),
                .linkedLibrary("icuuc"), .linkedLibrary("stdc++"),
            ]),
        .target(name: "KatalogSystem"),
        .target(name: "KatalogMarkdown", dependencies: ["Ccmark"]),
        .target(name: "KatalogImages", dependencies: ["KatalogSystem", "CImages"]),
        .target(name: "KatalogQR", dependencies: ["Cqrencode"]),
        .target(
            name: "KatalogContent",
            dependencies: [
                "KatalogSystem", "KatalogMarkdown", "KatalogImages", "CPhone",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "KatalogRender",
            dependencies: [
                "KatalogSystem", "KatalogContent", "KatalogImages", "KatalogQR",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "KatalogServe",
            dependencies: [
                "KatalogSystem", "KatalogQR", "KatalogContent", "KatalogRender", "KatalogBuild",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "KatalogBuild", dependencies: ["KatalogSystem", "KatalogImages", "KatalogContent", "KatalogRender"]
        ),
        .executableTarget(
            name: "katalog",
            dependencies: [
                "KatalogBuild", "KatalogContent", "KatalogRender", "KatalogServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "FuzzChecks", dependencies: ["KatalogContent", "KatalogMarkdown", "KatalogRender", "KatalogImages"],
            path: "Fuzz/Sources/FuzzChecks"
        ),
        .testTarget(name: "KatalogSystemTests", dependencies: ["KatalogSystem"]),
        .testTarget(name: "KatalogMarkdownTests", dependencies: ["KatalogMarkdown"]),
        .testTarget(name: "KatalogQRTests", dependencies: ["KatalogQR"]),
        .testTarget(
            name: "KatalogImagesTests", dependencies: ["KatalogImages", "KatalogSystem"], exclude: ["Fixtures"]
        ),
        .testTarget(name: "KatalogContentTests", dependencies: ["KatalogContent", "KatalogSystem"]),
        .testTarget(
            name: "KatalogRenderTests",
            dependencies: [
                "KatalogRender", "KatalogContent", "KatalogSystem",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .testTarget(
            name: "KatalogBuildTests",
            dependencies: ["KatalogBuild", "KatalogContent", "KatalogRender", "KatalogQR", "KatalogSystem", "Cgumbo"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "KatalogServeTests", dependencies: ["KatalogServe", "KatalogQR"]),
        .testTarget(name: "CLITests", dependencies: ["katalog", "KatalogQR"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzChecks", "KatalogContent", "KatalogSystem"]),
    ],
    cxxLanguageStandard: .cxx17
)
