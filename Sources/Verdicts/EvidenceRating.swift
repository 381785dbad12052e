import Claims

/// The rating scale of preuve's ClaimReviews, "preuve evidence scale", worst to best:
/// how well an article's claim matches what the catalogue's evidence allows.
///
/// | value | name | when |
/// |---|---|---|
/// | 1 | Contradicted by the evidence | it works vs refuted, it does not work vs supported |
/// | 2 | Stronger than the evidence | it works / does not work vs insufficient, conflicting, testimony-only, unknown |
/// | 3 | Understates the evidence | unproven vs supported |
/// | 4 | Fair given the evidence | unproven vs insufficient, conflicting, testimony-only, unknown, refuted |
/// | 5 | Confirmed by the evidence | it works vs supported, it does not work vs refuted |
public enum EvidenceRating: Int, Sendable, Hashable, Codable, CaseIterable {
    case contradicted = 1, stronger, understated, fair, confirmed

    public static let scaleName = "preuve evidence scale"
    public static let worst = EvidenceRating.contradicted
    public static let best = EvidenceRating.confirmed

    public var name: String {
        switch self {
        case .contradicted: return "Contradicted by the evidence"
        case .stronger: return "Stronger than the evidence"
        case .understated: return "Understates the evidence"
        case .fair: return "Fair given the evidence"
        case .confirmed: return "Confirmed by the evidence"
        }
    }

    public init(_ check: ClaimCheck) {
        switch check.assessment {
        case .contradictsEvidence: self = .contradicted
        case .strongerThanEvidence: self = .stronger
        case .weakerThanEvidence: self = .understated
        case .consistent:
            let confirmed = [Verdict.supported, .refuted].contains(check.verdict.verdict) && check.claim.stance != .uncertain
            self = confirmed ? .confirmed : .fair
        }
    }

    /// The whole scale in one line, for the rating's description.
    public static var legend: String {
        "\(scaleName): " + allCases.map { "\($0.rawValue) = \($0.name.lowercased())" }.joined(separator: ", ")
    }
}
