import Claims

/// One verdict: an intervention for an indication, with everything it rests on.
/// Keys are those of spec/cli.md (`preuve query`, one element of `verdicts`).
public struct VerdictResult: Sendable, Hashable, Codable {
    public var intervention: String
    /// The indication id judged, or `general` for the intervention as a whole.
    public var indication: String
    public var verdict: Verdict
    /// Level (1 best, 5 weakest) of the deciding claims; nil when nothing with a level decides.
    public var bestLevel: Int?
    /// One plain sentence a journalist could quote.
    public var rationale: String
    /// The claims the verdict weighed, by stance and basis: the indication's own claims,
    /// plus any claims about the intervention as a whole that decide.
    public var counts: StanceBasisCounts
    /// The claims the verdict rests on, in deciding order (see `DecidingOrder`).
    public var deciding: [Claim]
    /// Every claim with a level (1-5) that names the indication, deciding or not.
    public var evidence: [Claim]
    /// Claims that name the indication with no level: testimony and bare assertion.
    public var testimony: [Claim]
    /// Claims about the intervention as a whole, shown beside every verdict for it.
    public var general: [Claim]
    /// How many documents hold the indication's own claims.
    public var documents: Int

    public init(
        intervention: String, indication: String, verdict: Verdict, bestLevel: Int?, rationale: String,
        counts: StanceBasisCounts, deciding: [Claim], evidence: [Claim], testimony: [Claim], general: [Claim],
        documents: Int
    ) {
        self.intervention = intervention
        self.indication = indication
        self.verdict = verdict
        self.bestLevel = bestLevel
        self.rationale = rationale
        self.counts = counts
        self.deciding = deciding
        self.evidence = evidence
        self.testimony = testimony
        self.general = general
        self.documents = documents
    }

    /// True when every deciding claim reports another source's finding.
    public var decidedSecondHand: Bool { !deciding.isEmpty && deciding.allSatisfy(\.cited) }

    /// True when every deciding claim is hedged ("may", "pourrait").
    public var decidedHedged: Bool { !deciding.isEmpty && deciding.allSatisfy(\.hedged) }

    private enum CodingKeys: String, CodingKey {
        case intervention, indication, verdict, rationale, counts, deciding, evidence, testimony, general, documents
        case bestLevel = "best_level"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(intervention, forKey: .intervention)
        try c.encode(indication, forKey: .indication)
        try c.encode(verdict, forKey: .verdict)
        // Written as null rather than left out: scripts read `best_level` on every verdict.
        try c.encode(bestLevel, forKey: .bestLevel)
        try c.encode(rationale, forKey: .rationale)
        try c.encode(counts, forKey: .counts)
        try c.encode(deciding, forKey: .deciding)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(testimony, forKey: .testimony)
        try c.encode(general, forKey: .general)
        try c.encode(documents, forKey: .documents)
    }
}
