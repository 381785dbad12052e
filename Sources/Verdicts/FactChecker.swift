import Claims

/// Pairs each claim an article makes with the catalogue's verdict for its indication and
/// intervention, and says where the article claims more (or other) than the evidence allows.
///
/// Choices (docs/verdicts.md):
/// - a hedged claim is judged by its stance like any other: "may relieve" still tells the
///   reader that it relieves (spec: hedging does not change the stance); the explanation
///   mentions the hedge;
/// - the article's own document is left out of the catalogue's claims, so an article never
///   vouches for itself when it is also in the corpus;
/// - a claim about the intervention as a whole is checked against the catalogue's general
///   claims, judged as if they named one indication.
public struct FactChecker: Sendable {
    public var engine: VerdictEngine

    public init(engine: VerdictEngine = VerdictEngine()) {
        self.engine = engine
    }

    /// Checks an article's claims. `articleDocs` are the `doc` values the catalogue would
    /// give this article's claims, left out of the evidence (the claims' own `doc`s always are).
    public func check(claims: [Claim], doc: String, title: String, against source: some ClaimSource,
                      articleDocs: Set<String> = []) throws -> FactCheck {
        let excluded = articleDocs.union(claims.map(\.doc))
        var checks: [ClaimCheck] = []
        for claim in claims {
            let general = try source.generalClaims(intervention: claim.intervention).filter { !excluded.contains($0.doc) }
            let own = claim.indication == Claim.generalIndication ? [] :
                try source.claims(indication: claim.indication, intervention: claim.intervention).filter { !excluded.contains($0.doc) }
            let verdict = engine.verdict(indication: claim.indication, intervention: claim.intervention, claims: own, general: general)
            checks.append(check(claim, against: verdict))
        }
        return FactCheck(doc: doc, title: title, checks: checks)
    }

    /// One claim against one verdict.
    public func check(_ claim: Claim, against verdict: VerdictResult) -> ClaimCheck {
        let assessment = Self.assess(claim.stance, verdict.verdict)
        return ClaimCheck(claim: claim, verdict: verdict, assessment: assessment,
                          explanation: explain(claim, verdict: verdict, assessment: assessment))
    }

    static func assess(_ stance: Stance, _ verdict: Verdict) -> Assessment {
        switch (stance, verdict) {
        case (.supports, .supported), (.refutes, .refuted): return .consistent
        case (.supports, .refuted), (.refutes, .supported): return .contradictsEvidence
        case (.uncertain, .supported): return .weakerThanEvidence
        case (.uncertain, _): return .consistent
        case (.supports, _), (.refutes, _): return .strongerThanEvidence
        }
    }

    private func explain(_ claim: Claim, verdict: VerdictResult, assessment: Assessment) -> String {
        let says: String
        switch claim.stance {
        case .supports: says = "that it works"
        case .refutes: says = "that it does not work"
        case .uncertain: says = "that its effect is unproven"
        }
        let hedge = claim.hedged ? ", if hedged," : ""
        let article = "The article says\(hedge) \(says) for \(engine.indicationName(claim.indication))"
        let catalogue = "(catalogue verdict: \(verdict.verdict.rawValue), \(verdict.verdict.inWords))"
        switch assessment {
        case .consistent: return "\(article), in line with the evidence \(catalogue)."
        case .strongerThanEvidence: return "\(article), which is stronger than the evidence \(catalogue)."
        case .contradictsEvidence: return "\(article), against the evidence \(catalogue)."
        case .weakerThanEvidence: return "\(article), which understates the evidence \(catalogue)."
        }
    }
}
