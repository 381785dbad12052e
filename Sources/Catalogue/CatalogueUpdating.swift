import Foundation
import TextAnalysis

/// Why the catalogue could not be opened, other than an unreadable snapshot.
public enum CatalogueError: Error, Sendable, CustomStringConvertible {
    case noCorpus(index: String, corpus: String)

    public var description: String {
        switch self {
        case .noCorpus(let index, let corpus):
            return "no index in \(index) and no corpus at \(corpus) to build it from (see --corpus, PREUVE_CORPUS)"
        }
    }
}

/// How the corpus differs from what a snapshot was built from.
public struct CorpusChanges: Sendable, Hashable {
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    public var summary: String {
        [(added.count, "added"), (changed.count, "changed"), (removed.count, "removed")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}

extension Catalogue {
    /// How `corpus` differs from this catalogue's manifest, by `stat` alone: a file added,
    /// removed, or whose size or modification time moved. Files that failed and have not
    /// changed since do not count, or every search would try them again.
    public func changes(in corpus: String) -> CorpusChanges {
        let scope = CorpusWalker.normalize(corpus)
        let found = CorpusWalker().walk([scope]).files
        var changes = CorpusChanges()
        var seen = Set<String>()
        for file in found {
            seen.insert(file.path)
            guard let entry = manifest.entry(for: file.path) else { changes.added.append(file.path); continue }
            if entry.size != file.status.size || entry.modified != file.status.modified { changes.changed.append(file.path) }
        }
        for entry in manifest.entries where CorpusWalker.path(entry.path, isWithin: scope) && !seen.contains(entry.path) {
            changes.removed.append(entry.path)
        }
        return changes
    }

    /// Updates (or with `options.full`, rebuilds) the snapshot of `store` under the writers'
    /// lock, and returns the new catalogue. A previous snapshot that cannot be read stops
    /// an incremental update with its `SnapshotError`; only `full` goes past it.
    public static func update(
        store: any SnapshotStore, options: IndexOptions, parser: any DocumentParsing, analyzer: Analyzer = .search,
        log: (String) -> Void = { _ in }, progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) throws -> (Catalogue, IndexSummary) {
        let start = ContinuousClock.now
        return try store.withWriterLock(waiting: log) {
            var previous = options.full ? nil : try load(from: store, analyzer: analyzer)
            if let rules = previous?.info.claimRules, rules != parser.claimRules {
                // Claims made by other rules would stay as they were for every unchanged file.
                log("the claim rules changed since the index was built (\(rules.isEmpty ? "unrecorded" : rules) → \(parser.claimRules)): re-reading every file")
                previous = nil
            }
            var (catalogue, summary) = Indexer(parser: parser, analyzer: analyzer)
                .update(previous: previous, options: options, progress: progress)
            if previous == nil || summary.changed || catalogue.manifest.entries != previous?.manifest.entries {
                catalogue = catalogue.with(bytesOnDisk: try catalogue.save(to: store))
            }
            // The whole run: loading the previous snapshot and writing the new one included.
            summary.seconds = Indexer.seconds(since: start)
            return (catalogue, summary)
        }
    }

    /// The catalogue for commands that read it: loaded from `index`, and first built when
    /// missing or updated when the corpus changed since, saying so through `log`. `corpus`
    /// nil means the corpus the snapshot was built from (or `Corpus`). A snapshot that is
    /// corrupt or of another version throws `SnapshotError`: it is never rebuilt silently.
    public static func openUpdating(
        index: String, corpus: String?, parser: any DocumentParsing, analyzer: Analyzer = .search,
        log: @escaping (String) -> Void
    ) throws -> Catalogue {
        let store = FileSnapshotStore(directory: index)
        if let current = try load(from: store, analyzer: analyzer) {
            let corpusPath = corpus ?? (current.info.corpus.isEmpty ? "Corpus" : current.info.corpus)
            guard FileStatus.of(corpusPath)?.isDirectory == true else {
                log("corpus \(corpusPath) not found; using the index as built on \(Self.describe(current.info.builtAt))")
                return current
            }
            let changes = current.changes(in: corpusPath)
            let rulesChanged = current.info.claimRules != parser.claimRules
            if changes.isEmpty && !rulesChanged { return current }
            if !changes.isEmpty {
                log("the corpus changed since the index was built (\(changes.summary)): updating \(store.directory)")
            }
            return try updateAndReport(store: store, corpus: corpusPath, parser: parser, analyzer: analyzer, log: log)
        }
        let corpusPath = corpus ?? "Corpus"
        guard FileStatus.of(corpusPath)?.isDirectory == true else {
            throw CatalogueError.noCorpus(index: store.directory, corpus: corpusPath)
        }
        log("no index in \(store.directory): building it from \(corpusPath)")
        return try updateAndReport(store: store, corpus: corpusPath, parser: parser, analyzer: analyzer, log: log)
    }

    private static func updateAndReport(store: FileSnapshotStore, corpus: String, parser: any DocumentParsing,
                                        analyzer: Analyzer, log: (String) -> Void) throws -> Catalogue {
        let (catalogue, summary) = try update(store: store, options: IndexOptions(corpus: corpus), parser: parser,
                                              analyzer: analyzer, log: log)
        for failure in summary.failed { log("\(failure.path): \(failure.error)") }
        log("indexed \(summary.documents) documents (\(summary.added) added, \(summary.updated) updated, \(summary.removed) removed)")
        return catalogue
    }

    static func describe(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
