import Documents
import TextAnalysis

/// Resolves what a sentence leaves implicit: which intervention "elle", "cette technique",
/// "this treatment" or a bare list item ("Traitement des tendinopathies") speaks of, and
/// which indications "son efficacité n'est pas validée" or "these conditions" refer back to.
enum ReferenceResolver {
    /// The document's main intervention: `--about` when given, else the intervention named
    /// most often in the title and text (the first named on a tie).
    static func mainIntervention(title: AnalyzedSentence, sentences: [AnalyzedSentence], lexicon: ClaimLexicon,
                                 about: String?) -> (id: String, why: String)? {
        if let about, !about.isEmpty {
            // A user's word: a name, else a form the lexicon reads in texts ("Doliprane").
            let id = (try? lexicon.resolver.intervention(about).value) ?? about
            return (id, "--about \(about)")
        }
        var counts: [String: Int] = [:]
        var order: [String] = []
        func count(_ m: PhraseMatch) {
            guard let id = m.interventionID else { return }
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        func countNamed(_ s: AnalyzedSentence, times: Int) {
            let comparatorEnds = s.comparatorEnds
            for m in s.matches where m.interventionID != nil && !comparatorEnds.contains(m.first - 1) && !comparatorEnds.contains(m.first - 2) {
                for _ in 0..<times { count(m) }
            }
        }
        // The title says what the document is about: its names count twice. In the text, an
        // intervention named as what another was compared with ("better than minoxidil") does not count.
        // ("Tai chi tested against stretching": what the title compares the treatment with counts as in the text.)
        let titleMatches = title.matches
        countNamed(title, times: 2)
        for s in sentences where !s.interventionMentions.isEmpty {
            countNamed(s, times: 1)
            // The treatment a sentence describes ("Vitamines, zinc : la mésothérapie capillaire
            // consiste à injecter ces cocktails") is what the page is about, more than the
            // ingredients it lists: the subject just before the description counts once more.
            if let practice = s.matches.first(where: { $0.has(.practice) }),
               let subject = s.matches.last(where: { $0.interventionID != nil && $0.last < practice.first }),
               practice.first - subject.last <= 3 {
                count(subject)
            }
        }
        guard let best = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }) else { return nil }
        // A title about an intervention the vocabulary lacks ("Chiropractic care for lower back
        // pain") and none it knows: the document is about that one, and its unnamed subjects too.
        if !titleMatches.contains(where: { $0.interventionID != nil }), titleMatches.contains(where: { $0.has(.otherintervention) }) { return nil }
        // A page on chiropractic that names exercise twice in passing: an intervention the
        // vocabulary lacks, named more often than the best known one, is what it is about.
        if !titleMatches.contains(where: { $0.interventionID != nil }) {
            let others = sentences.reduce(0) { n, s in s.matches.reduce(n) { $0 + ($1.has(.otherintervention) ? 1 : 0) } }
            if others >= 2, others > counts[best]! { return nil }
        }
        // A title that states or asks a treatment's effect, or compares two ("versus"),
        // without naming any treatment the vocabulary knows ("Le ruban adhésif fait-il vraiment
        // disparaître les verrues ?", "Counterforce brace versus sham brace for lateral elbow
        // tendinopathy: a randomised trial"): its subject is a treatment the vocabulary lacks,
        // not one the text names in passing.
        // ("Traitements de fond", "treatment of migraine" name care, not an effect.)
        func statesEffect(_ m: PhraseMatch) -> Bool {
            m.has(.effect) && !["trait", "treat"].contains { title.tokens[m.first].folded.hasPrefix($0) }
        }
        // (A treatment the text names three times or more is still what it is about.)
        if !titleMatches.contains(where: { $0.interventionID != nil }), counts[best]! <= 2,
           titleMatches.contains(where: statesEffect)
            || title.tokens.contains(where: { ["versus", "vs"].contains($0.folded) }) {
            return nil
        }
        // A page whose title names no treatment and which names no condition anywhere is no
        // health page ("operations" in a text on software): nothing is its main intervention.
        if !titleMatches.contains(where: { $0.interventionID != nil }),
           !([title] + sentences).contains(where: { s in s.matches.contains { $0.indicationID != nil || $0.has(.othercondition) } }) {
            return nil
        }
        return (best, "named \(counts[best]!) times in the title and text")
    }

    /// Which intervention a clause speaks of: one it names, else one its sentence names, else
    /// the one its discourse names (earlier in the paragraph, the section's heading), else the
    /// main intervention (through "elle", "it", or an implicit subject).
    static func intervention(for clause: Range<Int>, at: Int, in s: AnalyzedSentence, bytes: [UInt8],
                             main: (id: String, why: String)?,
                             discourse: (Mention, TopicOrigin)? = nil,
                             documentWords: [String: Set<String>] = [:]) -> (id: String, cue: Cue, origin: TopicOrigin)? {
        // "Ses flavonoïdes agissent sur la tension", "its active compounds ease…": a name right
        // after a possessive is a part of the treatment the document is about, not one of its own.
        let named = MentionFinder.interventions(in: s, bytes: bytes).filter { m in
            guard let main, main.id != m.id, m.token > 0 else { return true }
            return !possessives.contains(s.tokens[m.token - 1].folded)
        }
        // The effect belongs to the intervention of its own part of the clause ("elle a été
        // remplacée par le laser, qui donne de meilleurs résultats"), else to one named before
        // it (the subject: "X soulage Y"); one named only after it in another part of the
        // clause ("aucun effet, j'ai fini chez le kiné") is not its subject.
        let segment = s.commaSegment(around: at, in: clause, bytes: bytes)
        // "Chiropractic adjustments relieve it as well as exercise": the effect is stated of an
        // intervention the vocabulary does not know (its subject, before the effect); it is
        // nobody else's, unless a known one stands between them.
        // Not when the unknown one is an item of a list of known ones ("ce sont le minoxidil, le
        // finastéride ou la greffe qui ont fait leurs preuves"): the list shares the effect;
        // unless the clause compares ("compared with exercise or spinal manipulation").
        if let unknown = s.matches.last(where: { $0.has(.otherintervention) && clause.contains($0.first) && $0.first < at }),
           !named.contains(where: { $0.token > unknown.first && $0.token < at }),
           s.matches.contains(where: { $0.has(.comparator) && clause.contains($0.first) && $0.first < unknown.first })
               || !named.contains(where: { m in
               let end = s.matches.first { $0.first == m.token }?.last ?? m.token
               let after = (unknown.last + 1)..<min(unknown.last + 2, s.tokens.count)
               return m.token < unknown.first && unknown.first - end <= 3
                   && (end + 1..<unknown.first).allSatisfy { listWords.contains(s.tokens[$0].folded) }
                   && ((end + 1..<unknown.first).contains { coordinators.contains(s.tokens[$0].folded) }
                       || after.contains { coordinators.contains(s.tokens[$0].folded) })
           }) {
            return nil
        }
        // "…, mais elle peut en diminuer la douleur pour que la rééducation devienne possible": a
        // pronoun before the effect is its subject, not a treatment named after it.
        // (Worked out at most once: the two tests below may both ask.)
        var segmentRefers: Bool?
        func refersInSegment() -> Bool {
            if let known = segmentRefers { return known }
            let found = s.matches.contains { segment.contains($0.first) && $0.first < at && $0.refers(.intervention) }
            segmentRefers = found
            return found
        }
        // "We also offer microneedling with PRP, which can boost results between laser
        // sessions": a subject relative that opens the effect's part of the clause, right after
        // a treatment's name, stands for it; a name after the effect is its object.
        if segment.lowerBound > 0, NegationScope.subjectRelatives.contains(s.tokens[segment.lowerBound].folded),
           !named.contains(where: { segment.contains($0.token) && $0.token < at }),
           let m = named.last(where: { $0.token < segment.lowerBound }),
           // (Or one word before it, the form it comes in: "simethicone drops, whose crying…".)
           (segment.lowerBound - 2...segment.lowerBound - 1).contains(s.matches.first { $0.first == m.token }?.last ?? m.token) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named right before the relative pronoun that opens the effect's clause"), .clause)
        }
        if let m = named.first(where: { segment.contains($0.token) }), m.token < at || !refersInSegment() {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named in the clause"), .clause)
        }
        // "Sciatica responds well to chiropractic care": the clause names only a treatment the
        // vocabulary lacks, and nothing that stands for another one.
        if !named.contains(where: { clause.contains($0.token) }),
           s.matches.contains(where: { $0.has(.otherintervention) && clause.contains($0.first) }),
           !s.matches.contains(where: { clause.contains($0.first) && ($0.refers(.intervention) || $0.refers(.several)) }) {
            return nil
        }
        // "Associé aux exercices, il n'apporte rien": the effect's own subject is a pronoun for
        // the treatment spoken of, not the name in the part before it.
        let segmentRef = refersInSegment()
        if !segmentRef, let m = named.first(where: { clause.contains($0.token) && $0.token < at }) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named in the clause, before the effect"), .clause)
        }
        // "…, but did not rise in the injection group": the clause's own reference to the
        // treatment beats a name in another clause.
        // A pronoun ("it", "elle") stands for the treatment its sentence named before it
        // ("Paracetamol is not advised, because it does not appear to help"); a description
        // ("the injection group") for the treatment spoken of.
        let clauseRef = s.matches.first { clause.contains($0.first) && $0.refers(.intervention) }
        let pronoun = clauseRef.map { Self.pronouns.contains(s.tokens[$0.first].folded) } ?? false
        // "A course of antibiotics may clear the infection, but it does nothing to prevent the
        // next one": the pronoun's nearest antecedent is a treatment the vocabulary lacks.
        if pronoun, let ref = clauseRef,
           let unknown = s.matches.last(where: { $0.has(.otherintervention) && $0.last < ref.first }),
           !named.contains(where: { $0.token > unknown.last && $0.token < ref.first }) {
            return nil
        }
        // The antecedent may stand earlier in the same clause ("My GP suggested minoxidil,
        // telling me it might slow the loss"), but not as what the treatment went with or was
        // compared with ("Associé aux exercices, il n'apporte rien").
        // The sentence's first pronoun standing for a treatment (matches are in text order).
        let firstPronoun = Self.firstPronoun(in: s)
        // Not a name after an earlier pronoun of the sentence that stands for the same treatment:
        // "it may boost circulation and collagen, and it may help with acne" speaks of one thing.
        if pronoun, let ref = clauseRef,
           let m = named.last(where: { $0.token < clause.lowerBound })
            ?? named.last(where: { $0.token < ref.first && !s.comparatorEnds.contains($0.token - 1) && !s.comparatorEnds.contains($0.token - 2) }),
           !(firstPronoun.map { $0.first < m.token } ?? false) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "the pronoun's antecedent, named earlier in the sentence"), .sentence)
        }
        // "Elle viendrait à bout de dépressions sur lesquelles les antidépresseurs échouent, et
        // pourrait aussi calmer la fibromyalgie": a clause with no subject of its own shares the
        // earlier clause's pronoun, not a name inside that clause's relative.
        // (Not a pronoun for whoever gave the treatment named after it: "elle m'a mise sous
        // bêtabloquant, et en trois mois mes crises se sont espacées" speaks of the beta-blocker.)
        let sharedPronoun = clauseRef == nil && firstPronoun.map { p in
            p.first < clause.lowerBound && !named.contains { $0.token < p.first }
                && !s.matches.contains { a in
                    a.has(.administered) && a.first > p.first && a.last < clause.lowerBound && named.contains { $0.token > a.last && $0.token <= a.last + 2 }
                }
        } ?? false
        if clauseRef == nil, !segmentRef, !sharedPronoun, let m = named.last(where: { $0.token < clause.lowerBound }) ?? (named.contains(where: { clause.contains($0.token) }) ? nil : named.first) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named in the sentence"), .sentence)
        }
        // "Ce qui m'a vraiment sortie de là, c'est la kiné", "What finally helped was physio": a
        // cleft sentence names its subject after the effect.
        if Self.opensCleft(s), let m = named.first(where: { clause.contains($0.token) && $0.token > at }) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named after the effect in a cleft sentence"), .clause)
        }
        // "Le traitement de fond repose sur la remise en charge du tendon, avec des exercices
        // excentriques", "The treatment of choice is…": a sentence that opens on the treatment
        // names what it is after it, not in the sentence before.
        if at <= 2, at < s.tokens.count, Self.treatmentNouns.contains(s.tokens[at].folded), let m = named.first(where: { clause.contains($0.token) && $0.token > at }) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named after the treatment the sentence opens on"), .clause)
        }
        // "Pour calmer la toux, une cuillère de miel peut apporter un petit soulagement", "To
        // ease a cough, try honey": an effect in an opening clause of purpose belongs to the
        // treatment of the main clause after its comma.
        // (The main clause starts after the effect's comma segment, a short one.)
        if at <= 2, let first = s.tokens.first, Self.purposeOpeners.contains(first.folded), segment.upperBound <= at + 8,
           let m = named.first(where: { clause.contains($0.token) && $0.token >= segment.upperBound }) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "the treatment of the main clause, after an opening clause of purpose"), .clause)
        }
        // "Ceux qui ne soignent pas les tendinites : ultrasons, laser, …", "What helped me: physio
        // and patience": the effect's subject is the list the colon after it opens.
        // So does a comma after an effect whose subject is a class of treatments ("Only two
        // medicines have been shown to stop hair loss, finasteride and minoxidil").
        let classSubject = at > clause.lowerBound && at <= s.tokens.count
            && s.tokens[clause.lowerBound..<at].contains { Self.treatmentClasses.contains($0.folded) }
        if !named.contains(where: { $0.token < at }),
           let colon = s.tokens.indices.first(where: { i in
               guard i > at, i < s.tokens.count - 1 else { return false }
               let gap = bytes[s.tokens[i].end..<s.tokens[i + 1].start]
               return gap.contains(UInt8(ascii: ":")) || (classSubject && gap.contains(UInt8(ascii: ",")))
           }),
           let m = named.first(where: { $0.token > colon }),
           m.token - colon <= 4,
           // Only articles and other treatments' names before it ("ultrasons, laser, …").
           (colon + 1..<m.token).allSatisfy({ t in !s.matches.contains { $0.covered.contains(t) && !$0.has(.otherintervention) } }) {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "listed after the colon (or, for a class of treatments, the comma) that follows the effect"), .sentence)
        }
        let refMatch = s.matches.first(where: { $0.refers(.intervention) || $0.refers(.back) })
        let ref = refMatch.map { s.surface($0, bytes: bytes) }
        // "L'acétazolamide, débuté la veille de la montée, diminue nettement les symptômes",
        // "Medicines for dementia help only a little": the effect's subject is a treatment the
        // vocabulary does not know; it is not the one the discourse names.
        if refMatch == nil, Self.namesUnknownTreatment(in: clause, before: at, of: s) { return nil }
        if let (m, origin) = discourse {
            return (m.id, Cue(role: "reference", text: ref ?? "(implicit subject)",
                              rule: "the intervention named \(origin == .heading ? "in the section's heading" : "earlier in the paragraph"): \(m.surface)"), origin)
        }
        if let m = named.first(where: { clause.contains($0.token) }), main == nil {
            return (m.id, Cue(role: "intervention", text: m.surface, rule: "named in the clause, after the effect"), .clause)
        }
        guard let main else { return nil }
        if let ref, let refMatch {
            // "the injection" in an article on physiotherapy and a corticosteroid injection: the
            // one other treatment the document names with that noun, not the main one.
            if let (id, name) = Self.namedWithHeadNoun(of: refMatch, in: s, besides: main.id, documentWords: documentWords) {
                return (id, Cue(role: "reference", text: ref, rule: "refers to the one intervention the document names with \"\(name)\" (\(id))"), .reference)
            }
            return (main.id, Cue(role: "reference", text: ref, rule: "refers to the main intervention (\(main.id), \(main.why))"), .reference)
        }
        return (main.id, Cue(role: "reference", text: "(implicit subject)", rule: "no intervention named: the document's main intervention (\(main.id), \(main.why))"), .document)
    }

    /// Whether, before the effect in its clause, words no phrase matched name a treatment the
    /// vocabulary lacks: a drug's international name (a word of seven letters or more with an
    /// ending drug names share, `unknownDrugEndings`), or the drugs of a condition ("medicines
    /// for dementia", "les médicaments contre l'arthrose": a plural noun of medicines, a
    /// preposition, and a condition named within the next three words). One pass over the clause.
    static func namesUnknownTreatment(in clause: Range<Int>, before at: Int, of s: AnalyzedSentence) -> Bool {
        let upper = min(at, clause.upperBound, s.tokens.count)
        for i in clause.lowerBound..<upper {
            // (A word's length and last letters before any lookup: most words are neither.)
            let w = s.tokens[i].folded
            let n = w.utf8.count
            let drugName = n >= 7 && lastThree(w).map(unknownDrugKeys.contains) == true && unknownDrugEndings.contains(where: { w.hasSuffix($0) })
            let drugsFor = !drugName && w.utf8.last == UInt8(ascii: "s") && (5...11).contains(n) && drugNouns.contains(w)
                && i + 2 < s.tokens.count && drugPrepositions.contains(s.tokens[i + 1].folded)
            guard drugName || drugsFor, !s.matches.contains(where: { $0.covered.contains(i) }) else { continue }
            if drugName || s.matches.contains(where: { $0.indicationID != nil && $0.first > i + 1 && $0.first <= i + 4 && $0.first < upper }) {
                return true
            }
        }
        return false
    }

    /// Plural nouns of medicines in general, and the prepositions that give what they are for.
    static let drugNouns: Set<String> = ["medicines", "medications", "drugs", "medicaments", "pills", "tablets"]
    static let drugPrepositions: Set<String> = ["for", "against", "contre", "pour", "de", "du", "des", "d"]

    /// A word's last three bytes as one number (the shortest ending has three), nil for a
    /// shorter word.
    static func lastThree(_ w: String) -> UInt32? {
        var key: UInt32 = 0
        var n = 0
        for b in w.utf8.reversed() {
            key |= UInt32(b) << (8 * n)
            n += 1
            if n == 3 { return key }
        }
        return nil
    }

    /// The last three bytes of each of `unknownDrugEndings`.
    static let unknownDrugKeys: Set<UInt32> = Set(unknownDrugEndings.compactMap(lastThree))

    /// Endings of international nonproprietary names (WHO stems), folded: "-olol", "-pril",
    /// "-sartan", "-mab", "-vir", "-zolamide", …; long enough that few other words end so.
    static let unknownDrugEndings: [String] = [
        "zolamide", "semide", "thiazide", "olol", "pril", "sartan", "statin", "statine", "conazole", "prazole", "mycin", "mycine",
        "cillin", "cilline", "cycline", "floxacin", "floxacine", "ciclovir", "navir", "buvir", "previr", "asvir", "tegravir", "trelvir",
        "mab", "tinib", "ciclib", "tidine", "setron", "triptan", "dronate", "parin", "parine", "gliptin", "gliptine", "gliflozin",
        "gliflozine", "glutide", "azepam", "zepam", "oxetine", "pramine", "triptyline", "tiapine", "peridone", "profen",
        "fenac", "coxib", "lukast", "tropium", "metasone", "solone", "azosin", "dafil", "nafil", "gabalin",
        "dipine", "xaban", "gatran", "rubicin", "platin", "taxel", "fungin", "vudine", "tretinoin", "gestrel", "estradiol", "prost",
    ]

    /// The intervention a description ("the injection", "l'infiltration") stands for when its
    /// noun is a word of the names of exactly one intervention the document names, other than
    /// the main one, whose own names lack it; with the noun.
    static func namedWithHeadNoun(of ref: PhraseMatch, in s: AnalyzedSentence, besides main: String,
                                  documentWords: [String: Set<String>]) -> (id: String, noun: String)? {
        guard !documentWords.isEmpty else { return nil }
        let noun = s.tokens[ref.last].folded
        guard noun.count >= 4, !pronouns.contains(noun) else { return nil }
        let forms: Set<String> = noun.hasSuffix("s") ? [noun, String(noun.dropLast())] : [noun, noun + "s"]
        if !(documentWords[main] ?? []).isDisjoint(with: forms) { return nil }
        let holders = documentWords.filter { $0.key != main && !$0.value.isDisjoint(with: forms) }.map(\.key)
        return holders.count == 1 ? (holders[0], noun) : nil
    }

    /// The sentence's words that refer to the intervention, for claims on it as a whole.
    static func interventionReference(in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        if let m = MentionFinder.interventions(in: s, bytes: bytes).first { return m.surface }
        if let ref = s.matches.first(where: { $0.refers(.intervention) || $0.refers(.back) }) {
            return s.surface(ref, bytes: bytes)
        }
        // "There is no evidence that it works": the pronoun is inside the effect's own phrase
        // ("it works"), which took its word from the references.
        if let m = s.matches.first(where: { $0.has(.effect) && Self.pronouns.contains(s.tokens[$0.first].folded) }) {
            return String(decoding: bytes[s.tokens[m.first].start..<s.tokens[m.first].end], as: UTF8.self)
        }
        return nil
    }

    /// The words that make a sentence refer back to the sentence before it: "son
    /// efficacité", "these conditions", or a symptom with no indication named ("la douleur").
    static func backReference(in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        s.matches.first { $0.refers(.back) || $0.refers(.symptom) }
            .map { s.surface($0, bytes: bytes) }
    }

    /// Why a sentence that names no indication speaks of those of the sentence before: it
    /// refers back ("son efficacité", "these conditions", "la douleur"), it refers to the
    /// intervention by a pronoun or a demonstrative ("This treatment may ease it"), or it
    /// answers a question ("Qu'en est-il de l'arthrose ? Les résultats sont contradictoires.").
    static func continuation(of s: AnalyzedSentence, afterQuestion: Bool, bytes: [UInt8]) -> (String, String)? {
        if let back = backReference(in: s, bytes: bytes) {
            return (back, "refers back to the indications of the sentence before")
        }
        if let ref = s.matches.first(where: { $0.refers(.intervention) }) {
            return (s.surface(ref, bytes: bytes), "goes on about the intervention and the indications of the sentence before")
        }
        if afterQuestion {
            return ("(answer)", "answers the question before it, which names the indications")
        }
        // "Cependant, les effets sont faibles", "However, the benefit was small": a sentence
        // opening on a connective goes on from the one before.
        if let first = s.matches.first, first.first == 0, first.has(.boundary) {
            return (s.surface(first, bytes: bytes), "opens on a connective that goes on from the sentence before")
        }
        return nil
    }

    /// "Par exemple, ..." at the start of a sentence: it illustrates the sentence before.
    static func exampleReference(in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        s.matches.first { $0.refers(.example) && $0.first <= 1 }.map { s.surface($0, bytes: bytes) }
    }

    /// "Oui.", "Short answer: yes", "No." near the start of a sentence: the answer to a question.
    static func answer(in s: AnalyzedSentence, bytes: [UInt8]) -> (stance: Stance, words: String)? {
        // At the start ("Oui, …") or at the end ("For most of our patients, yes.").
        guard let m = s.matches.first(where: { $0.has(.answer) && ($0.first <= 3 || $0.last == s.tokens.count - 1) }),
              let stance = m.answers.first else { return nil }
        // A word of its own ("No.", "Oui,", "yes —"), not the start of a clause ("No trial has...").
        let end = s.tokens[m.last].end
        let after = end < s.end ? bytes[end..<min(s.end, end + 3)].first { $0 != UInt8(ascii: " ") } : nil
        // Or one narrowed to whom or what it holds for ("yes for calcium stones", "oui chez l'enfant").
        let narrowed = m.last + 1 < s.tokens.count && Self.answerNarrowers.contains(s.tokens[m.last + 1].folded)
        guard after == nil || narrowed || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: ";"),
                                           UInt8(ascii: "-"), 0xE2].contains(after!) else { return nil }
        return (stance, s.surface(m, bytes: bytes))
    }

    /// The words after which an answer holds for some people or some forms only ("yes for", "oui chez").
    static let answerNarrowers: Set<String> = ["for", "in", "among", "pour", "chez", "dans"]

    /// "Ce qui …, c'est X", "What helped was X", "The only thing that worked was X".
    static func opensCleft(_ s: AnalyzedSentence) -> Bool {
        let words = s.tokens.prefix(4).map(\.folded)
        return words.starts(with: ["ce", "qui"]) || words.starts(with: ["what"]) || words.starts(with: ["the", "only", "thing"])
            || words.starts(with: ["la", "seule", "chose"]) || words.starts(with: ["le", "seul", "truc"])
    }

    /// Words that open a clause of purpose ("Pour calmer la toux, …", "To ease a cough, …").
    static let purposeOpeners: Set<String> = ["pour", "to", "afin"]

    /// The nouns of a sentence that opens on the treatment of a condition ("Le traitement de
    /// fond repose sur…", "The mainstay of treatment is…").
    static let treatmentNouns: Set<String> = ["traitement", "treatment", "mainstay", "gold", "first-line"]

    /// Possessive determiners of the third person: what follows them belongs to the treatment spoken of.
    static let possessives: Set<String> = ["ses", "son", "sa", "leurs", "its"]

    static let pronouns: Set<String> = ["it", "elle", "elles", "il", "ils", "they", "them"]

    /// The sentence's first pronoun standing for a treatment ("it", "elle").
    static func firstPronoun(in s: AnalyzedSentence) -> PhraseMatch? {
        s.matches.first { $0.refers(.intervention) && pronouns.contains(s.tokens[$0.first].folded) }
    }

    /// Nouns naming a class of treatments as an effect's subject ("two medicines", "les traitements").
    static let treatmentClasses: Set<String> = ["medicines", "medications", "drugs", "treatments", "therapies", "options", "remedies",
                                                "medicaments", "traitements", "remedes"]

    /// Words that join the items of a list ("X et Y", "X or Y", "ni X ni Y").
    static let coordinators: Set<String> = ["et", "ou", "ni", "and", "or", "nor"]

    /// The coordinators that join two treatments to one effect, with the words of "ainsi que",
    /// "as well as" and "de même que" ("tout comme" is told by its two words).
    static let joiningCoordinators = coordinators.union(["ainsi", "well", "meme"])

    /// Words that may stand between two coordinated treatments beside the coordinator.
    static let joiners = joiningCoordinators.union(["que", "as", "le", "la", "les", "l", "de", "des", "du", "the", "by", "par", "a", "an", "of",
                                                    "course", "un", "une", "cure", "tout", "comme"])

    /// Words that may stand between two items of a list of treatments (coordinators, articles).
    static let listWords = coordinators.union(["le", "la", "les", "l", "de", "des", "du", "the", "a", "an"])

    /// Interventions joined to `first` by coordination ("l'acupuncture et les manipulations
    /// ostéopathiques peuvent…", "laser or radiofrequency"): the same effect is stated of each.
    static func coordinated(with first: String, in s: AnalyzedSentence, bytes: [UInt8]) -> [Mention] {
        let named = MentionFinder.interventions(in: s, bytes: bytes)
        guard named.count > 1, let index = named.firstIndex(where: { $0.id == first }) else { return [] }
        func coordinates(_ i: Int) -> Bool {
            Self.joiningCoordinators.contains(s.tokens[i].folded) || (s.tokens[i].folded == "comme" && i > 0 && s.tokens[i - 1].folded == "tout")
        }
        func end(_ m: Mention) -> Int { s.matches.first { $0.first == m.token }?.last ?? m.token }
        // "l'activité physique progressive et la kinésithérapie active": a coordinator among at
        // most three words (an adjective may stand before it), no other name between.
        func joined(_ a: Mention, _ b: Mention) -> Bool {
            let between = (end(a) + 1)..<b.token
            if setOff(between) { return true }
            // (Two words when they only qualify the first name: "une attelle portée la nuit et
            // une injection", no effect or negation among them.)
            let others = between.filter({ !Self.joiners.contains(s.tokens[$0].folded) }).count
            return between.count <= 5 && between.contains(where: coordinates)
                && (others <= 1 || (others == 2 && !s.matches.contains(where: { between.contains($0.first) && ($0.has(.effect) || $0.has(.negation)) })))
                && !s.matches.contains(where: { between.contains($0.first) && ($0.indicationID != nil || $0.has(.othercondition)) })
        }
        // "Le paracétamol ou, sur une courte durée, un anti-inflammatoire peuvent soulager": a
        // coordinator, then words set off by commas (at most five, naming nothing and stating
        // nothing), then the second name after an article at most.
        func setOff(_ between: Range<Int>) -> Bool {
            guard between.count >= 3, coordinates(between.lowerBound),
                  AnalyzedSentence.gap(before: between.lowerBound + 1, s.tokens, bytes).contains(UInt8(ascii: ",")),
                  let close = between.dropFirst(2).last(where: { AnalyzedSentence.gap(before: $0, s.tokens, bytes).contains(UInt8(ascii: ",")) }) ??
                      (AnalyzedSentence.gap(before: between.upperBound, s.tokens, bytes).contains(UInt8(ascii: ",")) ? between.upperBound : nil)
            else { return false }
            let incise = (between.lowerBound + 1)..<close
            return incise.count <= 5 && (close..<between.upperBound).allSatisfy { Self.joiners.contains(s.tokens[$0].folded) }
                && !s.matches.contains { incise.contains($0.first) && ($0.has(.effect) || $0.has(.negation) || $0.indicationID != nil || $0.interventionID != nil) }
        }
        // "Shock waves, eccentric loading and PRP": a comma stands for the coordinator of a
        // list, when nothing but a joiner word stands beside it.
        func listed(_ a: Mention, _ b: Mention) -> Bool {
            let between = (end(a) + 1)..<b.token
            let gap = s.tokens[end(a)].end..<(between.isEmpty ? s.tokens[b.token].start : s.tokens[between.lowerBound].start)
            // One qualifier may stand before the next item ("mesotherapy, medical microneedling
            // and PRP"): a word no rule reads and no function word ("A, which B" is no list).
            let qualifiers = between.filter { !Self.joiners.contains(s.tokens[$0].folded) }
            let qualifies = qualifiers.count <= 1 && qualifiers.allSatisfy { i in
                i + 1 == b.token && !LanguageGuesser.shared.isFunctionWord(s.tokens[i].folded) && !s.matches.contains { $0.covered.contains(i) }
                    && AnalyzedSentence.gap(before: b.token, s.tokens, bytes).allSatisfy { $0 == UInt8(ascii: " ") }
            }
            return between.count <= 2 && qualifies && bytes[gap].contains(UInt8(ascii: ","))
        }
        // The whole run the name belongs to, before it ("Acupuncture ou massage peuvent …",
        // found from massage) and after it; a run of commas counts only if a coordinator
        // closes it ("A, B et C", not "A, which B").
        func run(commas: Bool) -> (ClosedRange<Int>, Bool) {
            func link(_ i: Int) -> (Bool, Bool) {  // (linked, by a coordinator)
                if joined(named[i], named[i + 1]) { return (true, true) }
                return (commas && listed(named[i], named[i + 1]), false)
            }
            var lower = index, upper = index, coordinated = false
            while lower > 0, case let (ok, co) = link(lower - 1), ok { lower -= 1; coordinated = coordinated || co }
            while upper + 1 < named.count, case let (ok, co) = link(upper), ok { upper += 1; coordinated = coordinated || co }
            return (lower...upper, coordinated)
        }
        let (long, coordinated) = run(commas: true)
        // "le minoxidil, le finastéride ou la greffe": a coordinator right after the run's last
        // name closes it too, before an item the vocabulary lacks.
        let after = end(named[long.upperBound]) + 1
        let closed = coordinated || (long.count > 1 && s.tokens.indices.contains(after) && Self.joiningCoordinators.contains(s.tokens[after].folded)
            && !AnalyzedSentence.gap(before: after, s.tokens, bytes).contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }))
        let range = closed ? long : run(commas: false).0
        // "Le paracétamol ne me faisait rien, les anti-inflammatoires non plus": a treatment
        // after the effect with "non plus", "either" shares it.
        let elliptic = named.indices.filter { i in
            guard i > range.upperBound else { return false }
            let e = end(named[i])
            let next = s.tokens.indices.contains(e + 1) ? s.tokens[e + 1].folded : ""
            let second = s.tokens.indices.contains(e + 2) ? s.tokens[e + 2].folded : ""
            return (next == "non" && second == "plus") || next == "either" || next == "neither"
        }
        return (Array(range) + elliptic).filter { $0 != index }.map { named[$0] }
    }
}
