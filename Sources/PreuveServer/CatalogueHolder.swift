import Answers
import Catalogue
import Claims
import Foundation
import Indexing
import Verdicts

/// The catalogue as loaded for serving: opened once, read-only, with what every request
/// reuses (the claim source filtered by confidence, the name resolver, the overview).
struct LoadedCatalogue: Sendable {
    let catalogue: Catalogue
    /// The claims that count for verdicts (`--min-confidence`), as `query`, `indications`
    /// and `check` see them.
    let source: any ClaimSource
    let resolver: NameResolver
    let overview: CatalogueOverview
    /// Document number by id (`Corpus/articles/x.html`, `Corpus/pubmed/set.xml#pmid:1`): the
    /// only way a request names a document. No request path reaches the file system.
    let documentsByID: [String: Int]
    /// What opening said (a stale index, a corpus folder gone).
    let warnings: [String]
    let loadedAt: Date
    /// Encoded answers to `/api/query` and `/api/indications`, for this catalogue only.
    let cache = AnswerCache()

    init(catalogue: Catalogue, minConfidence: Double, warnings: [String]) throws {
        self.catalogue = catalogue
        source = ConfidentClaims(CatalogueClaimSource(catalogue), minimum: minConfidence)
        resolver = ClaimLexicon.bundledResolver
        overview = try CatalogueOverview(source: source)
        var byID: [String: Int] = [:]
        byID.reserveCapacity(catalogue.documents.count)
        for n in 0..<catalogue.documents.count { byID[try catalogue.documents.metadata(n).id] = n }
        documentsByID = byID
        self.warnings = warnings
        loadedAt = Date()
    }

    var engine: VerdictEngine { VerdictEngine(vocabulary: resolver.vocabulary) }
}

/// The index could not be opened: every request that needs it answers 503 with the reason.
struct CatalogueUnavailable: Sendable {
    var message: String
    var exitCode: Int

    var error: ServerError { .unavailable(message, exitCode: exitCode) }
}

/// Opening the catalogue failed in a way the server cannot wait out (a corpus named that is
/// none of the index's folders): `preuve-serve` exits 2 rather than serve the wrong catalogue.
public struct StartupError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Holds the loaded catalogue and picks up a new index: at most every `reloadCheckSeconds`
/// a request looks at the snapshot file (one `stat`); when it changed (a `preuve index` run
/// by a cron job), the new one is opened in the background while requests go on with the old.
final class CatalogueHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var state: Result<LoadedCatalogue, CatalogueUnavailableError>
    private var stamp: FileStamp?
    private var lastCheck = ContinuousClock.now
    private var reloading = false
    let configuration: ServerConfiguration
    private let log: @Sendable (String) -> Void

    struct CatalogueUnavailableError: Error { var reason: CatalogueUnavailable }

    init(configuration: ServerConfiguration, log: @escaping @Sendable (String) -> Void) throws {
        self.configuration = configuration
        self.log = log
        stamp = FileStamp.of(Self.snapshotPath(configuration))
        state = try Self.open(configuration, log: log, startup: true)
    }

    /// A catalogue already built (tests).
    init(loaded: LoadedCatalogue, configuration: ServerConfiguration) {
        self.configuration = configuration
        self.log = { _ in }
        state = .success(loaded)
        stamp = nil
        reloading = true  // never reloads: nothing on disk to watch
    }

    static func snapshotPath(_ configuration: ServerConfiguration) -> String {
        FileSnapshotStore(directory: configuration.index).path
    }

    /// The catalogue to answer from, or why there is none.
    func current() -> Result<LoadedCatalogue, CatalogueUnavailableError> {
        let now = ContinuousClock.now
        return lock.withLock {
            if !reloading, now - lastCheck >= .milliseconds(Int64(configuration.reloadCheckSeconds * 1000)) {
                lastCheck = now
                let seen = FileStamp.of(Self.snapshotPath(configuration))
                if seen != stamp {
                    stamp = seen
                    reloading = true
                    let configuration = self.configuration, log = self.log
                    Task.detached { [weak self] in
                        let next: Result<LoadedCatalogue, CatalogueUnavailableError>
                        do {
                            next = try Self.open(configuration, log: log, startup: false)
                        } catch {
                            next = .failure(CatalogueUnavailableError(reason: CatalogueUnavailable(message: "\(error)", exitCode: 2)))
                        }
                        if case .success(let loaded) = next {
                            log("loaded the index in \(configuration.index) anew: \(loaded.catalogue.documents.count) documents")
                        }
                        self?.finishReload(next)
                    }
                }
            }
            return state
        }
    }

    private func finishReload(_ next: Result<LoadedCatalogue, CatalogueUnavailableError>) {
        lock.withLock {
            // A snapshot replaced while it was being read is not a reason to stop answering.
            if case .failure = next, case .success = state {
                log("kept the index already loaded: \(next)")
            } else {
                state = next
            }
            reloading = false
        }
    }

    /// Opens the index read-only (`--no-update` semantics: a stale index is answered from, with
    /// a warning; a missing one is never built). An unreadable index is not fatal: the server
    /// answers 503 until a readable one appears.
    static func open(_ configuration: ServerConfiguration, log: @escaping @Sendable (String) -> Void,
                     startup: Bool) throws -> Result<LoadedCatalogue, CatalogueUnavailableError> {
        let warnings = WarningList()
        do {
            let catalogue = try Catalogue.openUpdating(index: configuration.index, corpus: configuration.corpus,
                                                       parser: IngestParser(), policy: .readOnly) { message in
                warnings.append(message)
                log(message)
            }
            return .success(try LoadedCatalogue(catalogue: catalogue, minConfidence: configuration.minConfidence,
                                                warnings: warnings.all))
        } catch let error as SnapshotError {
            log(error.description)
            return .failure(.init(reason: CatalogueUnavailable(message: "the index is unreadable: \(error.description)", exitCode: 3)))
        } catch let error as CatalogueError {
            switch error {
            case .noIndex:
                log(error.description)
                return .failure(.init(reason: CatalogueUnavailable(message: error.description, exitCode: 2)))
            default:
                if startup { throw StartupError(description: error.description) }
                return .failure(.init(reason: CatalogueUnavailable(message: error.description, exitCode: 2)))
            }
        } catch let error as SnapshotStoreError {
            log(error.description)
            return .failure(.init(reason: CatalogueUnavailable(message: "the index cannot be read: \(error.description)", exitCode: 1)))
        }
    }
}

/// Messages collected while opening (from a closure that may outlive no one, but must be Sendable).
final class WarningList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}

/// Enough of a file's status to tell that it was replaced.
struct FileStamp: Equatable, Sendable {
    var inode: UInt64
    var size: Int64
    var modified: Int

    /// nil when there is no file (no index yet).
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if os(Linux)
        let nanos = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #else
        let nanos = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #endif
        return FileStamp(inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: nanos)
    }
}
