import Foundation
import Testing
import TestSupport
@testable import Catalogue

/// Segments (format 7): an update adds a segment and leaves the others as they were,
/// deleted documents never come back, merges keep the number of segments bounded, and the
/// answers are always those of a catalogue built afresh from the same files.
@Suite struct SegmentTests {
    static func text(_ i: Int, version: Int = 0) -> String {
        "Titre\(i % 5)\n\nmot\(i) commun douleur \(i % 4) lombaire rare\(i) version\(version)\n"
    }

    /// Everything a reader can be asked, as text: documents, claims, search answers (ids and
    /// scores), the counts of `stats` (not its sizes on disk or in memory, nor its time).
    static func answers(_ c: Catalogue) throws -> [String] {
        var out = try c.documents.documents.map { "\($0.id) \($0.title) \($0.text)" }
        out += try c.claims.rows.map { "\($0.document) \($0.claim.indication) \($0.claim.intervention) \($0.claim.doc)" }
        out += try c.claims.indications + c.claims.interventions(indication: nil) + c.claims.indications(withClaimsAtLeast: 0.5)
        for q in ["commun", "\"douleur 2\"", "lombaire -titre1", "rare3 OR rare17", "title:titre2", "version1", "mot7"] {
            let r = try Searcher().search(q, in: c, limit: 50)
            out.append("\(q): \(r.total) " + r.hits.map { "\($0.id)=\($0.score)" }.joined(separator: " "))
        }
        let s = try CatalogueStats(c)
        out.append("\(s.documents) \(s.documentsByKind) \(s.claims) \(s.claimsByBasis) \(s.terms) \(s.files) \(s.failedFiles)")
        out += try c.manifest.entries.map { "\($0.path) \($0.firstDocument) \($0.documentCount) \($0.contentHash)" }
        return out
    }

    static func fullBuild(_ corpus: URL) throws -> Catalogue {
        try Catalogue.update(store: MemorySnapshotStore(), options: IndexOptions(corpus: corpus.path, full: true), parser: CountingParser()).0
    }

    static func segmentFiles(_ dir: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasPrefix("segment-") {
            files[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return files
    }

    @Test func anUpdateAddsOneSmallSegmentAndLeavesTheOldOnesByteIdentical() throws {
        var files: [String: String] = [:]
        for i in 0..<40 { files["f\(i).txt"] = Self.text(i) }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let dir = corpus.appendingPathComponent("../\(corpus.lastPathComponent)-Index").standardized
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = FileSnapshotStore(directory: dir.path)
        let (first, _) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
        #expect(first.segmentNames == [SnapshotFormat.segmentFileName(1)])
        let before = try Self.segmentFiles(dir)

        // An edit, an addition and a removal.
        try Self.text(3, version: 1).write(to: corpus.appendingPathComponent("f3.txt"), atomically: true, encoding: .utf8)
        try Self.text(99, version: 1).write(to: corpus.appendingPathComponent("f99.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("f17.txt"))
        let (next, summary) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
        #expect(summary.updated == 1 && summary.added == 1 && summary.removed == 1)
        // One new segment, holding the two parsed files' documents; the old one untouched.
        #expect(next.segmentNames == [SnapshotFormat.segmentFileName(1), SnapshotFormat.segmentFileName(2)])
        let after = try Self.segmentFiles(dir)
        #expect(after[SnapshotFormat.segmentFileName(1)] == before[SnapshotFormat.segmentFileName(1)])
        #expect(next.view.parts.map(\.documentCount) == [40, 2])
        #expect(next.view.parts.map(\.deletedCount) == [2, 0])
        #expect(after[SnapshotFormat.segmentFileName(2)]!.count < before[SnapshotFormat.segmentFileName(1)]!.count / 4)
        // Answers are those of a fresh build, and every byte checks.
        #expect(try Self.answers(next) == Self.answers(try Self.fullBuild(corpus)))
        #expect(try next.verify().segments == 2)
    }

    @Test func aChangedOrRemovedFilesOldDocumentNeverAppears() throws {
        var files: [String: String] = [:]
        for i in 0..<12 { files["f\(i).txt"] = Self.text(i) }
        files["old.txt"] = "Ancien\n\nancienmot commun\n"
        files["gone.txt"] = "Parti\n\npartimot commun\n"
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore()
        _ = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
        try "Nouveau\n\nnouveaumot commun\n".write(to: corpus.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("gone.txt"))
        let (c, _) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
        #expect(c.view.parts.count == 2 && c.view.parts[0].deletedCount == 2)
        // Search: neither the words nor the documents; the new version is found.
        #expect(try Searcher().search("ancienmot", in: c).total == 0)
        #expect(try Searcher().search("partimot", in: c).total == 0)
        #expect(try Fixtures.hits(c, "nouveaumot").count == 1)
        #expect(try Searcher().search("commun", in: c, limit: 100).total == 13)
        #expect(try c.index.text.term("ancienmot") == nil)
        // Claims (query): the old titles' indications are gone.
        #expect(try c.claims.claims(indication: "ancien").isEmpty && c.claims.claims(indication: "parti").isEmpty)
        #expect(try !c.claims.indications.contains("ancien") && c.claims.indications.contains("nouveau"))
        // Stats: documents, claims, terms of the live documents.
        let stats = try CatalogueStats(c)
        #expect(stats.documents == 13 && stats.claims == 13 && stats.segments == 2)
        #expect(try c.documents.documents.allSatisfy { !$0.text.contains("ancienmot") && !$0.text.contains("partimot") })
        #expect(try Self.answers(c) == Self.answers(try Self.fullBuild(corpus)))
    }

    @Test func mergesKeepTheSegmentCountBoundedAndTheAnswersThoseOfAFullBuild() throws {
        var random = TestRandom("segment merges")
        var files: [String: String] = [:]
        for i in 0..<30 { files["f\(i).txt"] = Self.text(i) }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore()
        var options = IndexOptions(corpus: corpus.path)
        options.mergeFactor = 3
        _ = try Catalogue.update(store: store, options: options, parser: CountingParser())
        var merged = 0
        for round in 0..<24 {
            // A few files edited, added or removed at random.
            for _ in 0..<(1 + random.next() % 3) {
                let i = Int(random.next() % 45)
                let url = corpus.appendingPathComponent("f\(i).txt")
                if random.next() % 4 == 0 {
                    try? FileManager.default.removeItem(at: url)
                } else {
                    try Self.text(i, version: round + 1).write(to: url, atomically: true, encoding: .utf8)
                }
            }
            let (c, _) = try Catalogue.update(store: store, options: options, parser: CountingParser())
            let names = c.segmentNames
            if names.contains(where: { SnapshotFormat.segmentNumber($0)! > round + 2 }) { merged += 1 }
            // Every segment is in the lowest tier here: fewer than `factor` stay after a commit.
            #expect(names.count < 3, "round \(round) (seed \(random.seed)): \(names)")
            #expect(try Self.answers(c) == Self.answers(try Self.fullBuild(corpus)), "round \(round) (seed \(random.seed))")
            #expect(store.directory.names.filter { $0.hasPrefix("segment-") } == names.sorted(), "round \(round): unlisted segments stay")
        }
        #expect(merged > 0, "seed \(random.seed)")
        // --full rebuilds into one segment.
        var full = options
        full.full = true
        let (rebuilt, _) = try Catalogue.update(store: store, options: full, parser: CountingParser())
        #expect(rebuilt.segmentNames.count == 1)
        #expect(try Self.answers(rebuilt) == Self.answers(try Self.fullBuild(corpus)))
    }

    /// The meta file counts its segments' documents, not its own: a file of many records
    /// makes a meta file far smaller than 24 bytes a document, and it opens.
    @Test func aMetaFileSmallerThanItsDocumentsOpens() throws {
        let docs = (0..<3000).map { Fixtures.document("set.xml", title: "r\($0)", text: "commun \($0)") }
        let entry = ManifestEntry(path: "/data/set.xml", size: 1, modified: FileTime(seconds: 1, nanoseconds: 0), contentHash: "h",
                                  firstDocument: 0, documentCount: 3000)
        let store = MemorySnapshotStore()
        try Catalogue.build(documents: docs, manifest: [entry], roots: [CorpusRoot(path: "/data", label: "data")]).save(to: store)
        let meta = try #require(store.current)
        #expect(meta.count < 3000 * 24)
        let c = try #require(try Catalogue.load(from: store))
        #expect(c.documents.count == 3000)
        #expect(try c.verify().documents == 3000)
    }

    @Test func theMergePolicyMergesATierOfFactorSegmentsAndMostlyDeletedOnes() {
        let policy = MergePolicy(factor: 4, floor: 100, maxMergedBytes: 1000)
        #expect(policy.tier(50) == 0 && policy.tier(100) == 0 && policy.tier(101) == 1 && policy.tier(400) == 1 && policy.tier(401) == 2)
        #expect(policy.pick([(50, 0, 10), (60, 0, 10), (70, 0, 10)]) == nil)
        #expect(policy.pick([(50, 0, 10), (5000, 0, 10), (60, 0, 10), (70, 0, 10), (10, 0, 10)]) == [4, 0, 2, 3])
        #expect(policy.pick([(5000, 0, 10), (300, 400, 10)]) == [1])
        #expect(policy.pick([(5000, 10, 10), (300, 200, 10)]) == nil)
    }

    /// No merge makes a segment past the budget: segments at it are left alone, and a tier
    /// merges as many of its smallest as fit.
    @Test func theMergePolicyKeepsMergesWithinTheBudget() {
        let policy = MergePolicy(factor: 3, floor: 100, maxMergedBytes: 1000)
        #expect(policy.pick([(10, 0, 1000), (20, 0, 1000), (30, 0, 1000)]) == nil)
        #expect(policy.pick([(10, 0, 400), (20, 0, 400), (30, 0, 400)]) == [0, 1])
        #expect(policy.pick([(10, 0, 100), (20, 0, 100), (30, 0, 100)]) == [0, 1, 2])
    }

    /// The indexing budget: a new index of more documents than fit in it is written as
    /// several segments as it is read, never one holding them all, and answers as one built
    /// whole does.
    @Test func aCorpusPastTheBudgetIsWrittenAsSeveralSegments() throws {
        var files: [String: String] = [:]
        // About 100 KB of text in 40 files: 2.5 KB each, some 5 KB of segment each.
        for i in 0..<40 { files["f\(i).txt"] = Self.text(i) + String(repeating: "remplissage\(i % 7) ", count: 180) }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore()
        var options = IndexOptions(corpus: corpus.path, full: true)
        options.segmentMegabytes = 1  // more than the corpus: one segment
        let (whole, _) = try Catalogue.update(store: store, options: options, parser: CountingParser())
        #expect(whole.segmentNames.count == 1)
        // A budget of 64 KiB (set below the option's MiB, as tests may): about five files a segment.
        options.mergePolicy.maxMergedBytes = 64 << 10
        let (split, _) = try Catalogue.update(store: store, options: options, parser: CountingParser())
        let sizes = split.view.parts.map(\.documentCount)
        #expect(split.segmentNames.count >= 3, "\(sizes)")
        #expect(split.view.parts.allSatisfy { $0.segment.bytes.count < 2 * (64 << 10) }, "\(split.view.parts.map(\.segment.bytes.count))")
        #expect(sizes.reduce(0, +) == 40)
        #expect(try Self.answers(split) == Self.answers(whole))
    }

    /// Readers that open the catalogue while a writer updates and merges it: every load
    /// succeeds (a segment removed between reading the meta file and opening it sends the
    /// reader to the new meta file), and every answer is whole.
    @Test func readersDuringMergesAlwaysGetACompleteCatalogue() throws {
        var files: [String: String] = [:]
        for i in 0..<20 { files["f\(i).txt"] = Self.text(i) }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let dir = corpus.appendingPathComponent("../\(corpus.lastPathComponent)-Index").standardized
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = FileSnapshotStore(directory: dir.path)
        var options = IndexOptions(corpus: corpus.path)
        options.mergeFactor = 2  // every update merges
        _ = try Catalogue.update(store: store, options: options, parser: CountingParser())
        let done = Locked(false)
        let problems = Locked<[String]>([])
        let reads = Locked(0)
        let reader = Thread {
            while !done.value {
                do {
                    let c = try #require(try Catalogue.load(from: store))
                    let n = c.documents.count
                    let total = try Searcher().search("commun", in: c, limit: 5).total
                    let claims = try c.claims.rows.count
                    if total != n || claims != n || !(20...40).contains(n) {
                        problems.mutate { $0.append("\(n) documents, \(total) found, \(claims) claims") }
                    }
                    _ = try c.documents.text(of: n - 1)
                } catch {
                    problems.mutate { $0.append("\(error)") }
                }
                reads.mutate { $0 += 1 }
            }
        }
        reader.start()
        for round in 0..<20 {
            try Self.text(20 + round).write(to: corpus.appendingPathComponent("f\(20 + round).txt"), atomically: true, encoding: .utf8)
            let (c, _) = try Catalogue.update(store: store, options: options, parser: CountingParser())
            #expect(c.documents.count == 21 + round)
        }
        done.mutate { $0 = true }
        while !reader.isFinished { usleep(5_000) }
        print("readers during merges: \(reads.value) reads")
        #expect(reads.value >= 5)
        #expect(problems.value.isEmpty, "\(problems.value.prefix(5))")
    }

    /// The race the readers above can meet, made certain: a reader reads the meta file, then
    /// a writer commits a merge and removes the segments that meta file listed, then the
    /// reader opens them. It reads the new meta file and answers from it.
    @Test func aReaderWhoseSegmentsWereMergedAwayReadsTheNewMetaFile() throws {
        var files: [String: String] = [:]
        for i in 0..<10 { files["f\(i).txt"] = Self.text(i) }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let base = MemorySnapshotStore()
        var options = IndexOptions(corpus: corpus.path)
        options.mergeFactor = 2
        _ = try Catalogue.update(store: base, options: options, parser: CountingParser())
        let oldMeta = try #require(base.current)
        try Self.text(10).write(to: corpus.appendingPathComponent("f10.txt"), atomically: true, encoding: .utf8)
        let (merged, _) = try Catalogue.update(store: base, options: options, parser: CountingParser())
        let oldSegments = try OpenedMeta.open(FileSlice(oldMeta), file: "old", analyzer: .search).segments.map(\.name)
        #expect(Set(oldSegments).isDisjoint(with: merged.segmentNames), "the merge replaced every segment")
        let store = StaleMetaStore(base: base, stale: oldMeta)
        let c = try #require(try Catalogue.load(from: store))
        #expect(store.metaReads == 2)
        #expect(c.documents.count == 11 && c.segmentNames == merged.segmentNames)
    }
}

/// A store whose first read of the meta file gives an older one (as a reader that read it
/// just before a writer's commit).
final class StaleMetaStore: SnapshotStore, @unchecked Sendable {
    let base: MemorySnapshotStore
    private let lock = NSLock()
    private var stale: [UInt8]?
    private(set) var metaReads = 0

    init(base: MemorySnapshotStore, stale: [UInt8]) {
        self.base = base
        self.stale = stale
    }

    var location: String { base.location }
    func openSnapshot() throws -> FileSlice? {
        let old: [UInt8]? = lock.withLock {
            metaReads += 1
            defer { stale = nil }
            return stale
        }
        return try old.map { FileSlice($0) } ?? base.openSnapshot()
    }
    func write(_ bytes: [UInt8]) throws { try base.write(bytes) }
    func openFile(_ name: String) throws -> FileSlice? { try base.openFile(name) }
    func writeFile(_ name: String, _ bytes: [UInt8]) throws { try base.writeFile(name, bytes) }
    func removeFile(_ name: String) { base.removeFile(name) }
    func fileNames() -> [String] { base.fileNames() }
    func location(of name: String) -> String { base.location(of: name) }
    func withWriterLock<T>(waiting: (String) -> Void, _ body: () throws -> T) throws -> T { try base.withWriterLock(waiting: waiting, body) }
}
