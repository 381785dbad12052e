// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "preuve",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "preuve", targets: ["preuve"]),
        .library(name: "PreuveKit", targets: ["Documents", "TextAnalysis", "Ingest", "Claims", "Catalogue", "Verdicts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 of every input file (BoringSSL's, faster than hand-written rounds).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // libxml2 through pkg-config; `shim.h` wraps what does not import cleanly.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib for gzip input, with our own expansion limit.
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "Documents"),
        .target(name: "TextAnalysis", resources: [.copy("Resources")]),
        .target(
            name: "Ingest",
            dependencies: ["CLibXML2", "CZlib", "Documents", "TextAnalysis", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Schemas")]
        ),
        .target(
            name: "Claims",
            dependencies: ["Documents", "TextAnalysis"],
            resources: [.copy("Lexicon")]
        ),
        .target(name: "Catalogue", dependencies: ["CZlib", "Documents", "TextAnalysis", "Claims"]),
        .target(name: "Verdicts", dependencies: ["Documents", "Claims", "Catalogue"]),
        .executableTarget(
            name: "preuve",
            dependencies: [
                "Documents", "Ingest", "TextAnalysis", "Claims", "Catalogue", "Verdicts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Documents"], path: "Tests/TestSupport"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Ingest", "TestSupport"], resources: [.copy("Passages")]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Ingest", "TestSupport"]),
        .testTarget(name: "VerdictsTests", dependencies: ["Verdicts", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Catalogue", "Claims"]),
    ],
    swiftLanguageModes: [.v6]
)
