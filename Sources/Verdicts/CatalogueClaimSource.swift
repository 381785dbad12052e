import Catalogue
import Claims

/// The catalogue's claim table as the claim source of verdicts: the claims of one
/// indication (and intervention) are decoded from the snapshot when first asked for.
public struct CatalogueClaimSource: ClaimSource {
    public let catalogue: Catalogue

    public init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    public func claims(indication: String, intervention: String?) throws -> [Claim] {
        guard indication != Claim.generalIndication else { return [] }
        return try catalogue.claims.claims(indication: indication, intervention: intervention).map(\.claim)
    }

    public func generalClaims(intervention: String?) throws -> [Claim] {
        try catalogue.claims.claims(indication: Claim.generalIndication, intervention: intervention).map(\.claim)
    }

    public func indications() throws -> [String] {
        try catalogue.claims.indications.filter { $0 != Claim.generalIndication }
    }

    /// From the claim table's directory, which keeps each group's highest confidence:
    /// no claim is decoded.
    public func indications(withClaimsAtLeast confidence: Double) throws -> [String] {
        try catalogue.claims.indications(withClaimsAtLeast: confidence).filter { $0 != Claim.generalIndication }
    }

    public func interventions(indication: String?) throws -> [String] {
        try catalogue.claims.interventions(indication: indication)
    }

    public func documentCount(indication: String, intervention: String?) throws -> Int {
        Set(try catalogue.claims.claims(indication: indication, intervention: intervention).map(\.document)).count
    }
}
