import Foundation
import Testing
import TestSupport

/// The labelled development passages of ../shared/gold, each fed as a `.txt` file through
/// the real executable and scored as a fact-checker would. Fails below 0.90 F1 in either language.
@Suite struct GoldSetTests {
    static func goldPassages() throws -> [Passage]? {
        guard let shared = TestPaths.shared else { return nil }
        let url = shared.appendingPathComponent("gold/claims-dev.jsonl")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
            try JSONDecoder().decode(Passage.self, from: Data($0.utf8))
        }
    }

    @Test func goldPassagesScoreAtLeastNinetyPercentF1InEachLanguage() throws {
        guard let passages = try Self.goldPassages() else {
            if TestPaths.sharedRequired { Issue.record("../shared/gold/claims-dev.jsonl is missing") }
            else { print("GoldSetTests: ../shared/gold/claims-dev.jsonl not found; skipped") }
            return
        }
        let claims = try ClaimScoring.run(passages)
        let (scores, misses) = ClaimScoring.score(passages, claims: claims)
        for lang in scores.keys.sorted() { print("gold \(lang): \(scores[lang]!.line)") }
        for miss in misses { print("gold miss: \(miss)") }
        #expect(Set(scores.keys) == ["fr", "en"])
        for (lang, score) in scores {
            #expect(score.f1 >= 0.90, "gold \(lang) F1 \(score.f1) below 0.90")
        }
        // Passages that make no claim must yield none.
        for p in passages where p.expect.isEmpty {
            #expect((claims[p.id] ?? []).isEmpty, "\(p.id) should give no claim: \((claims[p.id] ?? []).map(\.indication))")
        }
    }
}
