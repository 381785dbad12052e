import Foundation

/// A corpus folder with its index built once by the real `preuve index`, shared by the
/// tests of a suite (the build is the slow part; queries against it are cheap).
public struct BuiltCatalogue: Sendable {
    public let corpus: URL
    public let index: URL

    /// Indexes `corpus` into a fresh temporary index folder.
    public static func build(corpus: URL) throws -> BuiltCatalogue {
        let index = try TestPaths.temporaryDirectory("preuve-index")
        let result = try PreuveProcess.run(["index", "--corpus", corpus.path, "--index", index.path, "--format", "json", "--quiet"])
        guard result.status == 0 else {
            throw BuildFailure(description: "preuve index exited \(result.status): \(result.stderr)")
        }
        return BuiltCatalogue(corpus: corpus, index: index)
    }

    /// Runs `preuve` against this catalogue (`--corpus` and `--index` appended).
    public func run(_ arguments: [String]) throws -> CommandResult {
        try PreuveProcess.run(arguments + ["--corpus", corpus.path, "--index", index.path])
    }

    /// Runs `preuve ... --format json` and parses stdout.
    public func json(_ arguments: [String]) throws -> (CommandResult, Any?) {
        let result = try run(arguments + ["--format", "json"])
        return (result, try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    }

    public struct BuildFailure: Error, CustomStringConvertible { public var description: String }
}
