/// Which tokens of a clause a negation covers, after NegEx and ConText: a `pre` trigger
/// negates the words inside it ("ne traite pas") and up to six words after it; a `post`
/// trigger the four words before it; the scope never leaves the clause, so "mais" and
/// "however" end it. Pseudo-triggers ("non seulement", "sans effets secondaires") negate nothing.
struct NegationScope: Sendable {
    static let forward = 6
    static let backward = 4

    private(set) var negated = Set<Int>()
    private(set) var triggers: [PhraseMatch] = []

    /// Negating prepositions, whose scope is the few words of the noun phrase after them.
    static let prepositions: Set<String> = ["sans", "without"]
    static let prepositionReach = 3

    static let quantifiers: Set<String> = ["none", "aucun", "aucune", "neither", "in", "dans"]

    /// The last word of a denied single one ("no single", "not a single", "pas un seul").
    static let singles: Set<String> = ["single", "seul", "seule"]

    init(clause: Range<Int>, matches: [PhraseMatch], tokens: [ClaimToken], breaks: [Int] = []) {
        // Words of a pseudo-trigger ("n'a aucun doute") open no two-part negation either.
        var pseudo = Set<Int>()
        for m in matches where m.has(.negation) {
            for direction in m.negations {
                switch direction {
                case .pre:
                    // "Non, les anti-inflammatoires ne sont pas inutiles", "No, it isn't": a
                    // one-word answer opening the clause, set off by punctuation, negates
                    // nothing after it.
                    if m.covered.count == 1, m.first == clause.lowerBound, m.last + 1 < tokens.count,
                       tokens[m.last + 1].punctuatedBefore { continue }
                    // "in non-diabetic patients", "les patients non anémiques": "non" before a
                    // condition names people without it and denies nothing.
                    if m.covered.count == 1, tokens[m.first].folded == "non", m.last + 1 < tokens.count, !tokens[m.last + 1].punctuatedBefore,
                       matches.contains(where: { $0.first == m.last + 1 && $0.indicationID != nil }) { continue }
                    // "no health condition for which it had been shown to work": a denied
                    // quantifier over the practice's uses reaches the end of its clause.
                    // So does a denied quantifier over a noun ("in none of the trials did real
                    // acupuncture outperform sham", "aucun des essais n'a montré").
                    // "Neither the FDA nor the UK regulator has approved it": "neither … nor" denies
                    // the verb after its second member, however long the members.
                    let neither = ["neither", "nor", "ni"].contains(tokens[m.first].folded)
                        && clause.contains(where: { $0 > m.last && ["nor", "ni"].contains(tokens[$0].folded) }) || tokens[m.first].folded == "nor"
                    // ("No single food, ingredient or supplement has been shown to prevent it", "pas
                    // un seul essai": a denied single one reaches its verb, however long its noun.)
                    let quantifier = neither || (m.covered.count >= 2 && (Self.quantifiers.contains(tokens[m.first].folded)
                        || Self.singles.contains(tokens[m.last].folded)))
                    // "without surgery": a preposition denies the noun phrase after it, not a verb further on
                    // ("melt away fat without surgery” and could also treat cellulite").
                    // "une pratique non conventionnelle qui prétend soigner": "non" denies the one word
                    // after it, not the relative clause that follows.
                    let single = m.covered.count == 1 ? tokens[m.first].folded : ""
                    // "sans groupe témoin ni tirage au sort, qui allaient mieux": "ni" after "sans"
                    // adds to its noun phrase and reaches as far.
                    let prepositional = Self.prepositions.contains(single)
                        || (single == "ni" && (max(clause.lowerBound, m.first - 4)..<m.first).contains { Self.prepositions.contains(tokens[$0].folded) })
                    let reach = prepositional ? Self.prepositionReach : single == "non" ? 1 : Self.forward
                    var upper = m.has(.whole) || quantifier ? clause.upperBound : min(clause.upperBound, m.last + reach + 1)
                    // "E-cigarettes without nicotine may help some people": a modal after the
                    // preposition's noun opens the verb, which it does not deny.
                    if prepositional,
                       let modal = matches.first(where: { $0.has(.hedge) && $0.first > m.last && $0.first < upper }) { upper = modal.first }
                    // "Chez mes patients qui ne supportent plus les anti-inflammatoires, une injection
                    // calme la douleur": a negation inside a relative clause ends with it, at the comma.
                    if Self.opensRelative(before: m.first, in: clause, tokens: tokens),
                       let comma = ((m.last + 1)..<upper).first(where: { tokens[$0].punctuatedBefore }) { upper = comma }
                    // "Do not use chelation for autism: the guideline committee found…": a colon or
                    // semicolon ends what the negation denies.
                    if let stop = breaks.first(where: { $0 > m.last && $0 < upper }) { upper = stop }
                    if m.first < upper { negated.formUnion(m.first..<upper) }
                    triggers.append(m)
                case .post:
                    let lower = max(clause.lowerBound, m.first - Self.backward)
                    negated.formUnion(lower..<(m.last + 1))
                    triggers.append(m)
                case .pseudo:
                    pseudo.formUnion(m.covered)
                }
            }
        }
        // French negation in two parts, however far apart: "n'avait démontré une efficacité
        // suffisante dans aucune indication", "n'a été confirmé par aucun essai". The scope runs
        // from "ne" to its second part (and the usual reach after it).
        for ne in clause where tokens[ne].folded == "ne" && !pseudo.contains(ne) {
            // "ni les infiltrations ni la kinésithérapie ne la font disparaître", "aucune de ces
            // indications n'a fait l'objet d'une démonstration": "ni" or a quantifier before
            // "ne" is its second part, however far.
            // (A quantifier over a part of something, "aucune de ces", "aucun des"; not "aucun
            // traitement ne garantit", about no treatment in particular, nor one that opens a
            // relative, "des douleurs que rien ne parvenait à calmer".)
            func partBefore(_ i: Int) -> Bool {
                let w = tokens[i].folded
                if w == "ni" { return true }
                // (Elided words are spelt out by the tokenizer: "qu'", "d'" are "que", "de".)
                guard Self.partsBefore.contains(w), i == clause.lowerBound || !["que", "qui"].contains(tokens[i - 1].folded) else { return false }
                return w == "rien" || (i + 1 < ne && ["de", "des"].contains(tokens[i + 1].folded))
            }
            if (clause.lowerBound..<ne).contains(where: partBefore),
               !((ne + 1)..<clause.upperBound).contains(where: { Self.secondParts.contains(tokens[$0].folded) }) {
                // (The verb after "ne" counts in the reach: "n'a fait l'objet d'une démonstration".)
                negated.formUnion(ne..<min(clause.upperBound, ne + Self.forward + 2))
                continue
            }
            guard !negated.contains(ne), let second = ((ne + 1)..<clause.upperBound).first(where: { Self.secondParts.contains(tokens[$0].folded) }),
                  // "n'ont montré aucun bénéfice": the second part opens a statement of no effect, which holds its own negation.
                  !matches.contains(where: { $0.has(.effect) && $0.covered.contains(second) }) else { continue }
            var upper = min(clause.upperBound, second + Self.forward + 1)
            if Self.opensRelative(before: ne, in: clause, tokens: tokens),
               let comma = ((second + 1)..<upper).first(where: { tokens[$0].punctuatedBefore }) { upper = comma }
            negated.formUnion(ne..<upper)
        }
    }

    /// Relative pronouns that open a clause about the noun before them ("les patients qui ne
    /// tolèrent pas", "people who did not respond"); not those after a preposition
    /// (`ClaimExtractor.relativePronouns`: "pour laquelle").
    static let subjectRelatives: Set<String> = ["qui", "who", "which", "dont", "whose"]

    /// Whether a relative pronoun opens the words before a negation: one or two words before it
    /// ("qui ne", "who did not"), or a few, with no punctuation between ("…, dont les auteurs
    /// n'excluent pas certains biais, lui prête…").
    static func opensRelative(before first: Int, in clause: Range<Int>, tokens: [ClaimToken]) -> Bool {
        if (max(clause.lowerBound, first - 2)..<first).contains(where: { Self.subjectRelatives.contains(tokens[$0].folded) }) { return true }
        for j in stride(from: first - 1, through: max(clause.lowerBound, first - 5), by: -1) {
            if Self.subjectRelatives.contains(tokens[j].folded) { return tokens[j].punctuatedBefore }
            if tokens[j].punctuatedBefore { return false }
        }
        return false
    }

    /// The part of a French negation that may stand before "ne" ("ni A ni B ne", "aucun essai n'a").
    static let partsBefore: Set<String> = ["ni", "aucun", "aucune", "rien", "nul", "nulle"]

    /// The second part of a French negation ("ne … aucun", "ne … jamais").
    static let secondParts: Set<String> = ["aucun", "aucune", "aucunement", "jamais", "rien", "nullement", "guere", "personne", "nulle", "pas", "point"]

    /// Whether any word a match covers lies in a negation's scope (its own words aside).
    func covers(_ m: PhraseMatch) -> Bool {
        m.covered.contains { negated.contains($0) }
    }

    /// The trigger whose scope holds a match, for explaining.
    func trigger(of m: PhraseMatch) -> PhraseMatch? {
        triggers.first { t in
            m.covered.contains { i in
                t.negates(.post)
                    ? (i >= t.first - Self.backward && i <= t.last)
                    : (i >= t.first && i <= t.last + Self.forward)
            }
        }
    }
}
