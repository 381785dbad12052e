import Claims
import Documents
import Foundation
import TextAnalysis

/// What to index and how.
public struct IndexOptions: Sendable {
    /// Files and folders to walk; empty means the corpus.
    public var paths: [String]
    public var corpus: String
    /// Ignore the previous snapshot and parse everything.
    public var full: Bool

    public init(paths: [String] = [], corpus: String, full: Bool = false) {
        self.paths = paths
        self.corpus = CorpusWalker.normalize(corpus)
        self.full = full
    }

    var scope: [String] { paths.isEmpty ? [corpus] : paths.map(CorpusWalker.normalize) }
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
public struct Indexer: Sendable {
    public var parser: any DocumentParsing
    public var analyzer: Analyzer

    public init(parser: any DocumentParsing, analyzer: Analyzer = .search) {
        self.parser = parser
        self.analyzer = analyzer
    }

    /// A file's fate in this run.
    private enum Plan {
        case keep(ManifestEntry, newStatus: FileStatus?)
        case parse(path: String, status: FileStatus, previous: ManifestEntry?)
        case missing(String)
    }

    private enum Parsed: Sendable {
        case documents([StoredDocument], [[Claim]], hash: String)
        case failure(String)
    }

    public func update(previous: Catalogue?, options: IndexOptions,
                       progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }) -> (Catalogue, IndexSummary) {
        let clock = ContinuousClock.now
        var summary = IndexSummary()
        let old = options.full ? nil : previous
        let scope = options.scope
        let walk = CorpusWalker().walk(scope)
        let (found, missing) = (walk.files, walk.missing)
        summary.failed += walk.skipped.map { .init(path: $0.path, error: $0.reason) }

        // 1. Decide each file's fate from stat alone, or the content hash when only the time moved.
        var plans: [String: Plan] = [:]
        if let old {
            for entry in old.manifest.entries where !scope.contains(where: { CorpusWalker.path(entry.path, isWithin: $0) }) {
                plans[entry.path] = .keep(entry, newStatus: nil)
            }
        }
        for file in found {
            let before = old?.manifest.entry(for: file.path)
            if let before, before.error == nil, before.size == file.status.size {
                if before.modified == file.status.modified {
                    plans[file.path] = .keep(before, newStatus: nil)
                    continue
                }
                if let hash = try? ContentHash.ofFile(file.path), hash == before.contentHash {
                    plans[file.path] = .keep(before, newStatus: file.status)
                    continue
                }
            }
            plans[file.path] = .parse(path: file.path, status: file.status, previous: before)
        }
        for path in missing where plans[path] == nil && !(old?.manifest.entries.contains { CorpusWalker.path($0.path, isWithin: path) } ?? false) {
            plans[path] = .missing(path)
        }
        if let old {
            let foundPaths = Set(found.map(\.path))
            summary.removed = old.manifest.entries.filter { entry in
                scope.contains { CorpusWalker.path(entry.path, isWithin: $0) } && !foundPaths.contains(entry.path)
            }.count
        }

        // 2. Parse what must be, on every core.
        let toParse: [String] = plans.values.compactMap { if case .parse(let path, _, _) = $0 { return path } else { return nil } }.sorted()
        let parsed = parseAll(toParse, progress: progress)
        summary.parsed = toParse.count

        // Nothing to do: the previous catalogue stands as it is.
        if let old, toParse.isEmpty, summary.removed == 0, missing.isEmpty,
           !plans.values.contains(where: { if case .keep(_, let status) = $0 { return status != nil } else { return false } }) {
            summary.unchanged = old.manifest.entries.filter { e in scope.contains { CorpusWalker.path(e.path, isWithin: $0) } }.count
            summary.documents = old.documents.count
            summary.claims = old.claims.count
            summary.terms = old.info.termCount
            summary.seconds = Self.seconds(since: clock)
            return (old, summary)
        }

        // 3. Assemble in path order, so the result does not depend on scheduling.
        let claimsByDocument = old.map { Dictionary(grouping: $0.claims.rows, by: \.document) } ?? [:]
        var documents: [StoredDocument] = []
        var claims: [CatalogueClaim] = []
        var entries: [ManifestEntry] = []
        var oldToNew = [Int](repeating: -1, count: old?.documents.count ?? 0)
        var parsedDocuments: [StoredDocument] = []
        var parsedToNew: [Int] = []
        for path in plans.keys.sorted() {
            switch plans[path]! {
            case .missing(let path):
                summary.failed.append(.init(path: path, error: "no such file or folder"))
            case .keep(var entry, let newStatus):
                let kept = old!
                let first = documents.count
                for doc in entry.documents {
                    oldToNew[doc] = documents.count
                    documents.append(kept.documents[doc])
                    for row in claimsByDocument[doc] ?? [] {
                        claims.append(CatalogueClaim(document: first + doc - entry.firstDocument, claim: row.claim))
                    }
                }
                if scope.contains(where: { CorpusWalker.path(path, isWithin: $0) }) { summary.unchanged += 1 }
                if let newStatus { entry.modified = newStatus.modified }
                entry.firstDocument = first
                entries.append(entry)
            case .parse(let path, let status, let previous):
                switch parsed[path]! {
                case .failure(let message):
                    summary.failed.append(.init(path: path, error: message))
                    entries.append(ManifestEntry(path: path, size: status.size, modified: status.modified, contentHash: "",
                                                 firstDocument: documents.count, documentCount: 0, error: message))
                case .documents(let docs, let docClaims, let hash):
                    if previous == nil || previous?.error != nil { summary.added += 1 } else { summary.updated += 1 }
                    let first = documents.count
                    for (i, doc) in docs.enumerated() {
                        parsedToNew.append(documents.count)
                        parsedDocuments.append(doc)
                        documents.append(doc)
                        claims += docClaims[i].map { CatalogueClaim(document: first + i, claim: $0) }
                    }
                    entries.append(ManifestEntry(path: path, size: status.size, modified: status.modified, contentHash: hash,
                                                 firstDocument: first, documentCount: docs.count))
                }
            }
        }

        // 4. Index: only parsed documents are analysed; kept ones bring their postings along.
        // Kept documents renumbered in increasing order is what lets postings merge; a
        // catalogue built otherwise (by hand, through the API) is indexed afresh.
        let kept = oldToNew.filter { $0 >= 0 }
        let monotonic = zip(kept, kept.dropFirst()).allSatisfy { $0 < $1 }
        let catalogue: Catalogue
        if let old, monotonic {
            let added = DocumentAnalysis.buildIndex(parsedDocuments, analyzer: analyzer)
            let index = InvertedIndex(
                title: PostingsMerger.merge(old: old.index.title, oldToNew: oldToNew, added: added.title,
                                            addedToNew: parsedToNew, documentCount: documents.count),
                text: PostingsMerger.merge(old: old.index.text, oldToNew: oldToNew, added: added.text,
                                           addedToNew: parsedToNew, documentCount: documents.count))
            catalogue = Catalogue.assemble(documents: documents, index: index, claims: claims, manifest: entries,
                                           corpus: options.corpus, analyzer: analyzer, claimRules: parser.claimRules)
        } else {
            catalogue = Catalogue.build(documents: documents, claims: claims, manifest: entries,
                                        corpus: options.corpus, analyzer: analyzer, claimRules: parser.claimRules)
        }
        summary.documents = catalogue.documents.count
        summary.claims = catalogue.claims.count
        summary.terms = catalogue.info.termCount
        summary.seconds = Self.seconds(since: clock)
        return (catalogue, summary)
    }

    private func parseAll(_ paths: [String], progress: @escaping @Sendable (IndexProgress) -> Void) -> [String: Parsed] {
        let parser = self.parser
        let counter = ProgressCounter()
        let results = ParallelMap.map(paths) { path -> Parsed in
            defer { progress(IndexProgress(done: counter.next(), total: paths.count, path: path)) }
            do {
                let hash = try ContentHash.ofFile(path)
                let pipeline = ClaimPipeline(parser: parser)
                do {
                    try parser.forEachDocument(at: path) { pipeline.add($0) }
                } catch {
                    pipeline.abandon()
                    throw error
                }
                let (docs, claims) = pipeline.finish()
                return .documents(docs, claims, hash: hash)
            } catch {
                return .failure(Self.message(error, path: path))
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(paths, results))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The error without the path in front, since the summary names the path apart.
    static func message(_ error: Error, path: String) -> String {
        let text = String(describing: error)
        return text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
    }
}
