import Claims

/// Where verdicts get their claims: the catalogue's index, or an in-memory `ClaimSet`.
/// Methods may throw so that a source reading from disk can report an unreadable index.
public protocol ClaimSource: Sendable {
    /// Claims that name the indication (never `general` ones), for one intervention or all.
    func claims(indication: String, intervention: String?) throws -> [Claim]

    /// Claims about an intervention as a whole (indication `general`), for one intervention or all.
    func generalClaims(intervention: String?) throws -> [Claim]

    /// Ids of the indications that some claim names, `general` excluded, sorted.
    func indications() throws -> [String]

    /// Ids of the indications that some claim of at least this confidence names, `general`
    /// excluded, sorted.
    func indications(withClaimsAtLeast confidence: Double) throws -> [String]

    /// Interventions with claims: those naming the indication when one is given, else any
    /// claim (`general` included), sorted.
    func interventions(indication: String?) throws -> [String]

    /// How many documents hold claims naming the indication (for one intervention or all).
    func documentCount(indication: String, intervention: String?) throws -> Int
}

extension ClaimSource {
    /// By reading each indication's claims; a source that knows more answers without.
    public func indications(withClaimsAtLeast confidence: Double) throws -> [String] {
        try indications().filter { try claims(indication: $0, intervention: nil).contains { $0.confidence >= confidence } }
    }
}
