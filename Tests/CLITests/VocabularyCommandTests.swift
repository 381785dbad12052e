import Foundation
import Testing
import TestSupport

/// `preuve vocabulary`, `indications --tree` and the narrower indications of `query`.
@Suite struct VocabularyCommandTests {
    @Test func aWordResolvesToItsConceptAndItsPlaceInTheHierarchy() throws {
        let result = try PreuveProcess.run(["vocabulary", "lombalgies", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "low-back-pain")
        #expect(json["matched"] as? String == "lombalgies")
        #expect(json["ancestors"] as? [String] == ["back-pain", "musculoskeletal-pain", "pain"])
        let intervention = try PreuveProcess.run(["vocabulary", "Mésothérapie", "--format", "json"])
        #expect(intervention.status == 0)
        #expect(intervention.stdout.contains("\"kind\" : \"intervention\""))
    }

    /// A brand the extractor reads as its drug in texts ("Doliprane") is that drug here too, and
    /// `query` reads a form of a condition the same way.
    @Test func aFormReadInTextsResolvesAsInTexts() throws {
        let result = try PreuveProcess.run(["vocabulary", "Doliprane", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["kind"] as? String == "intervention")
        #expect(json["id"] as? String == "paracetamol")
        #expect(json["matched"] as? String == "Doliprane")
        let folder = try TestPaths.temporaryDirectory("preuve-forms")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = TestPaths.packageRoot.appendingPathComponent("Corpus").path
        let index = folder.appendingPathComponent("index").path
        let query = try PreuveProcess.run(["query", "douleurs d'épaule", "--corpus", corpus, "--index", index, "--format", "json"])
        #expect(query.status == 0, "\(query.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [String: Any])
        #expect((answer["indication"] as? [String: Any])?["id"] as? String == "shoulder-pain")
    }

    @Test func anUnknownWordExitsTwoWithNearNames() throws {
        let result = try PreuveProcess.run(["vocabulary", "lombalgy"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean \"lombalgie\""), "\(result.stderr)")
    }

    @Test func theTreeAndTheNarrowerVerdictsOfTheBundledCorpus() throws {
        let folder = try TestPaths.temporaryDirectory("preuve-tree")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = TestPaths.packageRoot.appendingPathComponent("Corpus").path
        let index = folder.appendingPathComponent("index").path
        let tree = try PreuveProcess.run(["indications", "--tree", "--corpus", corpus, "--index", index])
        #expect(tree.status == 0, "\(tree.stderr)")
        let lines = tree.stdout.split(separator: "\n").map(String.init)
        let back = try #require(lines.firstIndex { $0.contains("[back-pain]") })
        let low = try #require(lines.firstIndex { $0.contains("[low-back-pain]") })
        #expect(low > back)
        #expect(lines[low].prefix { $0 == " " }.count > lines[back].prefix { $0 == " " }.count, "low back pain is indented under back pain")
        let query = try PreuveProcess.run(["query", "back pain", "--corpus", corpus, "--index", index, "--format", "json"])
        #expect(query.status == 0, "\(query.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [String: Any])
        #expect((json["indication"] as? [String: Any])?["id"] as? String == "back-pain")
        let narrower = try #require(json["narrower"] as? [[String: Any]])
        #expect(narrower.contains { ($0["indication"] as? [String: Any])?["id"] as? String == "low-back-pain" })
    }
}
