/// How sure a claim is, from how it was found: each side named in the clause that states the
/// effect, or taken from further away in the discourse (spec/claims.md §6), and how direct
/// the words of the stance are. The factors multiply; `docs/claims.md` gives the table and
/// how the threshold was chosen on the development passages.
public enum ClaimConfidence {
    /// Claims below this do not count for `query`, `indications` and `check` (their
    /// `--min-confidence` changes it); `claims` shows every claim with its confidence.
    public static let threshold = 0.5

    static func indication(_ origin: TopicOrigin) -> Double {
        switch origin {
        case .clause: return 1
        case .sentence: return 0.9
        case .reference: return 0.85
        case .paragraph: return 0.85
        case .heading: return 0.8
        case .question: return 0.8
        case .title: return 0.75
        case .topic: return 0.7
        case .document: return 0.7
        }
    }

    static func intervention(_ origin: TopicOrigin) -> Double {
        switch origin {
        case .clause: return 1
        case .sentence, .reference: return 0.95
        case .paragraph, .heading: return 0.9
        case .question, .title, .topic: return 0.85
        case .document: return 0.8
        }
    }

    /// A `general` claim: one whose sentence speaks of the practice as a whole (by name, or
    /// "dans toutes ses indications") is as sure as its words; one that only refers to it
    /// ("son efficacité reste limitée") in a discourse naming no indication is weaker, and
    /// never decides a verdict whatever its confidence (`Claim.wholePractice`).
    static func general(wholePractice: Bool) -> Double { wholePractice ? 0.9 : 0.65 }

    /// Two decimals, as the JSON writes it ("0.75").
    static func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func combine(_ factors: Double...) -> Double {
        (factors.reduce(1, *) * 100).rounded() / 100
    }
}
