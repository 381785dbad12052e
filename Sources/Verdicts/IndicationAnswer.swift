import Claims

/// The answer of `preuve query`: the indication as understood, and one verdict per
/// intervention. Keys are those of spec/cli.md.
public struct IndicationAnswer: Sendable, Hashable, Codable {
    public struct IndicationRef: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        public var labelFR: String
        /// The vocabulary name the user's word matched.
        public var matched: String

        public init(id: String, label: String, labelFR: String, matched: String) {
            self.id = id
            self.label = label
            self.labelFR = labelFR
            self.matched = matched
        }

        public init(_ indication: Indication, matched: String) {
            self.init(id: indication.id, label: indication.labelEN, labelFR: indication.labelFR, matched: matched)
        }

        private enum CodingKeys: String, CodingKey {
            case id, label, matched
            case labelFR = "label_fr"
        }
    }

    public var indication: IndicationRef
    public var verdicts: [VerdictResult]
    /// The narrower indications of the vocabulary's hierarchy that have claims, each with its
    /// own verdicts ("back pain" shows low back pain and thoracic back pain below it).
    public var narrower: [IndicationAnswer]

    public init(indication: IndicationRef, verdicts: [VerdictResult], narrower: [IndicationAnswer] = []) {
        self.indication = indication
        self.verdicts = verdicts
        self.narrower = narrower
    }

    private enum CodingKeys: String, CodingKey {
        case indication, verdicts, narrower
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indication, forKey: .indication)
        try c.encode(verdicts, forKey: .verdicts)
        if !narrower.isEmpty { try c.encode(narrower, forKey: .narrower) }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indication = try c.decode(IndicationRef.self, forKey: .indication)
        verdicts = try c.decode([VerdictResult].self, forKey: .verdicts)
        narrower = try c.decodeIfPresent([IndicationAnswer].self, forKey: .narrower) ?? []
    }

    /// The answer for an indication and, below it, for each narrower indication the catalogue
    /// has claims on (down the hierarchy, nearest first).
    public static func answer(for indication: Indication, matched: String, intervention: String?,
                              engine: VerdictEngine, source: some ClaimSource) throws -> IndicationAnswer {
        IndicationAnswer(try answerTree(for: indication, matched: matched, intervention: intervention, engine: engine,
                                        source: ClaimSourceRows(base: source)))
    }
}

/// `IndicationAnswer.answer` for claims of either kind: the indication's verdicts, then the
/// narrower indications with claims, down the hierarchy, nearest first.
func answerTree<S: VerdictRowSource>(for indication: Indication, matched: String, intervention: String?,
                                     engine: VerdictEngine, source: S) throws -> IndicationJudgement<S.Row> {
    let withClaims = Set(try source.indications())
    func below(_ id: String, depth: Int) throws -> [IndicationJudgement<S.Row>] {
        guard depth < 8 else { return [] }
        var out: [IndicationJudgement<S.Row>] = []
        for child in engine.vocabulary.children(of: id) {
            guard let concept = engine.vocabulary.indication(id: child) else { continue }
            let deeper = try below(child, depth: depth + 1)
            guard withClaims.contains(child) || !deeper.isEmpty else { continue }
            let verdicts = withClaims.contains(child)
                ? try engine.judgements(indication: child, intervention: intervention, source: source) : []
            out.append(IndicationJudgement(indication: .init(concept, matched: concept.labelEN), verdicts: verdicts, narrower: deeper))
        }
        return out
    }
    return IndicationJudgement(indication: .init(indication, matched: matched),
                               verdicts: try engine.judgements(indication: indication.id, intervention: intervention, source: source),
                               narrower: try below(indication.id, depth: 0))
}
