import Catalogue
import Claims

/// The catalogue's claim table as the claim source of verdicts: ranges found by binary
/// search over claims sorted by indication and intervention.
public struct CatalogueClaimSource: ClaimSource {
    public let catalogue: Catalogue

    public init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    public func claims(indication: String, intervention: String?) throws -> [Claim] {
        guard indication != Claim.generalIndication else { return [] }
        return catalogue.claims.claims(indication: indication, intervention: intervention).map(\.claim)
    }

    public func generalClaims(intervention: String?) throws -> [Claim] {
        catalogue.claims.claims(indication: Claim.generalIndication, intervention: intervention).map(\.claim)
    }

    public func indications() throws -> [String] {
        catalogue.claims.indications.filter { $0 != Claim.generalIndication }
    }

    public func interventions(indication: String?) throws -> [String] {
        let rows = indication.map { catalogue.claims.claims(indication: $0) } ?? catalogue.claims.rows[...]
        return Set(rows.map(\.claim.intervention)).sorted()
    }

    public func documentCount(indication: String, intervention: String?) throws -> Int {
        Set(catalogue.claims.claims(indication: indication, intervention: intervention).map(\.document)).count
    }
}
