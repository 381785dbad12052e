import Claims

/// Claims to verdicts, by the rules of spec/claims.md sections 3 and 4 and the choices
/// written down in docs/verdicts.md:
/// 1. no claim names the indication: `unknown` (general claims are shown, never decide);
/// 2. nothing with a level may decide (see `EvidenceSelection`): `testimony-only`;
/// 3. best level 4-5: `insufficient`;
/// 4. best level 1-3, by the stances at that level: only `supports` gives `supported`,
///    only `refutes` gives `refuted`, only `uncertain` gives `insufficient`; `supports`
///    beside `refutes` or `uncertain` gives `conflicting` (sources of equal strength
///    disagree on whether it works); `refutes` beside `uncertain` gives `insufficient`
///    (they agree it is not shown to work, but not all go as far as "no effect").
/// Hedging never changes a verdict; the rationale says when all deciding claims are hedged.
///
/// The rules are written once, over `VerdictClaim`: decoded claims (`verdict`) and the
/// catalogue's claim rows (`IndicationJudgement<ClaimRow>.answer`) get the same verdict.
public struct VerdictEngine: Sendable {
    public var vocabulary: IndicationVocabulary

    public init(vocabulary: IndicationVocabulary = .bundled) {
        self.vocabulary = vocabulary
    }

    /// The verdict for one intervention and one indication, from the claims that name the
    /// indication and the claims about the intervention as a whole. Claims about other
    /// interventions or indications are ignored, so callers may pass wider lists.
    /// For the indication `general`, the general claims are judged as its own claims.
    public func verdict(indication: String, intervention: String, claims: [Claim], general: [Claim]) -> VerdictResult {
        judged(indication: indication, intervention: intervention, claims: claims, general: general)
    }

    func judged<C: VerdictClaim>(indication: String, intervention: String, claims: [C], general: [C]) -> Judgement<C> {
        let isGeneral = indication == Claim.generalIndication
        // A general claim scoped to some uses (an evaluation of the aesthetic uses) speaks
        // only for indications of that domain, or of that subtree of the hierarchy
        // (`aesthetic-indications`).
        let domain = isGeneral ? nil : vocabulary.indication(id: indication)?.domain
        let generalClaims = DecidingOrder.sorted(general.filter {
            $0.intervention == intervention && $0.indication == Claim.generalIndication
                && ($0.scope == nil || domain == nil || $0.scope == domain || vocabulary.isWithin(indication, $0.scope!))
        })
        let own = isGeneral ? generalClaims : claims.filter { $0.intervention == intervention && $0.indication == indication }
        let shownGeneral = isGeneral ? [] : generalClaims

        let counting = own.isEmpty ? [] : EvidenceSelection.counting(own: own, general: shownGeneral)
        let bestLevel = counting.compactMap(\.level).min()
        let deciding = DecidingOrder.sorted(counting.filter { $0.level == bestLevel })
        let verdict = decide(hasOwnClaims: !own.isEmpty, bestLevel: bestLevel, deciding: deciding)

        var counts = StanceBasisCounts()
        for claim in own { counts.add(stance: claim.stance, basis: claim.basis) }
        for claim in deciding where claim.indication != indication { counts.add(stance: claim.stance, basis: claim.basis) }

        let rationale = Rationale(intervention: interventionName(intervention), indication: indicationName(indication))
            .sentence(verdict: verdict, deciding: deciding, own: own, general: shownGeneral)
        // Sorting is stable: the claims with a level, and those without, in deciding order.
        let ownSorted = DecidingOrder.sorted(own)
        return Judgement(
            intervention: intervention, indication: indication, verdict: verdict, bestLevel: bestLevel,
            rationale: rationale, counts: counts, deciding: deciding,
            evidence: ownSorted.filter { $0.level != nil },
            testimony: ownSorted.filter { $0.level == nil },
            general: shownGeneral, documents: Set(own.map(\.doc)).count)
    }

    private func decide<C: VerdictClaim>(hasOwnClaims: Bool, bestLevel: Int?, deciding: [C]) -> Verdict {
        guard hasOwnClaims else { return .unknown }
        guard let bestLevel else { return .testimonyOnly }
        if bestLevel >= 4 { return .insufficient }
        let stances = Set(deciding.map(\.stance))
        if stances.contains(.supports) { return stances.count == 1 ? .supported : .conflicting }
        if stances == [.refutes] { return .refuted }
        return .insufficient
    }

    /// One verdict per intervention for an indication: the given intervention, or every
    /// intervention with claims naming the indication; failing those, every intervention the
    /// source knows (each `unknown`, its general claims beside it); failing all, one
    /// `unknown` verdict for the intervention `any`.
    public func verdicts(indication: String, intervention: String? = nil, source: some ClaimSource) throws -> [VerdictResult] {
        try judgements(indication: indication, intervention: intervention, source: ClaimSourceRows(base: source))
    }

    func judgements<S: VerdictRowSource>(indication: String, intervention: String?, source: S) throws -> [Judgement<S.Row>] {
        var interventions = try intervention.map { [$0] } ?? source.interventions(indication: indication)
        if interventions.isEmpty { interventions = try source.interventions(indication: nil) }
        if interventions.isEmpty { interventions = [Self.anyIntervention] }
        return try interventions.map { name in
            let general = try source.generalRows(intervention: name)
            let own = indication == Claim.generalIndication ? [] : try source.rows(indication: indication, intervention: name)
            return judged(indication: indication, intervention: name, claims: own, general: general)
        }
    }

    /// The intervention named in a verdict when the catalogue knows none at all.
    public static let anyIntervention = "any"

    func indicationName(_ id: String) -> String {
        if id == Claim.generalIndication { return "its uses in general" }
        return vocabulary.indication(id: id)?.labelEN ?? id.replacingOccurrences(of: "-", with: " ")
    }

    func interventionName(_ id: String) -> String {
        id == Self.anyIntervention ? "any intervention" : id.replacingOccurrences(of: "-", with: " ")
    }
}
