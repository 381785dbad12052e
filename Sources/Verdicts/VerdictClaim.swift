import Catalogue
import Claims

/// What a verdict reads of a claim: a decoded `Claim`, or a `ClaimRow` of the catalogue's
/// claim table (the same values, without the sentence, title or cues). The engine, the
/// rationale and the deciding order are written once, for either.
public protocol VerdictClaim: Sendable {
    var doc: String { get }
    var year: Int? { get }
    var intervention: String { get }
    /// Indication id, or `general` for a claim about the intervention as a whole.
    var indication: String { get }
    var stance: Stance { get }
    var basis: Basis { get }
    var level: Int? { get }
    var cited: Bool { get }
    var hedged: Bool { get }
    var wholePractice: Bool { get }
    var scope: String? { get }
    var start: Int { get }
    var confidence: Double { get }
}

extension Claim: VerdictClaim {}
extension ClaimRow: VerdictClaim {}

/// Where verdicts get claims of one kind: `ClaimSourceRows` (any `ClaimSource`, its claims
/// decoded) and `CatalogueRows` (the catalogue's claim rows).
protocol VerdictRowSource {
    associatedtype Row: VerdictClaim
    /// As `ClaimSource.claims(indication:intervention:)`.
    func rows(indication: String, intervention: String?) throws -> [Row]
    /// As `ClaimSource.generalClaims(intervention:)`.
    func generalRows(intervention: String?) throws -> [Row]
    func indications() throws -> [String]
    func interventions(indication: String?) throws -> [String]
}

/// A `ClaimSource` as rows: its claims.
struct ClaimSourceRows<Base: ClaimSource>: VerdictRowSource {
    let base: Base
    func rows(indication: String, intervention: String?) throws -> [Claim] { try base.claims(indication: indication, intervention: intervention) }
    func generalRows(intervention: String?) throws -> [Claim] { try base.generalClaims(intervention: intervention) }
    func indications() throws -> [String] { try base.indications() }
    func interventions(indication: String?) throws -> [String] { try base.interventions(indication: indication) }
}

/// The catalogue's claims at or above a confidence, as rows: what
/// `ConfidentClaims(CatalogueClaimSource(catalogue), minimum:)` hands verdicts, the same
/// claims in the same order, without decoding their sentences, titles and cues. `claim(_:)`
/// decodes one when it is shown.
public struct CatalogueRows: VerdictRowSource, Sendable {
    public let catalogue: Catalogue
    public let minimum: Double

    public init(_ catalogue: Catalogue, minimum: Double = ClaimConfidence.threshold) {
        self.catalogue = catalogue
        self.minimum = minimum
    }

    public func rows(indication: String, intervention: String?) throws -> [ClaimRow] {
        guard indication != Claim.generalIndication else { return [] }
        return try catalogue.claims.claimRows(indication: indication, intervention: intervention).filter { $0.confidence >= minimum }
    }

    public func generalRows(intervention: String?) throws -> [ClaimRow] {
        try catalogue.claims.claimRows(indication: Claim.generalIndication, intervention: intervention).filter { $0.confidence >= minimum }
    }

    /// From the claim table's directory, as `ConfidentClaims` over `CatalogueClaimSource`.
    public func indications() throws -> [String] {
        try catalogue.claims.indications(withClaimsAtLeast: minimum).filter { $0 != Claim.generalIndication }
    }

    public func interventions(indication: String?) throws -> [String] {
        guard let indication else { return try catalogue.claims.interventions(indication: nil) }
        // From the directory: a group has a claim at or above the minimum when its highest does.
        return try catalogue.claims.interventions(indication: indication, withClaimsAtLeast: minimum)
    }

    /// The whole claim of a row, decoded from the catalogue (nothing is kept).
    public func claim(_ row: ClaimRow) throws -> Claim {
        try catalogue.claims.claim(row)
    }
}
