import Foundation

/// A fact-check to schema.org ClaimReviews, one per claim, authored by the catalogue.
public struct ClaimReviewWriter: Sendable {
    /// The article reviewed, as the reviews name it.
    public struct Article: Sendable, Hashable {
        public var name: String
        /// The article's address; a file path becomes a `file://` URL.
        public var url: String?
        public var authors: [String]
        public var year: Int?

        public init(name: String, url: String? = nil, authors: [String] = [], year: Int? = nil) {
            self.name = name
            self.url = url
            self.authors = authors
            self.year = year
        }
    }

    public static let catalogueName = "preuve catalogue"

    /// The day the reviews are published; today (UTC) unless a test fixes it.
    public var date: Date

    public init(date: Date = Date()) {
        self.date = date
    }

    public func reviews(of factCheck: FactCheck, article: Article) -> [ClaimReview] {
        let authors = article.authors.map(ClaimReview.Agent.person)
        let appearance = ClaimReview.Appearance(name: article.name.isEmpty ? factCheck.doc : article.name, url: article.url,
                                                author: authors, datePublished: article.year.map(String.init))
        return factCheck.checks.map { check in
            let rating = EvidenceRating(check)
            return ClaimReview(
                claimReviewed: check.claim.sentence,
                reviewRating: ClaimReview.Rating(
                    ratingValue: rating.rawValue, bestRating: EvidenceRating.best.rawValue,
                    worstRating: EvidenceRating.worst.rawValue,
                    alternateName: "\(rating.name): \(check.verdict.verdict.inWords)",
                    ratingExplanation: "\(check.explanation) \(check.verdict.rationale)",
                    name: EvidenceRating.scaleName, description: EvidenceRating.legend),
                itemReviewed: ClaimReview.ReviewedClaim(appearance: appearance, author: authors),
                author: .organization(Self.catalogueName),
                datePublished: isoDate,
                reviewBody: check.explanation,
                url: nil)
        }
    }

    /// `date` as YYYY-MM-DD in UTC.
    public var isoDate: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
