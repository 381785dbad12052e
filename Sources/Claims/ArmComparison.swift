/// Results stated as figures for the treated arm and a control arm ("une diarrhée est survenue
/// chez 8 % des enfants du groupe probiotiques, contre 19 % dans les groupes témoins", "52 %
/// … avaient chuté, contre 53 % dans le groupe placebo", "in 9 vaccine recipients and 41
/// placebo recipients"): two figures joined by a comparing word, the second followed closely by
/// a control arm. Figures within a tenth of each other are no effect; otherwise the direction
/// is read from what was counted, when the clause says: an event that happened (a disease, a
/// relapse, a fall) fewer times in the treated arm, or an improvement (responders, recovered,
/// satisfied) more often, is an effect; less improvement than under the control, no effect.
/// Anything else is left to the clause's words.
enum ArmComparison {
    /// The stance the figures of a clause state, if they compare the treated arm with a control.
    static func stance(of s: AnalyzedSentence, clause: Range<Int>, bytes: [UInt8]) -> ClauseStance? {
        // Most clauses hold no figure: a byte test before any parsing.
        guard s.namesControl, s.matches.contains(where: { $0.has(.control) && clause.contains($0.first) }),
              clause.contains(where: { Self.isDigits(s.tokens[$0].folded) }) else { return nil }
        let figures = Self.figures(in: s, clause: clause, bytes: bytes)
        guard figures.count >= 2 else { return nil }
        for (i, treated) in figures.enumerated() {
            // (The next figure of its kind: "soulagement d'au moins 30 % de la douleur chez 57 %
            // des patients sous PRP contre 40 %" compares 57 with 40, not the threshold 30; "52%
            // … had at least one fall, compared with 53%" compares 52 with 53.)
            guard let control = figures[(i + 1)...].first(where: { $0.percent == treated.percent }),
                  control.token - treated.end <= 12 else { continue }
            let between = s.tokens[(treated.end + 1)..<control.token].map(\.folded)
            guard between.contains(where: { joining.contains($0) }), Self.controlFollows(control.end, in: s, clause: clause) else { continue }
            let (a, b) = (treated.value, control.value)
            guard a >= 0, b >= 0, max(a, b) > 0 else { return nil }
            let words = String(decoding: bytes[s.tokens[treated.token].start..<s.tokens[control.end].end], as: UTF8.self)
            if abs(a - b) / max(a, b) < 0.1 {
                return ClauseStance(stance: .refutes, hedged: false,
                                    cues: [Cue(role: "stance", text: words, rule: "figures of the treated and control arms alike: no effect")],
                                    at: treated.token, strength: 0.85, armFigures: true)
            }
            let counted = s.tokens[clause].map(\.folded)
            let events = counted.contains { w in eventStems.contains { w.hasPrefix($0) } }
            let improvements = counted.contains { w in improvementStems.contains { w.hasPrefix($0) } }
            guard events != improvements else { return nil }
            let better = events ? a < b * 0.8 : a > b * 1.25
            // "la guérison concernait 83 % des patients infiltrés contre 96 % de ceux ayant reçu
            // une injection placebo": less improvement in the treated arm than under a control
            // is no effect of the treatment.
            // (Any less: the figures differ by a tenth or more, and the control did better.)
            // (Not more events: adverse events counted in the treated arm are harms, no test of the effect.)
            if !events, a < b {
                return ClauseStance(stance: .refutes, hedged: false,
                                    cues: [Cue(role: "stance", text: words, rule: "less improvement in the treated arm than in the control arm: no effect")],
                                    at: treated.token, strength: 0.85, armFigures: true)
            }
            guard better else { return nil }
            // "(hazard ratio 0.78, 95% CI 0.59–1.03)": fewer events, but a ratio whose interval
            // includes 1 is no significant difference.
            if Self.ratioIntervalIncludesOne(s) {
                return ClauseStance(stance: .refutes, hedged: false,
                                    cues: [Cue(role: "stance", text: words, rule: "figures of the treated and control arms, but the ratio's confidence interval includes 1: no significant difference")],
                                    at: treated.token, strength: 0.85, armFigures: true)
            }
            return ClauseStance(stance: .supports, hedged: false,
                                cues: [Cue(role: "stance", text: words, rule: events ? "fewer events in the treated arm than in the control arm"
                                                                                     : "more improvement in the treated arm than in the control arm")],
                                at: treated.token, strength: 0.85, armFigures: true)
        }
        return nil
    }

    struct Figure { var value: Double; var token: Int; var end: Int; var percent: Bool }

    /// Words that name a ratio ("hazard ratio", "RR", "risque relatif", "rapport de cotes").
    static let ratioWords: Set<String> = ["ratio", "ratios", "rr", "hr", "irr", "relatif", "cotes"]

    /// Whether the sentence gives a ratio and a confidence interval ("95% CI 0.59–1.03", "IC à
    /// 95 % : 0,84-1,10") that includes 1. (Only for a ratio: a mean difference's interval
    /// crossing 1 says nothing.)
    static func ratioIntervalIncludesOne(_ s: AnalyzedSentence) -> Bool {
        guard s.tokens.contains(where: { $0.folded == "ci" || $0.folded == "ic" }),
              s.tokens.contains(where: { ratioWords.contains($0.folded) }) else { return false }
        let b = Array(s.text.utf8)
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        // A decimal at `i` ("0.59", "0,84"), and the index after it.
        func number(from i: Int) -> (Double, Int)? {
            var k = i, digits: [UInt8] = []
            while k < b.count, isDigit(b[k]) { digits.append(b[k]); k += 1 }
            guard !digits.isEmpty else { return nil }
            if k + 1 < b.count, b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ","), isDigit(b[k + 1]) {
                digits.append(UInt8(ascii: ".")); k += 1
                while k < b.count, isDigit(b[k]) { digits.append(b[k]); k += 1 }
            }
            return Double(String(decoding: digits, as: UTF8.self)).map { ($0, k) }
        }
        var i = 0
        while i + 1 < b.count {
            defer { i += 1 }
            let upper = (b[i] == UInt8(ascii: "C") && b[i + 1] == UInt8(ascii: "I")) || (b[i] == UInt8(ascii: "I") && b[i + 1] == UInt8(ascii: "C"))
            guard upper, i == 0 || !(b[i - 1] >= UInt8(ascii: "A") && b[i - 1] <= UInt8(ascii: "z")),
                  i + 2 >= b.count || !(b[i + 2] >= UInt8(ascii: "A") && b[i + 2] <= UInt8(ascii: "z")) else { continue }
            // The first number within a few bytes ("CI 0.59", "IC à 95 % : 0,84"), skipping the level.
            var k = i + 2
            var found: [Double] = []
            while k < min(b.count, i + 40), found.count < 3 {
                if isDigit(b[k]), let (v, next) = number(from: k) { found.append(v); k = next } else { k += 1 }
            }
            // ("95% CI": the level may come first, or between: drop a 90, 95 or 99.)
            let bounds = found.filter { $0 != 95 && $0 != 90 && $0 != 99 }
            if bounds.count >= 2, bounds[0] > 0, bounds[0] < 1, bounds[1] > 1, bounds[1] < 10 { return true }
        }
        return false
    }

    /// The numbers of a clause, a decimal part joined ("22,9", "27.4"), and whether "%" or
    /// "per cent" follows; not the starting value of a change ("from 6.8 to 3.2").
    static func figures(in s: AnalyzedSentence, clause: Range<Int>, bytes: [UInt8]) -> [Figure] {
        var out: [Figure] = []
        var i = clause.lowerBound
        while i < clause.upperBound {
            let t = s.tokens[i]
            guard let whole = Self.isDigits(t.folded) ? Double(t.folded) : numberWords[t.folded] else { i += 1; continue }
            var value = whole
            var end = i
            if i + 1 < clause.upperBound, Self.isDigits(s.tokens[i + 1].folded),
               case let gap = Array(AnalyzedSentence.gap(before: i + 1, s.tokens, bytes)), gap == [UInt8(ascii: ",")] || gap == [UInt8(ascii: ".")],
               let fraction = Double("0." + s.tokens[i + 1].folded) {
                value += fraction
                end = i + 1
            }
            let after = end + 1 < s.tokens.count ? Array(AnalyzedSentence.gap(before: end + 1, s.tokens, bytes))
                                                 : Array(bytes[min(bytes.count, s.tokens[end].end)..<min(bytes.count, s.tokens[end].end + 3)])
            var percent = after.contains(UInt8(ascii: "%"))
            if !percent, end + 2 < s.tokens.count, ["pour", "per"].contains(s.tokens[end + 1].folded), s.tokens[end + 2].folded == "cent" { percent = true }
            if !percent, end + 1 < s.tokens.count, s.tokens[end + 1].folded == "percent" { percent = true }
            // "60 out of 100", "14 sur 20": a proportion, its denominator no figure of its own.
            if end + 3 < clause.upperBound, s.tokens[end + 1].folded == "out", s.tokens[end + 2].folded == "of",
               let d = Double(s.tokens[end + 3].folded), d > 0 {
                value = value / d * 100
                percent = true
                end += 3
            } else if end + 2 < clause.upperBound, s.tokens[end + 1].folded == "sur", let d = Double(s.tokens[end + 2].folded), d > 0 {
                value = value / d * 100
                percent = true
                end += 2
            }
            // "fell from 6.8 to 3.2": the starting value of a change is no result.
            let starts = end + 1 < clause.upperBound && ["to", "a"].contains(s.tokens[end + 1].folded)
                || (i > clause.lowerBound && ["from"].contains(s.tokens[i - 1].folded))
            // "eight weeks later", "after 6 months": a duration is no result.
            let lasts = !percent && end + 1 < clause.upperBound && durations.contains(s.tokens[end + 1].folded)
            if !starts && !lasts { out.append(Figure(value: value, token: i, end: end, percent: percent)) }
            i = end + 1
        }
        return out
    }

    /// Whether a control arm (structure.tsv's `control` phrases) is named within the eight words
    /// after a figure ("19 % dans les groupes témoins", "41 placebo recipients", "96 % de ceux
    /// ayant reçu une injection placebo").
    static func controlFollows(_ end: Int, in s: AnalyzedSentence, clause: Range<Int>) -> Bool {
        let window = (end + 1)..<min(clause.upperBound, end + 9)
        return s.matches.contains { $0.has(.control) && window.contains($0.first) }
    }

    /// Whether a word is all ASCII digits.
    @inline(__always)
    static func isDigits(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Numbers written as words ("Sixty out of 100 people").
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    ]

    /// Units of time after a number: a duration, not a figure of a result.
    static let durations: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "minutes",
                                         "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annees", "heures"]

    /// Words that join the two arms' figures.
    static let joining: Set<String> = ["contre", "versus", "vs", "compared", "compare", "comparee", "against", "and", "et", "rapport", "while", "whereas", "alors"]
    /// Stems of what happened to patients, fewer of which is better.
    /// (Not "fell" or "a chuté", which a score does as well as a patient.)
    static let eventStems = ["survenu", "occur", "develop", "relaps", "rechut", "recidiv", "recurr", "diagnos", "died", "deces",
                             "death", "hospitali", "fractur", "falls", "infection", "episod", "event", "evenement", "cases", "crise", "attack"]
    /// Stems of improvement, more of which is better.
    static let improvementStems = ["improv", "amelior", "success", "reussi", "succes", "respond", "repondeur", "recover", "gueri", "satisf",
                                   "abstinen", "healed", "cicatris", "soulag", "relie"]
}

/// A figure told falling in one group of people, with no control beside it: "my pain went from
/// 8/10 to 5/10", "I was down from about eight attacks a month to four", "mes crises sont
/// passées de dix à trois par mois". A verb of change, then "from"/"de" a figure and, within
/// six words, "to"/"à" a smaller one: the complaint lessened under the treatment. (Not in a
/// clause that names a control arm: those figures are the arms', `ArmComparison.stance`.)
enum FallingFigures {
    static func stance(of s: AnalyzedSentence, clause: Range<Int>, bytes: [UInt8]) -> ClauseStance? {
        guard !s.matches.contains(where: { $0.has(.control) && clause.contains($0.first) }) else { return nil }
        let t = s.tokens
        // ("from", "de", "d" first by their bytes: this runs for most clauses.)
        for i in clause where Self.mayBeFrom(t[i].folded) && Self.from.contains(t[i].folded) {
            guard (max(clause.lowerBound, i - 3)..<i).contains(where: { Self.changeVerbs.contains(t[$0].folded) }),
                  let (a, afterA) = Self.number(at: i + 1, in: clause, t) else { continue }
            guard let (b, end) = (afterA..<min(clause.upperBound, afterA + 6)).lazy
                    .filter({ Self.to.contains(t[$0].folded) }).compactMap({ Self.number(at: $0 + 1, in: clause, t) }).first,
                  b < a else { continue }
            let words = String(decoding: bytes[t[i].start..<t[end - 1].end], as: UTF8.self)
            return ClauseStance(stance: .supports, hedged: false,
                                cues: [Cue(role: "stance", text: words, rule: "a figure told falling: the complaint lessened")],
                                at: i, strength: 0.8)
        }
        return nil
    }

    /// The number at `i` (digits or a number word, after "about"/"environ"), and the token after it.
    static func number(at i: Int, in clause: Range<Int>, _ t: [ClaimToken]) -> (Double, Int)? {
        var k = i
        if k < clause.upperBound, Self.approximately.contains(t[k].folded) { k += 1 }
        guard k < clause.upperBound else { return nil }
        let w = t[k].folded
        if ArmComparison.isDigits(w), let v = Double(w) { return (v, k + 1) }
        if let v = ArmComparison.numberWords[w] { return (v, k + 1) }
        return nil
    }

    @inline(__always)
    static func mayBeFrom(_ w: String) -> Bool {
        let u = w.utf8
        return u.count <= 4 && (u.first == UInt8(ascii: "f") || u.first == UInt8(ascii: "d"))
    }

    static let from: Set<String> = ["from", "de", "d"]
    static let to: Set<String> = ["to", "a"]
    static let approximately: Set<String> = ["about", "around", "roughly", "some", "environ", "pres"]
    /// Verbs of a change of figure ("went", "dropped", "passée", "tombé").
    static let changeVerbs: Set<String> = ["went", "gone", "go", "goes", "dropped", "drop", "fell", "fallen", "down", "came", "come", "decreased",
                                           "passe", "passee", "passes", "passees", "passer", "tombe", "tombee", "tombes", "tombees", "descendu",
                                           "descendue", "descendus", "descendues", "baisse", "baissee"]
}
