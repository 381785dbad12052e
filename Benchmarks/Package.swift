// swift-tools-version:6.1
// Benchmarks live in their own package so the main build and `swift test` stay light.
import PackageDescription

let package = Package(
    name: "preuve-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "preuve", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(name: "CorpusGenerator", path: "Sources/CorpusGenerator"),
        .executableTarget(
            name: "SearchLatency",
            dependencies: [.product(name: "PreuveKit", package: "preuve")]
        ),
        .executableTarget(
            name: "claims-bench",
            dependencies: [.product(name: "PreuveKit", package: "preuve")]
        ),
        .executableTarget(
            name: "catalogue-bench",
            dependencies: [.product(name: "PreuveKit", package: "preuve")]
        ),
        // package-benchmark's layout: `swift package benchmark` finds targets under Benchmarks/.
        .executableTarget(
            name: "PreuveBenchmarks",
            dependencies: [
                .product(name: "PreuveKit", package: "preuve"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PreuveBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
