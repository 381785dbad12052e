import Claims
import Documents
import Testing
import TestSupport

/// The extractor's bounds: an overlong sentence gives no claim, and claims per document stop
/// at the cap, the first ones in text order kept.
@Suite struct ClaimLimitsTests {
    static let claim = "Mesotherapy reduced pain intensity in acute low back pain."

    func document(_ paragraphs: [String]) -> Document {
        TestDocument.make(paragraphs, source: "limits.txt", title: "Limits", language: "en")
    }

    @Test func aSentenceOverTheLimitGivesNoClaim() {
        #expect(ClaimExtractor().claims(in: document([Self.claim])).count == 1)
        // The same claim, inside one sentence of 6,000 bytes with no full stop before its end.
        let padding = String(repeating: "and then more words ", count: 300)
        let long = "Mesotherapy reduced pain intensity in acute low back pain " + padding + "here."
        #expect(long.utf8.count > ClaimLimits().maxSentenceBytes)
        #expect(ClaimExtractor().claims(in: document([long])).isEmpty)
    }

    @Test func claimsPerDocumentStopAtTheCap() {
        let d = document(Array(repeating: Self.claim, count: 12))
        #expect(ClaimExtractor().claims(in: d).count == 12)
        var capped = ClaimExtractor()
        capped.limits.maxClaimsPerDocument = 5
        let claims = capped.claims(in: d)
        #expect(claims.count == 5)
        #expect(claims.map(\.start) == ClaimExtractor().claims(in: d).prefix(5).map(\.start))
    }
}
