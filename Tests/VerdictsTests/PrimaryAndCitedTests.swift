import Claims
import Testing
@testable import Verdicts

/// Primary claims decide; a cited claim counts only where nothing primary is as good.
@Suite struct PrimaryAndCitedTests {
    let engine = VerdictEngine()

    func verdict(_ claims: [Claim]) -> VerdictResult {
        engine.verdict(indication: "low-back-pain", intervention: "mesotherapy", claims: claims, general: [])
    }

    @Test func citedClaimOutrankedByPrimaryAtSameLevel() {
        let primary = claim(.uncertain, .rct)
        let cited = claim(.supports, .rct, cited: true)
        let result = verdict([cited, primary])
        #expect(result.verdict == .insufficient)
        #expect(result.deciding == [primary])
        #expect(result.evidence == [primary, cited])
        #expect(!result.rationale.contains("second-hand"))
    }

    @Test func citedClaimOutrankedByBetterPrimary() {
        let primary = claim(.refutes, .metaAnalysis)
        let result = verdict([claim(.supports, .rct, cited: true), primary])
        #expect(result.verdict == .refuted)
        #expect(result.deciding == [primary])
    }

    @Test func citedClaimDecidesWhenNothingPrimaryIsAsGood() {
        let cited = claim(.uncertain, .htaReport, cited: true, year: 2016)
        let result = verdict([cited, claim(.supports, .cohort), claim(.supports, .testimony)])
        #expect(result.verdict == .insufficient)
        #expect(result.bestLevel == 1)
        #expect(result.deciding == [cited])
        #expect(result.rationale.contains("second-hand"))
        #expect(result.decidedSecondHand)
    }

    /// The first seed read alone: a blog reports a ministry evaluation, patients report relief.
    @Test func seedLikeCitedEvaluationBesideTestimony() {
        let result = verdict([claim(.uncertain, .htaReport, cited: true), claim(.supports, .testimony)])
        #expect(result.verdict == .insufficient)
        #expect(result.rationale.contains("1 official evaluation (level 1)"))
        #expect(result.rationale.contains("second-hand"))
    }

    @Test func allHedgedDecidingClaimsSaySo() {
        let hedged = verdict([claim(.supports, .rct, hedged: true), claim(.supports, .rct, hedged: true)])
        #expect(hedged.verdict == .supported)
        #expect(hedged.decidedHedged)
        #expect(hedged.rationale.contains("hedged"))

        let mixed = verdict([claim(.supports, .rct, hedged: true), claim(.supports, .rct)])
        #expect(mixed.verdict == .supported)
        #expect(!mixed.rationale.contains("hedged"))
    }

    @Test func rationaleIsOneSentence() {
        let result = verdict([claim(.uncertain, .htaReport, cited: true, hedged: true)])
        #expect(result.rationale.contains("second-hand"))
        #expect(result.rationale.contains("hedged"))
        #expect(result.rationale.filter { $0 == "." }.count == 1)
        #expect(result.rationale.hasSuffix("."))
    }
}
