import Lexicon

/// How sure a claim is: the probability that it is right, from how it was found. Each claim
/// gets its features (where each side came from, spec/claims.md §6; the stance, the basis and
/// the rules that gave them; how many claims its sentence makes; …), and the bundled
/// `ConfidenceModel`, fitted on the development passages (`Scripts/fit-confidence.py`), turns
/// them into a probability. The confidence cue lists the features, so `--explain` shows why
/// and the fitting script reads them from `preuve claims` (one home for them: here).
/// `docs/claims.md` says how the model was fitted and the threshold chosen.
public enum ClaimConfidence {
    /// Claims below this do not count for `query`, `indications` and `check` (their
    /// `--min-confidence` changes it); `claims` shows every claim with its confidence.
    public static var threshold: Double { ConfidenceModel.bundled.threshold }

    /// What the confidence cue's rule starts with, before the features.
    static let cuePrefix = "from how it was found: "

    /// How a claim's sides and stance were found, known when the claim is made.
    struct Finding {
        /// `TopicOrigin` of the indication, or `whole` (a sentence on the practice as a
        /// whole) and `general` (no indication anywhere) for a general claim.
        var indication: String
        var intervention: String
        /// How direct the stance's words are (`ClauseStance.strength`).
        var stanceWords: Double

        init(indication: TopicOrigin, intervention: TopicOrigin, stanceWords: Double) {
            self.indication = indication.rawValue
            self.intervention = intervention.rawValue
            self.stanceWords = stanceWords
        }

        init(general whole: Bool, intervention: TopicOrigin, stanceWords: Double) {
            indication = whole ? "whole" : "general"
            self.intervention = intervention.rawValue
            self.stanceWords = stanceWords
        }
    }

    /// The features of each claim of one sentence (`claims[i]` found as `findings[i]`), then
    /// its confidence and the confidence cue, last. `sideFactors[i]` multiplies the model's
    /// probability: a side the record's MeSH headings gave (`meshSide`), which no development
    /// passage shows.
    static func assign(_ claims: inout [Claim], findings: [Finding], sideFactors: [Double]? = nil,
                       model: ConfidenceModel = .bundled) {
        let interventions = Set(claims.map(\.intervention)).count
        let indications = Set(claims.map(\.indication)).count
        let stances = Set(claims.map(\.stance)).count
        for i in claims.indices {
            let features = features(of: claims[i], finding: findings[i], sentenceClaims: claims.count,
                                    interventions: interventions, indications: indications, stances: stances)
            let factor = sideFactors?[i] ?? 1
            claims[i].confidence = rounded(model.probability(of: features) * factor)
            var rule = cuePrefix + features.joined(separator: "; ")
            if factor != 1 { rule += "; × \(format(factor)) for a side from the record's MeSH headings" }
            claims[i].cues.append(Cue(role: "confidence", text: format(claims[i].confidence), rule: rule))
        }
    }

    /// The features of a claim already made, read back from its confidence cue, with its
    /// indication now found as `indication` (a general claim narrowed to the record's MeSH
    /// heading), and the confidence again.
    static func reassign(_ claim: inout Claim, indication: String, factor: Double, model: ConfidenceModel = .bundled) {
        guard let c = claim.cues.lastIndex(where: { $0.role == "confidence" }), claim.cues[c].rule.hasPrefix(cuePrefix) else { return }
        let listed = claim.cues[c].rule.dropFirst(cuePrefix.count).components(separatedBy: "; ")
        var features = listed.filter { !$0.hasPrefix("× ") }
        for (j, f) in features.enumerated() where f.hasPrefix("indication=") { features[j] = "indication=" + indication }
        claim.confidence = rounded(model.probability(of: features) * factor)
        claim.cues[c].text = format(claim.confidence)
        claim.cues[c].rule = cuePrefix + features.joined(separator: "; ")
            + (factor != 1 ? "; × \(format(factor)) for a side from the record's MeSH headings" : "")
    }

    /// `family=value` for each `ConfidenceModel.Family` the claim shows.
    static func features(of claim: Claim, finding: Finding, sentenceClaims: Int, interventions: Int,
                         indications: Int, stances: Int) -> [String] {
        typealias F = ConfidenceModel.Family
        func f(_ family: F, _ value: String) -> String { family.rawValue + "=" + value }
        var out = [
            f(.indication, finding.indication),
            f(.intervention, finding.intervention),
            f(.stanceWords, format(finding.stanceWords)),
            f(.stance, claim.stance.rawValue),
            f(.basis, claim.basis.rawValue),
            f(.stanceBasis, claim.stance.rawValue + "/" + basisClass(claim.basis)),
        ]
        if claim.cited { out.append(f(.cited, "yes")) }
        if claim.hedged { out.append(f(.hedged, "yes")) }
        out.append(f(.lang, claim.lang ?? "unknown"))
        out.append(f(.kind, claim.kind.rawValue))
        out.append(f(.claimsInSentence, String(min(sentenceClaims, 4))))
        out.append(f(.interventionsInSentence, String(min(interventions, 3))))
        out.append(f(.indicationsInSentence, String(min(indications, 3))))
        out.append(f(.stancesInSentence, String(min(stances, 2))))
        out.append(f(.sentenceWords, String(min(wordCount(claim.sentence) / 10, 5))))
        var stanceCues = 0
        var seen = Set<String>()
        for cue in claim.cues {
            switch cue.role {
            case "stance":
                stanceCues += 1
                let x = f(.stanceRule, ruleFamily(cue.rule))
                if seen.insert(x).inserted { out.append(x) }
            case "basis":
                let x = f(.basisRule, ruleFamily(cue.rule))
                if seen.insert(x).inserted { out.append(x) }
            default: break
            }
        }
        out.append(f(.stanceCues, String(min(stanceCues, 3))))
        return out
    }

    /// The family of a cue's rule: its words before a colon, a quotation or a parenthesis
    /// ("effect word: states that it works" → "effect word"; "answers the question "…"" →
    /// "answers the question"), in the characters a feature name may hold.
    static func ruleFamily(_ rule: String) -> String {
        var out = ""
        for ch in rule {
            if ch == ":" || ch == "\"" || ch == "(" || ch == ";" || ch == "=" || ch == "\t" || ch == "\n" { break }
            out.append(ch)
        }
        return out.trimmingSpaces()
    }

    /// The classes of basis that scoring and verdicts tell apart.
    static func basisClass(_ b: Basis) -> String {
        switch b {
        case .metaAnalysis, .systematicReview, .htaReport, .rct, .controlledStudy, .cohort, .caseControl: return "study"
        case .caseSeries, .caseReport, .expertOpinion: return "weak-study"
        case .testimony: return "testimony"
        case .assertion: return "assertion"
        }
    }

    private static func wordCount(_ s: String) -> Int {
        var n = 0
        var inWord = false
        for b in s.utf8 {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if !space, !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    /// Two decimals, as the JSON writes it ("0.75").
    static func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
