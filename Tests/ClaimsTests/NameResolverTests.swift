import Claims
import Testing

/// `NameResolver`: one way to read a user's word for indications and interventions.
@Suite struct NameResolverTests {
    let resolver = ClaimLexicon.bundled.resolver

    @Test(arguments: ["mésothérapie", "Mésothérapie", "mesotherapie", "mesotherapy", "MESOTHERAPY", "mésolift"])
    func interventionNames(name: String) throws {
        #expect(try resolver.intervention(name).value == "mesotherapy")
    }

    @Test func interventionIdsWithHyphensOrSpaces() throws {
        #expect(try resolver.intervention("corticosteroid-injection").value == "corticosteroid-injection")
        #expect(try resolver.intervention("Corticosteroid Injection").value == "corticosteroid-injection")
        #expect(try resolver.intervention("infiltrations de corticoïdes").value == "corticosteroid-injection")
    }

    @Test func anUnknownInterventionSuggestsNearNames() {
        let error = #expect(throws: NameResolver.Unknown.self) { try resolver.intervention("mesoterapie") }
        #expect(error?.kind == .intervention)
        #expect(error?.suggestions.isEmpty == false, "\(String(describing: error))")
        #expect(error?.description.contains("did you mean") == true)
    }

    @Test func indicationsAsBefore() throws {
        #expect(try resolver.indication("Lombalgies").value.id == "low-back-pain")
        #expect(try resolver.indication("low-back-pain").matched == "low-back-pain")
        let error = #expect(throws: NameResolver.Unknown.self) { try resolver.indication("lombalgy") }
        #expect(error?.suggestions.contains("lombalgie") == true)
    }

    @Test func theExtractorsLookupIsTheResolvers() {
        #expect(ClaimLexicon.bundled.interventionID(for: "Mésothérapie") == "mesotherapy")
    }
}
