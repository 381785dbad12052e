import Claims

/// Claims held in memory, grouped for the lookups of `ClaimSource`. Serves tests, and the
/// command line until the catalogue's index answers instead.
public struct ClaimSet: ClaimSource, Sendable {
    public let all: [Claim]
    private let byIndication: [String: [Claim]]

    public init(_ claims: [Claim]) {
        all = claims
        byIndication = Dictionary(grouping: claims, by: \.indication)
    }

    public func claims(indication: String, intervention: String?) -> [Claim] {
        guard indication != Claim.generalIndication else { return [] }
        return (byIndication[indication] ?? []).filter { intervention == nil || $0.intervention == intervention }
    }

    public func generalClaims(intervention: String?) -> [Claim] {
        (byIndication[Claim.generalIndication] ?? []).filter { intervention == nil || $0.intervention == intervention }
    }

    public func indications() -> [String] {
        byIndication.keys.filter { $0 != Claim.generalIndication }.sorted()
    }

    public func interventions(indication: String?) -> [String] {
        let pool = indication.map { claims(indication: $0, intervention: nil) } ?? all
        return Set(pool.map(\.intervention)).sorted()
    }

    public func documentCount(indication: String, intervention: String?) -> Int {
        Set(claims(indication: indication, intervention: intervention).map(\.doc)).count
    }
}
