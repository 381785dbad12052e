import ArgumentParser
import Claims
import Verdicts

/// `--min-confidence`: which claims count for verdicts (query, indications, check).
struct ConfidenceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Count only claims at or above this confidence, 0 to 1 (default \(ClaimConfidence.threshold); 0 counts every claim).",
                               valueName: "x"))
    var minConfidence: Double = ClaimConfidence.threshold

    func validate() throws {
        guard (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence takes a number from 0 to 1, not \(minConfidence).")
        }
    }

    func filter(_ source: any ClaimSource) -> any ClaimSource {
        ConfidentClaims(AnyClaimSource(source), minimum: minConfidence)
    }
}

/// An existential claim source as a concrete one, for wrappers.
struct AnyClaimSource: ClaimSource {
    let base: any ClaimSource
    init(_ base: any ClaimSource) { self.base = base }
    func claims(indication: String, intervention: String?) throws -> [Claim] { try base.claims(indication: indication, intervention: intervention) }
    func generalClaims(intervention: String?) throws -> [Claim] { try base.generalClaims(intervention: intervention) }
    func indications() throws -> [String] { try base.indications() }
    func interventions(indication: String?) throws -> [String] { try base.interventions(indication: indication) }
    func documentCount(indication: String, intervention: String?) throws -> Int { try base.documentCount(indication: indication, intervention: intervention) }
}
