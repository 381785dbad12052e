import Foundation
import Testing
import TestSupport
import Catalogue

/// Issue 13's bug, as users hit it: an index built by `preuve index /abs/path/Corpus --index I`,
/// then read with `--corpus Corpus` from the parent folder, `--corpus link/` through a
/// symbolic link, `--corpus .` from inside. Each must find the documents of the first build,
/// not add them again; a second corpus is refused with exit 2.
@Suite struct CorpusIdentityCLITests {
    let root: URL
    var corpus: URL { root.appendingPathComponent("Corpus") }
    var snapshot: URL { root.appendingPathComponent("I/catalogue.preuve") }
    /// Three files, one a PubMed set of two records: four documents.
    static let documents = 4

    init() throws {
        root = try TestPaths.temporaryDirectory("preuve-identity")
        try write("Corpus/a.txt", "Lombalgie\n\nLa mésothérapie soulage la lombalgie, selon ce patient.\n")
        try write("Corpus/news/b.txt", "Cervicalgie\n\nLa mésothérapie et la cervicalgie.\n")
        try write("Corpus/pubmed.xml", """
            <?xml version="1.0"?>
            <PubmedArticleSet>
            <PubmedArticle><MedlineCitation><PMID>111</PMID><Article><ArticleTitle>Mesotherapy for low back pain</ArticleTitle>
            <Abstract><AbstractText>A randomized trial of mesotherapy in low back pain.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>
            <PubmedArticle><MedlineCitation><PMID>222</PMID><Article><ArticleTitle>Mesotherapy for neck pain</ArticleTitle>
            <Abstract><AbstractText>A cohort of patients with neck pain.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>
            </PubmedArticleSet>
            """)
        try write("Other/c.txt", "Migraine\n\nLa mésothérapie et la migraine.\n")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: "Corpus")
        // The first build, by absolute path, as a cron job would run it.
        let build = try PreuveProcess.run(["index", corpus.path, "--index", "I", "--quiet", "--format", "json"], in: root)
        guard build.status == 0 else { throw SetupFailure(description: build.stderr) }
    }

    func write(_ path: String, _ text: String) throws { try TestPaths.write(text, to: path, under: root) }

    /// `preuve stats --format json` with these arguments, run in `folder` (relative to the test's folder).
    func stats(_ args: [String], in folder: String = ".") throws -> (CommandResult, [String: Any]) {
        let result = try PreuveProcess.run(["stats", "--format", "json"] + args, in: root.appendingPathComponent(folder))
        let json = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
        return (result, json)
    }

    /// Reads with one spelling of the corpus: the first build's count, the index untouched, nothing said.
    func expectSameCorpus(_ args: [String], in folder: String = ".", sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: snapshot)
        let (result, json) = try stats(args, in: folder)
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(json["documents"] as? Int == Self.documents, "\(args): \(result.stdout)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: snapshot) == before, "the index was written", sourceLocation: sourceLocation)
    }

    @Test func theFirstBuildCountsEveryDocumentOnce() throws {
        let (_, json) = try stats(["--index", "I"])
        #expect(json["documents"] as? Int == Self.documents)
        let roots = json["corpus_roots"] as? [[String: String]]
        #expect(roots?.map { $0["label"] } == ["Corpus"])
        #expect(roots?.first?["path"] == CorpusPath.canonical(corpus.path).path)
    }

    @Test func anAbsolutePathIsTheSameCorpus() throws {
        try expectSameCorpus(["--corpus", corpus.path, "--index", "I"])
    }

    @Test func aRelativePathFromTheParentIsTheSameCorpus() throws {
        try expectSameCorpus(["--corpus", "Corpus", "--index", "I"])
    }

    @Test func aSymbolicLinkIsTheSameCorpus() throws {
        try expectSameCorpus(["--corpus", "link/", "--index", "I"])
        try expectSameCorpus(["--corpus", "link", "--index", "I"])
    }

    @Test func aTrailingSlashIsTheSameCorpus() throws {
        try expectSameCorpus(["--corpus", "Corpus/", "--index", "I"])
        try expectSameCorpus(["--corpus", corpus.path + "//", "--index", "I"])
    }

    @Test func dotFromInsideIsTheSameCorpus() throws {
        try expectSameCorpus(["--corpus", ".", "--index", "../I"], in: "Corpus")
        try expectSameCorpus(["--corpus", "../../Corpus/news/..", "--index", "../../I"], in: "Corpus/news")
    }

    @Test func theEnvironmentsCorpusIsTheSameCorpus() throws {
        let before = try Data(contentsOf: snapshot)
        let result = try PreuveProcess.run(["stats", "--format", "json"], in: corpus,
                                           environment: ["PREUVE_CORPUS": ".", "PREUVE_INDEX": "../I"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("\"documents\" : \(Self.documents)"))
        #expect(try Data(contentsOf: snapshot) == before)
    }

    /// The issue's sequence, one after another: 4 stays 4 (it became 8, then 12).
    @Test func theIssuesSequenceNeverDoublesADocument() throws {
        let claims = try stats(["--index", "I"]).1["claims"] as? Int
        try expectSameCorpus(["--corpus", "Corpus", "--index", "I"])
        try expectSameCorpus(["--corpus", "link/", "--index", "I"])
        try expectSameCorpus(["--corpus", ".", "--index", "../I"], in: "Corpus")
        // `preuve index` naming it other ways finds every file unchanged.
        for (args, folder) in [(["index", "Corpus", "--index", "I"], "."), (["index", "link/", "--index", "I"], "."),
                               (["index", ".", "--index", "../I"], "Corpus"), (["index", "--index", "../../I"], "Corpus/news")] {
            let r = try PreuveProcess.run(args + ["--format", "json"], in: root.appendingPathComponent(folder))
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let summary = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
            #expect(summary["added"] as? Int == 0 && summary["documents"] as? Int == Self.documents, "\(args) in \(folder): \(r.stdout)")
        }
        let query = try PreuveProcess.run(["query", "lombalgie", "--index", "I", "--format", "json"], in: root)
        #expect(query.status == 0, "\(query.stderr)")
        let docs = try #require((try JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [String: Any])?["verdicts"] as? [[String: Any]])
            .flatMap { ($0["evidence"] as? [[String: Any]] ?? []) + ($0["testimony"] as? [[String: Any]] ?? []) }
            .compactMap { $0["doc"] as? String }
        // No document under a second name, and every claim counted once.
        #expect(!docs.isEmpty && docs.allSatisfy { $0.hasPrefix("Corpus/") }, "\(docs)")
        #expect(try stats(["--index", "I"]).1["claims"] as? Int == claims)
    }

    @Test func docValuesAreTheSameWhateverTheSpellingAndFolder() throws {
        func docs(_ args: [String], in folder: String) throws -> [String] {
            let r = try PreuveProcess.run(["search", "mesotherapie OR mesotherapy", "--format", "json", "--limit", "50"] + args,
                                          in: root.appendingPathComponent(folder))
            let hits = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])?["hits"] as? [[String: Any]]
            return (hits ?? []).compactMap { $0["doc"] as? String }.sorted()
        }
        let expected = ["Corpus/a.txt", "Corpus/news/b.txt", "Corpus/pubmed.xml#pmid:111", "Corpus/pubmed.xml#pmid:222"]
        #expect(try docs(["--index", "I"], in: ".") == expected)
        #expect(try docs(["--index", "../../I", "--corpus", "../../link"], in: "Corpus/news") == expected)
    }

    @Test func aSecondCorpusIsRefusedWithExit2NamingBoth() throws {
        let before = try Data(contentsOf: snapshot)
        for command in [["stats"], ["search", "migraine"], ["query", "migraine"], ["indications"]] {
            let r = try PreuveProcess.run(command + ["--corpus", "Other", "--index", "I"], in: root)
            #expect(r.status == 2, "\(command): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("Other") && r.stderr.contains(CorpusPath.canonical(corpus.path).path), "\(r.stderr)")
            #expect(r.stderr.contains("preuve index \(CorpusPath.canonical(root.path + "/Other").path)"), "\(r.stderr)")
        }
        // A corpus that does not exist is no root either.
        #expect(try PreuveProcess.run(["stats", "--corpus", "no-such-corpus", "--index", "I"], in: root).status == 2)
        #expect(try Data(contentsOf: snapshot) == before)
        // Added by `preuve index`, it is one of the index's corpora, and only its new documents come in.
        let add = try PreuveProcess.run(["index", "Other", "--index", "I", "--format", "json"], in: root)
        #expect(add.status == 0 && add.stdout.contains("\"added\" : 1"), "\(add.stdout)\(add.stderr)")
        let (result, json) = try stats(["--corpus", "Other", "--index", "I"])
        #expect(result.status == 0 && json["documents"] as? Int == Self.documents + 1, "\(result.stderr)")
    }

    /// `check` on a file of the corpus, named another way than the index names it: its own
    /// claims are not evidence for themselves.
    @Test func checkingAFileOfTheCorpusLeavesItsOwnDocumentOut() throws {
        let own = try PreuveProcess.run(["check", "link/a.txt", "--index", "I", "--format", "json"], in: root)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(!own.stdout.contains("\"Corpus/a.txt\""), "\(own.stdout)")
        // The same words from another file: there, Corpus/a.txt is a source.
        try write("elsewhere.txt", "Lombalgie\n\nLa mésothérapie soulage la lombalgie, selon ce patient.\n")
        let other = try PreuveProcess.run(["check", "elsewhere.txt", "--index", "I", "--format", "json"], in: root)
        #expect(other.status == 0 && other.stdout.contains("\"Corpus/a.txt\""), "\(other.stdout)\(other.stderr)")
    }

    @Test func aFolderHoldingTheCorpusAbsorbsItWithoutDoubling() throws {
        let r = try PreuveProcess.run(["index", ".", "--index", "I", "--format", "json"], in: root)
        #expect(r.status == 0, "\(r.stderr)")
        let summary = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
        // Corpus's files kept, Other's added, the link not followed.
        #expect(summary["unchanged"] as? Int == 3 && summary["added"] as? Int == 1, "\(r.stdout)")
        #expect(summary["documents"] as? Int == Self.documents + 1)
        let (_, json) = try stats(["--index", "I"])
        #expect((json["corpus_roots"] as? [[String: String]])?.map { $0["label"] } == [root.lastPathComponent])
    }
}

/// `--no-update` and `PREUVE_NO_UPDATE`: answers from the index as it is, never writing it,
/// with a warning when the corpus changed since; without them a stale index is updated.
@Suite struct NoUpdateCLITests {
    let root: URL
    var index: URL { root.appendingPathComponent("Index") }

    init() throws {
        root = try TestPaths.temporaryDirectory("preuve-noupdate")
        try write("Corpus/a.txt", "Lombalgie\n\nLa mésothérapie soulage la lombalgie, selon ce patient.\n")
        try write("Corpus/b.txt", "Cervicalgie\n\nUn essai randomisé montre que la mésothérapie soulage la cervicalgie.\n")
        try write("article.txt", "Article\n\nLa mésothérapie soulage la lombalgie.\n")
        let build = try PreuveProcess.run(["index", "--quiet"], in: root)
        guard build.status == 0 else { throw SetupFailure(description: build.stderr) }
    }

    func write(_ path: String, _ text: String) throws { try TestPaths.write(text, to: path, under: root) }

    /// Every file of the index folder, hidden ones included, by name.
    func indexFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: index.path) {
            files[name] = try Data(contentsOf: index.appendingPathComponent(name))
        }
        return files
    }

    static let readers: [[String]] = [
        ["stats"], ["search", "lombalgie"], ["query", "lombalgie"], ["indications"], ["check", "article.txt"],
    ]

    @Test func noUpdateLeavesTheIndexByteIdenticalAndWarnsThatItIsStale() throws {
        try write("Corpus/b.txt", "Cervicalgie\n\nUne autre version, plus longue, de ce fichier sur la cervicalgie.\n")
        try write("Corpus/c.txt", "Migraine\n\nLa mésothérapie et la migraine.\n")
        let before = try indexFiles()
        for command in Self.readers {
            let r = try PreuveProcess.run(command + ["--no-update", "--format", "json"], in: root)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("stale") && r.stderr.contains("1 added, 1 changed"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("updating"))
            #expect(try indexFiles() == before, "\(command) wrote the index")
        }
        let stats = try PreuveProcess.run(["stats", "--no-update", "--format", "json"], in: root)
        #expect(stats.stdout.contains("\"documents\" : 2"))
    }

    @Test(arguments: ["1", "yes", "true"])
    func theEnvironmentVariableDoesTheSame(value: String) throws {
        try write("Corpus/c.txt", "Migraine\n\nLa mésothérapie et la migraine.\n")
        let before = try indexFiles()
        for command in Self.readers {
            let r = try PreuveProcess.run(command + ["--format", "json"], in: root, environment: ["PREUVE_NO_UPDATE": value])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("stale"), "\(command): \(r.stderr)")
            #expect(try indexFiles() == before, "\(command) wrote the index")
        }
    }

    @Test func aFreshIndexUnderNoUpdateSaysNothing() throws {
        let before = try indexFiles()
        let r = try PreuveProcess.run(["search", "lombalgie", "--no-update", "--format", "json"], in: root)
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        #expect(try indexFiles() == before)
    }

    /// Without the flag (or with PREUVE_NO_UPDATE=0) a stale index is updated first, and that is said.
    @Test(arguments: [[:], ["PREUVE_NO_UPDATE": "0"], ["PREUVE_NO_UPDATE": ""]])
    func withoutItAStaleIndexIsUpdated(environment: [String: String]) throws {
        try write("Corpus/c.txt", "Migraine\n\nLa mésothérapie et la migraine.\n")
        let before = try indexFiles()
        let r = try PreuveProcess.run(["stats", "--format", "json"], in: root, environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("updating") && !r.stderr.contains("stale"), "\(r.stderr)")
        #expect(r.stdout.contains("\"documents\" : 3"))
        #expect(try indexFiles() != before)
        // Up to date now: nothing more to say, nothing written.
        let after = try indexFiles()
        let again = try PreuveProcess.run(["stats", "--format", "json"], in: root, environment: environment)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        #expect(try indexFiles() == after)
    }

    @Test func noUpdateWithoutAnIndexExits2AndCreatesNothing() throws {
        let r = try PreuveProcess.run(["stats", "--no-update", "--index", "Elsewhere"], in: root)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no index in Elsewhere") && r.stderr.contains("preuve index"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Elsewhere").path))
    }

    @Test func theIndexCommandRefusesNoUpdate() throws {
        let r = try PreuveProcess.run(["index", "--no-update"], in: root)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--no-update"))
    }

    /// An index of an older format (3, before the corpus roots; 7, postings with positions
    /// between documents) is too old for every reader, with or without --no-update: exit 3
    /// naming the file and `preuve index --full`, which rebuilds it.
    @Test(arguments: [UInt8(3), 7])
    func anOlderIndexIsTooOldAndRebuiltByIndexFull(version: UInt8) throws {
        let snapshot = index.appendingPathComponent("catalogue.preuve")
        var bytes = [UInt8](try Data(contentsOf: snapshot))
        bytes[8] = version; bytes[9] = 0; bytes[10] = 0; bytes[11] = 0
        let headerEnd = 16 + (Int(bytes[12]) | Int(bytes[13]) << 8 | Int(bytes[14]) << 16 | Int(bytes[15]) << 24)
        let crc = CRC32Reference.checksum(Array(bytes[0..<headerEnd]))
        for i in 0..<4 { bytes[headerEnd + i] = UInt8(truncatingIfNeeded: crc >> UInt32(8 * i)) }
        try Data(bytes).write(to: snapshot)
        for command in Self.readers + [["stats", "--no-update"], ["index"]] {
            let r = try PreuveProcess.run(command, in: root)
            #expect(r.status == 3, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("Index/catalogue.preuve") && r.stderr.contains("version \(version) is too old")
                    && r.stderr.contains("preuve index --full"), "\(command): \(r.stderr)")
        }
        #expect(try Data(contentsOf: snapshot) == Data(bytes))
        #expect(try PreuveProcess.run(["index", "--full", "--quiet"], in: root).status == 0)
        let stats = try PreuveProcess.run(["stats", "--format", "json"], in: root)
        #expect(stats.status == 0 && stats.stdout.contains("\"format_version\" : 8") && stats.stdout.contains("\"documents\" : 2"))
    }
}

/// CRC-32 (IEEE), bit by bit: enough to re-sign a header in a test.
enum CRC32Reference {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

struct SetupFailure: Error, CustomStringConvertible { var description: String }
