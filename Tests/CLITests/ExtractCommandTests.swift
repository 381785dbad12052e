import Foundation
import Testing
import TestSupport

/// `preuve extract`, as a user checking a reader runs it.
@Suite struct ExtractCommandTests {
    @Test func seedsGiveTheirTitleAndText() throws {
        guard let shared = TestPaths.shared else {
            if TestPaths.sharedRequired { Issue.record("../shared/seeds is missing") }
            return
        }
        let seeds = ["000_bbb39a1da1c33d89.txt", "004_dcb6e8c9300817d4.txt"].map { shared.appendingPathComponent("seeds/\($0)") }
        let result = try PreuveProcess.run(["extract"] + seeds.map(\.path) + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let docs = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(docs.count == 2)
        for (doc, url) in zip(docs, seeds) {
            let raw = try String(contentsOf: url, encoding: .utf8)
            let lines = raw.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(doc["title"] as? String == lines.first)
            #expect(doc["format"] as? String == "text")
            #expect(doc["lang"] as? String == "fr")
            let text = try #require(doc["text"] as? String)
            // Every later line is in the text, in order.
            var rest = Substring(text)
            for line in lines.dropFirst() {
                let range = try #require(rest.range(of: line), "\(line.prefix(40))")
                rest = rest[range.upperBound...]
            }
            // Section offsets are UTF-8 byte offsets into the text.
            let sections = try #require(doc["sections"] as? [[String: Any]])
            let bytes = Array(text.utf8)
            for section in sections {
                let start = try #require(section["start"] as? Int), end = try #require(section["end"] as? Int)
                #expect(0 <= start && start <= end && end <= bytes.count)
            }
        }
    }

    @Test func aFailingFileIsNamedAndTheOthersAreDone() throws {
        let folder = try TestPaths.temporaryDirectory("preuve-extract")
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt"), bad = folder.appendingPathComponent("bad.xml")
        try "Titre\n\nUn paragraphe.\n".write(to: good, atomically: true, encoding: .utf8)
        try "<PubmedArticleSet><PubmedArticle><MedlineCitation>".write(to: bad, atomically: true, encoding: .utf8)
        let result = try PreuveProcess.run(["extract", bad.path, good.path, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.xml"))
        #expect(result.stdout.contains("\"title\":\"Titre\""))
    }

    @Test func standardInputIsRead() throws {
        let result = try PreuveProcess.run(["extract", "-", "--format", "json"], stdin: Data("Titre lu\n\nLa mésothérapie.\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Titre lu"))
    }
}
