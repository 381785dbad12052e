import Foundation
import Testing
import TestSupport
import Catalogue
import Claims

/// `preuve index`, `search` and `stats` as a user runs them, in a temporary folder with
/// `Corpus/` and `Index/`.
@Suite struct CatalogueCLITests {
    let root: URL

    init() throws {
        root = try TestPaths.temporaryDirectory("preuve-cli")
        try write("Corpus/a.txt", "La douleur lombaire\n\nLa douleur lombaire chronique est fréquente.\n")
        try write("Corpus/b.txt", "Autre sujet\n\nLe dos est lombaire; la douleur est ailleurs.\n")
        try write("Corpus/news/c.txt", "Mésothérapie\n\nLa MÉSOTHÉRAPIE soulage-t-elle les lombalgies ?\n")
    }

    func write(_ path: String, _ text: String) throws { try TestPaths.write(text, to: path, under: root) }

    func preuve(_ args: String...) throws -> CommandResult {
        try PreuveProcess.run(args, in: root)
    }

    func json(_ r: CommandResult) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try #require(object as? [String: Any], "stdout: \(r.stdout)\nstderr: \(r.stderr)")
    }

    func docs(_ r: CommandResult) throws -> [String] {
        try (json(r)["hits"] as? [[String: Any]] ?? []).compactMap { $0["doc"] as? String }
    }

    var snapshot: URL { root.appendingPathComponent("Index/catalogue.preuve") }

    @Test func indexThenSearchFindsAPhraseOnlyWhereItsWordsAreAdjacent() throws {
        let index = try preuve("index", "--format", "json")
        #expect(index.status == 0, "\(index.stderr)")
        let summary = try json(index)
        #expect(summary["added"] as? Int == 3 && summary["documents"] as? Int == 3)
        for key in ["added", "updated", "removed", "unchanged", "failed", "documents", "claims", "terms", "seconds"] {
            #expect(summary[key] != nil, "\(key)")
        }
        #expect(try docs(preuve("search", "douleur", "lombaire", "--format", "json")).sorted() == ["Corpus/a.txt", "Corpus/b.txt"])
        let phrase = try preuve("search", "\"douleur lombaire\"", "--format", "json")
        #expect(try docs(phrase) == ["Corpus/a.txt"])
        let hit = try #require((try json(phrase)["hits"] as? [[String: Any]])?.first)
        for key in ["doc", "title", "kind", "year", "score", "snippet"] { #expect(hit[key] != nil, "\(key)") }
        #expect((hit["snippet"] as? String)?.contains("[douleur lombaire]") == true)
        #expect(try json(phrase)["total"] as? Int == 1)
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        for query in ["mesotherapie", "MÉSOTHÉRAPIE", "Mésothérapies"] {
            #expect(try docs(preuve("search", query, "--format", "json")) == ["Corpus/news/c.txt"], "\(query)")
        }
    }

    @Test func aMissingIndexIsBuiltAndAStaleOneUpdatedFirst() throws {
        let first = try preuve("search", "lombalgie", "--format", "json")
        #expect(first.status == 0)
        #expect(first.stderr.contains("no index"))
        #expect(FileManager.default.fileExists(atPath: snapshot.path))
        let again = try preuve("stats", "--format", "json")
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        try write("Corpus/d.txt", "Lombalgie\n\nUne lombalgie de plus.\n")
        let stale = try preuve("search", "lombalgie", "--format", "json")
        #expect(stale.stderr.contains("updating"))
        #expect(try docs(stale).count == 2)
    }

    @Test func anEditedFileIsParsedAgainAndADeletedOneLeaves() throws {
        _ = try preuve("index")
        try write("Corpus/b.txt", "Autre sujet\n\nLa cryothérapie, rien d'autre.\n")
        let edit = try json(try preuve("index", "--format", "json"))
        #expect(edit["updated"] as? Int == 1 && edit["unchanged"] as? Int == 2 && edit["added"] as? Int == 0)
        #expect(try docs(preuve("search", "cryotherapie", "--format", "json")) == ["Corpus/b.txt"])

        try FileManager.default.removeItem(at: root.appendingPathComponent("Corpus/news/c.txt"))
        let delete = try json(try preuve("index", "--format", "json"))
        #expect(delete["removed"] as? Int == 1 && delete["documents"] as? Int == 2)
        #expect(try docs(preuve("search", "mesotherapie", "--format", "json")).isEmpty)
    }

    @Test func aFileThatFailsIsNamedAndTheRestIndexed() throws {
        try Data([0, 1, 2, 3, 0]).write(to: root.appendingPathComponent("Corpus/junk.txt"))
        let r = try preuve("index", "--format", "json")
        #expect(r.status == 1)
        #expect(r.stderr.contains("Corpus/junk.txt"))
        let summary = try json(r)
        #expect((summary["failed"] as? [[String: Any]])?.first?["path"] as? String == "Corpus/junk.txt")
        #expect(summary["documents"] as? Int == 3)
    }

    /// A damaged header (magic, version, header body, header checksum) stops every command
    /// that opens the index. Damage inside a section stops the commands that use that
    /// section (`VerifyCommandTests`).
    @Test func aFlippedByteGivesExit3NamingTheFileAndTheFix() throws {
        #expect(try preuve("index").status == 0)
        let good = try Data(contentsOf: snapshot)
        let report = try json(try preuve("verify", "--format", "json"))
        let firstSection = try #require((report["sections"] as? [[String: Any]])?.compactMap { $0["offset"] as? Int }.min())
        for position in [0, 10, 30, firstSection - 1] {
            var bad = good
            bad[position] ^= 0x04
            try bad.write(to: snapshot)
            for args in [["search", "lombaire"], ["stats"], ["query", "lombalgie"], ["verify"], ["index"]] {
                let r = try PreuveProcess.run(args, in: root)
                #expect(r.status == 3, "byte \(position), \(args): \(r.stderr)")
                #expect(r.stderr.contains("Index/catalogue.preuve"))
                #expect(r.stderr.contains("preuve index --full"))
                #expect(r.stderr.contains(position < 8 ? "not a preuve index" : "corrupt"), "\(r.stderr)")
            }
            // Never rebuilt silently: the damaged file is still there.
            #expect(try Data(contentsOf: snapshot) == bad)
        }
        #expect(try preuve("index", "--full").status == 0)
        #expect(try docs(preuve("search", "mesotherapie", "--format", "json")) == ["Corpus/news/c.txt"])
    }

    @Test func statsSaysWhatTheIndexHolds() throws {
        _ = try preuve("index")
        let s = try json(try preuve("stats", "--format", "json"))
        #expect(s["documents"] as? Int == 3)
        #expect((s["documents_by_kind"] as? [String: Int])?["other"] == 3)
        #expect((s["documents_by_language"] as? [String: Int])?["fr"] != nil)
        for key in ["claims", "claims_by_basis", "claims_by_stance", "terms", "bytes_on_disk", "bytes_in_memory", "built_at", "corpus"] {
            #expect(s[key] != nil, "\(key)")
        }
        let text = try preuve("stats", "--format", "text")
        #expect(text.stdout.contains("documents  3"))
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try preuve("search", "x", "--limit", "many").status == 2)
        #expect(try preuve("search", "x", "--format", "csv").status == 2)
        #expect(try preuve("index", "--corpus", "nowhere").status == 2)
        #expect(try preuve("search", "--help").status == 0)
    }

    @Test func theEnvironmentNamesTheIndexAndTheCorpus() throws {
        let r = try PreuveProcess.run(["index", "--format", "json"], in: root,
                                      environment: ["PREUVE_INDEX": "elsewhere", "PREUVE_CORPUS": "Corpus/news"])
        #expect(try json(r)["documents"] as? Int == 1)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("elsewhere/catalogue.preuve").path))
    }
}

@Suite struct EmptyCatalogueCLITests {
    /// Each process hashes with a new seed; an empty index must load in every one of them.
    @Test func anEmptyIndexLoadsInEveryProcess() throws {
        let folder = try TestPaths.temporaryDirectory("preuve-empty")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Corpus"), withIntermediateDirectories: true)
        for _ in 0..<8 {
            let result = try PreuveProcess.run(["stats", "--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }
}

@Suite struct ClaimRulesTests {
    /// An index whose claims were made by other rules (an older lexicon) is re-extracted
    /// when a command reads it, not served stale.
    @Test func anIndexBuiltByOtherRulesIsReExtracted() throws {
        let folder = try TestPaths.temporaryDirectory("preuve-rules")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "La mésothérapie\n\nLa mésothérapie soulage les lombalgies.\n"
            .write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(try PreuveProcess.run(["index", "--quiet"], in: folder).status == 0)
        // Rewrite the snapshot as an older build would have: same content, other rules.
        let snapshot = folder.appendingPathComponent("Index/catalogue.preuve")
        let store = FileSnapshotStore(directory: folder.appendingPathComponent("Index").path)
        let current = try #require(try Catalogue.load(from: store))
        let older = try Catalogue.build(documents: try current.documents.documents, claims: [],
                                        manifest: try current.manifest.entries, roots: current.info.roots, claimRules: "claims-0-old")
        try older.save(to: store)
        #expect(FileManager.default.fileExists(atPath: snapshot.path))

        let stats = try PreuveProcess.run(["stats", "--format", "json"], in: folder)
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stderr.contains("claim rules changed"))
        let reloaded = try #require(try Catalogue.load(from: store))
        #expect(try reloaded.claims.count > 0, "claims extracted again by this build's rules")
        #expect(reloaded.info.claimRules == ClaimRules.fingerprint)
    }
}
