import Claims

/// What the catalogue concludes about one intervention for one indication.
/// Raw values are the `verdict` values of spec/cli.md.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The best evidence (level 1-3) agrees that it works.
    case supported
    /// The best evidence (level 1-3) agrees that it does not work.
    case refuted
    /// The best evidence finds efficacy unproven, or only level 4-5 evidence exists.
    case insufficient
    /// Sources of the best level disagree on whether it works.
    case conflicting
    /// Only testimony and bare assertions, whatever they say.
    case testimonyOnly = "testimony-only"
    /// No claim names the indication.
    case unknown

    /// The verdict as a heading for people: "Testimony only".
    public var title: String {
        switch self {
        case .supported: return "Supported"
        case .refuted: return "Refuted"
        case .insufficient: return "Insufficient"
        case .conflicting: return "Conflicting"
        case .testimonyOnly: return "Testimony only"
        case .unknown: return "Unknown"
        }
    }

    /// The verdict in a few plain words, for ClaimReview and tables.
    public var inWords: String {
        switch self {
        case .supported: return "supported by the evidence"
        case .refuted: return "refuted by the evidence"
        case .insufficient: return "the evidence is insufficient"
        case .conflicting: return "the evidence is conflicting"
        case .testimonyOnly: return "only testimony, no evidence"
        case .unknown: return "nothing in the catalogue"
        }
    }
}
