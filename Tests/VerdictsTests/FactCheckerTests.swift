import Claims
import Testing
@testable import Verdicts

@Suite struct FactCheckerTests {
    let checker = FactChecker()

    func article(_ stance: Stance, _ basis: Basis = .assertion, indication: String = "low-back-pain", hedged: Bool = false) -> Claim {
        claim(stance, basis, indication: indication, hedged: hedged, doc: "articles/blog.html", sentence: "La mésothérapie soulage les lombalgies.")
    }

    @Test func supportsAssertionAgainstInsufficientIsStrongerThanTheEvidence() throws {
        let catalogue = ClaimSet([claim(.uncertain, .htaReport, cited: true), claim(.supports, .testimony)])
        let result = try checker.check(claims: [article(.supports)], doc: "articles/blog.html", title: "Blog", against: catalogue)
        let check = try #require(result.checks.first)
        #expect(check.verdict.verdict == .insufficient)
        #expect(check.assessment == .strongerThanEvidence)
        #expect(check.flagged)
        #expect(result.flaggedCount == 1)
        #expect(check.explanation.contains("stronger than the evidence"))
    }

    @Test func hedgedSupportIsStillFlagged() throws {
        let result = try checker.check(claims: [article(.supports, hedged: true)], doc: "a", title: "", against: ClaimSet([]))
        #expect(result.checks.first?.verdict.verdict == .unknown)
        #expect(result.checks.first?.assessment == .strongerThanEvidence)
        #expect(result.checks.first?.explanation.contains("hedged") == true)
    }

    @Test func assessments() {
        #expect(FactChecker.assess(.supports, .supported) == .consistent)
        #expect(FactChecker.assess(.refutes, .refuted) == .consistent)
        #expect(FactChecker.assess(.supports, .refuted) == .contradictsEvidence)
        #expect(FactChecker.assess(.refutes, .supported) == .contradictsEvidence)
        #expect(FactChecker.assess(.supports, .testimonyOnly) == .strongerThanEvidence)
        #expect(FactChecker.assess(.supports, .conflicting) == .strongerThanEvidence)
        #expect(FactChecker.assess(.refutes, .insufficient) == .strongerThanEvidence)
        #expect(FactChecker.assess(.uncertain, .insufficient) == .consistent)
        #expect(FactChecker.assess(.uncertain, .refuted) == .consistent)
        #expect(FactChecker.assess(.uncertain, .supported) == .weakerThanEvidence)
    }

    @Test func theArticleNeverVouchesForItself() throws {
        let own = claim(.supports, .metaAnalysis, cited: true, doc: "articles/blog.html")
        let result = try checker.check(claims: [article(.supports)], doc: "articles/blog.html", title: "", against: ClaimSet([own]))
        #expect(result.checks.first?.verdict.verdict == .unknown)
        #expect(result.checks.first?.flagged == true)
    }

    @Test func generalClaimIsCheckedAgainstTheCataloguesGeneralClaims() throws {
        let catalogue = ClaimSet([general(.uncertain, .htaReport)])
        let result = try checker.check(claims: [article(.supports, indication: Claim.generalIndication)], doc: "x", title: "", against: catalogue)
        #expect(result.checks.first?.verdict.verdict == .insufficient)
        #expect(result.checks.first?.assessment == .strongerThanEvidence)
    }
}
