import Claims

/// The catalogue at a glance, for `preuve indications`: one row per indication that some
/// claim names, one entry per intervention with claims on it.
public struct CatalogueOverview: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        public var labelFR: String
        public var verdicts: [Entry]

        private enum CodingKeys: String, CodingKey {
            case id, label, verdicts
            case labelFR = "label_fr"
        }
    }

    public struct Entry: Sendable, Hashable, Codable {
        public var intervention: String
        public var verdict: Verdict
        public var bestLevel: Int?
        public var documents: Int
        /// Claims with a level (1-5) naming the indication.
        public var evidence: Int
        /// Claims with no level (testimony, assertion) naming the indication.
        public var testimony: Int

        private enum CodingKeys: String, CodingKey {
            case intervention, verdict, documents, evidence, testimony
            case bestLevel = "best_level"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(intervention, forKey: .intervention)
            try c.encode(verdict, forKey: .verdict)
            try c.encode(bestLevel, forKey: .bestLevel)
            try c.encode(documents, forKey: .documents)
            try c.encode(evidence, forKey: .evidence)
            try c.encode(testimony, forKey: .testimony)
        }
    }

    public var indications: [Row]

    public init(indications: [Row]) {
        self.indications = indications
    }

    /// Rows in vocabulary order, then indications the vocabulary lacks, by id.
    public init(source: some ClaimSource, engine: VerdictEngine = VerdictEngine()) throws {
        let vocabulary = engine.vocabulary
        let order = Dictionary(vocabulary.indications.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = try source.indications().sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        indications = try ids.map { id in
            let known = vocabulary.indication(id: id)
            let entries = try engine.verdicts(indication: id, source: source).map { result in
                Entry(intervention: result.intervention, verdict: result.verdict, bestLevel: result.bestLevel,
                      documents: result.documents, evidence: result.evidence.count, testimony: result.testimony.count)
            }
            return Row(id: id, label: known?.labelEN ?? id, labelFR: known?.labelFR ?? id, verdicts: entries)
        }
    }
}
