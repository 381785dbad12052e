import Claims

/// How an article's claim compares with the catalogue's evidence.
public enum Assessment: String, Sendable, Hashable, Codable, CaseIterable {
    /// The claim says no more than the evidence: it matches a supported or refuted verdict,
    /// or it calls efficacy unproven where the evidence does not establish it.
    case consistent
    /// The claim asserts an effect (or its absence) that the evidence does not establish:
    /// `supports` or `refutes` against insufficient, conflicting, testimony-only or unknown.
    case strongerThanEvidence = "stronger-than-evidence"
    /// The claim says the opposite of the evidence: `supports` against refuted, `refutes`
    /// against supported.
    case contradictsEvidence = "contradicts-evidence"
    /// The claim calls efficacy unproven where the best evidence shows that it works.
    case weakerThanEvidence = "weaker-than-evidence"

    /// Whether a fact-checker should look at the claim.
    public var isFlagged: Bool { self != .consistent }
}

/// One of an article's claims beside the catalogue's verdict for it.
public struct ClaimCheck: Sendable, Hashable, Codable {
    public var claim: Claim
    public var verdict: VerdictResult
    public var assessment: Assessment
    /// One plain sentence: what the article says against what the evidence allows.
    public var explanation: String

    public init(claim: Claim, verdict: VerdictResult, assessment: Assessment, explanation: String) {
        self.claim = claim
        self.verdict = verdict
        self.assessment = assessment
        self.explanation = explanation
    }

    public var flagged: Bool { assessment.isFlagged }

    private enum CodingKeys: String, CodingKey { case claim, verdict, assessment, flagged, explanation }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(claim: try c.decode(Claim.self, forKey: .claim), verdict: try c.decode(VerdictResult.self, forKey: .verdict),
                  assessment: try c.decode(Assessment.self, forKey: .assessment),
                  explanation: try c.decode(String.self, forKey: .explanation))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(claim, forKey: .claim)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(assessment, forKey: .assessment)
        try c.encode(flagged, forKey: .flagged)
        try c.encode(explanation, forKey: .explanation)
    }
}

/// The fact-check of one article: each claim it makes, checked.
public struct FactCheck: Sendable, Hashable, Codable {
    /// The article, as its claims name it (`doc`), and its title.
    public var doc: String
    public var title: String
    public var checks: [ClaimCheck]

    public init(doc: String, title: String, checks: [ClaimCheck]) {
        self.doc = doc
        self.title = title
        self.checks = checks
    }

    public var flaggedCount: Int { checks.filter(\.flagged).count }

    private enum CodingKeys: String, CodingKey { case doc, title, claims, flagged, checks }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(doc: try c.decode(String.self, forKey: .doc), title: try c.decode(String.self, forKey: .title),
                  checks: try c.decode([ClaimCheck].self, forKey: .checks))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(title, forKey: .title)
        try c.encode(checks.count, forKey: .claims)
        try c.encode(flaggedCount, forKey: .flagged)
        try c.encode(checks, forKey: .checks)
    }
}
