import Claims
import Testing
@testable import Verdicts

/// Claims about the intervention as a whole (spec/claims.md section 4).
@Suite struct GeneralClaimTests {
    let engine = VerdictEngine()

    func verdict(_ claims: [Claim], general: [Claim], indication: String = "tendinopathy") -> VerdictResult {
        engine.verdict(indication: indication, intervention: "mesotherapy", claims: claims, general: general)
    }

    @Test func generalLevelOneDecidesWhereNoLevelOneClaimNamesTheIndication() {
        let evaluation = general(.uncertain, .htaReport)
        let own = claim(.supports, .rct, indication: "tendinopathy")
        let result = verdict([own, claim(.supports, .assertion, indication: "tendinopathy")], general: [evaluation])
        #expect(result.verdict == .insufficient)
        #expect(result.bestLevel == 1)
        #expect(result.deciding == [evaluation])
        #expect(result.general == [evaluation])
        #expect(result.counts[.uncertain, .htaReport] == 1)
        #expect(result.rationale.contains("as a whole"))
    }

    /// INSERM evaluated the therapeutic and the aesthetic uses apart: an evaluation of the
    /// aesthetic uses neither decides nor is shown for tendinopathy.
    @Test func aScopedGeneralClaimSpeaksOnlyForItsDomain() {
        var aesthetic = general(.uncertain, .htaReport)
        aesthetic.scope = "aesthetic"
        var therapeutic = general(.uncertain, .htaReport)
        therapeutic.scope = "therapeutic"
        therapeutic.doc = "therapeutic.xml"
        let testimony = claim(.supports, .testimony, indication: "tendinopathy")

        let onlyAesthetic = verdict([testimony], general: [aesthetic])
        #expect(onlyAesthetic.verdict == .testimonyOnly)
        #expect(onlyAesthetic.general.isEmpty)

        let both = verdict([testimony], general: [aesthetic, therapeutic])
        #expect(both.verdict == .insufficient)
        #expect(both.deciding == [therapeutic])

        let cellulite = verdict([claim(.supports, .testimony, indication: "cellulite")], general: [aesthetic, therapeutic],
                                indication: "cellulite")
        #expect(cellulite.deciding == [aesthetic])
    }

    @Test func generalDecidesBesideTestimonyOnly() {
        let evaluation = general(.uncertain, .htaReport)
        let result = verdict([claim(.supports, .testimony, indication: "tendinopathy")], general: [evaluation])
        #expect(result.verdict == .insufficient)
        #expect(result.deciding == [evaluation])
    }

    @Test func generalDoesNotDecideWhereTheIndicationHasItsOwnLevelOneClaim() {
        let own = claim(.supports, .metaAnalysis, indication: "tendinopathy")
        let evaluation = general(.uncertain, .htaReport)
        let result = verdict([own], general: [evaluation])
        #expect(result.verdict == .supported)
        #expect(result.deciding == [own])
        #expect(result.general == [evaluation])
        #expect(result.counts[.uncertain, .htaReport] == 0)
    }

    @Test func generalNeverMakesAnUnnamedIndicationKnown() {
        let evaluation = general(.refutes, .metaAnalysis)
        let result = verdict([claim(.supports, .rct, indication: "cellulite")], general: [evaluation])
        #expect(result.verdict == .unknown)
        #expect(result.deciding.isEmpty)
        #expect(result.general == [evaluation])
        #expect(result.rationale.contains("1 claim about mesotherapy as a whole is shown beside it"))
    }

    @Test func weakGeneralClaimsNeverDecide() {
        let result = verdict([claim(.supports, .testimony, indication: "tendinopathy")],
                             general: [general(.uncertain, .caseSeries), general(.uncertain, .assertion)])
        #expect(result.verdict == .testimonyOnly)
        #expect(result.general.count == 2)
    }

    @Test func generalClaimsOfOtherInterventionsAreLeftOut() {
        let other = claim(.uncertain, .htaReport, indication: Claim.generalIndication, intervention: "acupuncture")
        let result = verdict([claim(.supports, .assertion, indication: "tendinopathy")], general: [other])
        #expect(result.verdict == .testimonyOnly)
        #expect(result.general.isEmpty)
    }

    /// The second seed's "rigorous studies are lacking" is general, uncertain, assertion: shown, never deciding.
    @Test func generalAssertionIsShownBesideEveryVerdict() {
        let lacking = general(.uncertain, .assertion)
        let source = ClaimSet([claim(.supports, .assertion, indication: "tendinopathy"),
                               claim(.supports, .assertion, indication: "cellulite"), lacking])
        let results = try! engine.verdicts(indication: "cellulite", source: source)
        #expect(results.map(\.verdict) == [.testimonyOnly])
        #expect(results.first?.general == [lacking])
    }

    /// spec/claims.md §4, §6: a sentence filed as general because neither it nor its discourse
    /// named an indication ("Cependant, les effets restent faibles") is shown, never decides.
    @Test func aGeneralClaimWhoseSentenceDoesNotSpeakOfThePracticeAsAWholeNeverDecides() {
        let stray = general(.refutes, .systematicReview, wholePractice: false)
        let testimony = claim(.supports, .assertion, indication: "migraine")
        let result = verdict([testimony], general: [stray], indication: "migraine")
        #expect(result.verdict == .testimonyOnly)
        #expect(result.deciding.isEmpty)
        #expect(result.general == [stray])

        let whole = general(.refutes, .systematicReview, wholePractice: true)
        #expect(verdict([testimony], general: [whole], indication: "migraine").verdict == .refuted)
    }

    /// Claims below the confidence threshold are not counted: `ConfidentClaims` hides them.
    @Test func claimsBelowTheThresholdAreNotCounted() throws {
        var weak = claim(.refutes, .rct, indication: "migraine")
        // (Below the bundled model's threshold, whatever it is fitted to.)
        weak.confidence = ClaimConfidence.threshold / 2
        let sure = claim(.supports, .assertion, indication: "migraine")
        let source = ConfidentClaims(ClaimSet([weak, sure]))
        let own = try source.claims(indication: "migraine", intervention: "mesotherapy")
        #expect(own == [sure])
        #expect(engine.verdict(indication: "migraine", intervention: "mesotherapy", claims: own, general: []).verdict == .testimonyOnly)
        let everything = ConfidentClaims(ClaimSet([weak, sure]), minimum: 0)
        #expect(try everything.claims(indication: "migraine", intervention: nil).count == 2)
    }
}
