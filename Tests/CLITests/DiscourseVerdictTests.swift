import Foundation
import Testing
import TestSupport

/// The case that made a stray sentence decide a verdict (issue 11): a French medical news
/// article on acupuncture for acute low back pain, citing a systematic review, whose deciding
/// sentence names no condition, and one line of bare assertion about migraine. Written for
/// this project; it keeps the structure of the real article, not its words.
@Suite struct DiscourseVerdictTests {
    static let article = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8">
        <title>Acupuncture et lombalgie aiguë : ce que dit la dernière revue</title></head>
        <body><article><h1>Acupuncture et lombalgie aiguë : ce que dit la dernière revue</h1>
        <p>Une revue systématique a rassemblé les essais randomisés qui ont évalué l'acupuncture chez des adultes
        souffrant d'une lombalgie aiguë, apparue depuis moins de six semaines.</p>
        <p>Les auteurs ont retenu treize essais, menés pour la plupart en Asie.</p>
        <p>Cependant, les effets ne sont que de petite taille et, pour les auteurs de la revue, l'acupuncture
        ne fait pas mieux qu'une acupuncture simulée.</p>
        <p>Sur les forums, les témoignages abondent. L'acupuncture soulage les migraines, affirme un lecteur.</p>
        </article></body></html>
        """

    func withArticle(_ body: (URL) throws -> Void) throws {
        let folder = try TestPaths.temporaryDirectory("preuve-discourse")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Self.article.write(to: corpus.appendingPathComponent("acupuncture-lombalgie.html"), atomically: true, encoding: .utf8)
        try body(folder)
    }

    func verdict(_ indication: String, in folder: URL) throws -> [String: Any] {
        let result = try PreuveProcess.run(["query", indication, "--intervention", "acupuncture", "--corpus", "corpus",
                                            "--index", "index", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let verdicts = try #require(json["verdicts"] as? [[String: Any]])
        return try #require(verdicts.first)
    }

    @Test func aSentenceNamingNoConditionSpeaksOfTheTitlesAndNeverDecidesAnother() throws {
        try withArticle { folder in
            let migraine = try verdict("migraine", in: folder)
            #expect(migraine["verdict"] as? String == "testimony-only", "\(migraine)")
            let backPain = try verdict("lombalgie", in: folder)
            // The review's finding: no better than sham needling.
            #expect(backPain["verdict"] as? String == "refuted", "\(backPain)")
            #expect(backPain["best_level"] as? Int == 1)
        }
    }

    @Test func theClaimsSayWhereTheirIndicationCameFrom() throws {
        try withArticle { folder in
            let result = try PreuveProcess.run(["claims", "corpus/acupuncture-lombalgie.html", "--format", "jsonl", "--explain"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let claims = try result.stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            #expect(!claims.contains { $0["indication"] as? String == "general" }, "no stray general claim")
            let deciding = try #require(claims.first { ($0["sentence"] as? String)?.hasPrefix("Cependant") == true })
            #expect(deciding["indication"] as? String == "low-back-pain")
            #expect(deciding["basis"] as? String == "systematic-review")
            let cues = try #require(deciding["cues"] as? [[String: String]])
            #expect(cues.contains { $0["rule"]?.contains("title") == true || $0["rule"]?.contains("sentence before") == true })
            #expect((deciding["confidence"] as? Double ?? 0) >= 0.5)
        }
    }
}
