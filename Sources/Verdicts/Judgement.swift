import Catalogue
import Claims

/// One verdict: an intervention for an indication, with the claims it weighed, as rows of
/// either kind (`VerdictClaim`). `VerdictResult` is this over decoded claims, the shape
/// spec/cli.md gives (one element of `verdicts`); `preuve query` judges the catalogue's claim
/// rows and decodes a claim only to show it.
public struct Judgement<Row: VerdictClaim>: Sendable {
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
    public var deciding: [Row]
    /// Every claim with a level (1-5) that names the indication, deciding or not.
    public var evidence: [Row]
    /// Claims that name the indication with no level: testimony and bare assertion.
    public var testimony: [Row]
    /// Claims about the intervention as a whole, shown beside every verdict for it.
    public var general: [Row]
    /// How many documents hold the indication's own claims.
    public var documents: Int

    public init(intervention: String, indication: String, verdict: Verdict, bestLevel: Int?, rationale: String,
                counts: StanceBasisCounts, deciding: [Row], evidence: [Row], testimony: [Row], general: [Row], documents: Int) {
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
}

/// One verdict over decoded claims: what `check`, the server and the JSON of spec/cli.md use.
public typealias VerdictResult = Judgement<Claim>

// Conformances whose implementations are synthesised: they must sit in the type's own file.
extension Judgement: Equatable where Row == Claim {}
extension Judgement: Hashable where Row == Claim {}
extension Judgement: Codable where Row == Claim {
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

extension Judgement where Row == Claim {
    /// True when every deciding claim reports another source's finding.
    public var decidedSecondHand: Bool { !deciding.isEmpty && deciding.allSatisfy(\.cited) }

    /// True when every deciding claim is hedged ("may", "pourrait").
    public var decidedHedged: Bool { !deciding.isEmpty && deciding.allSatisfy(\.hedged) }
}

/// The answer of `preuve query` over rows of either kind: `IndicationAnswer` is this for
/// decoded claims.
public struct IndicationJudgement<Row: VerdictClaim>: Sendable {
    public var indication: IndicationAnswer.IndicationRef
    public var verdicts: [Judgement<Row>]
    public var narrower: [IndicationJudgement<Row>]

    public init(indication: IndicationAnswer.IndicationRef, verdicts: [Judgement<Row>], narrower: [IndicationJudgement<Row>] = []) {
        self.indication = indication
        self.verdicts = verdicts
        self.narrower = narrower
    }
}

extension IndicationJudgement where Row == Claim {
    public init(_ answer: IndicationAnswer) {
        self.init(indication: answer.indication, verdicts: answer.verdicts, narrower: answer.narrower.map(Self.init))
    }
}

extension IndicationAnswer {
    public init(_ judgement: IndicationJudgement<Claim>) {
        self.init(indication: judgement.indication, verdicts: judgement.verdicts,
                  narrower: judgement.narrower.map(IndicationAnswer.init))
    }
}

extension IndicationJudgement where Row == ClaimRow {
    /// `IndicationAnswer.answer` over the catalogue's claim rows: the same verdicts, the same
    /// claims in the same order, none of them decoded.
    public static func answer(for indication: Indication, matched: String, intervention: String?,
                              engine: VerdictEngine, source: CatalogueRows) throws -> IndicationJudgement<ClaimRow> {
        try answerTree(for: indication, matched: matched, intervention: intervention, engine: engine, source: source)
    }
}
