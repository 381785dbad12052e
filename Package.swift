// swift-tools-version:6.1
import PackageDescription

/// The modules with the hot loops (tokenizing, loading the lexicon, reading HTML and XML,
/// matching claims, indexing) are optimised in debug builds too, as Cargo's `opt-level` per
/// package does: every `preuve` process of the tests loads the lexicon and most index a
/// corpus, and unoptimised generic code made those five to ten times slower (`swift test`:
/// 177 s of CPU before, 76 to 85 s after, README "Tests"). The modules above them (verdicts,
/// answers, the command line, the server) stay unoptimised, for the debugger. To step through
/// one of these in a debugger, drop it from the list for the session. A root package may set
/// such flags; it means preuve cannot be a versioned dependency of another package, which it
/// is not (`PreuveKit` is for this package's own front ends and tests).
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "preuve",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "preuve", targets: ["preuve"]),
        // The web pages and HTTP API (`preuve serve` runs it): a product of its own, so that the
        // `preuve` binary neither builds nor links SwiftNIO.
        .executable(name: "preuve-serve", targets: ["preuve-serve"]),
        .library(name: "PreuveKit", targets: ["Documents", "TextAnalysis", "Ingest", "Lexicon", "Claims", "Catalogue", "Indexing", "Verdicts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 of every input file (BoringSSL's, faster than hand-written rounds).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The server only (`PreuveServer`, `preuve-serve`): HTTP on SwiftNIO, and templates.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
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
        // The data files (word lists, lexicon, schemas) are compiled into the modules by the
        // EmbedData plugin, so that the executable alone is the whole program.
        .executableTarget(name: "EmbedDataTool", path: "Plugins/EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        .target(name: "TextAnalysis", exclude: ["Resources"], swiftSettings: optimisedInDebug, plugins: ["EmbedData"]),
        .target(
            name: "Ingest",
            dependencies: ["CLibXML2", "CZlib", "Documents", "TextAnalysis", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Schemas"],
            swiftSettings: optimisedInDebug,
            plugins: ["EmbedData"]
        ),
        // Words and concepts, typed: cue roles, vocabularies, the phrase matcher, the name
        // resolver; the lexicon files (`Data/`) are embedded by EmbedData, and compiled once at
        // build time (CompileLexicon, with LexiconCompiler) into the image Claims reads.
        .target(name: "Lexicon", dependencies: ["TextAnalysis"], exclude: ["Data"], swiftSettings: optimisedInDebug, plugins: ["EmbedData"]),
        // Built from the sources of TextAnalysis and Lexicon themselves (links in its folder):
        // SwiftPM does not apply build-tool plugins to a plugin tool's dependencies.
        .executableTarget(
            name: "LexiconCompiler",
            path: "Plugins/LexiconCompiler",
            exclude: ["TextAnalysis/Resources", "Lexicon/Data"],
            swiftSettings: optimisedInDebug + [.define("LEXICON_COMPILER")]
        ),
        .plugin(name: "CompileLexicon", capability: .buildTool(), dependencies: ["LexiconCompiler"]),
        .target(
            name: "Claims",
            dependencies: ["Documents", "TextAnalysis", "Lexicon"],
            swiftSettings: optimisedInDebug,
            plugins: ["CompileLexicon"]
        ),
        .target(name: "Catalogue", dependencies: ["CZlib", "Documents", "TextAnalysis", "Claims"], swiftSettings: optimisedInDebug),
        // What feeds the index writer: files read through ingestion (`IngestParser`), their
        // documents' claims extracted on every core while a file is still being read
        // (`ClaimPipeline`). Catalogue stores and searches what it is handed.
        .target(name: "Indexing", dependencies: ["Documents", "Ingest", "Claims", "Catalogue"], swiftSettings: optimisedInDebug),
        .target(name: "Verdicts", dependencies: ["Documents", "Claims", "Catalogue"]),
        // The answers both front ends give: the JSON shapes of spec/cli.md that the command line
        // and the server share.
        .target(name: "Answers", dependencies: ["Documents", "Ingest", "Claims", "Catalogue", "Verdicts"]),
        .executableTarget(
            name: "preuve",
            dependencies: [
                "Documents", "Ingest", "TextAnalysis", "Claims", "Catalogue", "Indexing", "Verdicts", "Answers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Request handling for `preuve serve`: JSON API and server-rendered pages; its templates,
        // style sheet and messages (`Templates/`) are compiled in by EmbedData.
        .target(
            name: "PreuveServer",
            dependencies: [
                "Documents", "Ingest", "Claims", "Catalogue", "Indexing", "Verdicts", "Answers",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["Templates"],
            plugins: ["EmbedData"]
        ),
        .executableTarget(
            name: "preuve-serve",
            dependencies: ["PreuveServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Documents"], path: "Tests/TestSupport"),
        // A test's program, not a product: indexes with a snapshot store that pauses inside its
        // write, for the tests that kill a writer there (the executable has no such hook).
        .executableTarget(name: "pausing-writer", dependencies: ["Catalogue", "Indexing", "Ingest"], path: "Tests/pausing-writer"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Ingest", "TestSupport"], resources: [.copy("Passages")]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Indexing", "Ingest", "TestSupport"]),
        .testTarget(name: "VerdictsTests", dependencies: ["Verdicts", "TestSupport"]),
        .testTarget(name: "AnswersTests", dependencies: ["Answers", "Catalogue", "Indexing", "Verdicts", "Ingest", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Catalogue", "Claims", "Verdicts", "Answers", "pausing-writer"]),
        .testTarget(name: "ServerTests", dependencies: ["PreuveServer", "Catalogue", "Ingest", "TestSupport", "preuve-serve"]),
    ],
    swiftLanguageModes: [.v6]
)
