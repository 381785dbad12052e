import ArgumentParser
import Foundation
import Verdicts

/// Where the catalogue lives: `--corpus`/`PREUVE_CORPUS` (default `Corpus`) and
/// `--index`/`PREUVE_INDEX` (default `Index`), relative to the current directory.
struct CatalogueOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The corpus folder (default: $PREUVE_CORPUS, else Corpus).", valueName: "dir"))
    var corpus: String?

    @Option(help: ArgumentHelp("The index folder (default: $PREUVE_INDEX, else Index).", valueName: "dir"))
    var index: String?

    var corpusPath: String { corpus ?? Self.environment("PREUVE_CORPUS") ?? "Corpus" }
    var indexPath: String { index ?? Self.environment("PREUVE_INDEX") ?? "Index" }

    /// The catalogue's claims, however they are stored.
    func openSource() throws -> any ClaimSource {
        try openClaimSource(corpus: corpusPath, index: indexPath)
    }

    private static func environment(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
