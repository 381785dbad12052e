/// What one clause states of an intervention's effect, if anything.
struct ClauseStance: Sendable {
    var stance: Stance
    var hedged: Bool
    var cues: [Cue]
    /// Where the deciding words start, so the basis can tell a study named after "not
    /// established in" (the missing evidence) from the source of the statement.
    var at: Int = 0
    /// How directly the words state it (1 for an effect or uncertainty phrase): a factor of
    /// the claim's confidence.
    var strength: Double = 1
    /// The effect was seen in both arms of a trial of two active treatments ("improved
    /// significantly in both groups" in "X versus Y"): it is stated of each arm.
    var inBothArms = false
    /// The clause whose words give the basis, when not the stance's own: a doubt in a later
    /// clause ("…, but good evidence for these uses is lacking") is the writer's, not that of
    /// whoever put the effect forward.
    var basisClause: Range<Int>? = nil
    /// Read from the figures of a trial's arms (`ArmComparison`): a controlled study's.
    var armFigures = false
    /// The stance of a list head that denies its items ("Ce qu'il ne peut pas faire :"): an
    /// item's own word of effect ("Calmer une crise d'allergie") is denied with it.
    var deniesItems = false
    /// An effect reported in order to be denied by the verdict after it ("A video says … cures
    /// asthma." "False."): the denial rests on the fact-checker's word, not on the video's
    /// speaker or the case it shows.
    var deniedReport = false
}

/// Decides whether a clause states an effect and with which stance. In order:
/// an uncertainty phrase ("font défaut", "insufficient evidence") or a negated word of
/// proof ("n'est pas démontrée") is `uncertain`; a refuting phrase ("no better than") or a
/// negated effect ("ne traite pas") is `refutes`; an effect ("soulage", "relieves") is
/// `supports`, unless the clause only describes practice ("est proposée pour"); an
/// efficacy noun with an un-negated word of proof ("efficacité démontrée") supports too.
/// A clause stating a study's aim ("to assess whether") states nothing.
enum StanceClassifier {
    /// What a trial compared its treatment with, read from the document's title ("vs saline",
    /// "versus oral anti-inflammatory therapy"): it decides what a statement about both arms means.
    enum Comparison: Sendable { case control, active, unknown }

    /// Whether an effect word stands in the list of what a harm phrase says a treatment causes:
    /// a `harm` phrase ends at most eight words before it, with no boundary, semicolon, colon or
    /// parenthesis between ("expose à la somnolence dans la journée, aux chutes").
    static func namesAHarm(_ s: AnalyzedSentence, _ m: PhraseMatch, bytes: [UInt8]) -> Bool {
        guard s.namesHarm, m.states(.supports) else { return false }
        // Only a phrase that names harm itself: "can lead to" and "peut favoriser" also bring on good effects.
        func harmful(_ h: PhraseMatch) -> Bool {
            s.tokens[h.first...h.last].contains { t in Self.harmStems.contains { t.folded.hasPrefix($0) } }
        }
        guard let harm = s.matches.filter({ $0.has(.harm) && $0.last < m.first && m.first - $0.last <= 8 && harmful($0) }).max(by: { $0.last < $1.last }) else { return false }
        let between = (harm.last + 1)..<m.first
        if s.matches.contains(where: { between.contains($0.first) && ($0.has(.boundary) || $0.has(.effect)) }) { return false }
        return !(harm.last + 1...m.first).contains { i in
            AnalyzedSentence.gap(before: i, s.tokens, bytes).contains(where: MentionFinder.harmListBreaks.contains)
        }
    }

    /// "…; cinq n'ont rapporté aucune amélioration", "11% reported no visible change": a
    /// clause that opens on a count of patients and says the treatment did nothing for them
    /// counts those it did not help, in a study that says how many it did; it denies no
    /// effect. (Not a count of studies: "two trials found no benefit".)
    static func countsNonResponders(_ s: AnalyzedSentence, _ m: PhraseMatch, clause: Range<Int>, bytes: [UInt8]) -> Bool {
        // The part of the clause the phrase is in (from the clause's start, or the last comma or
        // semicolon before the phrase) opens at most four words before it, on a count.
        guard m.first > clause.lowerBound,
              let start = stride(from: m.first - 1, through: max(clause.lowerBound, m.first - 4), by: -1)
                .first(where: { $0 == clause.lowerBound || s.punctuated(before: $0, bytes: bytes) }) else { return false }
        let first = s.tokens[start].folded
        guard ArmComparison.isDigits(first) || ArmComparison.numberWords[first] != nil else { return false }
        // Of people: "cinq n'ont rapporté", "11% reported", "two patients said".
        let next = s.tokens[start + 1]
        return next.folded == "ne" || Self.peopleWords.contains(next.folded) || (start + 1 < m.first && Self.countedPatientVerbs.contains(next.folded))
            || AnalyzedSentence.gap(before: start + 1, s.tokens, bytes).contains(UInt8(ascii: "%"))
    }

    /// "no" and the noun of evidence it qualifies through one or two words of its own phrase
    /// ("no credible evidence", "no well-designed randomised trials"), as token indices: not
    /// across punctuation, a conjunction or another noun phrase ("no side effects and studies
    /// show"), nor evidence of harm ("no adequate evidence of harm" doubts safety, not effect).
    static func qualifiedEvidenceLacking(_ s: AnalyzedSentence, clause: Range<Int>) -> (Int, Int)? {
        var i = clause.lowerBound
        while i < clause.upperBound - 2 {
            defer { i += 1 }
            guard s.tokens[i].folded == "no" else { continue }
            for noun in i + 2...min(i + 3, clause.upperBound - 1) {
                let between = (i + 1..<noun)
                guard Self.lackedEvidenceNouns.contains(s.tokens[noun].folded),
                      !(i + 1...noun).contains(where: { s.tokens[$0].punctuatedBefore }),
                      !between.contains(where: { Self.notQualifiers.contains(s.tokens[$0].folded) || Self.lackedEvidenceNouns.contains(s.tokens[$0].folded) })
                else { continue }
                if Self.harmFollows(noun, in: s, clause: clause) { return nil }
                return (i, noun)
            }
        }
        return nil
    }

    /// Nouns of the evidence that "no … evidence" finds lacking.
    static let lackedEvidenceNouns: Set<String> = ["evidence", "studies", "study", "trials", "trial", "data", "proof", "research",
                                                   "etude", "etudes", "essai", "essais", "preuve", "preuves", "donnees", "recherche"]
    /// Words that end the phrase "no" opens, or make it another one ("no significant …" is a
    /// finding of no effect), and grammatical words, which qualify no noun.
    static let notQualifiers: Set<String> = ["and", "or", "but", "than", "side", "more", "less", "longer", "other", "one", "doubt", "need",
                                             "matter", "reason", "change", "difference", "effect", "effects", "benefit", "harm", "risk",
                                             "significant", "statistically", "clinically", "the", "a", "an", "of", "for", "to", "in", "on",
                                             "at", "by", "with", "from", "is", "was", "were", "are", "be", "been", "it", "its", "that",
                                             "this", "these", "those", "we", "they", "patients", "after", "between", "such",
                                             // "no new trials were found" by a review's update: nothing new, not nothing at all.
                                             "new", "newer"]
    /// Whether harm is named in the three words of the clause after `last` ("no credible
    /// evidence of harm to the baby"): the evidence denied is of harm, not of the effect.
    static func harmFollows(_ last: Int, in s: AnalyzedSentence, clause: Range<Int>) -> Bool {
        ((last + 1)..<min(last + 4, clause.upperBound)).contains { Self.harmNouns.contains(s.tokens[$0].folded) }
    }

    /// What evidence of harm names.
    static let harmNouns: Set<String> = ["harm", "harms", "risk", "risks", "danger", "safety", "toxicity", "damage", "side", "adverse"]

    /// Words that put a change in an arm ("with the vehicle", "in the placebo group", "sous placebo").
    static let armPrepositions: Set<String> = ["with", "in", "on", "under", "the", "a", "dans", "sous", "chez", "le", "la", "les", "du", "au", "un", "une"]
    /// Words that name an arm a treatment ("the two active arms", "les deux bras actifs").
    static let activeWords: Set<String> = ["active", "actifs", "actives"]
    /// Words that make the arm after them the one compared with ("avec le groupe témoin", "than the sham group").
    static let comparedWithWords: Set<String> = ["avec", "with", "than", "que", "qu", "versus", "vs", "contre", "against", "from", "over", "and", "et"]
    /// Words before "que" that make it join two clauses, not compare ("alors que", "tandis que").
    static let clauseJoinersBeforeQue: Set<String> = ["alors", "tandis", "pendant"]
    /// Stems of the words of a change that did not happen ("barely moved", "n'a pas bougé", "unchanged").
    static let changeStems = ["mov", "chang", "boug", "vari", "unchang", "stable", "stay", "remain", "rest"]

    /// What counted patients did ("five reported no improvement").
    static let countedPatientVerbs: Set<String> = ["reported", "said", "noticed", "saw", "had", "felt", "showed", "experienced", "got", "noted"]

    /// Nouns for people counted in a study.
    static let peopleWords: Set<String> = ["patients", "patient", "patientes", "participants", "participantes", "people", "persons",
                                           "personnes", "malades", "sujets", "subjects", "women", "men", "femmes", "hommes", "children", "enfants"]

    /// Folded stems of the harm phrases that name harm itself ("expose à", "risks such as",
    /// "side effects including", "contre-indiqué"), not a mere consequence ("can lead to").
    static let harmStems = ["expos", "risk", "risqu", "effet", "effect", "event", "contre", "contra"]

    /// With `readingReported`, an effect the clause only reports ("une vidéo le présente comme
    /// un moyen de …") is read as stated, for a denial in the next sentence to turn it over.
    static func classify(_ s: AnalyzedSentence, clause: Range<Int>, bytes: [UInt8], comparison: Comparison = .unknown,
                         readingReported: Bool = false) -> ClauseStance? {
        let ms = s.matches(in: clause)
        // "to assess whether X reduces pain" asks; the answer comes elsewhere, unless the
        // clause itself says the question is open ("savoir si ... reste débattu").
        if ms.contains(where: { $0.has(.aim) }), !ms.contains(where: { $0.states(.uncertain) }) { return nil }
        // "la lombalgie guérit spontanément": the condition's course, not an effect.
        // (Not a finding of no effect stated before it: "trials found PRP no better than saline,
        // and most elbows settle down on their own within a year" refutes.)
        if let course = ms.first(where: { $0.has(.course) }),
           !ms.contains(where: { ($0.states(.refutes) || $0.states(.uncertain)) && $0.last < course.first }) { return nil }
        // "how the treatment might act on the tendon is not known": its mechanism, not its effect.
        if ms.contains(where: { $0.has(.mechanism) }) { return nil }
        // "Under advertising rules I am not able to claim that it treats…": no claim either way.
        if ms.contains(where: { $0.has(.disclaimer) }) { return nil }
        let scope = NegationScope(clause: clause, matches: ms, tokens: s.tokens, breaks: s.breaks)
        func text(_ m: PhraseMatch) -> String { s.surface(m, bytes: bytes) }
        func negationCue(_ m: PhraseMatch) -> [Cue] {
            guard let t = scope.trigger(of: m) else { return [] }
            return [Cue(role: "negation", text: text(t), rule: "negation trigger whose scope holds \"\(text(m))\"")]
        }

        let hedges = ms.filter { $0.has(.hedge) }
        let hedged = !hedges.isEmpty
        let hedgeCues = hedges.prefix(1).map { Cue(role: "hedged", text: text($0), rule: "hedge word") }

        // "exposent à la somnolence, aux chutes": a word after a harm names what it causes,
        // not an effect ("chuté", "fell").
        var effects = ms.filter { $0.has(.effect) && !Self.namesAHarm(s, $0, bytes: bytes) && !Self.introducesSpeaker(s, $0, bytes: bytes) }
        // (Only a clause with a refuting phrase or a negation can count non-responders.)
        if !scope.negated.isEmpty || effects.contains(where: { $0.states(.refutes) }) {
            effects.removeAll { ($0.states(.refutes) || scope.covers($0)) && Self.countsNonResponders(s, $0, clause: clause, bytes: bytes) }
        }
        // "…fell markedly in the tea tree group and barely moved with the vehicle": no change
        // said of the control arm, named right after it, is the control's, not the treatment's.
        // (A change that did not happen, not a comparison: "no better than placebo" refutes.)
        effects.removeAll { m in
            m.states(.refutes) && !scope.covers(m)
                && m.covered.contains { i in Self.changeStems.contains { s.tokens[i].folded.hasPrefix($0) } }
                && ms.contains { c in
                    c.has(.control) && c.first > m.last && c.first <= m.last + 3
                        && (m.last + 1..<c.first).allSatisfy { Self.armPrepositions.contains(s.tokens[$0].folded) } }
        }
        // "…saw their readings fall, while a sham group saw no change", "le groupe placebo n'a
        // montré aucune amélioration": no change whose subject is the control arm, named right
        // before it, is the control's. (Only where a control is named: one AND.)
        if s.namesControl { effects.removeAll { m in
            m.states(.refutes) && !scope.covers(m)
                && ms.contains { c in
                    // The group noun in the control's words ("groupe placebo") or right after them
                    // ("sham group"), then at most a verb or two ("n'a montré aucun changement").
                    guard c.has(.control), c.last < m.first, m.first - c.last <= 4 else { return false }
                    let named = (c.first...c.last + 1).contains { BasisClassifier.groupWords.contains(s.tokens[$0].folded) }
                    // (Not the arm compared with: "la différence avec le groupe témoin était trop faible".)
                    // ("alors que le groupe placebo…", "tandis que" join clauses: no comparison.)
                    guard !(max(0, c.first - 2)..<c.first).contains(where: { j in
                        Self.comparedWithWords.contains(s.tokens[j].folded)
                            && !(j > 0 && (s.tokens[j].folded == "que" || s.tokens[j].folded == "qu") && Self.clauseJoinersBeforeQue.contains(s.tokens[j - 1].folded))
                    }) else { return false }
                    return named && !ms.contains { $0.first > c.last && $0.first < m.first && ($0.interventionID != nil || $0.indicationID != nil || $0.has(.effect)) }
                        && !(c.last + 1...m.first).contains { s.breaks.contains($0) }
                }
        } }
        let evidence = ms.filter { $0.has(.evidence) }
        // "Pain fell by 2.2 with toxin and by 2.0 with placebo", "dans les deux groupes": a change
        // in both arms is no effect of the treatment; "between-group differences were not
        // significant" refutes against a placebo and compares two treatments otherwise.
        // "8 % des enfants du groupe probiotiques, contre 19 % dans les groupes témoins": the
        // arms' figures, unless the clause words its own doubt or denial.
        if !effects.contains(where: { $0.states(.uncertain) || $0.states(.refutes) }),
           let figures = ArmComparison.stance(of: s, clause: clause, bytes: bytes) {
            return figures
        }
        // "worked about as well as sham needling", "aussi efficace qu'une acupuncture simulée": an
        // effect equal to a control arm's (a control among the four words after the comparison)
        // is no effect.
        if s.namesControl, let (m, end) = effects.lazy.filter({ $0.states(.supports) && !scope.covers($0) })
            .compactMap({ m in Self.equalComparison(s, m).map { (m, $0) } }).first,
           !effects.contains(where: { $0.states(.refutes) || $0.states(.uncertain) }),
           ms.contains(where: { $0.has(.control) && $0.first > end && $0.first <= end + 4 }) {
            return ClauseStance(stance: .refutes, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "an effect equal to a control arm's: no effect")] + hedgeCues,
                                at: m.first)
        }
        // (The comparison words are looked up only in a clause that names a control: most do not.)
        // (Not a control named as absent: "une étude menée sans groupe placebo a observé une
        // diminution des bouffées" has one arm.)
        // (Nor a control named as the studies' design: "trials with a control group found that
        // yoga eases anxiety" reports the treatment's effect against it.)
        let bothArms = ms.contains { $0.has(.arms) }
            || (ms.contains { $0.has(.control) && !scope.covers($0) && !Self.namesDesign(s, $0) } && !clause.contains { i in
                // (Not "or more", "ou plus" after a figure, nor "over" a span of time: "cut by half
                // or more over six months" compares nothing.)
                Self.comparisonWords.contains(s.tokens[i].folded)
                    && !(i > clause.lowerBound && ["or", "ou"].contains(s.tokens[i - 1].folded) && ["more", "plus"].contains(s.tokens[i].folded))
                    && !(s.tokens[i].folded == "over" && i + 1 < s.tokens.count && Self.spanWords(s.tokens[i + 1].folded)) })
        if bothArms {
            // Both arms of a placebo-controlled trial improving is no effect; both of two
            // treatments improving ("les deux traitements ont réduit la douleur") is one for each.
            // (Not one the clause denies: "trials comparing it with placebo found no reduction".)
            if effects.contains(where: { $0.states(.supports) && !scope.covers($0) }), !effects.contains(where: { $0.states(.refutes) || $0.states(.uncertain) }),
               comparison == .control || ms.contains(where: { $0.has(.control) }) {
                return nil
            }
            // ("the two active arms did not differ": the arms say themselves that both are treatments.)
            let activeArms = ms.contains { m in m.has(.arms) && m.covered.contains { Self.activeWords.contains(s.tokens[$0].folded) } }
            if effects.contains(where: { $0.states(.refutes) }), comparison == .active || activeArms { return nil }
            // "…diminué de façon similaire dans les deux groupes": arms alike says nothing of either.
            let alike = s.tokens[clause].contains { Self.alikeWords.contains($0.folded) }
            if comparison == .active, alike, effects.contains(where: { $0.states(.supports) }) { return nil }
            if comparison == .active, !alike, let m = effects.first(where: { $0.states(.supports) }), !scope.covers(m),
               !effects.contains(where: { $0.states(.refutes) || $0.states(.uncertain) }) {
                return ClauseStance(stance: .supports, hedged: hedged,
                                    cues: [Cue(role: "stance", text: text(m), rule: "effect seen in both arms of a trial of two treatments: each works")] + hedgeCues,
                                    at: m.first, strength: 0.85, inBothArms: true)
            }
        }
        // "rien n'indique qu'elle fasse mieux que les autres traitements": what is doubted or
        // denied is an advantage over an active treatment, not an effect.
        // So is an uncertainty worded around the comparison ("has not been shown to work better
        // than exercise therapy", "we are uncertain whether it works better than antidepressants").
        let activeComparison = effects.contains { m in
            m.states(.supports) ? Self.comparesWithActiveTreatment(s, m)
                : m.states(.uncertain) && Self.comparesWithActiveTreatment(s, m, throughComparative: true)
        }
        if activeComparison, effects.contains(where: { $0.states(.uncertain) }) || ms.contains(where: { $0.has(.negation) && !$0.negates(.pseudo) }) {
            return nil
        }

        // "did not reduce fat and cannot be recommended": the recommendation follows the finding.
        if let m = effects.first(where: { $0.states(.uncertain) }),
           s.tokens[m.first...m.last].contains(where: { $0.folded.hasPrefix("recommand") || $0.folded.hasPrefix("recommend") }),
           let denied = effects.first(where: { $0.states(.refutes) || ($0.states(.supports) && scope.covers($0)) }) {
            return ClauseStance(stance: .refutes, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(denied), rule: "no effect found, hence not recommended")] + hedgeCues, at: denied.first)
        }
        // "Acupuncture is no longer recommended", "ne sont pas recommandées": a recommendation
        // against, with no reason in the clause, is a decision, not a finding (docs/claims.md).
        if let m = effects.first(where: { $0.states(.uncertain) }), effects.allSatisfy({ !$0.states(.uncertain) || Self.isRecommendation(s, $0) }),
           Self.isBareRecommendation(s, m, clause: clause), !ms.contains(where: { $0.has(.evidence) }) {
            return nil
        }
        // "The safety of mesotherapy for fat deposits has not been established": a doubt about
        // harm, not about the effect.
        if let m = effects.first(where: { $0.states(.uncertain) }), Self.doubtsSafety(s, m, clause: clause) { return nil }
        if let m = effects.first(where: { $0.states(.uncertain) }) {
            return ClauseStance(stance: .uncertain, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "uncertainty phrase: evidence lacking or weak")] + hedgeCues, at: m.first)
        }
        // "no credible evidence", "no adequate studies", "no large randomized trial": "no",
        // words that qualify it, then a noun of evidence, whatever the qualifying words.
        if let (no, noun) = Self.qualifiedEvidenceLacking(s, clause: clause) {
            let words = String(decoding: bytes[s.tokens[no].start..<s.tokens[noun].end], as: UTF8.self)
            return ClauseStance(stance: .uncertain, hedged: hedged,
                                cues: [Cue(role: "stance", text: words, rule: "uncertainty phrase: evidence lacking or weak")] + hedgeCues, at: no)
        }
        // "Les essais n'ont montré aucune réduction des AVC", "the trial did not show any
        // reduction", "n'a pas mis en évidence d'effet supérieur au placebo": a study that showed no
        // effect found none (refutes); "no study has shown an effect" is evidence lacking.
        if let m = evidence.first(where: scope.covers), Self.studyShowedNoEffect(s, proof: m, clause: clause),
           !Self.deniesAdvantageOverActive(s, after: m, clause: clause) {
            return ClauseStance(stance: .refutes, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "a study showed no effect")] + negationCue(m) + hedgeCues, at: m.first)
        }
        if let m = evidence.first(where: scope.covers) {
            if Self.deniesAdvantageOverActive(s, after: m, clause: clause) { return nil }
            // "no credible evidence of harm to the baby": a doubt about harm, not about the effect.
            if Self.harmFollows(m.last, in: s, clause: clause) { return nil }
            return ClauseStance(stance: .uncertain, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "negated word of proof: efficacy not shown")] + negationCue(m) + hedgeCues, at: m.first)
        }
        // "…when oral drugs fail", "if other treatments have not worked": what failed is the
        // other treatments, the condition of the statement, not its claim.
        // (Not a word of a treatment's own name: "Antidepressant drugs offer little or no benefit".)
        // (Not "oral" before the named treatment itself: "Oral magnesium oxide was no better
        // than placebo" is that treatment's failure.)
        func othersFailed(_ m: PhraseMatch) -> Bool {
            (max(clause.lowerBound, m.first - 4)..<m.first).contains { i in
                Self.otherTreatments.contains(s.tokens[i].folded)
                    && !s.matches.contains { $0.interventionID != nil && $0.first <= i && i <= $0.last }
                    // ("A meta-analysis, on the other hand, found no significant reduction": a
                    // connective, not other treatments.)
                    && !(s.tokens[i].folded == "other" && i + 1 < s.tokens.count && s.tokens[i + 1].folded == "hand")
                    && !(s.tokens[i].folded == "oral" && s.matches.contains { $0.interventionID != nil && $0.first == i + 1 })
            }
        }
        let refuting = effects.filter { $0.states(.refutes) && !othersFailed($0) && !Self.sameInBothWithoutOutcome(s, $0, clause: clause) }
        // "aucun effet prouvé", "no effect demonstrated": no proven effect is a lack of evidence.
        if let m = refuting.first, let proof = evidence.first(where: { $0.first > m.last && $0.first <= m.last + 2 }) {
            return ClauseStance(stance: .uncertain, hedged: hedged,
                                cues: [Cue(role: "stance", text: "\(text(m)) \(text(proof))", rule: "no proven effect: evidence lacking")] + hedgeCues, at: m.first)
        }
        if let m = refuting.first {
            if Self.deniesAdvantageOverActive(s, after: m, clause: clause) { return nil }
            if Self.findsNoDifferenceBetweenTreatments(s, after: m, clause: clause) { return nil }
            // "no better than ibuprofen": a comparison with an active treatment says nothing of
            // an effect; "no better than placebo" says there is none. An effect stated beside it
            // stands: "reduces knee pain about as much as painkillers do" supports.
            // "When it was compared with active treatments such as exercise, there was little
            // or no difference": the comparison opens the clause.
            if !Self.comparesWithActiveTreatment(s, m), Self.comparedEarlierWithActive(s, before: m, clause: clause) { return nil }
            if Self.comparesWithActiveTreatment(s, m) {
                guard let effect = effects.first(where: { $0.states(.supports) && $0.last < m.first && !scope.covers($0) }) else { return nil }
                // "salt-water injections ease pain about as much as hyaluronic acid does": the
                // control did as well as the treatment named after it.
                if let control = ms.first(where: { $0.has(.control) && $0.first < effect.first }) {
                    return ClauseStance(stance: .refutes, hedged: hedged,
                                        cues: [Cue(role: "stance", text: "\(text(control)) … \(text(m))", rule: "a control arm did as well as the treatment")] + hedgeCues,
                                        at: m.first, strength: 0.85)
                }
                return ClauseStance(stance: .supports, hedged: hedged,
                                    cues: [Cue(role: "stance", text: text(effect), rule: "effect word, compared with an active treatment: \(text(m))")] + hedgeCues,
                                    at: effect.first, strength: 0.85)
            }
            return ClauseStance(stance: .refutes, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "refuting phrase: no effect")] + hedgeCues, at: m.first)
        }
        let supporting = effects.filter { $0.states(.supports) }
        // "has not approved it for any condition", "n'est pas remboursé": a regulator's decision,
        // not a finding of no effect (spec/claims.md §1, like "not recommended").
        if let m = supporting.first(where: scope.covers), Self.isRegulatory(s, m) || othersFailed(m)
            || Self.isBareRecommendation(s, m, clause: clause) { return nil }
        if let m = supporting.first(where: scope.covers) {
            // "La technique n'a jamais vraiment fait ses preuves", "has not proven itself": an
            // effect of proof denied is efficacy not shown, not an effect found absent.
            if s.tokens[m.first...m.last].contains(where: { $0.folded.hasPrefix("preuve") || $0.folded == "proven" }) {
                return ClauseStance(stance: .uncertain, hedged: hedged,
                                    cues: [Cue(role: "stance", text: text(m), rule: "negated word of proof: efficacy not shown")] + negationCue(m) + hedgeCues, at: m.first)
            }
            return ClauseStance(stance: .refutes, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "negated effect: the intervention does not do it")] + negationCue(m) + hedgeCues, at: m.first)
        }
        if ms.contains(where: { $0.has(.practice) && !Self.inRelativeAside($0, before: supporting.first, in: s, bytes: bytes) }) {
            // "est proposée pour", "is used for": use is described, no effect is stated.
            // (Not a use described in a relative clause set off by commas before the effect: "NICE,
            // which reviews the evidence for treatments used in the health service, has found that…")
            return nil
        }
        if let m = supporting.first {
            // "Clinics claim it melts fat": the effect is reported, not stated; "it is a myth
            // that it melts fat": it is denied.
            // (Not a verdict a colon closes: "FAUX : appliqués correctement, ils calment vite les
            // plaques" denies the myth quoted before and then states the writer's own claim. A
            // "Myth:" label opening the sentence still heads the myth it gives.)
            if let denial = ms.first(where: { d in
                d.has(.denial) && (!s.breaks.contains { $0 > d.last && $0 <= m.first }
                    || (d.first <= 1 && s.tokens[d.first...d.last].contains { Self.mythLabels.contains($0.folded) }))
            }) {
                return ClauseStance(stance: .refutes, hedged: hedged,
                                    cues: [Cue(role: "stance", text: text(m), rule: "an effect said to be false"),
                                           Cue(role: "negation", text: text(denial), rule: "denies the effect it reports")], at: m.first, strength: 0.85)
            }
            // Testimonials that claim it did something are testimony, not a reported claim.
            // (Not a word of distance in a parenthesis that only names something: "the fat layer on
            // the flanks (the so-called love handles)".)
            if !readingReported, ms.contains(where: { $0.has(.reported) && !Self.inNamingParenthesis($0, s) }),
               !ms.contains(where: { $0.has(.testimony) }) { return nil }
            return ClauseStance(stance: .supports, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(m), rule: "effect word: states that it works")] + hedgeCues, at: m.first)
        }
        // "Do not use homeopathy in place of treatments of proven effectiveness": efficacy named
        // after a comparator is the comparator's, not the subject's.
        if let proof = evidence.first, let noun = ms.first(where: { $0.has(.efficacy) }), !scope.covers(noun),
           !ms.contains(where: { $0.has(.comparator) && $0.last < noun.first }) {
            return ClauseStance(stance: .supports, hedged: hedged,
                                cues: [Cue(role: "stance", text: "\(text(noun)) … \(text(proof))", rule: "efficacy with an un-negated word of proof")] + hedgeCues,
                                at: noun.first, strength: 0.85)
        }
        // "my pain went from 8/10 to 5/10": a figure told falling, with no word of effect.
        if effects.isEmpty, evidence.isEmpty, scope.negated.isEmpty, !ms.contains(where: { $0.has(.arms) }),
           let fell = FallingFigures.stance(of: s, clause: clause, bytes: bytes) {
            return fell
        }
        // "moins d'anxiété au moment du coucher", "fewer migraines": less of a condition, named
        // right after the word, is an effect on it (less of a treatment is the comparator's:
        // "moins d'antalgiques").
        // (A control arm only after "than", with the treatment named before it: "20% fewer major
        // cardiovascular events with semaglutide than with placebo".)
        if effects.isEmpty, s.kinds & CueKind.comparator.bit != 0, scope.negated.isEmpty,
           let less = ms.first(where: { m in
               m.has(.comparator) && Self.lessWords.contains(s.tokens[m.first].folded) && m.last - m.first <= 1
                   && ms.contains { $0.first == m.last + 1 && $0.indicationID != nil }
           }),
           ms.allSatisfy({ c in
               guard c.has(.arms) || c.has(.control) else { return true }
               guard c.first > less.last, let than = ((less.last + 1)..<c.first).last(where: { Self.thanWords.contains(s.tokens[$0].folded) }) else { return false }
               return ms.contains { $0.interventionID != nil && $0.first > less.last && $0.last < than }
           }) {
            return ClauseStance(stance: .supports, hedged: hedged,
                                cues: [Cue(role: "stance", text: text(less), rule: "less of the condition named after it")] + hedgeCues,
                                at: less.first, strength: 0.85)
        }
        return nil
    }

    /// Words of "less of" ("moins d'anxiété", "fewer migraines"), folded.
    static let lessWords: Set<String> = ["moins", "fewer", "less"]
    /// "than", "que": what a "less of" is measured against.
    static let thanWords: Set<String> = ["than", "que", "qu"]

    /// "« … », prévient la dermatologue": a word that is both an effect and a verb of saying,
    /// right after the closing mark of a quotation, introduces its speaker.
    static func introducesSpeaker(_ s: AnalyzedSentence, _ m: PhraseMatch, bytes: [UInt8]) -> Bool {
        // (The few bytes before the word first: a walk over the matches only after a quotation.)
        m.first > 0 && m.first == m.last
            && ClaimTokenizer.closesQuotation(AnalyzedSentence.gap(before: m.first, s.tokens, bytes))
            && s.matches.contains { $0.has(.saying) && $0.first == m.first }
    }

    /// Whether an uncertainty phrase doubts a treatment's safety: "safety", "sécurité" or
    /// "innocuité" in the eight words of its clause before it, and no word of efficacy there.
    static func doubtsSafety(_ s: AnalyzedSentence, _ m: PhraseMatch, clause: Range<Int>) -> Bool {
        let before = max(clause.lowerBound, m.first - 8)..<m.first
        // (Safety words open on "s", "i" or "t": a byte test before the set.)
        return before.contains { i in
            let first = s.tokens[i].folded.utf8.first
            return (first == UInt8(ascii: "s") || first == UInt8(ascii: "i") || first == UInt8(ascii: "t")) && Self.safetyWords.contains(s.tokens[i].folded)
        }
            && !before.contains { Self.efficacyWords.contains(s.tokens[$0].folded) }
            && !s.matches.contains { $0.has(.efficacy) && before.contains($0.first) }
    }

    /// Whether a match stands in an aside about the subject, closed by a comma before the effect:
    /// a relative clause opened by "which" or "qui" after a comma (the pronouns are
    /// `NegationScope.subjectRelatives`), or an apposition set off right after the intervention
    /// that opens the sentence ("Methylphenidate, the most widely prescribed ADHD medicine, has
    /// been shown to reduce symptoms").
    static func inRelativeAside(_ m: PhraseMatch, before effect: PhraseMatch?, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        guard let effect, effect.first > m.last else { return false }
        func comma(_ i: Int) -> Bool { AnalyzedSentence.gap(before: i, s.tokens, bytes).contains(UInt8(ascii: ",")) }
        guard let open = stride(from: m.first, through: max(1, m.first - 14), by: -1).first(where: { comma($0) }) else { return false }
        let relative = NegationScope.subjectRelatives.contains(s.tokens[open].folded)
        let apposition = s.matches.contains { $0.has(.intervention) && $0.last == open - 1 && $0.first <= 1 }
        guard relative || apposition else { return false }
        return ((m.last + 1)...effect.first).contains(where: comma)
    }

    static let safetyWords: Set<String> = ["safety", "securite", "innocuite", "tolerance", "tolerabilite", "tolerability"]
    static let efficacyWords: Set<String> = ["efficacy", "effectiveness", "efficacite", "benefit", "benefits", "benefice", "benefices"]

    /// "Some practitioners also advertise help for migraines, but good evidence for these uses
    /// is lacking": a later clause that only doubts (an uncertainty phrase, no name of its own)
    /// says the effect the clause before it states is unproven. That clause's claims become
    /// uncertain, and the doubting clause makes none of its own.
    static func doubtedInSentence(_ s: AnalyzedSentence, stances: [ClauseStance?]) -> [ClauseStance?]? {
        guard s.clauses.count > 1, !s.isQuestion, stances.dropFirst().contains(where: { $0?.stance == .uncertain }) else { return nil }
        guard let k = s.clauses.indices.dropFirst().first(where: { k in
            guard stances[k]?.stance == .uncertain else { return false }
            // The clause opens on a contrast ("but", "mais", "yet"), or on "without", "sans".
            guard let first = s.tokens[s.clauses[k]].first else { return false }
            let opensWithout = Self.withoutOpeners.contains(first.folded)
            // "Les chercheurs s'intéressent aussi à l'apnée du sommeil, sans résultats solides":
            // a use tried, with no effect stated, and then its want of results.
            let triedWithout = opensWithout && stances[k - 1] == nil
                && s.matches(in: s.clauses[k - 1]).contains { $0.has(.indication) }
            guard stances[k - 1]?.stance == .supports || triedWithout else { return false }
            guard opensWithout || Self.contrastOpeners.contains(first.folded) else { return false }
            guard !s.matches(in: s.clauses[k]).contains(where: { $0.has(.indication) || $0.has(.intervention) || $0.has(.basis) || $0.has(.studies) }) else { return false }
            // (Not a doubt on its other uses: "reconnaît l'efficacité du cannabidiol dans certaines
            // épilepsies, mais rappelle que pour ses autres usages les preuves restent limitées".)
            let doubtWords = s.tokens[s.clauses[k]]
            guard !zip(doubtWords, doubtWords.dropFirst()).contains(where: { Self.otherWords.contains($0.folded) && Self.claimNouns.contains($1.folded) }) else { return false }
            // "…, sans aucune démonstration scientifique", "…, without any proof": the effect is
            // stated together with its want of proof, whoever states it.
            // (Not a want of benefit on another outcome: "diminue l'anxiété préopératoire, sans
            // bénéfice démontré sur les suites de l'intervention".)
            if opensWithout { return !s.tokens[s.clauses[k]].dropFirst(2).contains { Self.otherOutcomeWords.contains($0.folded) } }
            // Only an effect someone puts forward ("advertise", "claim", "promettent"), or one
            // the doubt names as a use or a claim ("these uses", "ces promesses"): "may relieve
            // hot flashes, but the evidence is of low quality" still states a likely effect.
            let before = s.matches(in: s.clauses[k - 1])
            return before.contains { $0.has(.reported) || $0.has(.testimony) || $0.has(.saying) }
                || s.tokens[s.clauses[k]].contains { Self.claimNouns.contains($0.folded) }
        }), let doubt = stances[k] else { return nil }
        var out = stances
        let doubtCue = doubt.cues.first { $0.role == "stance" }?.text ?? ""
        // (With no stance before it, a use tried: "…, sans résultats solides".)
        let read = stances[k - 1]
        let rule = read == nil ? "a use tried, then said to be without results" : "an effect stated, then said to be unproven"
        out[k - 1] = ClauseStance(stance: .uncertain, hedged: read?.hedged ?? false,
                                  cues: [Cue(role: "stance", text: doubtCue, rule: rule)] + (read?.cues.filter { $0.role != "stance" } ?? []),
                                  at: doubt.at, strength: 0.9, basisClause: s.clauses[k])
        out[k] = nil
        return out
    }

    /// Nouns a doubt uses for the effects put forward before it ("these uses", "ces promesses").
    static let claimNouns: Set<String> = ["uses", "claims", "promises", "indications", "usages", "allegations", "promesses", "vertus", "benefits", "bienfaits"]
    /// Words that set the uses a doubt speaks of apart from those stated before it ("ses autres usages", "its other uses").
    static let otherWords: Set<String> = ["autres", "other"]

    /// Words that give a doubting clause an outcome of its own ("sans bénéfice démontré sur les
    /// suites", "without proven benefit on survival").
    static let otherOutcomeWords: Set<String> = ["sur", "on", "regarding", "concernant"]

    /// Words that open a clause saying what the effect before it goes without ("sans aucune
    /// preuve", "without any evidence").
    static let withoutOpeners: Set<String> = ["sans", "without"]

    /// Words that open a clause in contrast with the one before it.
    static let contrastOpeners: Set<String> = ["but", "yet", "although", "though", "mais", "cependant", "toutefois", "pourtant", "however"]

    /// "..., mais pas à long terme", "but not for function": a clause that only negates,
    /// with no effect word of its own, denies the effect the clause before it stated.
    static func elidedNegation(_ s: AnalyzedSentence, clause: Range<Int>, after previous: ClauseStance, bytes: [UInt8]) -> ClauseStance? {
        guard previous.stance == .supports else { return nil }
        let ms = s.matches(in: clause)
        // "…, but not in the control group": the effect was absent where it should be.
        guard !ms.contains(where: { $0.has(.effect) || $0.has(.aim) || $0.has(.mechanism) || $0.has(.course) || $0.has(.control) }),
              clause.count <= 8,
              let trigger = ms.first(where: { $0.negates(.pre) }),
              // "…, mais pas", "but not"; or a subject and an auxiliary denied, with only
              // fillers before them ("but it doesn't", "and it simply doesn't").
              (trigger.first <= clause.lowerBound + 1 && ["pas", "not", "non", "jamais", "never"].contains(s.tokens[trigger.first].folded))
                || (trigger.first <= clause.lowerBound + 3 && Self.deniedAuxiliaries.contains(s.tokens[trigger.first].folded)
                    && trigger.last + 1 >= clause.upperBound
                    && (clause.lowerBound..<trigger.first).allSatisfy { Self.elisionFillers.contains(s.tokens[$0].folded) }) else { return nil }
        return ClauseStance(stance: .refutes, hedged: ms.contains { $0.has(.hedge) },
                            cues: [Cue(role: "negation", text: s.surface(trigger, bytes: bytes),
                                       rule: "a clause that only negates denies the effect stated before it")],
                            at: trigger.first, strength: 0.8)
    }

    /// Auxiliaries whose denial ends a clause that restates nothing ("it doesn't", "they won't").
    static let deniedAuxiliaries: Set<String> = ["doesn", "don", "didn", "won", "isn", "aren", "wasn", "weren", "cannot", "can"]
    /// Words that may stand before such a denial: its conjunction, subject and adverb.
    static let elisionFillers: Set<String> = ["and", "but", "it", "they", "that", "this", "simply", "just", "really", "actually", "still"]

    /// Whether a phrase stands inside a parenthesis that holds no effect word: "(the so-called
    /// love handles)" names what the sentence speaks of.
    static func inNamingParenthesis(_ m: PhraseMatch, _ s: AnalyzedSentence) -> Bool {
        guard let p = s.parentheses.first(where: { $0.contains(m.first) && $0.contains(m.last) }) else { return false }
        return !s.matches.contains { $0.has(.effect) && p.contains($0.first) }
    }

    /// Whether a refuting comparison ("no better than", "pas plus efficace que", "as effective
    /// as") is made with an active treatment rather than a placebo, a sham or no treatment: the
    /// first of the next four words that is a name or a control arm decides; a comparison
    /// naming neither is taken as stated ("did no better than the others" counts as no effect
    /// only when the others are controls).
    /// `throughComparative`: only a comparison made with a comparative word before it ("work
    /// better than", "plus efficace que"), for an uncertainty, whose "que" may open a clause
    /// ("rien ne prouve que les produits…").
    static func comparesWithActiveTreatment(_ s: AnalyzedSentence, _ m: PhraseMatch, throughComparative: Bool = false) -> Bool {
        // The comparison word: the phrase's own last word ("no better than"), or one of the
        // three words after it ("has not been shown to work better than", "advantage over").
        let endsComparing = !throughComparative && ["than", "que", "qu", "as", "to", "au", "aux", "a", "with", "versus", "vs", "over"].contains(s.tokens[m.last].folded)
        // "not superior to other active treatments", "pas supérieure aux autres traitements": the
        // word right after a phrase ending on "superior" names what it was compared with.
        let superior = !endsComparing && !throughComparative && m.last + 1 < s.tokens.count
            && Self.comparativeWords.contains(s.tokens[m.last].folded) && ["to", "a", "au", "aux"].contains(s.tokens[m.last + 1].folded)
        if superior { return namesActiveTreatment(s, after: m.last + 1) }
        // "did not differ significantly from that in the NSAID group": after a denied difference,
        // "from" names what was compared (after "no benefit", it names the treatment itself).
        let differs = s.tokens[m.first...m.last].contains { $0.folded.hasPrefix("differ") }
        guard let from = endsComparing ? m.last
                : ((m.last + 1)..<min(s.tokens.count, m.last + 4)).first(where: {
                    comparative.contains(s.tokens[$0].folded) || (differs && s.tokens[$0].folded == "from") })
        else { return false }
        if throughComparative, !(m.first..<from).contains(where: { comparativeWords.contains(s.tokens[$0].folded) }) { return false }
        return namesActiveTreatment(s, after: from)
    }

    /// Whether the clause, before a refuting phrase, compares with an active treatment
    /// ("When it was compared with active treatments such as exercise, …", "Comparée à la
    /// kinésithérapie, …"): a comparator phrase whose next words name one.
    /// (Only a comparison: "added to exercise, it brings no extra benefit" is an add-on trial,
    /// whose control is the exercise alone.)
    static func comparedEarlierWithActive(_ s: AnalyzedSentence, before m: PhraseMatch, clause: Range<Int>) -> Bool {
        s.matches.contains { c in
            c.has(.comparator) && clause.contains(c.last) && c.last < m.first
                && s.tokens[c.first...c.last].contains { t in t.folded.hasPrefix("compar") || Self.versusWords.contains(t.folded) }
                && namesActiveTreatment(s, after: c.last)
        }
    }

    /// Words of a comparator phrase that compare rather than add ("versus", "par rapport à").
    static let versusWords: Set<String> = ["versus", "vs", "against", "rapport", "relative"]

    /// Comparative words before "than", "que": "better", "mieux", "plus", "superior".
    static let comparativeWords: Set<String> = ["better", "worse", "more", "less", "superior", "inferior", "mieux", "plus", "moins",
                                                "superieur", "superieure", "superieurs", "superieures", "inferieur", "inferieure",
                                                "inferieurs", "inferieures"]

    /// The words that introduce what something is compared with.
    static let comparative: Set<String> = ["than", "que", "qu", "over", "versus", "vs", "sur", "rapport", "compared", "comparativement", "relative"]

    /// Nouns of an advantage ("pas de supériorité sur", "no additional benefit over").
    static let advantageWords: Set<String> = ["superiorite", "superiority", "avantage", "advantage", "supplementaire", "additional", "added"]

    /// Whether a negated word of proof is a study's finding of no effect: a verb of showing
    /// ("montré", "mis en évidence", "show", "demonstrated") whose subject, earlier in the clause,
    /// is a study not itself denied ("les essais", not "aucune étude" or "no trial"), and whose
    /// object, within the four words after it, is an effect ("aucune réduction", "d'effet",
    /// "any benefit", "a difference").
    static func studyShowedNoEffect(_ s: AnalyzedSentence, proof m: PhraseMatch, clause: Range<Int>) -> Bool {
        let words = s.tokens[m.first...m.last].map(\.folded)
        let shows = words.contains { w in Self.showingStems.contains { w.hasPrefix($0) } }
            || (words.contains("evidence") && m.first >= 1 && s.tokens[m.first - 1].folded == "en")
        guard shows else { return false }
        let objectEnd = min(clause.upperBound, m.last + 5)
        guard m.last + 1 < objectEnd, let effect = ((m.last + 1)..<objectEnd).first(where: { Self.foundEffectNouns.contains(s.tokens[$0].folded) })
        else { return false }
        // ("has not shown a clear benefit", "pas d'effet net": an effect not shown clearly is
        // evidence lacking.)
        if ((m.last + 1)..<effect).contains(where: { Self.clarityWords.contains(s.tokens[$0].folded) }) { return false }
        guard let study = (clause.lowerBound..<m.first).last(where: { Self.studyNouns.contains(s.tokens[$0].folded) }) else { return false }
        return !(max(clause.lowerBound, study - 3)..<study).contains { Self.studyDenials.contains(s.tokens[$0].folded) }
    }
    static let showingStems = ["montr", "show", "demonstr", "demontr", "reveal", "revel"]
    static let clarityWords: Set<String> = ["clear", "clearly", "consistent", "convincing", "conclusive", "reliable", "definite", "net", "nette",
                                           "clair", "claire", "probant", "probante", "convaincant", "convaincante", "constant", "constante"]
    static let foundEffectNouns: Set<String> = ["reduction", "reductions", "effet", "effets", "effect", "effects", "benefice", "benefices", "benefit",
                                               "benefits", "amelioration", "ameliorations", "improvement", "improvements", "difference", "differences",
                                               "baisse", "diminution", "decrease", "decline", "gain", "gains", "impact"]
    /// Words for studies and those who ran them, folded (also `BasisClassifier.introducesStudies`).
    static let studyNouns: Set<String> = ["essai", "essais", "etude", "etudes", "trial", "trials", "study", "studies", "revue", "review", "reviews",
                                         "analyse", "analysis", "analyses", "meta", "travaux", "auteurs", "authors", "researchers", "chercheurs",
                                         "series", "serie"]
    static let studyDenials: Set<String> = ["no", "aucun", "aucune", "pas", "ni", "neither", "nor", "none", "sans", "without", "any", "nul", "nulle"]

    /// "ne montre pas de supériorité … du diclofénac sur le paracétamol", "n'apporte pas de
    /// bénéfice supplémentaire par rapport à l'acupuncture manuelle": a proof or an effect denied
    /// of an advantage over an active treatment, within its clause, says nothing of an effect.
    static func deniesAdvantageOverActive(_ s: AnalyzedSentence, after m: PhraseMatch, clause: Range<Int>) -> Bool {
        let end = min(clause.upperBound, m.last + 11)
        guard m.last + 1 < end, let noun = ((m.last + 1)..<end).first(where: { Self.advantageWords.contains(s.tokens[$0].folded) }),
              noun + 1 < end, let from = ((noun + 1)..<end).first(where: { comparative.contains(s.tokens[$0].folded) })
        else { return false }
        return namesActiveTreatment(s, after: from)
    }

    /// Whether the words after a comparison word name an active treatment rather than a
    /// placebo, a sham or no treatment: the first of the next five words that is a name or a
    /// control arm decides.
    static func namesActiveTreatment(_ s: AnalyzedSentence, after from: Int) -> Bool {
        let after = s.matches.filter { $0.first > from && $0.first <= from + 5 }
        // "qu'une acupuncture simulée": a sham of the same treatment is a control.
        if after.contains(where: { $0.has(.control) }) { return false }
        // Another form of the same treatment ("about as much as face-to-face sessions") is active
        // too; not a placebo's ("than placebo injections").
        if let named = after.first(where: { m in m.interventionID != nil || m.has(.otherintervention)
            || (m.refers(.intervention) && m.first > 0 && Self.endsArmComparison(s.tokens[from].folded)
                && !Self.controlWords.contains(s.tokens[m.first - 1].folded)) }) {
            // "than calorie restriction alone", "que la kinésithérapie seule": the arm without the
            // added treatment is its control (an add-on trial tests what was added).
            let next = s.tokens[(named.last + 1)..<min(s.tokens.count, named.last + 3)].map(\.folded)
            return !next.contains { Self.alone.contains($0) }
        }
        // An active comparison named in words the lexicon knows as care, not as an intervention.
        let window = s.tokens[(from + 1)..<min(s.tokens.count, from + 6)].map(\.folded)
        return window.contains { Self.activeCare.contains($0) }
    }

    /// Where an effect stated as equal to another arm's ends its comparison: "worked as well
    /// as", "as effective as", "aussi efficace que", "autant que" (not "better than", "mieux que").
    static func equalComparison(_ s: AnalyzedSentence, _ m: PhraseMatch) -> Int? {
        let last = s.tokens[m.last].folded
        let before = m.first > 0 ? s.tokens[m.first - 1].folded : ""
        let after = m.last + 1 < s.tokens.count ? s.tokens[m.last + 1].folded : ""
        if last == "as", m.last - m.first >= 2, (m.first..<m.last).contains(where: { s.tokens[$0].folded == "as" }) { return m.last }
        if before == "as", after == "as" { return m.last + 1 }
        if last == "que" || last == "qu", (m.first..<m.last).contains(where: { Self.equalWords.contains(s.tokens[$0].folded) }) { return m.last }
        if Self.equalWords.contains(before), after == "que" || after == "qu" { return m.last + 1 }
        return nil
    }

    /// Words of an equal comparison in French ("aussi efficace que", "autant que").
    static let equalWords: Set<String> = ["aussi", "autant"]

    /// The words that end a comparison of two arms ("as much as", "than", "que"): only after one
    /// is a form of the same treatment the other arm ("aucun effet sur ma sciatique, quatre
    /// séances pour rien" compares nothing).
    static func endsArmComparison(_ word: String) -> Bool {
        word == "as" || word == "than" || word == "que" || word == "qu"
    }

    /// Words that make what follows a control arm's ("placebo injections", "sham sessions"),
    /// whichever phrase took them.
    static let controlWords: Set<String> = ["placebo", "placebos", "sham", "dummy", "fake", "simulated", "simule", "simulee", "simules", "simulees",
                                            "factice", "factices", "fictif", "fictive", "fictives", "fictifs"]

    /// Words that make a named treatment the arm given alone ("calorie restriction alone").
    static let alone: Set<String> = ["alone", "seul", "seule", "seuls", "seules"]

    /// Whether a phrase is a recommendation ("not recommended", "ne sont pas recommandées").
    static func isRecommendation(_ s: AnalyzedSentence, _ m: PhraseMatch) -> Bool {
        m.covered.contains { i in s.tokens[i].folded.hasPrefix("recommand") || s.tokens[i].folded.hasPrefix("recommend") }
    }

    /// Words saying two arms did alike ("de façon similaire", "similarly").
    static let alikeWords: Set<String> = ["similaire", "similaires", "similar", "similarly", "comparable", "identique", "same", "meme"]

    /// A recommendation whose clause gives no reason for it ("is no longer recommended"): a
    /// decision, not a finding.
    static func isBareRecommendation(_ s: AnalyzedSentence, _ m: PhraseMatch, clause: Range<Int>) -> Bool {
        isRecommendation(s, m) && !s.tokens[clause].contains { reasons.contains($0.folded) }
    }

    /// Words that give a recommendation its reason ("faute de données", "for lack of evidence").
    static let reasons: Set<String> = ["faute", "because", "car", "parce", "lack", "insufficient", "insuffisantes", "insuffisante", "since",
                                       "puisque", "manque", "absence", "due", "given"]

    /// Whether an effect word is a regulator's approval ("approved", "licensed for", "autorisé pour").
    static func isRegulatory(_ s: AnalyzedSentence, _ m: PhraseMatch) -> Bool {
        m.covered.contains { i in ["approv", "licens", "cleared", "autoris", "rembours"].contains { s.tokens[i].folded.hasPrefix($0) } }
    }

    /// Words naming other treatments as the subject of a failure ("when oral drugs fail").
    static let otherTreatments: Set<String> = ["other", "others", "oral", "standard", "conventional", "usual", "first-line", "autres",
                                               "classiques", "habituels", "conventionnels", "medicaments", "drugs", "medicines", "medications"]

    /// Whether a word after "over" opens a span of time ("over six months", "over 12 weeks").
    static func spanWords(_ w: String) -> Bool {
        w.first?.isNumber == true || spanCounts.contains(w)
    }
    static let spanCounts: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several", "many", "a"]
    /// Words that make a clause a comparison between arms rather than a change within them.
    static let comparisonWords: Set<String> = ["than", "more", "less", "plus", "moins", "que", "qu", "versus", "vs", "compared",
                                               "compare", "comparee", "comparing", "comparant", "comparativement", "rapport", "contre", "over", "better", "mieux",
                                               "superior", "superieur", "superieure", "outperform", "outperformed", "outperforms",
                                               "beat", "beats", "surpassed", "exceeded", "depasse", "against", "vis-a-vis"]

    /// Words naming an active treatment as what something was compared with.
    static let activeCare: Set<String> = [
        "usual", "standard", "exercise", "exercises", "physiotherapy", "surgery", "conventional", "other", "others", "another", "active", "autre",
        "habituel", "habituels", "habituelle", "habituelles", "autres", "classique", "classiques", "kinesitherapie", "chirurgie",
        "medicaments", "medicament", "medication", "medications", "drugs", "drug", "corticoide", "corticoides", "corticosteroid",
        "corticosteroids", "steroid", "steroids", "cortisone", "infiltration", "infiltrations", "ibuprofen", "ibuprofene", "ains",
        "nsaids", "nsaid", "anti-inflammatoires", "anti-inflammatory", "painkillers", "antalgiques", "reference", "referentiel",
        "comprimes", "tablets", "pills", "therapy", "therapie", "traitements", "treatments", "treatment", "traitement", "care", "soins",
    ]
}

extension StanceClassifier {
    /// "C'est faux.", "False.", "This is not true.": a short sentence that only denies, with no
    /// effect or name of its own.
    static func isBareDenial(_ s: AnalyzedSentence) -> Bool {
        s.tokens.count <= 6 && !s.isQuestion && s.matches.contains { $0.has(.denial) }
            && !s.matches.contains { $0.has(.effect) || $0.has(.indication) || $0.has(.intervention) }
    }

    /// Whether a sentence opens with a verdict a colon closes ("C'est faux : injectés dans le
    /// genou, …", "False: the pads…"): a denial word of falsehood within the first four words,
    /// all before the colon. What follows is the writer's own explanation.
    static func opensWithDenialLabel(_ s: AnalyzedSentence) -> Bool {
        // (Most sentences have no denial: one AND first, as this runs for every sentence.)
        guard s.kinds & CueKind.denial.bit != 0, let colon = s.breaks.first, colon <= 4, !s.isQuestion,
              s.matches.contains(where: { $0.has(.denial) && $0.last < colon }) else { return false }
        return s.tokens[..<colon].contains { ClaimExtractor.falseWords.contains($0.folded) }
    }

    /// Nouns for what a trial found between its arms ("the difference", "l'écart", "the benefit").
    static let differenceNouns: Set<String> = ["difference", "differences", "ecart", "ecarts", "gain", "benefit", "benefice", "effect", "effet"]
    /// Words that make the noun after them the one already spoken of.
    static let definite: Set<String> = ["the", "this", "that", "la", "le", "l", "cette", "cet", "ce"]

    /// The clause stances of a sentence whose later clause only denies ("Some clinics say it
    /// cures migraine, but that claim does not stand up to scrutiny") or finds "the difference"
    /// short of mattering: the effect the clauses before it state or report, refuted (a claim
    /// quoted to be denied takes the denial's stance). Nil when no clause does so, or none
    /// before it states an effect.
    static func deniedInSentence(_ s: AnalyzedSentence, stances: [ClauseStance?], bytes: [UInt8], comparison: Comparison) -> [ClauseStance?]? {
        // Most sentences have neither a denial nor a refuting clause after the first: done then.
        guard s.clauses.count > 1, !s.isQuestion,
              s.matches.contains(where: { $0.has(.denial) }) || stances.dropFirst().contains(where: { $0?.stance == .refutes }) else { return nil }
        // (A trial of two active treatments both improving with no difference between them is
        // one effect for each: only against a control is "no difference" a denial.)
        let againstControl = comparison == .control || (comparison != .active && s.matches.contains { $0.has(.control) })
        // The denying clause: a denial and nothing of its own, or one that finds "the
        // difference" short of mattering ("…, but the difference fell short of being
        // clinically important").
        guard let k = s.clauses.indices.dropFirst().first(where: { k in
            let ms = s.matches(in: s.clauses[k])
            if ms.contains(where: { $0.has(.indication) || $0.has(.intervention) }) { return false }
            if ms.contains(where: { $0.has(.denial) }) && !ms.contains(where: { $0.has(.effect) }) { return true }
            // "the difference", "cet écart": the one just stated, not a finding of its own
            // ("…, alors qu'un essai ne montrait aucune différence").
            guard stances[k]?.stance == .refutes, !ms.contains(where: { $0.has(.basis) || $0.has(.studies) }) else { return false }
            return s.clauses[k].dropFirst().contains { i in
                Self.differenceNouns.contains(s.tokens[i].folded) && Self.definite.contains(s.tokens[i - 1].folded)
            } || (againstControl && onlyFindsNoDifference(s, clause: s.clauses[k]))
        }) else { return nil }
        let bareNoDifference = againstControl && onlyFindsNoDifference(s, clause: s.clauses[k])
        let deniedBy = s.matches(in: s.clauses[k]).first { $0.has(.denial) }.map { s.surface($0, bytes: bytes) }
            ?? stances[k]?.cues.first { $0.role == "stance" }?.text ?? ""
        var out = stances
        var found = false
        // (A bare "no difference between them" speaks of the clause it follows, not of every one before.)
        let first = stances[k]?.stance == .refutes && bareNoDifference ? k - 1 : 0
        for j in first..<k {
            guard let read = stances[j] ?? classify(s, clause: s.clauses[j], bytes: bytes, comparison: comparison, readingReported: true)
                    ?? (againstControl ? bothArmsEffect(s, clause: s.clauses[j], bytes: bytes) : nil),
                  read.stance == .supports else { continue }
            found = true
            out[j] = ClauseStance(stance: .refutes, hedged: false,
                                  cues: read.cues.map { Cue(role: $0.role, text: $0.text, rule: $0.role == "stance" ? "an effect stated, then denied" : $0.rule) }
                                      + [Cue(role: "negation", text: deniedBy, rule: "a later clause denies the effect this one states")],
                                  at: read.at, strength: 0.85)
        }
        return found ? out : nil
    }

    /// "There was little or no difference between exercise and psychological therapy", "aucune
    /// différence entre l'acupuncture et la kinésithérapie": no difference between two named
    /// treatments is a comparison of two active ones, no finding of no effect (spec/claims.md,
    /// "no better than [an active treatment]").
    static func findsNoDifferenceBetweenTreatments(_ s: AnalyzedSentence, after m: PhraseMatch, clause: Range<Int>) -> Bool {
        // (A match may run past its clause's end.)
        let end = max(min(clause.upperBound, m.last + 4), m.last + 1)
        guard end <= s.tokens.count,
              m.covered.contains(where: { differenceWords.contains(s.tokens[$0].folded) })
                || ((m.last + 1)..<end).contains(where: { differenceWords.contains(s.tokens[$0].folded) }),
              let between = ((m.first + 1)..<end).first(where: { s.tokens[$0].folded == "between" || s.tokens[$0].folded == "entre" })
        else { return false }
        let window = (between + 1)...(between + 12)
        // (Not when a control is among them: "no difference between hawthorn, magnesium and placebo".)
        if s.matches.contains(where: { $0.has(.control) && window.contains($0.first) }) { return false }
        let named = Set(s.matches.filter { $0.interventionID != nil && window.contains($0.first) && clause.contains($0.first) }
            .compactMap(\.interventionID))
        return named.count >= 2
    }

    /// Whether a control is named as the design of the studies a sentence reports ("trials with
    /// a control group", "des essais avec groupe placebo", "randomised trials with active control
    /// groups"): "with" or "avec" at most three words before it, after a word for studies
    /// (`studyNouns`).
    static func namesDesign(_ s: AnalyzedSentence, _ control: PhraseMatch) -> Bool {
        let from = max(0, control.first - 6)
        guard control.first > from,
              let joiner = (max(from, control.first - 3)..<control.first).last(where: { designJoiners.contains(s.tokens[$0].folded) }) else { return false }
        return (from..<joiner).contains { studyNouns.contains(s.tokens[$0].folded) }
    }

    static let designJoiners: Set<String> = ["with", "avec", "comportant", "including"]
    /// Words of a label that heads a myth ("Myth:", "Idée reçue :"), unlike a verdict ("FAUX :").
    static let mythLabels: Set<String> = ["myth", "myths", "mythe", "mythes", "recue", "recues"]

    /// "Difference" itself, and French "écart", which says the same of arms.
    static let differenceWords: Set<String> = ["difference", "differences"]
    static let gapWords: Set<String> = ["ecart", "ecarts"]

    /// "The groups did not differ", "side effects were similar in both groups": an outcome the
    /// same in both arms refutes only when the clause names a condition before it ("whereas
    /// bloating did not differ between groups", "Rates of Alzheimer's disease were similar in
    /// both groups"). Not a wording that says more: with "significantly" or a control ("did not
    /// differ … sham") it is a finding of its own, and "ne différaient plus", "to a similar
    /// degree in both" refuted before this test.
    static func sameInBothWithoutOutcome(_ s: AnalyzedSentence, _ m: PhraseMatch, clause: Range<Int>) -> Bool {
        var alike = false
        for t in m.covered {
            let word = s.tokens[t].folded
            if word.hasPrefix("signific") || sameInBothControls.contains(word) || sameInBothOthers.contains(word) { return false }
            if sameInBothWords.contains(word) { alike = true }
        }
        guard alike else { return false }
        return !s.matches.contains { $0.indicationID != nil && $0.last < m.first && $0.first >= clause.lowerBound }
    }

    /// The words of "did not differ", "were similar", "comparables"; of a control; and of the
    /// phrases that refuted before `sameInBothWithoutOutcome`.
    static let sameInBothWords: Set<String> = ["differ", "differe", "differait", "differaient", "similar", "similaire", "similaires", "comparable", "comparables"]
    static let sameInBothControls: Set<String> = ["placebo", "sham", "simule", "factice", "control", "controle", "temoin"]
    static let sameInBothOthers: Set<String> = ["plus", "degree", "extent"]

    /// Words that may open a clause before its "no difference" ("…, but no difference with placebo").
    static let clauseOpeners: Set<String> = ["mais", "but", "et", "and", "with", "avec", "yet", "cependant", "however", "toutefois"]

    /// Whether a clause only finds no difference between the arms ("…, sans différence
    /// significative entre eux", "…, mais pas de différence avec le placebo"): "difference" or
    /// "écart" among its first words, after at most an opener and the refuting words, and after
    /// it only the arms or the control, no outcome of its own ("…, mais aucune différence sur
    /// l'incapacité" speaks of another measure).
    static func onlyFindsNoDifference(_ s: AnalyzedSentence, clause: Range<Int>) -> Bool {
        var i = clause.lowerBound
        if i < clause.upperBound, clauseOpeners.contains(s.tokens[i].folded) { i += 1 }
        guard let noun = (i..<min(clause.upperBound, i + 4)).first(where: { differenceWords.contains(s.tokens[$0].folded) || gapWords.contains(s.tokens[$0].folded) })
        else { return false }
        return ((noun + 1)..<clause.upperBound).allSatisfy { armsWords.contains(s.tokens[$0].folded) || s.tokens[$0].folded.allSatisfy { !$0.isLetter } }
    }

    /// Words that may follow "no difference" when it is between the arms.
    static let armsWords: Set<String> = [
        "significative", "significatif", "significant", "statistiquement", "statistically", "notable", "nette", "meaningful", "real",
        "reelle", "entre", "eux", "elles", "them", "between", "the", "les", "deux", "two", "groupes", "groups", "arms", "bras", "avec",
        "with", "le", "la", "l", "un", "a", "placebo", "from", "versus", "vs", "contre", "sham", "control", "controls", "temoin",
        "temoins", "groupe", "group", "simule", "simulee", "saline", "dummy",
    ]

    /// The effect a clause states in both arms of a trial ("les crampes ont diminué dans les
    /// deux groupes"), which says nothing alone, read as stated so that a later "no difference
    /// between them" can deny it.
    static func bothArmsEffect(_ s: AnalyzedSentence, clause: Range<Int>, bytes: [UInt8]) -> ClauseStance? {
        let ms = s.matches(in: clause)
        guard ms.contains(where: { $0.has(.arms) }),
              let m = ms.first(where: { $0.has(.effect) && $0.states(.supports) }),
              !ms.contains(where: { $0.has(.effect) && ($0.states(.refutes) || $0.states(.uncertain)) }) else { return nil }
        return ClauseStance(stance: .supports, hedged: false,
                            cues: [Cue(role: "stance", text: s.surface(m, bytes: bytes), rule: "effect seen in both arms")], at: m.first)
    }

    /// Words of a report the writer sets their own statement against ("contrairement à ce
    /// qu'affirment", "contrary to claims", "despite the claims"), folded.
    static let againstReportWords: Set<String> = ["contrairement", "contrary", "despite", "malgre"]
    /// Words of a verdict that denies only in part ("Partly false", "En partie faux"), folded.
    static let partialVerdictWords: Set<String> = ["partly", "partially", "partiellement", "partie", "half", "moitie", "mixed", "mostly", "plutot"]

    /// The clause stances of a sentence that reports an effect ("une vidéo présente les
    /// injections comme un moyen de faire repousser le cartilage") when the next sentence only
    /// denies it ("C'est faux."): the reported effect, refuted (a claim quoted to be denied
    /// takes the denial's stance); a reported failure so denied ("« ne sert à rien ». C'est
    /// faux."), supported. Nil when the sentence reports no effect.
    /// With `underClaimHeading`, the sentence is under a heading that gives it as the claim
    /// checked ("The claim"), which reports it whether or not its own words do.
    static func deniedReport(_ s: AnalyzedSentence, denial: AnalyzedSentence, bytes: [UInt8], comparison: Comparison,
                             underClaimHeading: Bool = false) -> [ClauseStance?]? {
        guard underClaimHeading || s.matches.contains(where: { $0.has(.reported) }) else { return nil }
        var found = false
        let stances: [ClauseStance?] = s.clauses.map { clause in
            // (Under a claim heading, an effect the sentence states is the claim checked too.)
            let plain = classify(s, clause: clause, bytes: bytes, comparison: comparison)
            // "Une publication affirme que le vaccin « ne sert à rien pour le bébé ». C'est faux.":
            // a failure reported, then denied, says that it works.
            // (Not a failure the writer states against the reports, "Contrairement à ce
            // qu'affirment les vidéos, l'huile ne fait pas repousser les cheveux", nor one a
            // verdict denies only in part: "Rating: Partly false.")
            if let failed = plain, failed.stance == .refutes,
               let report = s.matches.first(where: { $0.has(.reported) }), report.last < failed.at,
               !s.tokens[report.first...report.last].contains(where: { Self.againstReportWords.contains($0.folded) }),
               !denial.tokens.contains(where: { Self.partialVerdictWords.contains($0.folded) }) {
                found = true
                return ClauseStance(stance: .supports, hedged: false,
                                    cues: failed.cues.map { Cue(role: $0.role, text: $0.text, rule: $0.role == "stance" ? "a failure reported, then denied" : $0.rule) }
                                        + [Cue(role: "negation", text: denial.text, rule: "the next sentence denies the failure this one reports")],
                                    at: failed.at, strength: 0.85, deniedReport: true)
            }
            guard plain == nil || (underClaimHeading && plain?.stance == .supports),
                  let read = plain ?? classify(s, clause: clause, bytes: bytes, comparison: comparison, readingReported: true),
                  read.stance == .supports else { return nil }
            found = true
            return ClauseStance(stance: .refutes, hedged: false,
                                cues: read.cues.map { Cue(role: $0.role, text: $0.text, rule: $0.role == "stance" ? "an effect reported, then denied" : $0.rule) }
                                    + [Cue(role: "negation", text: denial.text, rule: "the next sentence denies the effect this one reports")],
                                at: read.at, strength: 0.85, deniedReport: true)
        }
        return found ? stances : nil
    }
}

