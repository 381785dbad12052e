import Claims
import Testing
import TestSupport
import Verdicts

/// `DecidingOrder.sorted` sorts positions on a key and gathers the claims once: the same
/// order as sorting the claims by `precedes`, ties (the same level, year, document and place)
/// left in the order they came, on made-up claims with many ties (`PREUVE_TEST_SEED=N`
/// replays a run).
@Suite struct DecidingOrderTests {
    @Test func sortedIsTheStableSortByPrecedes() throws {
        let seed = TestRandom("deciding order").seed
        var made = MadeUp(seed: seed)
        for round in 0..<200 {
            let claims = (0..<made.below(60)).map { _ -> Claim in
                var claim = made.claim(doc: made.pick(["a", "b", "c", "pubmed/x.xml#1"]),
                                       indication: made.pick(["low-back-pain", "general"]), intervention: "mesotherapy")
                claim.year = made.pick([nil, 2016, 2020, 1999, -5, Int.min, Int.max])
                claim.start = made.below(3)
                claim.sentence = "\(round)-\(made.below(1000))" // tells apart claims that tie
                return claim
            }
            let expected = claims.sorted(by: DecidingOrder.precedes)
            #expect(DecidingOrder.sorted(claims) == expected, "seed \(seed), round \(round)")
        }
    }
}
