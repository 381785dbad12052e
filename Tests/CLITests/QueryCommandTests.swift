import Foundation
import Testing
import TestSupport

/// `preuve query`, run as a script would, on an empty corpus.
@Suite struct QueryCommandTests {
    func withEmptyCorpus(_ body: (URL) throws -> Void) throws {
        let folder = try TestPaths.temporaryDirectory("preuve-query")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try body(folder)
    }

    @Test func unknownWordSuggestsNearNames() throws {
        try withEmptyCorpus { folder in
            let result = try PreuveProcess.run(["query", "lombalgy", "--corpus", "corpus"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("did you mean"))
            #expect(result.stderr.contains("lombalgie"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test(arguments: ["lombalgie", "Low back pain", "low-back-pain", "LOMBALGIES"])
    func namesOfOneIndicationGiveOneId(word: String) throws {
        try withEmptyCorpus { folder in
            let result = try PreuveProcess.run(["query", word, "--corpus", "corpus", "--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let indication = try #require(json["indication"] as? [String: Any])
            #expect(indication["id"] as? String == "low-back-pain")
            #expect(indication["label_fr"] as? String == "lombalgie")
            let verdicts = try #require(json["verdicts"] as? [[String: Any]])
            #expect(verdicts.first?["verdict"] as? String == "unknown")
        }
    }

    @Test func corpusFromTheEnvironment() throws {
        try withEmptyCorpus { folder in
            let result = try PreuveProcess.run(["query", "lombalgie", "--format", "json"], in: folder,
                                               environment: ["PREUVE_CORPUS": folder.appendingPathComponent("corpus").path])
            #expect(result.status == 0)
            #expect(!result.stderr.contains("no corpus folder"))
        }
    }

    @Test func textOutputLeadsWithTheVerdictAndHasNoColourWhenPiped() throws {
        try withEmptyCorpus { folder in
            let result = try PreuveProcess.run(["query", "cervicalgie", "--corpus", "corpus", "--format", "text"], in: folder)
            #expect(result.status == 0)
            #expect(result.stdout.contains("UNKNOWN"))
            #expect(!result.stdout.contains("\u{1B}["))
        }
    }

    @Test func formatOtherThanTextOrJSONIsAUsageError() throws {
        try withEmptyCorpus { folder in
            let result = try PreuveProcess.run(["query", "lombalgie", "--corpus", "corpus", "--format", "csv"], in: folder)
            #expect(result.status == 2)
        }
    }
}
