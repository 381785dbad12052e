import Claims
import Foundation
import Testing
@testable import Verdicts

/// The JSON keys of spec/cli.md, which outside scripts read.
@Suite struct VerdictJSONTests {
    func object<T: Encodable>(_ value: T) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func queryAnswerKeys() throws {
        let result = VerdictEngine().verdict(indication: "low-back-pain", intervention: "mesotherapy",
                                             claims: [claim(.supports, .rct), claim(.supports, .testimony)], general: [])
        let answer = IndicationAnswer(indication: .init(id: "low-back-pain", label: "low back pain", labelFR: "lombalgie", matched: "lombalgie"),
                                      verdicts: [result])
        let json = try object(answer)
        let indication = try #require(json["indication"] as? [String: Any])
        #expect(Set(indication.keys) == ["id", "label", "label_fr", "matched"])
        let verdict = try #require((json["verdicts"] as? [[String: Any]])?.first)
        for key in ["intervention", "verdict", "best_level", "rationale", "counts", "deciding", "evidence", "testimony", "general"] {
            #expect(verdict[key] != nil, "missing \(key)")
        }
        #expect(verdict["verdict"] as? String == "supported")
        #expect(verdict["best_level"] as? Int == 2)
        let counts = try #require(verdict["counts"] as? [String: [String: Int]])
        #expect(counts == ["supports": ["rct": 1, "testimony": 1], "refutes": [:], "uncertain": [:]])
        let deciding = try #require(verdict["deciding"] as? [[String: Any]])
        #expect(deciding.first?["basis"] as? String == "rct")
        #expect(deciding.first?["level"] as? Int == 2)
    }

    @Test func unknownHasNullBestLevelAndTestimonyOnlyRawValue() throws {
        let unknown = VerdictEngine().verdict(indication: "low-back-pain", intervention: "mesotherapy", claims: [], general: [])
        let json = try object(unknown)
        #expect(json["best_level"] is NSNull)
        #expect(Verdict.testimonyOnly.rawValue == "testimony-only")
    }

    @Test func countsRoundTrip() throws {
        let counts = StanceBasisCounts([claim(.uncertain, .htaReport), claim(.supports, .testimony)])
        let decoded = try JSONDecoder().decode(StanceBasisCounts.self, from: JSONEncoder().encode(counts))
        #expect(decoded == counts)
    }
}
