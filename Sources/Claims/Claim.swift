import Documents
import Lexicon

/// One cue that weighed in a decision, for `--explain`.
public struct Cue: Sendable, Hashable, Codable {
    /// What the cue decided: `intervention`, `indication`, `effect`, `stance`, `negation`, `basis`, `cited`, `hedged`, `reference`.
    public var role: String
    /// The words in the sentence, or the metadata that served (`PublicationType: Randomized Controlled Trial`).
    public var text: String
    /// The rule that used it, in a few words.
    public var rule: String

    public init(role: String, text: String, rule: String) {
        self.role = role
        self.text = text
        self.rule = rule
    }
}

/// One claim: an intervention has, lacks, or has unproven effect on an indication, as one
/// sentence of one document says. Keys and values are those of spec/cli.md (CLAIM).
public struct Claim: Sendable, Hashable, Codable {
    public var doc: String
    public var title: String
    public var year: Int?
    public var kind: DocumentKind
    public var intervention: String
    /// Indication id, or `general` for a claim about the intervention as a whole.
    public var indication: String
    public var surface: String
    public var stance: Stance
    public var basis: Basis
    public var cited: Bool
    public var hedged: Bool
    public var lang: String?
    public var sentence: String
    /// UTF-8 byte offsets of the sentence in the document's extracted text.
    public var start: Int
    public var end: Int
    /// The cues that decided this claim, best first.
    public var cues: [Cue]
    /// For a `general` claim, the part of the intervention's uses it speaks for
    /// (`therapeutic`, `aesthetic`, as the vocabulary's `domain`); nil for all of them.
    public var scope: String?
    /// How sure the extractor is of this claim, 0 to 1, from how it was found: sides named
    /// in the clause or inferred from the discourse, the strength of the stance's words
    /// (`ClaimConfidence`). Verdicts use claims at or above `ClaimConfidence.threshold`.
    public var confidence: Double = 1
    /// For a `general` claim: the sentence itself speaks of the practice as a whole ("dans
    /// toutes ses indications", or it names the intervention and its discourse no
    /// indication). Only such a general claim may decide a verdict (spec/claims.md §4, §6);
    /// one filed as `general` because nothing else was found is shown, never decides.
    public var wholePractice: Bool = false
    /// While the extractor reads a document: the model's log-odds of the claim's features so
    /// far and the factor its probability is multiplied by, for the document's own features
    /// (`ClaimConfidence.addDocumentFeature`). Nil on every claim the extractor returns, and
    /// neither encoded nor decoded.
    var pendingConfidence: PendingConfidence?

    public var level: Int? { basis.level }

    public init(
        doc: String, title: String, year: Int?, kind: DocumentKind, intervention: String,
        indication: String, surface: String, stance: Stance, basis: Basis, cited: Bool,
        hedged: Bool, lang: String?, sentence: String, start: Int, end: Int, cues: [Cue] = []
    ) {
        self.doc = doc
        self.title = title
        self.year = year
        self.kind = kind
        self.intervention = intervention
        self.indication = indication
        self.surface = surface
        self.stance = stance
        self.basis = basis
        self.cited = cited
        self.hedged = hedged
        self.lang = lang
        self.sentence = sentence
        self.start = start
        self.end = end
        self.cues = cues
    }

    /// The indication id that claims about the intervention as a whole carry.
    public static let generalIndication = "general"
}

extension Claim {
    private enum CodingKeys: String, CodingKey {
        case doc, title, year, kind, intervention, indication, surface, stance, basis, level
        case cited, hedged, lang, sentence, start, end, cues, scope, confidence
        case wholePractice = "whole_practice"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            doc: try c.decode(String.self, forKey: .doc),
            title: try c.decode(String.self, forKey: .title),
            year: try c.decodeIfPresent(Int.self, forKey: .year),
            kind: try c.decode(DocumentKind.self, forKey: .kind),
            intervention: try c.decode(String.self, forKey: .intervention),
            indication: try c.decode(String.self, forKey: .indication),
            surface: try c.decode(String.self, forKey: .surface),
            stance: try c.decode(Stance.self, forKey: .stance),
            basis: try c.decode(Basis.self, forKey: .basis),
            cited: try c.decode(Bool.self, forKey: .cited),
            hedged: try c.decode(Bool.self, forKey: .hedged),
            lang: try c.decodeIfPresent(String.self, forKey: .lang),
            sentence: try c.decode(String.self, forKey: .sentence),
            start: try c.decode(Int.self, forKey: .start),
            end: try c.decode(Int.self, forKey: .end),
            cues: try c.decodeIfPresent([Cue].self, forKey: .cues) ?? [])
        scope = try c.decodeIfPresent(String.self, forKey: .scope)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 1
        wholePractice = try c.decodeIfPresent(Bool.self, forKey: .wholePractice) ?? false
    }

    /// Writes every key of spec/cli.md's CLAIM, `level` included (null for testimony and assertion).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(title, forKey: .title)
        try c.encode(year, forKey: .year)
        try c.encode(kind, forKey: .kind)
        try c.encode(intervention, forKey: .intervention)
        try c.encode(indication, forKey: .indication)
        try c.encode(surface, forKey: .surface)
        try c.encode(stance, forKey: .stance)
        try c.encode(basis, forKey: .basis)
        try c.encode(level, forKey: .level)
        try c.encode(cited, forKey: .cited)
        try c.encode(hedged, forKey: .hedged)
        try c.encode(lang, forKey: .lang)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        if !cues.isEmpty { try c.encode(cues, forKey: .cues) }
        try c.encodeIfPresent(scope, forKey: .scope)
        try c.encode((confidence * 100).rounded() / 100, forKey: .confidence)
        if indication == Claim.generalIndication { try c.encode(wholePractice, forKey: .wholePractice) }
    }
}

/// A claim's confidence before the document's own features are added: log-odds and factor.
struct PendingConfidence: Sendable, Hashable {
    var logit: Double
    var factor: Double
    /// The claim's own features that the model's trees ask about; the document's are added
    /// with theirs, and the trees summed then.
    var treeFeatures = ConfidenceModel.FeatureSet()
}
