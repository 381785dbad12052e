import Claims
import Foundation
import Testing
@testable import Verdicts

@Suite struct ClaimReviewTests {
    func reviews() throws -> [[String: Any]] {
        let sentence = "La mésothérapie soulage les lombalgies."
        let articleClaim = claim(.supports, .assertion, doc: "articles/blog.html", sentence: sentence)
        let catalogue = ClaimSet([claim(.uncertain, .htaReport, cited: true)])
        let check = try FactChecker().check(claims: [articleClaim], doc: "articles/blog.html", title: "Mésothérapie et mal de dos", against: catalogue)
        let writer = ClaimReviewWriter(date: Date(timeIntervalSince1970: 1_790_000_000))
        let reviews = writer.reviews(of: check, article: .init(name: "Mésothérapie et mal de dos", url: "https://example.org/blog",
                                                              authors: ["Jeanne Martin"], year: 2023))
        let data = try JSONEncoder().encode(reviews)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func oneReviewPerClaimWithTheSchemaOrgShape() throws {
        let all = try reviews()
        #expect(all.count == 1)
        let review = all[0]
        #expect(review["@context"] as? String == "https://schema.org")
        #expect(review["@type"] as? String == "ClaimReview")
        #expect(review["claimReviewed"] as? String == "La mésothérapie soulage les lombalgies.")
        #expect(review["datePublished"] as? String == "2026-09-21")

        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["@type"] as? String == "Rating")
        #expect(rating["ratingValue"] as? Int == 2)
        #expect(rating["bestRating"] as? Int == 5)
        #expect(rating["worstRating"] as? Int == 1)
        #expect((rating["alternateName"] as? String)?.contains("insufficient") == true)
        #expect((rating["ratingExplanation"] as? String)?.isEmpty == false)
        #expect(rating["name"] as? String == EvidenceRating.scaleName)

        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        let appearance = try #require(item["appearance"] as? [String: Any])
        #expect(appearance["@type"] as? String == "Article")
        #expect(appearance["url"] as? String == "https://example.org/blog")
        #expect(appearance["name"] as? String == "Mésothérapie et mal de dos")
        #expect((item["author"] as? [[String: Any]])?.first?["name"] as? String == "Jeanne Martin")

        let author = try #require(review["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization")
        #expect(author["name"] as? String == "preuve catalogue")
    }

    @Test func ratingScale() {
        #expect(EvidenceRating.allCases.map(\.rawValue) == [1, 2, 3, 4, 5])
        #expect(EvidenceRating.legend.hasPrefix("preuve evidence scale: 1 = contradicted by the evidence"))
    }
}
