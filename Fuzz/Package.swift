// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for preuve's readers, snapshot loader and query parser. Build each with
/// `-sanitize=fuzzer,address` (see run.sh); they are not part of the main package's build.
let readers = ["FuzzHTML", "FuzzPubMed", "FuzzJATS", "FuzzTEI", "FuzzReport", "FuzzRSS", "FuzzText", "FuzzGzip"]
let others = ["FuzzSnapshot", "FuzzQuery"]

let package = Package(
    name: "preuve-fuzz",
    platforms: [.macOS(.v13)],
    products: (readers + others).map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(name: "preuve", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "PreuveKit", package: "preuve")]),
    ] + (readers + others).map {
        .executableTarget(
            name: $0,
            dependencies: ["FuzzSupport", .product(name: "PreuveKit", package: "preuve")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
