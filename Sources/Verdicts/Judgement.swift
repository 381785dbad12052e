import Catalogue
import Claims

/// A verdict with the claims it weighed as rows of either kind (`VerdictClaim`):
/// `VerdictResult` is this for decoded claims, the shape spec/cli.md gives; `preuve query`
/// judges the catalogue's claim rows and decodes a claim only to show it.
public struct Judgement<Row: VerdictClaim>: Sendable {
    public var intervention: String
    public var indication: String
    public var verdict: Verdict
    public var bestLevel: Int?
    public var rationale: String
    public var counts: StanceBasisCounts
    public var deciding: [Row]
    public var evidence: [Row]
    public var testimony: [Row]
    public var general: [Row]
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

extension Judgement where Row == Claim {
    public init(_ result: VerdictResult) {
        self.init(intervention: result.intervention, indication: result.indication, verdict: result.verdict,
                  bestLevel: result.bestLevel, rationale: result.rationale, counts: result.counts, deciding: result.deciding,
                  evidence: result.evidence, testimony: result.testimony, general: result.general, documents: result.documents)
    }
}

extension VerdictResult {
    public init(_ judgement: Judgement<Claim>) {
        self.init(intervention: judgement.intervention, indication: judgement.indication, verdict: judgement.verdict,
                  bestLevel: judgement.bestLevel, rationale: judgement.rationale, counts: judgement.counts,
                  deciding: judgement.deciding, evidence: judgement.evidence, testimony: judgement.testimony,
                  general: judgement.general, documents: judgement.documents)
    }
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
        self.init(indication: answer.indication, verdicts: answer.verdicts.map(Judgement.init), narrower: answer.narrower.map(Self.init))
    }
}

extension IndicationAnswer {
    public init(_ judgement: IndicationJudgement<Claim>) {
        self.init(indication: judgement.indication, verdicts: judgement.verdicts.map(VerdictResult.init),
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
