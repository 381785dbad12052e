import Foundation
import Testing
@testable import Catalogue

/// One corpus however it is named: the index records its roots by real path, files relative
/// to them, and shows documents as `ROOTNAME/path`. A corpus that is none of the roots is
/// refused by readers, never merged in. (Relative paths and `.` depend on the working
/// folder, which tests in one process share: `CorpusIdentityCLITests` runs those.)
@Suite struct CorpusIdentityTests {
    /// A folder `top/` holding `Corpus/` (three files, one in a subfolder), a link
    /// `top/link -> Corpus`, and a second corpus `top/Other/`.
    struct Layout {
        let top: URL
        var corpus: String { top.path + "/Corpus" }
        var link: String { top.path + "/link" }
        var other: String { top.path + "/Other" }
        var index: String { top.path + "/Index" }
        var realCorpus: String { CorpusPath.canonical(corpus).path }

        init() throws {
            top = try Fixtures.corpus([
                "Corpus/a.txt": "Lombalgie\n\nLa mésothérapie et la lombalgie.\n",
                "Corpus/b.txt": "Cervicalgie\n\nLa mésothérapie et la cervicalgie.\n",
                "Corpus/news/c.txt": "Tendinite\n\nLa mésothérapie et la tendinite.\n",
                "Other/d.txt": "Migraine\n\nLa mésothérapie et la migraine.\n",
            ])
            #expect(symlink("Corpus", top.path + "/link") == 0)
        }

        func remove() { try? FileManager.default.removeItem(at: top) }
    }

    func build(_ layout: Layout, _ corpus: String, parser: CountingParser = CountingParser()) throws -> (Catalogue, IndexSummary) {
        try Catalogue.update(store: FileSnapshotStore(directory: layout.index), options: IndexOptions(corpus: corpus), parser: parser)
    }

    @Test func canonicalPathsResolveLinksDotsAndSlashes() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let real = layout.realCorpus
        #expect(real.hasPrefix("/") && !real.hasSuffix("/"))
        for spelling in [layout.corpus, layout.corpus + "/", layout.corpus + "//", layout.link, layout.link + "/",
                         layout.corpus + "/news/..", layout.top.path + "/./Other/../Corpus"] {
            #expect(CorpusPath.canonical(spelling) == (real, true), "\(spelling)")
        }
        // A path that does not exist: its existing part resolved (through the link), the rest by name.
        #expect(CorpusPath.canonical(layout.link + "/gone/../missing.txt") == (real + "/missing.txt", false))
        #expect(CorpusPath.canonical(".").path == CorpusPath.canonical(FileManager.default.currentDirectoryPath).path)
    }

    @Test(arguments: ["through a link", "with a trailing slash", "with .. in it"])
    func theSameFolderNamedAnotherWayIsTheSameCorpus(spelling: String) throws {
        let layout = try Layout()
        defer { layout.remove() }
        let name = ["through a link": layout.link, "with a trailing slash": layout.corpus + "/",
                    "with .. in it": layout.corpus + "/news/.."][spelling]!
        let (first, _) = try build(layout, layout.corpus)
        #expect(first.documents.count == 3)
        // A reader naming it so: the same corpus, nothing to update, nothing added.
        let parser = CountingParser(), log = Messages()
        let read = try Catalogue.openUpdating(index: layout.index, corpus: name, parser: parser) { log.append($0) }
        #expect(read.documents.count == 3 && parser.parsed.isEmpty && log.all.isEmpty, "\(log.all)")
        // `preuve index` naming it so: every file unchanged.
        let (again, summary) = try build(layout, name, parser: parser)
        #expect(again.documents.count == 3 && summary.unchanged == 3 && summary.added == 0 && parser.parsed.isEmpty)
        #expect(again.info.roots == [CorpusRoot(path: layout.realCorpus, label: "Corpus")])
    }

    @Test func documentsAreShownByTheRootsNameAndTheirPathWithinIt() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let (viaLink, _) = try build(layout, layout.link)
        // The link's target names the root: the label is Corpus, not link.
        #expect(try viaLink.documents.documents.map(\.id) == ["Corpus/a.txt", "Corpus/b.txt", "Corpus/news/c.txt"])
        for row in try viaLink.claims.rows { #expect(try row.claim.doc == viaLink.documents[row.document].id) }
        // And the file is found by any of its names.
        #expect(try viaLink.documentIDs(fromFile: layout.corpus + "/news/c.txt") == 2..<3)
        #expect(try viaLink.documentIDs(fromFile: layout.link + "/news/../news/c.txt") == 2..<3)
    }

    @Test func aSecondCorpusIsRefusedByReadersNamingBoth() throws {
        let layout = try Layout()
        defer { layout.remove() }
        _ = try build(layout, layout.corpus)
        let before = try Data(contentsOf: URL(fileURLWithPath: layout.index + "/catalogue.preuve"))
        let error = #expect(throws: CatalogueError.self) {
            try Catalogue.openUpdating(index: layout.index, corpus: layout.other, parser: CountingParser()) { _ in }
        }
        let message = error?.description ?? ""
        #expect(message.contains(layout.other) && message.contains(layout.realCorpus), "\(message)")
        #expect(message.contains("preuve index \(CorpusPath.canonical(layout.other).path)"), "\(message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: layout.index + "/catalogue.preuve")) == before)
    }

    @Test func aFolderInsideARootIsRefusedByReadersNamingTheRoot() throws {
        let layout = try Layout()
        defer { layout.remove() }
        _ = try build(layout, layout.corpus)
        let error = #expect(throws: CatalogueError.self) {
            try Catalogue.openUpdating(index: layout.index, corpus: layout.corpus + "/news", parser: CountingParser()) { _ in }
        }
        #expect(error?.description.contains("it lies inside \(layout.realCorpus)") == true, "\(String(describing: error))")
    }

    @Test func indexingAnotherFolderOrAFileAddsARoot() throws {
        let layout = try Layout()
        defer { layout.remove() }
        _ = try build(layout, layout.corpus)
        try "Note\n\nUne note seule.\n".write(toFile: layout.top.path + "/note.txt", atomically: true, encoding: .utf8)
        let store = FileSnapshotStore(directory: layout.index)
        let (c, s) = try Catalogue.update(store: store, options: IndexOptions(paths: [layout.other, layout.top.path + "/note.txt"]),
                                          parser: CountingParser())
        #expect(s.added == 2 && c.documents.count == 5)
        #expect(c.info.roots.map(\.label) == ["Corpus", "Other", "note.txt"])
        #expect(try Set(c.documents.documents.map(\.id)).isSuperset(of: ["Other/d.txt", "note.txt"]))
        // Readers now accept either folder, and with no corpus named check them all.
        #expect(try Catalogue.openUpdating(index: layout.index, corpus: layout.other, parser: CountingParser()) { _ in }.documents.count == 5)
        #expect(try c.changes().isEmpty)
    }

    @Test func indexingAFolderAroundARootAbsorbsItWithoutDoubling() throws {
        let layout = try Layout()
        defer { layout.remove() }
        _ = try build(layout, layout.corpus)
        let parser = CountingParser()
        let (c, s) = try Catalogue.update(store: FileSnapshotStore(directory: layout.index),
                                          options: IndexOptions(paths: [layout.top.path]), parser: parser)
        // Corpus's three files are kept (not parsed again), Other's one is added; the link is not followed.
        #expect(s.unchanged == 3 && s.added == 1 && parser.parsed.count == 1, "\(s)")
        #expect(c.documents.count == 4)
        let top = layout.top.lastPathComponent
        #expect(c.info.roots == [CorpusRoot(path: CorpusPath.canonical(layout.top.path).path, label: top)])
        #expect(try c.documents.documents.map(\.id) == ["\(top)/Corpus/a.txt", "\(top)/Corpus/b.txt", "\(top)/Corpus/news/c.txt", "\(top)/Other/d.txt"])
        for row in try c.claims.rows { #expect(try row.claim.doc == c.documents[row.document].id) }
        let loaded = try #require(try Catalogue.load(from: FileSnapshotStore(directory: layout.index)))
        #expect(try loaded.documents.documents == c.documents.documents)
    }

    @Test func rootsWithTheSameNameGetLabelsThatCannotClash() {
        var roots = CorpusRoots()
        roots.add("/x/a/Corpus")
        roots.add("/x/b/Corpus")
        roots.add("/y/b")
        roots.add("/z/Corpus/more")
        #expect(roots.roots.map(\.label) == ["Corpus", "b/Corpus", "y/b", "more"])
        #expect(roots.displayName(of: "/x/b/Corpus/n/a.txt") == "b/Corpus/n/a.txt")
        #expect(roots.displayName(of: "/y/b/Corpus/n/a.txt") == "y/b/Corpus/n/a.txt")
        #expect(roots.displayName(of: "/elsewhere/a.txt") == "/elsewhere/a.txt")
        #expect(CorpusRoots.label(for: "/", avoiding: []) == "/")
    }

    @Test func aRootThatIsGoneKeepsItsDocumentsUntilItIsNamed() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let store = FileSnapshotStore(directory: layout.index)
        _ = try Catalogue.update(store: store, options: IndexOptions(paths: [layout.corpus, layout.other]), parser: CountingParser())
        let moved = layout.top.path + "/Other-moved"
        #expect(rename(layout.other, moved) == 0)
        // `preuve index` with no path: the index's own roots; the gone one is reported and kept.
        let (kept, s1) = try Catalogue.update(store: store, options: IndexOptions(), parser: CountingParser())
        #expect(kept.documents.count == 4 && s1.removed == 0)
        #expect(s1.failed.map(\.path) == [CorpusPath.canonical(layout.other).path])
        #expect(s1.failed.first?.error.contains("gone") == true)
        // A reader says it is not found and answers from the index.
        let log = Messages()
        #expect(try Catalogue.openUpdating(index: layout.index, corpus: nil, parser: CountingParser()) { log.append($0) }.documents.count == 4)
        #expect(log.all.contains { $0.contains("not found") }, "\(log.all)")
        // Named, it leaves, and so does its root.
        let (after, s2) = try Catalogue.update(store: store, options: IndexOptions(paths: [layout.other]), parser: CountingParser())
        #expect(after.documents.count == 3 && s2.removed == 1 && s2.failed.isEmpty)
        #expect(after.info.roots.map(\.label) == ["Corpus"])
    }

    @Test func aFullRebuildWalksTheIndexsOwnRoots() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let store = FileSnapshotStore(directory: layout.index)
        _ = try Catalogue.update(store: store, options: IndexOptions(paths: [layout.corpus, layout.other]), parser: CountingParser())
        let parser = CountingParser()
        let (c, s) = try Catalogue.update(store: store, options: IndexOptions(full: true), parser: parser)
        #expect(s.added == 4 && parser.parsed.count == 4 && c.documents.count == 4)
        #expect(c.info.roots.map(\.label) == ["Corpus", "Other"])
    }

    /// The check before answering is a walk and a `stat` per file: an edit that keeps the
    /// size and the modification time is not seen (no file is read or hashed to check).
    @Test func theFreshnessCheckReadsNoFile() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let (c, _) = try build(layout, layout.corpus)
        let path = layout.corpus + "/a.txt"
        let status = try #require(FileStatus.of(path))
        try "Lombalgie\n\nLa cryothérapie et la lombalgie.\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(FileStatus.of(path)?.size != status.size)
        #expect(try c.changes().changed == [CorpusPath.canonical(path).path])
        // Same size as the indexed content, and the old time put back.
        let same = "Lombalgie\n\nLa mésothérapie et la lombalgiX.\n"
        try same.write(toFile: path, atomically: false, encoding: .utf8)
        var times = [timespec(tv_sec: Int(status.modified.seconds), tv_nsec: Int(status.modified.nanoseconds)),
                     timespec(tv_sec: Int(status.modified.seconds), tv_nsec: Int(status.modified.nanoseconds))]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(FileStatus.of(path) == status)
        #expect(try c.changes().isEmpty)
    }

    @Test func readOnlyAnswersFromAStaleIndexWithoutWritingIt() throws {
        let layout = try Layout()
        defer { layout.remove() }
        _ = try build(layout, layout.corpus)
        let snapshot = URL(fileURLWithPath: layout.index + "/catalogue.preuve")
        let before = try Data(contentsOf: snapshot)
        let listing = try FileManager.default.contentsOfDirectory(atPath: layout.index).sorted()
        try "Nouveau\n\nUn fichier de plus.\n".write(toFile: layout.corpus + "/e.txt", atomically: true, encoding: .utf8)
        let parser = CountingParser(), log = Messages()
        let c = try Catalogue.openUpdating(index: layout.index, corpus: nil, parser: parser, policy: .readOnly) { log.append($0) }
        #expect(c.documents.count == 3 && parser.parsed.isEmpty)
        #expect(log.all.count == 1)
        #expect(log.all.first?.contains("stale") == true && log.all.first?.contains("1 added") == true, "\(log.all)")
        #expect(try Data(contentsOf: snapshot) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: layout.index).sorted() == listing)
        // The default policy still updates, and says so.
        let updated = try Catalogue.openUpdating(index: layout.index, corpus: nil, parser: parser) { log.append($0) }
        #expect(updated.documents.count == 4 && parser.parsed.count == 1)
        #expect(log.all.contains { $0.contains("updating") })
    }

    @Test func readOnlyWithoutAnIndexBuildsNothing() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(throws: CatalogueError.self) {
            try Catalogue.openUpdating(index: layout.index, corpus: layout.corpus, parser: CountingParser(), policy: .readOnly) { _ in }
        }
        #expect(!FileManager.default.fileExists(atPath: layout.index))
    }
}
