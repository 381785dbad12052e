import Claims
import Testing
@testable import Verdicts

/// spec/claims.md section 5, with the claims the spec says the two seeds give, built by
/// hand: the verdicts both seeds together must reach once the real extractor lands.
@Suite struct SeedReadingTests {
    static let first = "seeds/000_bbb39a1da1c33d89.txt"
    static let second = "seeds/004_dcb6e8c9300817d4.txt"

    static var claims: [Claim] {
        var out: [Claim] = []
        // First seed: a ministry report cited on four indications, patient testimony, assertions.
        for indication in ["chronic-pain", "low-back-pain", "neck-pain", "thoracic-back-pain"] {
            out.append(claim(.uncertain, .htaReport, indication: indication, cited: true, year: 2023, doc: first))
        }
        out.append(claim(.supports, .testimony, indication: "low-back-pain", year: 2023, doc: first))
        for indication in ["tendinopathy", "muscle-contracture", "sciatica", "femoral-neuralgia"] {
            out.append(claim(.supports, .assertion, indication: indication, year: 2023, doc: first))
        }
        out.append(claim(.refutes, .assertion, indication: "herniated-disc", year: 2023, doc: first))
        out.append(claim(.supports, .assertion, indication: "herniated-disc", hedged: true, year: 2023, doc: first))
        // Second seed: a list of uses, two general doubts with no basis, testimony.
        for indication in ["tendinopathy", "low-back-pain", "neck-pain", "chronic-pain", "osteoarthritis", "dupuytren",
                           "carpal-tunnel", "sprain", "muscle-contracture", "stress-fracture", "cellulite"] {
            out.append(claim(.supports, .assertion, indication: indication, year: nil, doc: second))
        }
        out.append(claim(.uncertain, .assertion, indication: Claim.generalIndication, year: nil, doc: second))
        out.append(claim(.uncertain, .assertion, indication: Claim.generalIndication, year: nil, doc: second))
        out.append(claim(.supports, .testimony, indication: Claim.generalIndication, year: nil, doc: second))
        return out
    }

    @Test func bothSeedsTogether() throws {
        let source = ClaimSet(Self.claims)
        let overview = try CatalogueOverview(source: source)
        var verdicts: [String: Verdict] = [:]
        for row in overview.indications { verdicts[row.id] = row.verdicts.first?.verdict }
        for indication in ["low-back-pain", "neck-pain", "thoracic-back-pain", "chronic-pain"] {
            #expect(verdicts[indication] == .insufficient, "\(indication)")
        }
        for (indication, verdict) in verdicts where !["low-back-pain", "neck-pain", "thoracic-back-pain", "chronic-pain"].contains(indication) {
            #expect(verdict == .testimonyOnly, "\(indication)")
        }
        let lowBack = try #require(try VerdictEngine().verdicts(indication: "low-back-pain", source: source).first)
        #expect(lowBack.deciding.map(\.basis) == [.htaReport])
        #expect(lowBack.rationale.contains("second-hand"))
        #expect(lowBack.general.count == 3)
        #expect(lowBack.documents == 2)
    }

    @Test func anIndicationTheSeedsNeverNameStaysUnknown() throws {
        let results = try VerdictEngine().verdicts(indication: "alopecia", source: ClaimSet(Self.claims))
        #expect(results.map(\.verdict) == [.unknown])
        #expect(results.first?.general.count == 3)
    }
}
