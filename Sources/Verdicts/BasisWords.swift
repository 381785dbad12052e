import Claims

/// Bases as plain English nouns, for rationales: "2 randomised trials".
enum BasisWords {
    static func noun(_ basis: Basis, count: Int) -> String {
        let (one, many): (String, String)
        switch basis {
        case .metaAnalysis: (one, many) = ("meta-analysis", "meta-analyses")
        case .systematicReview: (one, many) = ("systematic review", "systematic reviews")
        case .htaReport: (one, many) = ("official evaluation", "official evaluations")
        case .rct: (one, many) = ("randomised trial", "randomised trials")
        case .controlledStudy: (one, many) = ("controlled study", "controlled studies")
        case .cohort: (one, many) = ("cohort study", "cohort studies")
        case .caseControl: (one, many) = ("case-control study", "case-control studies")
        case .caseSeries: (one, many) = ("case series", "case series")
        case .caseReport: (one, many) = ("case report", "case reports")
        case .expertOpinion: (one, many) = ("expert opinion", "expert opinions")
        case .testimony: (one, many) = ("testimonial", "testimonials")
        case .assertion: (one, many) = ("unsupported assertion", "unsupported assertions")
        }
        return "\(count) \(count == 1 ? one : many)"
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "1 claim", "3 claims".
    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
