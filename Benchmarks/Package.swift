// swift-tools-version:6.1
// Benchmarks live apart so that the main build stays light: `swift run -c release catalogue-bench`.
import PackageDescription

let package = Package(
    name: "preuve-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "preuve", path: "..")],
    targets: [
        .executableTarget(
            name: "catalogue-bench",
            dependencies: [.product(name: "PreuveKit", package: "preuve")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
