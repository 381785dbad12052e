import Claims

/// A claim source that hands verdicts only the claims at or above a confidence
/// (`ClaimConfidence.threshold` unless the user sets `--min-confidence`): claims found with
/// little certainty are listed by `preuve claims`, never counted.
public struct ConfidentClaims: ClaimSource {
    public let base: any ClaimSource
    public let minimum: Double

    public init(_ base: any ClaimSource, minimum: Double = ClaimConfidence.threshold) {
        self.base = base
        self.minimum = minimum
    }

    public func claims(indication: String, intervention: String?) throws -> [Claim] {
        try base.claims(indication: indication, intervention: intervention).filter { $0.confidence >= minimum }
    }

    public func generalClaims(intervention: String?) throws -> [Claim] {
        try base.generalClaims(intervention: intervention).filter { $0.confidence >= minimum }
    }

    public func indications() throws -> [String] {
        try base.indications(withClaimsAtLeast: minimum)
    }

    public func indications(withClaimsAtLeast confidence: Double) throws -> [String] {
        try base.indications(withClaimsAtLeast: max(confidence, minimum))
    }

    public func interventions(indication: String?) throws -> [String] {
        guard let indication else { return try base.interventions(indication: nil) }
        return Set(try claims(indication: indication, intervention: nil).map(\.intervention)).sorted()
    }

    public func documentCount(indication: String, intervention: String?) throws -> Int {
        Set(try claims(indication: indication, intervention: intervention).map(\.doc)).count
    }
}
