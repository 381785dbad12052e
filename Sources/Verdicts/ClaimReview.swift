import Foundation

/// schema.org ClaimReview, as JSON-LD: one review of one sentence of an article.
/// Built by `ClaimReviewWriter`; every object carries its `@type`, and each review its
/// `@context`, so an array of them is valid JSON-LD.
public struct ClaimReview: Sendable, Hashable, Encodable {
    public struct Rating: Sendable, Hashable, Encodable {
        public var ratingValue: Int
        public var bestRating: Int
        public var worstRating: Int
        /// The rating and the verdict in words.
        public var alternateName: String
        public var ratingExplanation: String
        /// The scale's name and legend.
        public var name: String
        public var description: String

        private enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName, ratingExplanation, name, description
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("Rating", forKey: .type)
            try c.encode(ratingValue, forKey: .ratingValue)
            try c.encode(bestRating, forKey: .bestRating)
            try c.encode(worstRating, forKey: .worstRating)
            try c.encode(alternateName, forKey: .alternateName)
            try c.encode(ratingExplanation, forKey: .ratingExplanation)
            try c.encode(name, forKey: .name)
            try c.encode(description, forKey: .description)
        }
    }

    /// A person or organisation, by name.
    public struct Agent: Sendable, Hashable, Encodable {
        public var type: String
        public var name: String
        public var url: String?

        public static func organization(_ name: String, url: String? = nil) -> Agent { Agent(type: "Organization", name: name, url: url) }
        public static func person(_ name: String) -> Agent { Agent(type: "Person", name: name, url: nil) }

        private enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url
        }
    }

    /// Where the claim appeared: the article.
    public struct Appearance: Sendable, Hashable, Encodable {
        public var name: String
        public var url: String?
        public var author: [Agent]
        public var datePublished: String?

        private enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, headline, url, author, datePublished
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("Article", forKey: .type)
            try c.encode(name, forKey: .name)
            try c.encode(name, forKey: .headline)
            try c.encodeIfPresent(url, forKey: .url)
            if !author.isEmpty { try c.encode(author, forKey: .author) }
            try c.encodeIfPresent(datePublished, forKey: .datePublished)
        }
    }

    /// The claim reviewed: where it appeared and who made it.
    public struct ReviewedClaim: Sendable, Hashable, Encodable {
        public var appearance: Appearance
        public var author: [Agent]

        private enum CodingKeys: String, CodingKey {
            case type = "@type"
            case appearance, author
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("Claim", forKey: .type)
            try c.encode(appearance, forKey: .appearance)
            if !author.isEmpty { try c.encode(author, forKey: .author) }
        }
    }

    public var claimReviewed: String
    public var reviewRating: Rating
    public var itemReviewed: ReviewedClaim
    public var author: Agent
    /// ISO 8601 date (YYYY-MM-DD).
    public var datePublished: String
    public var reviewBody: String
    public var url: String?

    private enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case claimReviewed, reviewRating, itemReviewed, author, datePublished, reviewBody, url
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("https://schema.org", forKey: .context)
        try c.encode("ClaimReview", forKey: .type)
        try c.encode(claimReviewed, forKey: .claimReviewed)
        try c.encode(reviewRating, forKey: .reviewRating)
        try c.encode(itemReviewed, forKey: .itemReviewed)
        try c.encode(author, forKey: .author)
        try c.encode(datePublished, forKey: .datePublished)
        try c.encode(reviewBody, forKey: .reviewBody)
        try c.encodeIfPresent(url, forKey: .url)
    }
}
