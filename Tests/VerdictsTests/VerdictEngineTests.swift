import Claims
import Testing
@testable import Verdicts

/// One verdict of each kind, and the claims it rests on.
@Suite struct VerdictEngineTests {
    let engine = VerdictEngine()

    func verdict(_ claims: [Claim], general: [Claim] = [], indication: String = "low-back-pain") -> VerdictResult {
        engine.verdict(indication: indication, intervention: "mesotherapy", claims: claims, general: general)
    }

    @Test func agreeingTrialsSupport() {
        let trials = [claim(.supports, .rct, year: 2018), claim(.supports, .rct, year: 2021)]
        let result = verdict(trials + [claim(.refutes, .testimony), claim(.refutes, .caseSeries)])
        #expect(result.verdict == .supported)
        #expect(result.bestLevel == 2)
        #expect(result.deciding == [trials[1], trials[0]])
        #expect(result.evidence.count == 3)
        #expect(result.testimony.count == 1)
        #expect(result.counts[.supports, .rct] == 2)
        #expect(result.counts[.refutes, .testimony] == 1)
        #expect(result.rationale.hasPrefix("Supported:"))
        #expect(result.rationale.contains("2 randomised trials (level 2)"))
    }

    @Test func metaAnalysisRefutes() {
        let metaAnalysis = claim(.refutes, .metaAnalysis)
        let result = verdict([metaAnalysis, claim(.supports, .caseSeries), claim(.supports, .testimony)])
        #expect(result.verdict == .refuted)
        #expect(result.bestLevel == 1)
        #expect(result.deciding == [metaAnalysis])
        #expect(result.rationale.contains("does not work"))
    }

    @Test func onlyLevelFourAndFiveIsInsufficient() {
        let report = claim(.supports, .caseReport)
        let result = verdict([report, claim(.supports, .expertOpinion), claim(.supports, .assertion)])
        #expect(result.verdict == .insufficient)
        #expect(result.bestLevel == 4)
        #expect(result.deciding == [report])
        #expect(result.rationale.contains("weak evidence"))
    }

    @Test func uncertainLevelOneIsInsufficient() {
        let evaluation = claim(.uncertain, .htaReport)
        let result = verdict([evaluation, claim(.supports, .rct)])
        #expect(result.verdict == .insufficient)
        #expect(result.bestLevel == 1)
        #expect(result.deciding == [evaluation])
        #expect(result.rationale.contains("unproven"))
    }

    @Test func disagreeingTrialsConflict() {
        let trials = [claim(.supports, .rct, year: 2019), claim(.refutes, .rct, year: 2015)]
        let result = verdict(trials + [claim(.supports, .cohort)])
        #expect(result.verdict == .conflicting)
        #expect(result.bestLevel == 2)
        #expect(result.deciding == trials)
        #expect(result.rationale.contains("1 finding it works, 1 finding no effect"))
    }

    /// A source that finds it works beside one that finds it unproven, at the same level, disagree.
    @Test func supportsBesideUncertainConflicts() {
        let result = verdict([claim(.supports, .systematicReview), claim(.uncertain, .htaReport)])
        #expect(result.verdict == .conflicting)
        #expect(result.deciding.count == 2)
    }

    /// "No effect" beside "unproven": both say it is not shown to work; the weaker conclusion stands.
    @Test func refutesBesideUncertainIsInsufficient() {
        let result = verdict([claim(.refutes, .rct), claim(.uncertain, .rct)])
        #expect(result.verdict == .insufficient)
        #expect(result.deciding.count == 2)
        #expect(result.rationale.contains("only part of it finds no effect"))
    }

    @Test func manyTestimonialsAreStillTestimonyOnly() {
        let voices = (0..<12).map { _ in claim(.supports, .testimony) } + [claim(.supports, .assertion), claim(.refutes, .assertion)]
        let result = verdict(voices)
        #expect(result.verdict == .testimonyOnly)
        #expect(result.bestLevel == nil)
        #expect(result.deciding.isEmpty)
        #expect(result.testimony.count == 14)
        #expect(result.evidence.isEmpty)
        #expect(result.counts[.supports, .testimony] == 12)
        #expect(result.rationale.contains("12 testimonials and 2 unsupported assertions"))
        #expect(result.rationale.contains("no study"))
    }

    @Test func noClaimIsUnknown() {
        let result = verdict([claim(.supports, .rct, indication: "neck-pain"), claim(.supports, .rct, intervention: "acupuncture")])
        #expect(result.verdict == .unknown)
        #expect(result.bestLevel == nil)
        #expect(result.deciding.isEmpty && result.evidence.isEmpty && result.testimony.isEmpty)
        #expect(result.counts.total == 0)
        #expect(result.rationale.hasPrefix("Unknown:"))
    }

    @Test func decidingClaimsNewestFirst() {
        let old = claim(.supports, .rct, year: 2010), new = claim(.supports, .rct, year: 2022), undated = claim(.supports, .rct, year: nil)
        #expect(verdict([undated, old, new]).deciding == [new, old, undated])
    }
}
