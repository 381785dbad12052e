import Claims
import Documents
import Foundation
import TextAnalysis

/// What to index and how.
public struct IndexOptions: Sendable {
    /// Files and folders to walk; empty means the corpus.
    public var paths: [String]
    /// The corpus folder the user named (`--corpus`, `PREUVE_CORPUS`); nil means every root
    /// of the index, or `Corpus` for an index that has none yet.
    public var corpus: String?
    /// Ignore the previous snapshot and parse everything.
    public var full: Bool

    /// The corpus of a new index when none is named, relative to the working folder.
    public static let defaultCorpus = "Corpus"

    /// When segments are merged (`MergePolicy`).
    var mergePolicy = MergePolicy()

    /// The indexing memory budget: the writer writes a segment each time the documents it
    /// buffered (their text, and the postings they will make) reach about this many MiB,
    /// and merges no segments into one larger than it. Default 128 (256 until the 1,000,000-record run,
    /// where 128 kept `preuve index` under 1 GB).
    public var segmentMegabytes: Int {
        get { mergePolicy.maxMergedBytes >> 20 }
        set { mergePolicy.maxMergedBytes = max(1, newValue) << 20 }
    }

    /// How many segments of about the same size the writer lets accumulate before it merges
    /// them into one (default 8; tests and tools set it lower to merge often).
    public var mergeFactor: Int {
        get { mergePolicy.factor }
        set { mergePolicy.factor = max(2, newValue) }
    }

    public init(paths: [String] = [], corpus: String? = nil, full: Bool = false) {
        self.paths = paths
        self.corpus = corpus
        self.full = full
    }

    /// What to walk, as the user wrote it, and whether it is the index's own roots.
    func requested(previousRoots: [CorpusRoot]) -> (paths: [String], ownRoots: Bool) {
        if !paths.isEmpty { return (paths, false) }
        if let corpus { return ([corpus], false) }
        if !previousRoots.isEmpty { return (previousRoots.map(\.path), true) }
        return ([Self.defaultCorpus], false)
    }
}

/// An update as segments: the next manifest (doc ids the next catalogue's) and where each
/// of its documents lies (`runs`: a previous segment by its number in the previous
/// catalogue, or a new one, the sink's segment k as source `-1 - k`).
struct IncrementalPlan: Sendable {
    var roots: [CorpusRoot]
    var claimRules: String
    var manifest: [ManifestEntry] = []
    var runs: [(run: SegmentRun, source: Int)] = []
    var documentCount = 0
}

/// Progress of the parsing phase, for a progress bar.
public struct IndexProgress: Sendable {
    public var done: Int
    public var total: Int
    public var path: String
}

/// Builds the next catalogue from the previous one and the files on disk: files whose size
/// and modification time are unchanged are kept without being read; touched files whose
/// content hash is unchanged are kept without being parsed; new and edited files are
/// parsed on every core; files gone from the walked paths leave with their documents and
/// claims. Entries outside the walked paths are kept as they are.
///
/// Every path is first made canonical (`CorpusPath.canonical`), so the same folder named
/// two ways is one scope and its files one set of entries. A path that lies in none of the
/// index's roots becomes a root (absorbing the roots it holds); files are shown, in `doc`
/// values and failures, by their root's label and their path within it.
public struct Indexer: Sendable {
    public var parser: any DocumentFeed
    public var analyzer: Analyzer

    public init(parser: any DocumentFeed, analyzer: Analyzer = .search) {
        self.parser = parser
        self.analyzer = analyzer
    }

    /// A file's fate in this run.
    private enum Plan {
        case keep(ManifestEntry, newStatus: FileStatus?)
        case parse(path: String, status: FileStatus, previous: ManifestEntry?)
    }

    private enum Parsed: Sendable {
        case documents([StoredDocument], [[Claim]], hash: String)
        case failure(String)
    }

    /// What an update comes to: the previous catalogue as it stands, the contents of the
    /// next one (written as one segment), or what to add to and take from the previous one.
    enum Outcome {
        case unchanged(Catalogue)
        case built(CatalogueContents)
        case incremental(IncrementalPlan)
    }

    /// Reads of the previous catalogue throw `SnapshotError` when a part of it is damaged.
    func update(previous: Catalogue?, options: IndexOptions, sink: SegmentSink,
                progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }) throws -> (Outcome, IndexSummary) {
        let clock = ContinuousClock.now
        var summary = IndexSummary()
        let old = options.full ? nil : previous
        let oldManifest = try old?.manifest
        let oldRoots = CorpusRoots(old?.info.roots ?? [])

        // 0. The scope, canonical, and the roots: a path in no root becomes one.
        let (requested, ownRoots) = options.requested(previousRoots: oldRoots.roots)
        var roots = oldRoots
        var scope: [String] = []
        for raw in requested {
            let (path, exists) = CorpusPath.canonical(CorpusWalker.normalize(raw))
            if !exists {
                // A root of the index that is gone (an unmounted disk?) is not taken for an
                // order to forget it: its files stay until a path names it.
                if ownRoots {
                    let held = oldManifest?.entries.filter { CorpusPath.path($0.path, isWithin: path) }.count ?? 0
                    if held > 0 {
                        summary.failed.append(.init(path: path, kind: .rootGone(files: held)))
                    }
                    continue
                }
                // A path named that is gone: what the index holds under it leaves.
                let held = roots.rootIndex(of: path) != nil || roots.roots.contains { CorpusPath.path($0.path, isWithin: path) }
                    || (oldManifest?.entries.contains { CorpusPath.path($0.path, isWithin: path) } ?? false)
                if held { scope.append(path) } else { summary.failed.append(.init(path: raw, kind: .noSuchPath)) }
                continue
            }
            if let status = FileStatus.of(path), status.isDirectory || status.isRegular { roots.add(path) }
            scope.append(path)
        }
        let walk = CorpusWalker().walk(scope)
        let found = walk.files
        summary.failed += walk.skipped.map { .init(path: roots.displayName(of: $0.path), kind: .unreadable($0.reason)) }
        let scopeSet = Set(scope)
        func inScope(_ path: String) -> Bool { CorpusPath.path(path, isWithinAnyOf: scopeSet) }

        // 1. Decide each file's fate from stat alone, or the content hash when only the time moved.
        var plans: [String: Plan] = [:]
        if let oldManifest {
            for entry in oldManifest.entries where !inScope(entry.path) {
                plans[entry.path] = .keep(entry, newStatus: nil)
            }
        }
        for file in found {
            let before = oldManifest?.entry(for: file.path)
            if let before, before.error == nil, before.size == file.status.size {
                if before.modified == file.status.modified {
                    plans[file.path] = .keep(before, newStatus: nil)
                    continue
                }
                if !before.contentHash.isEmpty, let hash = try? parser.contentHash(at: file.path), hash == before.contentHash {
                    plans[file.path] = .keep(before, newStatus: file.status)
                    continue
                }
            }
            plans[file.path] = .parse(path: file.path, status: file.status, previous: before)
        }
        if let oldManifest {
            let foundPaths = Set(found.map(\.path))
            summary.removed = oldManifest.entries.filter { inScope($0.path) && !foundPaths.contains($0.path) }.count
        }
        // A root that no longer exists and holds nothing any more is forgotten.
        roots.removeAll { root in
            FileStatus.of(root.path) == nil && !plans.keys.contains { CorpusPath.path($0, isWithin: root.path) }
        }

        // 2. What must be parsed (on every core, in steps 3 and 4).
        let toParse: [String] = plans.values.compactMap { if case .parse(let path, _, _) = $0 { return path } else { return nil } }.sorted()
        summary.parsed = toParse.count
        let counter = ProgressCounter()

        // Nothing to do: the previous catalogue stands as it is.
        if let old, let oldManifest, toParse.isEmpty, summary.removed == 0, roots == oldRoots,
           !plans.values.contains(where: { if case .keep(_, let status) = $0 { return status != nil } else { return false } }) {
            summary.unchanged = oldManifest.entries.filter { inScope($0.path) }.count
            summary.documents = old.documents.count
            summary.claims = old.info.claimCount
            summary.terms = old.info.termCount
            summary.seconds = Self.seconds(since: clock)
            return (.unchanged(old), summary)
        }

        // 3. Assemble in path order, so the result does not depend on scheduling.
        // A root absorbed by a new one changes how its files are shown: its kept documents
        // are written again, with everything else, into one segment.
        let relabel = old != nil && roots != oldRoots && plans.contains { path, plan in
            guard case .keep(let entry, _) = plan, entry.documentCount > 0 else { return false }
            return roots.displayName(of: path) != oldRoots.displayName(of: path)
        }
        if !relabel, try old.map({ try Self.keptInOrder($0, plans: plans) }) ?? true {
            let plan = try incremental(old: old, plans: plans, toParse: toParse, roots: roots, inScope: inScope, summary: &summary,
                                       sink: sink, counter: counter, progress: progress)
            summary.seconds = Self.seconds(since: clock)
            return (.incremental(plan), summary)
        }
        let parsed = parseAll(toParse.map { ($0, roots.displayName(of: $0)) }, counter: counter, total: toParse.count, progress: progress)
        let claimsByDocument = try old.map { Dictionary(grouping: try $0.claims.rows, by: \.document) } ?? [:]
        var documents: [StoredDocument] = []
        var claims: [CatalogueClaim] = []
        var entries: [ManifestEntry] = []
        for path in plans.keys.sorted() {
            switch plans[path]! {
            case .keep(var entry, let newStatus):
                let kept = old!
                let first = documents.count
                let shown = relabel ? roots.displayName(of: path) : nil
                for doc in entry.documents {
                    var document = try kept.documents[doc]
                    if let shown, document.source != shown { document.source = shown }
                    documents.append(document)
                    for row in claimsByDocument[doc] ?? [] {
                        var claim = row.claim
                        if shown != nil { claim.doc = document.id }
                        claims.append(CatalogueClaim(document: first + doc - entry.firstDocument, claim: claim))
                    }
                }
                if inScope(path) { summary.unchanged += 1 }
                if let newStatus { entry.modified = newStatus.modified }
                entry.firstDocument = first
                entries.append(entry)
            case .parse(let path, let status, let previous):
                switch parsed[path]! {
                case .failure(let message):
                    summary.failed.append(.init(path: roots.displayName(of: path), kind: .failed(message)))
                    entries.append(ManifestEntry(path: path, size: status.size, modified: status.modified, contentHash: "",
                                                 firstDocument: documents.count, documentCount: 0, error: message))
                case .documents(let docs, let docClaims, let hash):
                    if previous == nil || previous?.error != nil { summary.added += 1 } else { summary.updated += 1 }
                    let first = documents.count
                    for (i, doc) in docs.enumerated() {
                        documents.append(doc)
                        claims += docClaims[i].map { CatalogueClaim(document: first + i, claim: $0) }
                    }
                    entries.append(ManifestEntry(path: path, size: status.size, modified: status.modified, contentHash: hash,
                                                 firstDocument: first, documentCount: docs.count))
                }
            }
        }

        // 4. Index everything afresh, as one segment.
        let contents = CatalogueContents.build(documents: documents, claims: claims, manifest: entries,
                                               roots: roots.roots, analyzer: analyzer, claimRules: parser.claimRules)
        summary.documents = contents.documents.count
        summary.claims = contents.claims.count
        summary.terms = contents.termCount
        summary.seconds = Self.seconds(since: clock)
        return (.built(contents), summary)
    }

    /// Whether the kept files' documents keep their order in each segment when numbered in
    /// path order (not so in a catalogue built by hand out of path order: it is then
    /// indexed afresh).
    private static func keptInOrder(_ old: Catalogue, plans: [String: Plan]) throws -> Bool {
        var last: [ObjectIdentifier: Int] = [:]
        for path in plans.keys.sorted() {
            guard case .keep(let entry, _) = plans[path]!, entry.documentCount > 0 else { continue }
            let (part, local) = try old.view.locate(entry.firstDocument)
            if let previous = last[ObjectIdentifier(part)], previous > local { return false }
            last[ObjectIdentifier(part)] = local + entry.documentCount
        }
        return true
    }

    /// An update that keeps every unchanged file's documents where they are, in their
    /// segments: the parsed files' documents go into new segments, and the documents of
    /// files changed or gone are left out of the runs (deleted). Nothing is decoded from the
    /// previous catalogue but its manifest. Files are parsed a few at a time, in path order,
    /// and a segment is written (`sink`) each time the documents buffered reach the budget
    /// (`IndexOptions.segmentMegabytes`), so memory does not grow with the corpus. A new
    /// index is the same with no previous catalogue.
    private func incremental(old: Catalogue?, plans: [String: Plan], toParse: [String], roots: CorpusRoots,
                             inScope: (String) -> Bool, summary: inout IndexSummary, sink: SegmentSink,
                             counter: ProgressCounter, progress: @escaping @Sendable (IndexProgress) -> Void) throws -> IncrementalPlan {
        var plan = IncrementalPlan(roots: roots.roots, claimRules: parser.claimRules)
        var next = 0
        // The segment being filled: its documents, claims and files (doc ids its own).
        var documents: [StoredDocument] = []
        var claims: [CatalogueClaim] = []
        var files: [ManifestEntry] = []
        var buffered = 0
        var source = -1 - sink.count
        func flush() throws {
            guard !documents.isEmpty else { return }
            try sink.write(documents: documents, claims: claims, manifest: files, roots: roots.roots, claimRules: parser.claimRules)
            documents = []; claims = []; files = []; buffered = 0
            source = -1 - sink.count
        }
        var parsed: [String: Parsed] = [:]
        var parsedUpTo = 0
        let chunkBytes = Int64(max(1, sink.budget / 4))
        func addRun(_ source: Int, local: Int, count: Int) {
            guard count > 0 else { return }
            if let last = plan.runs.last, last.source == source, last.run.global + last.run.count == next,
               last.run.local + last.run.count == local {
                plan.runs[plan.runs.count - 1].run.count += count
            } else {
                plan.runs.append((SegmentRun(global: next, local: local, count: count), source))
            }
            next += count
        }
        for path in plans.keys.sorted() {
            switch plans[path]! {
            case .keep(var entry, let newStatus):
                let first = next
                if entry.documentCount > 0, let old {
                    let (part, local) = try old.view.locate(entry.firstDocument)
                    let (lastPart, lastLocal) = try old.view.locate(entry.firstDocument + entry.documentCount - 1)
                    guard part === lastPart, lastLocal == local + entry.documentCount - 1,
                          let index = old.view.parts.firstIndex(where: { $0 === part }) else {
                        throw SnapshotError(file: old.view.file, problem: .corrupt("the documents of \(entry.path) are not together in one segment"))
                    }
                    addRun(index, local: local, count: entry.documentCount)
                }
                if inScope(path) { summary.unchanged += 1 }
                if let newStatus { entry.modified = newStatus.modified }
                entry.firstDocument = first
                plan.manifest.append(entry)
            case .parse(let path, let status, let previous):
                if parsed[path] == nil {
                    // The next few files, on every core: as many as fill a quarter of the budget.
                    var chunk: [String] = []
                    var bytes: Int64 = 0
                    while parsedUpTo < toParse.count {
                        var size: Int64 = 0
                        if case .parse(_, let st, _)? = plans[toParse[parsedUpTo]] { size = st.size }
                        guard chunk.isEmpty || (bytes + size <= chunkBytes && chunk.count < 256) else { break }
                        chunk.append(toParse[parsedUpTo])
                        bytes += size
                        parsedUpTo += 1
                    }
                    parsed = parseAll(chunk.map { ($0, roots.displayName(of: $0)) }, counter: counter, total: toParse.count, progress: progress)
                }
                switch parsed.removeValue(forKey: path)! {
                case .failure(let message):
                    summary.failed.append(.init(path: roots.displayName(of: path), kind: .failed(message)))
                    plan.manifest.append(ManifestEntry(path: path, size: status.size, modified: status.modified, contentHash: "",
                                                       firstDocument: next, documentCount: 0, error: message))
                case .documents(let docs, let docClaims, let hash):
                    if previous == nil || previous?.error != nil { summary.added += 1 } else { summary.updated += 1 }
                    let local = documents.count
                    for (i, doc) in docs.enumerated() {
                        documents.append(doc)
                        buffered += SegmentSink.estimatedBytes(doc)
                        claims += docClaims[i].map { CatalogueClaim(document: local + i, claim: $0) }
                    }
                    let entry = ManifestEntry(path: path, size: status.size, modified: status.modified, contentHash: hash,
                                              firstDocument: next, documentCount: docs.count)
                    plan.manifest.append(entry)
                    var own = entry
                    own.firstDocument = local
                    files.append(own)
                    addRun(source, local: local, count: docs.count)
                    if buffered >= sink.budget { try flush() }
                }
            }
        }
        try flush()
        plan.documentCount = next
        summary.documents = next
        return plan
    }

    /// Parses each file (its real path) and gives its documents the name users see.
    private func parseAll(_ files: [(path: String, shown: String)], counter: ProgressCounter, total: Int,
                          progress: @escaping @Sendable (IndexProgress) -> Void) -> [String: Parsed] {
        let parser = self.parser
        let results = ParallelMap.map(files) { file -> Parsed in
            defer { progress(IndexProgress(done: counter.next(), total: total, path: file.shown)) }
            do {
                // The file is read once: parsed and hashed in the same pass.
                var read = try parser.read(at: file.path, source: file.shown)
                let hash = read.contentHash
                // A streamed set's documents learn the hash at its end.
                for i in read.documents.indices where read.documents[i].contentHash.isEmpty { read.documents[i].contentHash = hash }
                return .documents(read.documents, read.claims, hash: hash)
            } catch {
                return .failure(Self.message(error))
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(files.map(\.path), results))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The reason without the path, since the summary names the path apart (as users see it).
    static func message(_ error: Error) -> String {
        (error as? any FileError)?.message ?? String(describing: error)
    }
}
