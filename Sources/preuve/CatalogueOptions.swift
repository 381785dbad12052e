import Answers
import ArgumentParser
import Catalogue
import Documents
import Foundation
import Indexing
import Ingest
import Verdicts

/// Where the index and the corpus are: `--index`/`PREUVE_INDEX` (default `Index`),
/// `--corpus`/`PREUVE_CORPUS` (default: the corpus folders the index was built from, or
/// `Corpus` for a new index), relative to the current directory. `preuve index` takes these
/// alone; commands that read the index take them through `CatalogueOptions`.
struct IndexLocation: ParsableArguments {
    @Option(help: ArgumentHelp("The index folder (default: Index, or $PREUVE_INDEX).", valueName: "dir"))
    var index: String?

    @Option(help: ArgumentHelp(
        "The corpus folder (default: the folders the index was built from, or Corpus for a new index; or $PREUVE_CORPUS). "
            + "Any spelling of a folder (relative, absolute, through a link, `.`) is the same corpus.",
        valueName: "dir"))
    var corpus: String?

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    var indexDirectory: String { Self.indexDirectory(index) }

    /// The index folder: the one named, else `PREUVE_INDEX`, else `Index`.
    static func indexDirectory(_ named: String?) -> String {
        named ?? environment["PREUVE_INDEX"].flatMap { $0.isEmpty ? nil : $0 } ?? "Index"
    }

    /// The corpus named by the user, or nil to use the ones the index was built from.
    var namedCorpus: String? {
        corpus ?? Self.environment["PREUVE_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// What every command that reads the index shares: where it is (`IndexLocation`; a corpus
/// named must be one the index was built from), and `--no-update`/`PREUVE_NO_UPDATE`.
/// Opens the catalogue (`Catalogue.openUpdating`) and hands verdicts its claims.
struct CatalogueOptions: ParsableArguments {
    @OptionGroup var location: IndexLocation

    @Flag(help: ArgumentHelp(
        "Answer from the index as it is and never write it, warning on stderr when the corpus changed since "
            + "(for a shared index that another job updates; or $PREUVE_NO_UPDATE=1)."))
    var noUpdate = false

    var indexDirectory: String { location.indexDirectory }
    var namedCorpus: String? { location.namedCorpus }

    /// `--no-update`, or `PREUVE_NO_UPDATE` set to anything but empty, `0`, `false` or `no`.
    var readOnly: Bool {
        if noUpdate { return true }
        guard let value = IndexLocation.environment["PREUVE_NO_UPDATE"]?.trimmingCharacters(in: .whitespaces).lowercased() else {
            return false
        }
        return !["", "0", "false", "no"].contains(value)
    }

    /// The catalogue, built or updated first when missing or older than the corpus (unless
    /// read-only: then as it is, with a warning when stale).
    func openCatalogue() throws -> Catalogue {
        try CatalogueFailure.exiting {
            try Catalogue.openUpdating(index: indexDirectory, corpus: namedCorpus, parser: IngestParser(),
                                       policy: readOnly ? .readOnly : .update) { Console.err($0) }
        }
    }

    /// The catalogue's claims, for verdicts.
    func openSource() throws -> any ClaimSource {
        CatalogueClaimSource(try openCatalogue())
    }
}

/// The exit codes of spec/cli.md for what can go wrong with the index: a command wraps
/// all its work in `exiting`, since the index's sections are read (and found damaged) when
/// first used, which may be anywhere in the command.
enum CatalogueFailure {
    static func exiting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SnapshotError {
            Console.err(error.description)
            throw Exit.indexUnreadable
        } catch let error as CatalogueError {
            Console.err(error.description)
            throw Exit.usage
        } catch let error as SnapshotStoreError {
            Console.err(error.description)
            throw Exit.inputFailed
        }
    }
}
