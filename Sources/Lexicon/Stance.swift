/// The values a claim takes that the lexicon also names: a cue line says which stance its
/// words state (`effect supports`) or which basis they name (`basis rct`).

/// What a statement says of an intervention's effect on an indication.
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
    case supports, refutes, uncertain
}

/// What a statement rests on, best first. See spec/claims.md section 2.
public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
    case metaAnalysis = "meta-analysis"
    case systematicReview = "systematic-review"
    case htaReport = "hta-report"
    case rct
    case controlledStudy = "controlled-study"
    case cohort
    case caseControl = "case-control"
    case caseSeries = "case-series"
    case caseReport = "case-report"
    case expertOpinion = "expert-opinion"
    case testimony
    case assertion

    /// A better basis: a lower level; at the same level, the one listed first (a "prospective
    /// controlled study" is a controlled study before it is a cohort).
    public func isBetter(than other: Basis) -> Bool {
        let (a, b) = (level ?? 9, other.level ?? 9)
        if a != b { return a < b }
        return Basis.allCases.firstIndex(of: self)! < Basis.allCases.firstIndex(of: other)!
    }

    /// 1 (best) to 5, nil for testimony and bare assertion.
    public var level: Int? {
        switch self {
        case .metaAnalysis, .systematicReview, .htaReport: return 1
        case .rct: return 2
        case .controlledStudy, .cohort, .caseControl: return 3
        case .caseSeries, .caseReport: return 4
        case .expertOpinion: return 5
        case .testimony, .assertion: return nil
        }
    }
}
