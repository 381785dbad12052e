import Claims
import Testing
@testable import Verdicts

@Suite struct ClaimSetTests {
    let claims = [
        claim(.supports, .rct, doc: "a"), claim(.supports, .testimony, doc: "a"), claim(.uncertain, .htaReport, doc: "b"),
        claim(.supports, .rct, indication: "neck-pain", intervention: "acupuncture", doc: "c"),
        general(.uncertain, .assertion),
    ]

    @Test func lookups() {
        let set = ClaimSet(claims)
        #expect(set.indications() == ["low-back-pain", "neck-pain"])
        #expect(set.interventions(indication: "low-back-pain") == ["mesotherapy"])
        #expect(set.interventions(indication: nil) == ["acupuncture", "mesotherapy"])
        #expect(set.claims(indication: "low-back-pain", intervention: nil).count == 3)
        #expect(set.claims(indication: "low-back-pain", intervention: "acupuncture").isEmpty)
        #expect(set.claims(indication: Claim.generalIndication, intervention: nil).isEmpty)
        #expect(set.generalClaims(intervention: "mesotherapy").count == 1)
        #expect(set.generalClaims(intervention: "acupuncture").isEmpty)
        #expect(set.documentCount(indication: "low-back-pain", intervention: "mesotherapy") == 2)
    }

    @Test func oneVerdictPerInterventionNamingTheIndication() throws {
        let results = try VerdictEngine().verdicts(indication: "low-back-pain", source: ClaimSet(claims))
        #expect(results.map(\.intervention) == ["mesotherapy"])
        #expect(results[0].verdict == .insufficient)
        #expect(results[0].documents == 2)
    }

    @Test func namedInterventionWithoutClaimsIsUnknown() throws {
        let results = try VerdictEngine().verdicts(indication: "low-back-pain", intervention: "acupuncture", source: ClaimSet(claims))
        #expect(results.map(\.verdict) == [.unknown])
    }

    @Test func indicationNoClaimNamesIsUnknownForEveryIntervention() throws {
        let results = try VerdictEngine().verdicts(indication: "cellulite", source: ClaimSet(claims))
        #expect(results.map(\.intervention) == ["acupuncture", "mesotherapy"])
        #expect(results.allSatisfy { $0.verdict == .unknown })
        #expect(results[1].general.count == 1)
    }

    @Test func emptyCatalogueGivesOneUnknownVerdict() throws {
        let results = try VerdictEngine().verdicts(indication: "cellulite", source: ClaimSet([]))
        #expect(results.map(\.verdict) == [.unknown])
        #expect(results[0].intervention == VerdictEngine.anyIntervention)
    }

    @Test func overviewRowsInVocabularyOrder() throws {
        let overview = try CatalogueOverview(source: ClaimSet(claims))
        #expect(overview.indications.map(\.id) == ["low-back-pain", "neck-pain"])
        let entry = try #require(overview.indications.first?.verdicts.first)
        #expect(entry.verdict == .insufficient)
        #expect(entry.bestLevel == 1)
        #expect(entry.documents == 2)
        #expect(entry.evidence == 2)
        #expect(entry.testimony == 1)
        #expect(overview.indications[0].labelFR == "lombalgie")
    }
}
