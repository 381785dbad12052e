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

    public init(indication: IndicationRef, verdicts: [VerdictResult]) {
        self.indication = indication
        self.verdicts = verdicts
    }
}
