import Foundation
import TextAnalysis

/// Why the catalogue could not be opened, other than an unreadable snapshot.
public enum CatalogueError: Error, Sendable, CustomStringConvertible {
    case noCorpus(index: String, corpus: String)
    /// `preuve index` (or `--corpus`) named a corpus folder that does not exist.
    case corpusNotFound(String)
    /// A read command named a corpus that is none of the index's roots: answering would
    /// mix another corpus into this index, or describe the wrong one.
    case notARoot(given: String, resolved: String, index: String, roots: [CorpusRoot])
    /// `--no-update` and no index to answer from.
    case noIndex(index: String)

    public var description: String {
        switch self {
        case .noCorpus(let index, let corpus):
            return "no index in \(index) and no corpus at \(corpus) to build it from (see --corpus, PREUVE_CORPUS)"
        case .corpusNotFound(let corpus):
            return "no corpus at \(corpus) (see --corpus, PREUVE_CORPUS)"
        case .notARoot(let given, let resolved, let index, let roots):
            let named = given == resolved ? given : "\(given) (\(resolved))"
            let held = roots.map { "\($0.path) (shown as \($0.label))" }.joined(separator: ", ")
            let fix: String
            if let outer = CorpusRoots(roots).root(of: resolved) {
                fix = "it lies inside \(outer.path): name that folder, or leave out --corpus (and PREUVE_CORPUS) to use the index's own"
            } else {
                fix = "leave out --corpus (and PREUVE_CORPUS) to use the index's own, or add this one with `preuve index \(resolved) --index \(index)`"
            }
            return "the corpus \(named) is not one the index in \(index) was built from, which holds \(held); \(fix)"
        case .noIndex(let index):
            return "no index in \(index), and --no-update (or PREUVE_NO_UPDATE) forbids building it: run `preuve index --index \(index)`"
        }
    }
}

/// How `corpus` differs from what a snapshot was built from.
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

/// What a command that reads the index does when the corpus changed since it was built.
public enum FreshnessPolicy: Sendable, Hashable {
    /// Update the index first, saying so (spec/cli.md).
    case update
    /// Answer from the index as it is, never writing it; warn when it is stale
    /// (`--no-update`, `PREUVE_NO_UPDATE=1`: for a shared index that a cron job owns).
    case readOnly
}

extension Catalogue {
    /// How the files under `scopes` (canonical paths) differ from this catalogue's manifest,
    /// by `stat` alone: one `readdir` per folder and one `stat` per file, no file read or
    /// hashed. A file added, removed, or whose size or modification time moved. Files that
    /// failed and have not changed since do not count, or every search would try them again.
    /// Paths are real (absolute) paths. Only the manifest (and the strings it names) is
    /// read from the snapshot.
    public func changes(under scopes: [String]) throws -> CorpusChanges {
        let manifest = try self.manifest
        let found = CorpusWalker().walk(scopes).files
        var changes = CorpusChanges()
        var seen = Set<String>()
        for file in found {
            seen.insert(file.path)
            guard let entry = manifest.entry(for: file.path) else { changes.added.append(file.path); continue }
            if entry.size != file.status.size || entry.modified != file.status.modified { changes.changed.append(file.path) }
        }
        let scopeSet = Set(scopes)
        for entry in manifest.entries where !seen.contains(entry.path) && CorpusPath.path(entry.path, isWithinAnyOf: scopeSet) {
            changes.removed.append(entry.path)
        }
        return changes
    }

    /// `changes(under:)` for one folder, named any way.
    public func changes(in corpus: String) throws -> CorpusChanges {
        try changes(under: [CorpusPath.canonical(CorpusWalker.normalize(corpus)).path])
    }

    /// `changes(under:)` for every root of the index.
    public func changes() throws -> CorpusChanges {
        try changes(under: info.roots.map(\.path))
    }

    /// Updates (or with `options.full`, rebuilds) the snapshot of `store` under the writers'
    /// lock, and returns the new catalogue. A previous snapshot that cannot be read stops
    /// an incremental update with its `SnapshotError`; only `full` goes past it.
    /// With no paths and no corpus named, the roots of the previous snapshot are walked
    /// (`full` included: they are read from its header), or `Corpus` for a new index.
    /// Every block of the previous snapshot is checked before anything is built on it, so
    /// that damaged bytes are never copied into the next one. The catalogue returned is the
    /// snapshot as written, opened again from the store.
    public static func update(
        store: any SnapshotStore, options: IndexOptions, parser: any DocumentFeed, analyzer: Analyzer = .search,
        log: (String) -> Void = { _ in }, progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) throws -> (Catalogue, IndexSummary) {
        let start = ContinuousClock.now
        return try store.withWriterLock(waiting: log) {
            var options = options
            var previous = options.full ? nil : try load(from: store, analyzer: analyzer)
            try previous?.checkAllSections()
            // A writer killed after renaming a segment into place and before the meta file that
            // lists it (an update's, or a merge's after its update was committed) left that file,
            // and this run may have nothing to commit: the meta file read is the truth.
            if let meta = previous?.view.meta {
                IndexWriter(store: store, analyzer: analyzer, policy: options.mergePolicy).removeUnlisted(Set(meta.segments.map(\.name)))
            }
            if options.full, options.paths.isEmpty, options.corpus == nil, let roots = Self.recordedRoots(in: store), !roots.isEmpty {
                // A rebuild of the same corpus, even when the snapshot's sections are damaged.
                options.paths = roots.map(\.path)
            }
            if let rules = previous?.info.claimRules, rules != parser.claimRules {
                // Claims made by other rules would stay as they were for every unchanged file.
                log("the claim rules changed since the index was built (\(rules.isEmpty ? "unrecorded" : rules) → \(parser.claimRules)): re-reading every file")
                // Every root is read again, not only the paths asked for: nothing is lost.
                let roots = previous?.info.roots.map(\.path) ?? []
                options.paths = options.requested(previousRoots: previous?.info.roots ?? []).paths + roots
                options.full = true
                previous = nil
            }
            let requested = options.requested(previousRoots: previous?.info.roots ?? [])
            if options.paths.isEmpty, !requested.ownRoots, let corpus = requested.paths.first,
               FileStatus.of(corpus)?.isDirectory != true {
                throw CatalogueError.corpusNotFound(corpus)
            }
            let writer = IndexWriter(store: store, analyzer: analyzer, policy: options.mergePolicy)
            let sink = SegmentSink(writer: writer, counter: previous?.view.meta?.nextSegment ?? Self.recordedCounter(in: store))
            let (outcome, indexed) = try Indexer(parser: parser, analyzer: analyzer)
                .update(previous: previous, options: options, sink: sink, progress: progress)
            var summary = indexed
            var catalogue: Catalogue
            switch outcome {
            case .unchanged(let kept):
                catalogue = kept
            case .built(let contents):
                if let previous, !summary.changed, contents.manifest == (try previous.manifest.entries), contents.roots == previous.info.roots {
                    catalogue = previous
                } else {
                    try writer.rewrite(contents, counter: Self.recordedCounter(in: store))
                    catalogue = try reload(store, analyzer: analyzer)
                }
            case .incremental(let plan):
                try writer.commit(plan, previous: previous, sink: sink)
                catalogue = try reload(store, analyzer: analyzer)
            }
            if try writer.mergeAsNeeded(log: log) > 0 { catalogue = try reload(store, analyzer: analyzer) }
            summary.claims = catalogue.info.claimCount
            summary.terms = catalogue.info.termCount
            // The whole run: loading the previous snapshot and writing the new one included.
            summary.seconds = Indexer.seconds(since: start)
            return (catalogue, summary)
        }
    }

    private static func reload(_ store: any SnapshotStore, analyzer: Analyzer) throws -> Catalogue {
        guard let written = try load(from: store, analyzer: analyzer) else {
            throw SnapshotStoreError(path: store.location, reason: "the meta file just written is not there")
        }
        return written
    }

    /// The segment counter of the store's meta file, read from it alone; 1 when it cannot be read.
    private static func recordedCounter(in store: any SnapshotStore) -> Int {
        guard let bytes = try? store.openSnapshot(), let meta = try? OpenedMeta.open(bytes, file: store.location, analyzer: .search) else {
            return 1
        }
        return meta.nextSegment
    }

    /// The catalogue for commands that read it, loaded from `index`.
    ///
    /// `corpus` nil means every root the index was built from (or `Corpus` for a missing
    /// index); a corpus named must be one of those roots, however it is spelled, or
    /// `CatalogueError.notARoot` is thrown: it is never merged in. The freshness check costs a
    /// `stat` per corpus file. Under `.update` a missing index is built and a stale one
    /// updated first, saying so through `log`; under `.readOnly` nothing is written and a stale
    /// index is answered from with a warning. A snapshot that is corrupt or of another version
    /// throws `SnapshotError`: it is never rebuilt silently.
    public static func openUpdating(
        index: String, corpus: String?, parser: any DocumentFeed, analyzer: Analyzer = .search,
        policy: FreshnessPolicy = .update, log: @escaping (String) -> Void
    ) throws -> Catalogue {
        let store = FileSnapshotStore(directory: index)
        if let current = try load(from: store, analyzer: analyzer) {
            let roots = current.roots
            var scopes: [String]
            if let corpus {
                let (path, _) = CorpusPath.canonical(CorpusWalker.normalize(corpus))
                if let root = roots.roots.first(where: { $0.path == path }) {
                    scopes = [root.path]
                } else if roots.isEmpty {
                    scopes = [path]  // an index that records no root (built by hand): as before
                } else {
                    throw CatalogueError.notARoot(given: corpus, resolved: path, index: store.directory, roots: roots.roots)
                }
            } else {
                scopes = roots.isEmpty ? [CorpusPath.canonical(IndexOptions.defaultCorpus).path] : roots.paths
            }
            let gone = scopes.filter { FileStatus.of($0) == nil }
            for path in gone {
                log("corpus \(path) not found; using the index as built on \(Self.describe(current.info.builtAt))")
            }
            scopes.removeAll { gone.contains($0) }
            if scopes.isEmpty { return current }
            let changes = try current.changes(under: scopes)
            let rulesChanged = current.info.claimRules != parser.claimRules
            if changes.isEmpty && !rulesChanged { return current }
            if policy == .readOnly {
                var why: [String] = []
                if !changes.isEmpty { why.append("the corpus changed since it was built (\(changes.summary))") }
                if rulesChanged { why.append("its claims were extracted by other rules (\(current.info.claimRules.isEmpty ? "unrecorded" : current.info.claimRules))") }
                log("warning: the index in \(store.directory) is stale: \(why.joined(separator: "; ")); answering from it as it is (--no-update)")
                return current
            }
            if !changes.isEmpty {
                log("the corpus changed since the index was built (\(changes.summary)): updating \(store.directory)")
            }
            return try updateAndReport(store: store, options: IndexOptions(paths: scopes), parser: parser, analyzer: analyzer, log: log)
        }
        if policy == .readOnly { throw CatalogueError.noIndex(index: store.directory) }
        let corpusPath = corpus ?? IndexOptions.defaultCorpus
        guard FileStatus.of(corpusPath)?.isDirectory == true else {
            throw CatalogueError.noCorpus(index: store.directory, corpus: corpusPath)
        }
        log("no index in \(store.directory): building it from \(corpusPath)")
        return try updateAndReport(store: store, options: IndexOptions(corpus: corpusPath), parser: parser,
                                   analyzer: analyzer, log: log)
    }

    private static func updateAndReport(store: FileSnapshotStore, options: IndexOptions, parser: any DocumentFeed,
                                        analyzer: Analyzer, log: (String) -> Void) throws -> Catalogue {
        let (catalogue, summary) = try update(store: store, options: options, parser: parser, analyzer: analyzer, log: log)
        for failure in summary.failed { log(failure.description) }
        log("indexed \(summary.documents) documents (\(summary.added) added, \(summary.updated) updated, \(summary.removed) removed)")
        return catalogue
    }

    /// The roots recorded in the store's snapshot header, read on their own: nil when there
    /// is no snapshot or its header cannot be read (a `--full` rebuild then walks the
    /// default corpus, as for a new index).
    private static func recordedRoots(in store: any SnapshotStore) -> [CorpusRoot]? {
        do {
            guard let bytes = try store.openSnapshot() else { return nil }
            return try SnapshotReader.roots(bytes, file: store.location)
        } catch {
            return nil
        }
    }

    static func describe(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
