import Foundation
import Testing
@testable import Catalogue

@Suite struct IncrementalTests {
    /// A corpus of `.txt` files whose titles name the indication of their one (hand-built) claim.
    func makeCorpus() throws -> URL {
        var files: [String: String] = [:]
        for i in 0..<8 {
            files["sub\(i % 2)/f\(i).txt"] = "Indication\(i)\n\nLa mésothérapie numéro \(i) et la douleur lombaire.\n"
        }
        files["sub0/.hidden.txt"] = "Hidden\n\nnot indexed\n"
        files["notes.md"] = "Not indexed\n\nwrong extension\n"
        return try Fixtures.corpus(files)
    }

    func run(_ corpus: URL, _ store: any SnapshotStore, _ parser: CountingParser, full: Bool = false,
             paths: [String] = []) throws -> (Catalogue, IndexSummary) {
        parser.reset()
        return try Catalogue.update(store: store, options: IndexOptions(paths: paths, corpus: corpus.path, full: full), parser: parser)
    }

    @Test func anEditedFileIsParsedAgainAndTheOthersAreNot() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()

        let (first, s1) = try run(corpus, store, parser)
        #expect(s1.added == 8 && s1.parsed == 8 && s1.documents == 8 && s1.claims == 8)
        #expect(parser.parsed.count == 8)
        #expect(!parser.parsed.contains { $0.contains(".hidden") || $0.hasSuffix(".md") })
        #expect(try first.changes(in: corpus.path).isEmpty)

        let (_, s2) = try run(corpus, store, parser)
        #expect(s2.unchanged == 8 && s2.parsed == 0 && parser.parsed.isEmpty)

        let edited = corpus.appendingPathComponent("sub1/f3.txt")
        try "Indication3\n\nLa cryothérapie remplace tout.\n".write(to: edited, atomically: true, encoding: .utf8)
        #expect(try first.changes(in: corpus.path).changed == [edited.path])
        let (second, s3) = try run(corpus, store, parser)
        #expect(s3.updated == 1 && s3.unchanged == 7 && s3.added == 0)
        #expect(parser.parsed == [edited.path])
        // Documents are shown by the corpus folder's name and their path within it.
        let shown = corpus.lastPathComponent + "/sub1/f3.txt"
        #expect(try Fixtures.hits(second, "cryotherapie") == [shown])
        #expect(try Fixtures.hits(second, "mesotherapie").count == 7)
        #expect(try second.claims.count == 8)
        // The loaded snapshot agrees with what the update returned.
        let loaded = try #require(try Catalogue.load(from: store))
        #expect(try Fixtures.hits(loaded, "cryotherapie") == [shown])
    }

    @Test func aTouchedButUnchangedFileIsNotParsed() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        _ = try run(corpus, store, parser)
        let path = corpus.appendingPathComponent("sub0/f2.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        let (c, s) = try run(corpus, store, parser)
        #expect(s.unchanged == 8 && s.updated == 0 && parser.parsed.isEmpty)
        // The new time is recorded, so the next check sees nothing to do.
        #expect(try c.changes(in: corpus.path).isEmpty)
    }

    /// One read per file and index run: the indexer parses and hashes a file in the same pass
    /// (the parser's `readFile`; that `DocumentReader` reads the bytes once is
    /// `ReadOnceTests`), and reads a touched file only to hash it. A touched file whose size
    /// stayed but whose content changed is the one read twice: hashed, then parsed.
    @Test func eachFileIsReadOncePerIndexRun() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        let (first, _) = try run(corpus, store, parser)
        #expect(parser.parsed.count == 8 && Set(parser.parsed).count == 8 && parser.hashed.isEmpty)
        // The manifest holds the hash of the bytes parsed, which its documents carry too.
        let entry = try #require(try first.manifest.entries.first)
        #expect(entry.contentHash.count == 64)
        #expect(try first.documents[entry.firstDocument].contentHash == entry.contentHash)

        let touched = corpus.appendingPathComponent("sub0/f2.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: touched)
        _ = try run(corpus, store, parser)
        #expect(parser.hashed == [touched] && parser.parsed.isEmpty)

        let edited = corpus.appendingPathComponent("sub1/f3.txt")
        let same = try String(contentsOf: edited, encoding: .utf8)
        try same.replacingOccurrences(of: "douleur", with: "DOULEUR").write(to: edited, atomically: true, encoding: .utf8)
        _ = try run(corpus, store, parser)
        #expect(parser.hashed == [edited.path] && parser.parsed == [edited.path])
    }

    @Test func aDeletedFilesDocumentsAndClaimsDisappear() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        let (before, _) = try run(corpus, store, parser)
        #expect(try before.claims.claims(indication: "indication5").count == 1)
        let gone = corpus.appendingPathComponent("sub1/f5.txt").path
        try FileManager.default.removeItem(atPath: gone)
        #expect(try before.changes(in: corpus.path).removed == [gone])
        let (after, s) = try run(corpus, store, parser)
        #expect(s.removed == 1 && s.unchanged == 7 && parser.parsed.isEmpty)
        #expect(after.documents.count == 7)
        #expect(try !after.documents.documents.contains { $0.source.hasSuffix("/sub1/f5.txt") })
        #expect(try after.claims.claims(indication: "indication5").isEmpty)
        #expect(try after.claims.count == 7)
        // Every carried claim still points at its own document.
        for row in try after.claims.rows { #expect(try after.documents[row.document].id == row.claim.doc) }
        #expect(try after.manifest.entry(for: gone) == nil)
        #expect(try after.documentIDs(fromFile: gone).isEmpty)
        let kept = corpus.appendingPathComponent("sub0/f4.txt").path
        #expect(try after.documentIDs(fromFile: kept).map { try after.documents[$0].source } == [corpus.lastPathComponent + "/sub0/f4.txt"])
    }

    @Test func aNewFileIsAddedAndFullRebuildsEverything() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        _ = try run(corpus, store, parser)
        try "Nouveau\n\nun texte neuf sur la cryothérapie\n".write(to: corpus.appendingPathComponent("sub0/new.txt"), atomically: true, encoding: .utf8)
        let (c, s) = try run(corpus, store, parser)
        #expect(s.added == 1 && s.unchanged == 8 && parser.parsed.count == 1)
        #expect(try Fixtures.hits(c, "cryotherapie").count == 1)
        let (_, full) = try run(corpus, store, parser, full: true)
        #expect(full.added == 9 && full.parsed == 9)
    }

    @Test func aFailedFileIsNamedAndTheRestIndexed() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try Data([0, 1, 2, 0]).write(to: corpus.appendingPathComponent("sub0/bad.txt"))
        let store = MemorySnapshotStore(), parser = CountingParser()
        let (c, s) = try run(corpus, store, parser)
        #expect(s.failed.map(\.path) == [corpus.lastPathComponent + "/sub0/bad.txt"])
        #expect(s.failed.first?.error.contains("binary") == true)
        #expect(s.added == 8 && c.documents.count == 8)
        // An unchanged failed file does not make the index look stale.
        #expect(try c.changes(in: corpus.path).isEmpty)
    }

    @Test func pathsLimitTheScopeAndKeepTheRest() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        _ = try run(corpus, store, parser)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("sub0/f0.txt"))
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("sub1/f1.txt"))
        let (c, s) = try run(corpus, store, parser, paths: [corpus.appendingPathComponent("sub0").path])
        #expect(s.removed == 1 && s.unchanged == 3)
        // sub1/f1.txt lies outside the walked path: kept until the corpus is walked.
        #expect(c.documents.count == 7)
    }

    @Test func aCorruptSnapshotStopsAnIncrementalUpdate() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        _ = try run(corpus, store, parser)
        var bytes = store.current!
        bytes[bytes.count - 3] ^= 1
        store.current = bytes
        #expect(throws: SnapshotError.self) { _ = try run(corpus, store, parser) }
        #expect(store.current == bytes)
        let (_, s) = try run(corpus, store, parser, full: true)
        #expect(s.added == 8)
        #expect(try Catalogue.load(from: store)?.documents.count == 8)
    }

    @Test func theResultDoesNotDependOnScheduling() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let a = MemorySnapshotStore(), b = MemorySnapshotStore()
        let (x, _) = try run(corpus, a, CountingParser())
        let (y, _) = try run(corpus, b, CountingParser())
        #expect(try x.documents.documents == y.documents.documents)
        #expect(try x.claims.rows == y.claims.rows)
        #expect(try x.sectionData(.textField) == y.sectionData(.textField))
        #expect(try x.sectionData(.textPositions) == y.sectionData(.textPositions))
    }

    @Test func openUpdatingBuildsAMissingIndexAndUpdatesAStaleOne() throws {
        let corpus = try makeCorpus()
        let index = corpus.deletingLastPathComponent().appendingPathComponent("idx-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus); try? FileManager.default.removeItem(at: index) }
        let log = Messages(), parser = CountingParser()
        let c1 = try Catalogue.openUpdating(index: index.path, corpus: corpus.path, parser: parser) { log.append($0) }
        #expect(c1.documents.count == 8)
        #expect(log.all.first?.contains("no index") == true)
        let c2 = try Catalogue.openUpdating(index: index.path, corpus: nil, parser: parser) { log.append($0) }
        #expect(c2.documents.count == 8 && log.all.count == 2)  // nothing new said: nothing to do
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("sub0/f0.txt"))
        let c3 = try Catalogue.openUpdating(index: index.path, corpus: nil, parser: parser) { log.append($0) }
        #expect(c3.documents.count == 7)
        #expect(log.all.contains { $0.contains("1 removed") })
    }
}

@Suite struct MergeTests {
    @Test func anIncrementalIndexIsTheSameAsAFullRebuild() throws {
        var files: [String: String] = [:]
        for i in 0..<30 { files["f\(i).txt"] = "Titre \(i) mésothérapie\n\nmot\(i) commun douleur \(i % 4) lombaire rare\(i)\n" }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let store = MemorySnapshotStore(), parser = CountingParser()
        _ = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: parser)
        // An edit, a removal (its rare term leaves the dictionary), an addition in the middle of the path order.
        try "Titre 3\n\nautre chose entièrement\n".write(to: corpus.appendingPathComponent("f3.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("f17.txt"))
        try "Nouveau\n\ncommun et neuf\n".write(to: corpus.appendingPathComponent("f1a.txt"), atomically: true, encoding: .utf8)
        let (incremental, s) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: parser)
        #expect(s.updated == 1 && s.removed == 1 && s.added == 1 && s.unchanged == 28)
        let (full, _) = try Catalogue.update(store: MemorySnapshotStore(), options: IndexOptions(corpus: corpus.path, full: true), parser: parser)
        // Terms, lengths, document frequencies, postings and positions, byte for byte.
        for field in [SnapshotFormat.Section.titleField, .textField, .titlePositions, .textPositions] {
            #expect(try incremental.sectionData(field) == full.sectionData(field), "\(field)")
        }
        #expect(try incremental.documents.documents == full.documents.documents)
        #expect(try incremental.claims.rows == full.claims.rows)
        #expect(try incremental.index.text.term("rare17") == nil)
        #expect(try !incremental.index.text.terms.contains("rare17"))
    }

    @Test func aHandBuiltCatalogueOutOfPathOrderIsIndexedAfresh() throws {
        let corpus = try Fixtures.corpus(["a.txt": "A\n\nalpha commun\n", "b.txt": "B\n\nbeta commun\n"])
        defer { try? FileManager.default.removeItem(at: corpus) }
        let root = CorpusPath.canonical(corpus.path).path
        let a = root + "/a.txt", b = root + "/b.txt"
        let docs = [Fixtures.document(b, title: "B", text: "beta commun"), Fixtures.document(a, title: "A", text: "alpha commun")]
        let manifest = [(b, 0), (a, 1)].map { path, first in
            let st = FileStatus.of(path)!
            return ManifestEntry(path: path, size: st.size, modified: st.modified, contentHash: "", firstDocument: first, documentCount: 1)
        }
        let store = MemorySnapshotStore()
        try Catalogue.build(documents: docs, manifest: manifest, roots: [CorpusRoot(path: root, label: corpus.lastPathComponent)],
                            claimRules: CountingParser().claimRules).save(to: store)
        try "C\n\ngamma commun\n".write(to: corpus.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let (c, s) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
        #expect(s.added == 1 && s.unchanged == 2)
        #expect(try Fixtures.hits(c, "alpha") == [a] && Fixtures.hits(c, "beta") == [b])
        #expect(try Fixtures.hits(c, "commun").count == 3)
    }
}
