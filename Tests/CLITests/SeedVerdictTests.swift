import Foundation
import Testing
import TestSupport

/// spec/claims.md section 5: with the two seed articles as the whole corpus, `preuve query`
/// gives `insufficient` for low back pain, neck pain, thoracic back pain and chronic pain
/// (a cited official report, second-hand), and `testimony-only` for every other indication
/// they name.
@Suite struct SeedVerdictTests {
    /// The seeds copied into a corpus of their own, indexed once; nil without ../shared.
    static let catalogue: BuiltCatalogue? = {
        guard let shared = TestPaths.shared else { return nil }
        do {
            let corpus = try TestPaths.temporaryDirectory("preuve-seeds")
            for name in ["000_bbb39a1da1c33d89.txt", "004_dcb6e8c9300817d4.txt"] {
                try FileManager.default.copyItem(at: shared.appendingPathComponent("seeds/\(name)"),
                                                 to: corpus.appendingPathComponent(name))
            }
            return try BuiltCatalogue.build(corpus: corpus)
        } catch {
            return nil
        }
    }()

    func seeds() -> BuiltCatalogue? {
        guard let catalogue = Self.catalogue else {
            if TestPaths.sharedRequired || TestPaths.shared != nil { Issue.record("the seed catalogue could not be built") }
            return nil
        }
        return catalogue
    }

    func verdict(_ word: String, in catalogue: BuiltCatalogue) throws -> [String: Any] {
        let (result, json) = try catalogue.json(["query", word, "--intervention", "mesotherapy"])
        #expect(result.status == 0, "\(result.stderr)")
        let verdicts = try #require((json as? [String: Any])?["verdicts"] as? [[String: Any]])
        return try #require(verdicts.first)
    }

    @Test(arguments: ["lombalgie", "cervicalgie", "dorsalgie", "douleurs chroniques"])
    func painOfTheBackIsInsufficientOnACitedReport(word: String) throws {
        guard let catalogue = seeds() else { return }
        let v = try verdict(word, in: catalogue)
        #expect(v["verdict"] as? String == "insufficient", "\(word)")
        #expect(v["best_level"] as? Int == 1)
        let deciding = try #require(v["deciding"] as? [[String: Any]])
        #expect(!deciding.isEmpty)
        #expect(deciding.allSatisfy { $0["basis"] as? String == "hta-report" && $0["cited"] as? Bool == true && $0["stance"] as? String == "uncertain" })
        #expect((v["rationale"] as? String)?.contains("second-hand") == true, "\(v["rationale"] ?? "")")
        let testimony = try #require(v["testimony"] as? [[String: Any]])
        #expect(testimony.contains { $0["basis"] as? String == "testimony" }, "de nombreux patients rapportent...")
    }

    @Test(arguments: [
        "tendinite", "contractures musculaires", "sciatique", "cruralgie", "hernie discale", "arthrose",
        "maladie de Dupuytren", "canal carpien", "entorses", "fractures de fatigue", "rides", "cellulite",
        "perte de poids", "alopécie", "cicatrices", "insuffisance veineuse",
    ])
    func everyOtherIndicationNamedIsTestimonyOnly(word: String) throws {
        guard let catalogue = seeds() else { return }
        let v = try verdict(word, in: catalogue)
        #expect(v["verdict"] as? String == "testimony-only", "\(word): \(v["verdict"] ?? "")")
        #expect((v["deciding"] as? [Any])?.isEmpty == true)
    }

    @Test func theWholeTableHasOnlyThoseTwoVerdicts() throws {
        guard let catalogue = seeds() else { return }
        let (result, json) = try catalogue.json(["indications"])
        #expect(result.status == 0)
        let rows = try #require((json as? [String: Any])?["indications"] as? [[String: Any]])
        let insufficient: Set = ["low-back-pain", "neck-pain", "thoracic-back-pain", "chronic-pain"]
        for row in rows {
            let id = try #require(row["id"] as? String)
            let verdict = (row["verdicts"] as? [[String: Any]])?.first?["verdict"] as? String
            #expect(verdict == (insufficient.contains(id) ? "insufficient" : "testimony-only"), "\(id)")
        }
        #expect(Set(rows.compactMap { $0["id"] as? String }).isSuperset(of: insufficient))
    }

    @Test func anIndicationTheSeedsDoNotNameIsUnknown() throws {
        guard let catalogue = seeds() else { return }
        let v = try verdict("migraine", in: catalogue)
        #expect(v["verdict"] as? String == "unknown")
        #expect((v["general"] as? [Any])?.isEmpty == false, "the general claims are shown beside it")
    }
}
