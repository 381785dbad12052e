/// An intervention or indication named in a sentence.
struct Mention: Sendable, Hashable {
    var id: String
    var surface: String
    /// First token, for order and clause membership.
    var token: Int
}

/// Interventions and indications named in a sentence: the lexicon phrases with those
/// roles (longest match over folded words, so "l'arthrose", "Lombalgies" and
/// "osteoarthritis of the knee" are found as written).
enum MentionFinder {
    /// Interventions the sentence speaks of; one named right after a comparator word
    /// ("against topical minoxidil") is what the subject was measured against.
    static func interventions(in s: AnalyzedSentence, bytes: [UInt8], clause: Range<Int>? = nil) -> [Mention] {
        if clause == nil { return s.interventionMentions }
        let comparatorEnds = s.comparatorEnds
        let controls = Set(s.matches.filter { $0.has(.control) }.flatMap(\.covered))
        let named = mentions(.intervention, in: s, bytes: bytes, clause: clause)
        // The last token of the name starting at a token (names are few: a scan, not a table).
        func end(of token: Int) -> Int? { s.matches.first { $0.first == token && $0.interventionID != nil }?.last }
        return named.filter { mention in
            // "piroxicam mesotherapy": a name right before another names what the second one injects.
            if let end = end(of: mention.token), named.contains(where: { $0.token == end + 1 }), !s.punctuated(before: end + 1, bytes: bytes) {
                return false
            }
            if comparatorEnds.contains(mention.token - 1) { return false }
            // "as much as anti-inflammatory painkillers": the compared name is a compound.
            if let modifier = named.first(where: { end(of: $0.token) == mention.token - 1 }), comparatorEnds.contains(modifier.token - 1) { return false }
            // "compared with saline or hyaluronic acid injections": the comparator's list goes on.
            if let end = comparatorEnds.filter({ $0 < mention.token && mention.token - $0 <= 5 }).max(),
               ((end + 1)..<mention.token).contains(where: { ["or", "ou", "and", "et"].contains(s.tokens[$0].folded) }),
               ((end + 1)..<mention.token).allSatisfy({ i in
                   controls.contains(i) || ["or", "ou", "and", "et", "a", "an", "the", "le", "la", "les", "l", "un", "une", "des", "de", "d", "du"].contains(s.tokens[i].folded)
               }) {
                return false
            }
            // One word may stand between ("against topical minoxidil"), not a control arm or a
            // comma ("Compared with control, aerobic exercise improves…").
            guard comparatorEnds.contains(mention.token - 2) else { return true }
            return controls.contains(mention.token - 1) || s.punctuated(before: mention.token, bytes: bytes)
        }
    }

    /// Words after which a named treatment is the one not received.
    static let without: Set<String> = ["sans", "without"]

    static let withoutJoiners: Set<String> = ["ni", "ou", "or", "nor", "and", "et", "de", "d", "le", "la", "les", "l", "a", "any", "aucune", "aucun"]

    /// Whether "sans" or "without" governs the token: right before it, or before a run of
    /// coordinated words ("sans anesthésie ni cicatrice", "without pain or scarring").
    static func follows(without token: Int, in s: AnalyzedSentence) -> Bool {
        // Most conditions have no "sans" before them: look for one first.
        guard s.tokens[max(0, token - 5)..<token].contains(where: { without.contains($0.folded) }) else { return false }
        let joiners = withoutJoiners
        var i = token - 1
        var steps = 0
        while i >= 0, steps < 5 {
            let w = s.tokens[i].folded
            if without.contains(w) { return true }
            if !joiners.contains(w), steps > 0, !["ni", "or", "ou", "nor"].contains(s.tokens[i + 1].folded) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// Whether a harm governs the token: a `harm` phrase ending at most six words before it, or
    /// a `harmAfter` phrase starting at most six words after it, with nothing but list commas
    /// between (no semicolon, colon or parenthesis, no boundary word, no effect word).
    static func follows(harm token: Int, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        // A list goes on past commas ("can cause headache, nausea or dizziness").
        func plain(_ range: ClosedRange<Int>) -> Bool {
            !s.matches.contains(where: { range.contains($0.first) && ($0.has(.boundary) || $0.has(.effect)) })
                && !range.contains { i in
                    i > 0 && AnalyzedSentence.gap(before: i, s.tokens, bytes).contains { [UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")")].contains($0) }
                }
        }
        if let harm = s.matches.filter({ $0.has(.harm) && $0.last < token && token - $0.last <= 6 }).max(by: { $0.last < $1.last }),
           plain((harm.last + 1)...token) {
            return true
        }
        // "des maux de tête peuvent survenir": the harm named after the condition.
        if let after = s.matches.filter({ $0.has(.harmAfter) && $0.first > token && $0.first - token <= 6 }).min(by: { $0.first < $1.first }),
           plain((token + 1)...after.first) {
            return true
        }
        return false
    }

    static func indications(in s: AnalyzedSentence, bytes: [UInt8], clause: Range<Int>? = nil) -> [Mention] {
        if clause == nil { return s.indicationMentions }
        return mentions(.indication, in: s, bytes: bytes, clause: clause)
    }

    private static func mentions(_ kind: CueKind, in s: AnalyzedSentence, bytes: [UInt8], clause: Range<Int>?) -> [Mention] {
        var out: [Mention] = []
        var seen = Set<String>()
        for m in s.matches where clause.map({ $0.contains(m.first) }) ?? true {
            // "Quand les antalgiques ne suffisent pas, …": care named in a circumstance is not
            // what the sentence claims anything of.
            if kind == .intervention, s.inCircumstance(m.first) { continue }
            // "sans anesthésie ni cicatrice", "without scarring": a condition it is done without
            // is no indication.
            // So is a treatment it is done without ("la sciatique a disparu sans opération",
            // "without drugs or an operation, chiropractic care has brought relief"): the effect
            // is not that treatment's.
            if s.namesWithout, Self.follows(without: m.first, in: s) { continue }
            // "side effects such as nausea", "peut provoquer des maux de tête": a condition a
            // treatment may bring on is no indication.
            if kind == .indication, s.namesHarm, Self.follows(harm: m.first, in: s, bytes: bytes) { continue }
            // A phrase listed for two ids counts for the first.
            guard let id = kind == .intervention ? m.interventionID : m.indicationID, seen.insert(id).inserted else { continue }
            out.append(Mention(id: id, surface: s.surface(m, bytes: bytes), token: m.first))
        }
        if kind == .indication, !s.ellipticIndications.isEmpty {
            // "neck, back and shoulder pain": the conditions its head word is shared with.
            for e in s.ellipticIndications where (clause.map { $0.contains(e.token) } ?? true) && seen.insert(e.id).inserted {
                out.append(e)
            }
            out.sort { $0.token < $1.token }
        }
        return out
    }
}
