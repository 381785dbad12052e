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
    /// Whether the name at `token` follows "of"/"de" (an article between allowed, or "à base de")
    /// right after another intervention's name, with no punctuation: what that one gives.
    static func namesWhatAnotherGives(_ token: Int, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        // (By their bytes first: this runs for every name of every sentence.)
        func short(_ i: Int) -> Bool { s.tokens[i].folded.utf8.count <= 3 }
        var k = token - 1
        if k >= 0, short(k), Self.articles.contains(s.tokens[k].folded) { k -= 1 }
        guard k >= 1, short(k), Self.ofWords.contains(s.tokens[k].folded) else { return false }
        var before = k - 1
        // "à base de"
        if before >= 1, s.tokens[before].folded == "base", s.tokens[before - 1].folded == "a" { before -= 2 }
        guard before >= 0, !s.punctuated(before: before + 1, bytes: bytes) else { return false }
        return s.matches.contains { $0.interventionID != nil && $0.last == before }
    }

    /// Whether the name from `token` to `end` is part of an institution's or a publication's
    /// name: an `institution` word right after it ("physiotherapy journal", "acupuncture
    /// society"), or before it with only linking words between ("Société française de
    /// mésothérapie", "syndicat des ostéopathes", "revue de kinésithérapie").
    static func namesAnInstitution(_ token: Int, end: Int, in s: AnalyzedSentence) -> Bool {
        guard s.namesInstitution else { return false }
        return s.matches.contains { m in
            guard m.has(.institution) else { return false }
            if m.first == end + 1 { return true }
            guard m.last < token, token - m.last <= 4 else { return false }
            return ((m.last + 1)..<token).allSatisfy { Self.institutionLinks.contains(s.tokens[$0].folded) }
        }
    }

    static let institutionLinks: Set<String> = ["de", "des", "du", "d", "la", "le", "l", "of", "for", "the", "francaise", "francais", "nationale",
                                                "national", "internationale", "international", "europeenne", "europeen", "european", "american", "british"]

    static let ofWords: Set<String> = ["of", "de", "d", "du", "des"]
    static let articles: Set<String> = ["a", "an", "the", "un", "une", "le", "la", "les", "l"]

    /// Interventions the sentence speaks of; one named right after a comparator word
    /// ("against topical minoxidil") is what the subject was measured against.
    static func interventions(in s: AnalyzedSentence, bytes: [UInt8], clause: Range<Int>? = nil) -> [Mention] {
        if clause == nil { return s.interventionMentions }
        let comparatorEnds = s.comparatorEnds
        let controls = Set(s.matches.filter { $0.has(.control) }.flatMap(\.covered))
        let named = mentions(.intervention, in: s, bytes: bytes, clause: clause)
        // The last token of the name starting at a token (names are few: a scan, not a table).
        func end(of token: Int) -> Int? { s.matches.first { $0.first == token && $0.interventionID != nil }?.last }
        // (Where each name ends, for the parentheses that gloss one: worked out once.)
        let nameEnds = Set(named.compactMap { end(of: $0.token) })
        var moved = false
        let subjects = named.compactMap { mention -> Mention? in
            if isSubject(mention) { return mention }
            // "soulage plus vite que la rééducation, mais à un an les patients rééduqués vont
            // mieux": the same treatment named again after its compared mention is a subject.
            for m in s.matches where m.first > mention.token && m.has(.intervention) && m.interventionID == mention.id && (clause?.contains(m.first) ?? true)
                && accepts(m, .intervention, in: s, bytes: bytes) {
                let later = Mention(id: mention.id, surface: s.surface(m, bytes: bytes), token: m.first)
                if isSubject(later) { moved = true; return later }
            }
            return nil
        }
        // (In the order of the sentence: a later occurrence may stand after the next name.)
        return moved ? subjects.sorted { $0.token < $1.token } : subjects
        func isSubject(_ mention: Mention) -> Bool {
            // (Where the name ends, looked up once.)
            let nameEnd = end(of: mention.token)
            // "piroxicam mesotherapy": a name right before another names what the second one injects.
            if let end = nameEnd, named.contains(where: { $0.token == end + 1 }), !s.punctuated(before: end + 1, bytes: bytes) {
                return false
            }
            // "intradermal injections of an anti-inflammatory mixture", "une mésothérapie à base
            // d'anti-inflammatoires": a name after "of"/"de" right after another names what the
            // first one gives.
            if Self.namesWhatAnotherGives(mention.token, in: s, bytes: bytes) { return false }
            // "a physiotherapy journal", "la Société française de mésothérapie": a name inside an
            // institution's or a publication's names that, not a treatment spoken of.
            if Self.namesAnInstitution(mention.token, end: nameEnd ?? mention.token, in: s) { return false }
            // "Les antihistaminiques (diménhydrinate, diphénhydramine) préviennent…": names in a
            // parenthesis right after another name give its examples; that one is the subject.
            if Self.glossesAnotherName(mention.token, in: s, endsOfNames: nameEnds) { return false }
            // "A widely available steroid, dexamethasone, cut deaths": the name set between
            // commas right after it says which one; that one is the subject.
            if let end = nameEnd, Self.renamedByApposition(mention.token, end: end, in: s, bytes: bytes, named: named, end: end(of:)) { return false }
            // "il ne fait pas mieux qu'un laser éteint": a sham of a treatment names the treatment
            // spoken of, not another one.
            if controls.contains(mention.token) || nameEnd.map({ controls.contains($0 + 1) }) == true { return true }
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
            if Self.continuesComparatorList(mention.token, comparatorEnds: comparatorEnds, controls: controls, in: s, bytes: bytes) {
                return false
            }
            // "longer than after a steroid injection", "mieux qu'avec une infiltration": the arm
            // compared with, after a preposition and an article.
            if let end = comparatorEnds.filter({ $0 < mention.token && mention.token - $0 <= 4 }).max(), mention.token - end > 2,
               ((end + 1)..<mention.token).allSatisfy({ Self.comparedArmWords.contains(s.tokens[$0].folded) }) {
                return false
            }
            // One word may stand between ("against topical minoxidil"), not a control arm or a
            // comma ("Compared with control, aerobic exercise improves…").
            guard comparatorEnds.contains(mention.token - 2) else { return true }
            return controls.contains(mention.token - 1) || s.punctuated(before: mention.token, bytes: bytes)
        }
    }

    /// Whether a name stands inside a parenthesis that opens right after the end of another
    /// name ("Alpha-bloquants (tamsulosine, alfuzosine)", "antihistamines (such as
    /// dimenhydrinate)"): an example or a member of it, not a treatment of its own. When the
    /// parenthesis lists several names, up to three words that name nothing may stand between
    /// ("un mélange d'antioxydants à forte dose (vitamines C et E, zinc et cuivre)": the
    /// mixture's ingredients; not "les ultrasons focalisés (HIFU)", the name of one technique).
    static func glossesAnotherName(_ token: Int, in s: AnalyzedSentence, endsOfNames: Set<Int>) -> Bool {
        guard let p = s.parentheses.last(where: { $0.contains(token) }), token - p.lowerBound <= 8 else { return false }
        if endsOfNames.contains(p.lowerBound - 1) { return true }
        guard let end = (2...4).lazy.map({ p.lowerBound - $0 }).first(where: { endsOfNames.contains($0) }) else { return false }
        return !s.matches.contains { m in m.interventionID != nil && m.last > end && m.first < p.lowerBound }
            && s.matches.lazy.filter({ $0.interventionID != nil && p.contains($0.first) }).prefix(2).count == 2
    }

    /// Whether a name after an article (from `token` to `end`) is followed by another name set
    /// between commas, and then by neither a coordinator, an article nor a third name: an
    /// apposition ("a steroid, dexamethasone, cut deaths"), not a list ("massage, yoga, and
    /// acupuncture", "Clou de girofle, ginseng rouge, jus de poire :", "le yoga, le tai-chi, la marche").
    static func renamedByApposition(_ token: Int, end: Int, in s: AnalyzedSentence, bytes: [UInt8], named: [Mention], end endOf: (Int) -> Int?) -> Bool {
        func comma(before i: Int) -> Bool {
            let gap = AnalyzedSentence.gap(before: i, s.tokens, bytes)
            return gap.contains(UInt8(ascii: ",")) && gap.allSatisfy { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") }
        }
        guard end + 1 < s.tokens.count, comma(before: end + 1), named.contains(where: { $0.token == end + 1 }),
              (max(0, token - 3)..<token).contains(where: { appositionArticles.contains(s.tokens[$0].folded) }),
              let nextEnd = endOf(end + 1), nextEnd + 1 < s.tokens.count, comma(before: nextEnd + 1) else { return false }
        let after = s.tokens[nextEnd + 1].folded
        return !ReferenceResolver.coordinators.contains(after) && !appositionArticles.contains(after) && !named.contains { $0.token == nextEnd + 1 }
    }

    /// Articles and demonstratives before a class an apposition renames, and after which a list
    /// goes on.
    static let appositionArticles: Set<String> = articles.union(["this", "ce", "cette", "des"])

    /// Words between a comparison's "than" or "que" and the arm it names ("than after a",
    /// "qu'avec une", "que sous").
    static let comparedArmWords: Set<String> = ["after", "with", "on", "from", "apres", "avec", "sous", "a", "an", "the", "le", "la", "les", "l",
                                                "un", "une", "des", "de", "d", "du"]

    /// Punctuation a list of names does not run across (a comma does).
    static let listBreaks: Set<UInt8> = [UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ".")]

    /// Whether the gap before a token breaks a list.
    static func breaksList(before i: Int, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        AnalyzedSentence.gap(before: i, s.tokens, bytes).contains { listBreaks.contains($0) }
    }

    /// Words that may stand in a comparator's list between the treatments it names
    /// ("compared with active treatments such as exercise, relaxation or manipulation").
    static let comparatorListWords: Set<String> = [
        "or", "ou", "and", "et", "nor", "ni", "a", "an", "the", "le", "la", "les", "l", "un", "une", "des", "de", "d", "du",
        "such", "as", "like", "including", "tels", "telles", "tel", "que", "comme", "notamment", "other", "others", "autres",
        "active", "actifs", "actives", "usual", "standard", "treatments", "treatment", "traitements", "traitement", "therapies", "thérapies",
    ]

    /// Whether a named treatment goes on the list a comparator opens: after "alongside",
    /// "compared with" or "plutôt que", treatments joined by commas and one coordinator are
    /// all compared ("works best alongside minoxidil or finasteride"). The list ends at the
    /// first comma after its coordinator's item, where the sentence's subject may stand
    /// ("…, relaxation or manipulation, massage also eased pain").
    static func continuesComparatorList(_ token: Int, comparatorEnds: Set<Int>, controls: Set<Int>, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        guard let end = comparatorEnds.filter({ $0 < token && token - $0 <= 12 }).max() else { return false }
        let namedTokens = Set(s.matches.filter { $0.interventionID != nil && $0.first > end && $0.first <= token }.flatMap(\.covered))
        var coordinated = false
        var itemAfterCoordinator = false
        var comma = false
        var unknown = 0
        var items = 0
        var i = end + 1
        while i < token {
            if breaksList(before: i, in: s, bytes: bytes) { return false }
            let gap = AnalyzedSentence.gap(before: i, s.tokens, bytes)
            if gap.contains(UInt8(ascii: ",")) {
                if itemAfterCoordinator { return false }
                comma = true
            }
            let w = s.tokens[i].folded
            if ReferenceResolver.coordinators.contains(w) {
                // "better than bed rest, and exercises help": ", and" after one item joins clauses.
                if gap.contains(UInt8(ascii: ",")), items < 2 { return false }
                coordinated = true
            } else if namedTokens.contains(i) || controls.contains(i) {
                if coordinated { itemAfterCoordinator = true }
                if i == end + 1 || !(namedTokens.contains(i - 1) || controls.contains(i - 1)) { items += 1 }
            } else if !comparatorListWords.contains(w) {
                // A word of an item ("custom orthotics"), not one that says something.
                unknown += 1
                if unknown > 3 || s.matches.contains(where: { $0.covered.contains(i) && ($0.has(.effect) || $0.has(.negation) || $0.has(.boundary) || $0.has(.evidence) || $0.indicationID != nil) }) {
                    return false
                }
            }
            i += 1
        }
        // With words of unknown items between, only a coordinator before the name shows a list.
        if unknown > 0, !coordinated { return false }
        guard comma || AnalyzedSentence.gap(before: token, s.tokens, bytes).contains(UInt8(ascii: ",")) else { return true }
        if itemAfterCoordinator { return false }
        if coordinated { return true }
        // "Compared with placebo, acupuncture…": after a comma and before any coordinator,
        // the name is on the list only if a coordinator follows it ("against exercise, yoga and massage").
        var j = token + 1
        while j < s.tokens.count, j <= token + 6 {
            if breaksList(before: j, in: s, bytes: bytes) { return false }
            let w = s.tokens[j].folded
            if ReferenceResolver.coordinators.contains(w) { return true }
            if !comparatorListWords.contains(w), !controls.contains(j), !s.matches.contains(where: { $0.interventionID != nil && $0.covered.contains(j) }) { return false }
            j += 1
        }
        return false
    }

    /// Words after which a named treatment is the one not received.
    static let without: Set<String> = ["sans", "without"]

    /// (And a verb of change with a possessive: "without changing your diet", "sans changer
    /// son alimentation", forty-eighth session.)
    static let withoutJoiners: Set<String> = ["ni", "ou", "or", "nor", "and", "et", "de", "d", "le", "la", "les", "l", "a", "any", "aucune", "aucun",
                                              "changing", "change", "changer", "modifier", "your", "their", "his", "her", "votre", "vos", "son", "sa", "ses", "leur", "leurs"]

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

    /// Punctuation that ends the list of what a harm brings on: a list's breaks, the full
    /// stop aside.
    static let harmListBreaks = listBreaks.subtracting([UInt8(ascii: ".")])

    /// Whether a harm governs the token: a `harm` phrase ending at most six words before it, or
    /// a `harmAfter` phrase starting at most six words after it, with nothing but list commas
    /// between (no semicolon, colon or parenthesis, no boundary word, no effect word).
    static func follows(harm token: Int, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        // A list goes on past commas ("can cause headache, nausea or dizziness").
        func plain(_ range: ClosedRange<Int>) -> Bool {
            !s.matches.contains(where: { range.contains($0.first) && ($0.has(.boundary) || $0.has(.effect)) })
                && !range.contains { i in i > 0 && AnalyzedSentence.gap(before: i, s.tokens, bytes).contains(where: Self.harmListBreaks.contains) }
        }
        // (The nearest harm ending before the token, without building an array: this runs for
        // every condition of a sentence that names a harm.)
        var harm: PhraseMatch?
        for m in s.matches where m.has(.harm) && m.last < token && token - m.last <= 6 && (harm == nil || m.last > harm!.last) { harm = m }
        if let harm, plain((harm.last + 1)...token) {
            return true
        }
        // "effets indésirables fréquents : somnolence, vertiges": a colon just after side effects
        // named as such (or after one word qualifying them) opens the list of what they are.
        // So does a parenthesis a few qualifying words after them ("effets indésirables locaux
        // parfois sévères (épanchements, arthrites réactionnelles)").
        if let named = s.matches.last(where: { $0.has(.sideEffects) && $0.last < token && token - $0.last <= 10 }) {
            // A colon at most two words after them, or a parenthesis at most four.
            func opensList(_ i: Int) -> Bool {
                let gap = AnalyzedSentence.gap(before: i, s.tokens, bytes)
                let distance = i - named.last
                return (distance <= 2 && gap.contains(UInt8(ascii: ":"))) || (distance <= 4 && gap.contains(UInt8(ascii: "(")))
            }
            if let open = ((named.last + 1)...token).first(where: opensList),
               open == token || plain((open + 1)...token) {
                return true
            }
        }
        // "des maux de tête peuvent survenir": the harm named after the condition.
        var after: PhraseMatch?
        for m in s.matches where m.has(.harmAfter) && m.first > token && m.first - token <= 6 && (after == nil || m.first < after!.first) { after = m }
        if let after, plain((token + 1)...after.first) {
            return true
        }
        return false
    }

    /// Whether a condition names who a result was seen in: a `population` phrase ending at most
    /// ten words before it, with no effect word and no list break between ("chez les enfants
    /// présentant un trouble du spectre de l'autisme ou un TDAH"), and an effect after it whose
    /// object is another condition ("…, la mélatonine peut atténuer les difficultés d'endormissement").
    static func follows(population m: PhraseMatch, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        guard let p = s.matches.last(where: { $0.has(.population) && $0.last < m.first && m.first - $0.last <= 10 }),
              !s.matches.contains(where: { $0.first > p.last && $0.first < m.first && ($0.has(.effect) || $0.has(.boundary)) }),
              !((p.last + 1)...m.first).contains(where: { breaksList(before: $0, in: s, bytes: bytes) })
        else { return false }
        if let effect = s.matches.first(where: { $0.has(.effect) && $0.first > m.last }),
           s.matches.contains(where: { $0.first > effect.last && $0.indicationID != nil && $0.indicationID != m.indicationID
               && $0.first - effect.last <= 6 }) { return true }
        // Or the effect and its own condition before the people ("lowers the risk of heart attack
        // and stroke in people with obesity who already have heart disease").
        guard let effect = s.matches.last(where: { $0.has(.effect) && $0.last < p.first && p.first - $0.last <= 12 }) else { return false }
        return s.matches.contains { $0.first > effect.last && $0.last < p.first && $0.indicationID != nil && $0.indicationID != m.indicationID }
    }

    /// Whether a condition is named as the cause of the condition right before it: a `cause`
    /// phrase ("due à", "caused by", "secondary to") with only determiners between it and the
    /// condition, and the other condition right before the phrase ("la sciatique due à une
    /// hernie discale"), that condition not pain as such.
    static func namesCause(of m: PhraseMatch, in s: AnalyzedSentence) -> Bool {
        guard let cause = s.matches.last(where: { $0.has(.cause) && $0.last < m.first && m.first - $0.last <= 3 }),
              ((cause.last + 1)..<m.first).allSatisfy({ causeDeterminers.contains(s.tokens[$0].folded) }),
              let before = s.matches.last(where: { $0.indicationID != nil && $0.last < cause.first }), before.last >= cause.first - 3,
              ((before.last + 1)..<cause.first).allSatisfy({ causeLinks.contains(s.tokens[$0].folded) }),
              let id = before.indicationID, !Self.painAsSuch.contains(id) else { return false }
        return true
    }
    /// Words between a cause phrase and the condition it names: `articles` and the partitives.
    static let causeDeterminers: Set<String> = articles.union(["des", "d", "de", "aux", "au"])
    /// Words between a condition and the cause phrase after it ("qui est due à", "which is caused by").
    static let causeLinks: Set<String> = ["qui", "which", "that", "est", "is", "sont", "are"]
    static let painAsSuch: Set<String> = ["pain", "chronic-pain", "acute-pain", "musculoskeletal-pain", "inflammation"]

    /// Words that may stand between a lack and what is lacking ("carence avérée en fer ou en
    /// vitamines", "lack of vitamin D"), folded.
    static let deficiencyJoiners: Set<String> = ["en", "de", "d", "du", "des", "of", "in", "averee", "avere", "averees", "severe", "marked", "or", "ou", "and", "et", "ni", "nor", "a", "an", "the", "le", "la", "les", "l"]

    /// Whether a lack governs a treatment's name: a `deficiency` phrase ending at most seven words
    /// before it with only joiners between ("carence avérée en fer"), or one starting at most
    /// three words after its end with only joiners between ("iron or vitamin deficiency").
    static func follows(deficiency m: PhraseMatch, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        func joined(_ range: Range<Int>) -> Bool {
            range.allSatisfy { i in
                deficiencyJoiners.contains(s.tokens[i].folded) || s.matches.contains { $0.interventionID != nil && $0.covered.contains(i) }
            } && !range.contains { breaksList(before: $0, in: s, bytes: bytes) }
        }
        for d in s.matches where d.has(.deficiency) {
            if d.last < m.first, m.first - d.last <= 7, joined((d.last + 1)..<m.first) { return true }
            if d.first > m.last, d.first - m.last <= 4, joined((m.last + 1)..<d.first), ["deficiency", "deficiencies", "deficient"].contains(s.tokens[d.first].folded) { return true }
        }
        return false
    }

    /// Whether the words before a name exclude it: "sans" or "without" ("sans anesthésie", "in
    /// people without coeliac disease"), or, for a condition, "non" joined to it ("non-anaemic"),
    /// or the people it is said they do not have ("patients who had no osteoarthritis", "with no
    /// history of migraine").
    static func excludes(_ m: PhraseMatch, in s: AnalyzedSentence, bytes: [UInt8], kind: CueKind = .indication) -> Bool {
        if s.namesWithout, follows(without: m.first, in: s) { return true }
        guard kind == .indication, m.first > 0 else { return false }
        let before = s.tokens[m.first - 1].folded
        // "whether or not they had diabetes", "people who don't have diabetes", "ceux qui n'ont
        // pas de diabète": whom it holds for, having the condition or not.
        let end = before == "a" || before == "an" ? m.first - 1 : m.first
        // (Most conditions follow none of these words: the last one is looked at first.)
        if end > 0, Self.notHavingLast.contains(s.tokens[end - 1].folded), Self.notHaving.contains(where: { words in
            end >= words.count && zip(words, s.tokens[(end - words.count)..<end]).allSatisfy { $0 == $1.folded }
        }) { return true }
        if before == "no", m.first > 1, Self.havingNone.contains(s.tokens[m.first - 2].folded),
           m.first == 2 || !Self.narratingSubjects.contains(s.tokens[m.first - 3].folded) { return true }
        return before == "non"
            && AnalyzedSentence.gap(before: m.first, s.tokens, bytes).allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }
    }

    /// The words before a condition that say the people spoken of may not have it, or do not:
    /// a relative clause or "whether or not", never a narrator's "I don't have pain any more".
    static let notHaving: [[String]] = [
        ["or", "not", "they", "had"], ["or", "not", "they", "have"], ["or", "not", "they", "has"],
        // ("don't" is "don" and "te", as the French "t'": `ClaimTokenizer` spells elisions out.)
        ["who", "don", "te", "have"], ["who", "didn", "te", "have"], ["who", "doesn", "te", "have"],
        ["who", "do", "not", "have"], ["who", "did", "not", "have"], ["who", "does", "not", "have"],
        ["qui", "ne", "ont", "pas", "de"], ["qui", "ne", "a", "pas", "de"], ["qui", "ne", "avaient", "pas", "de"],
        ["qui", "ne", "avait", "pas", "de"], ["qui", "ne", "souffrent", "pas", "de"], ["qui", "ne", "souffre", "pas", "de"],
    ]

    /// The last words of `notHaving`.
    static let notHavingLast: Set<String> = Set(notHaving.compactMap(\.last))

    /// The words before "no" that say who has none of a condition ("who had no", "with no").
    static let havingNone: Set<String> = ["had", "have", "has", "with"]
    /// Subjects whose "had no pain" tells an outcome, not whom a study took in ("she had no pain
    /// after the second session").
    static let narratingSubjects: Set<String> = ["i", "we", "she", "he", "you"]

    static func indications(in s: AnalyzedSentence, bytes: [UInt8], clause: Range<Int>? = nil) -> [Mention] {
        if clause == nil { return s.indicationMentions }
        return mentions(.indication, in: s, bytes: bytes, clause: clause)
    }

    private static func mentions(_ kind: CueKind, in s: AnalyzedSentence, bytes: [UInt8], clause: Range<Int>?) -> [Mention] {
        var out: [Mention] = []
        var seen = Set<String>()
        for m in s.matches where clause.map({ $0.contains(m.first) }) ?? true {
            // A phrase listed for two ids counts for the first.
            guard let id = kind == .intervention ? m.interventionID : m.indicationID, accepts(m, kind, in: s, bytes: bytes),
                  seen.insert(id).inserted else { continue }
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

    /// Whether a phrase names a mention of its kind where it stands: not care named in a
    /// circumstance, nor what is done without, a harm, who was treated or what the body lacks.
    private static func accepts(_ m: PhraseMatch, _ kind: CueKind, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        // "Quand les antalgiques ne suffisent pas, …": care named in a circumstance is not
        // what the sentence claims anything of.
        if kind == .intervention, s.inCircumstance(m.first) { return false }
        // "sans anesthésie ni cicatrice", "without scarring": a condition it is done without
        // is no indication.
        // So is a treatment it is done without ("la sciatique a disparu sans opération",
        // "without drugs or an operation, chiropractic care has brought relief"): the effect
        // is not that treatment's.
        // "in non-anaemic women", "les patients non diabétiques": people without the condition.
        if Self.excludes(m, in: s, bytes: bytes, kind: kind) { return false }
        // "side effects such as nausea", "peut provoquer des maux de tête": a condition a
        // treatment may bring on is no indication.
        if kind == .indication, s.namesHarm || s.namesSideEffects, Self.follows(harm: m.first, in: s, bytes: bytes) { return false }
        // "chez les enfants présentant un TDAH, la mélatonine atténue les difficultés
        // d'endormissement": who was treated, when the effect names its own condition.
        if kind == .indication, s.namesPopulation, Self.follows(population: m, in: s, bytes: bytes) { return false }
        // "la sciatique due à une hernie discale", "neck pain caused by whiplash": the cause of a
        // condition named just before is no indication of its own (not the cause of pain named
        // as such: "les douleurs dues à l'arthrose" are the arthritis's).
        if kind == .indication, s.namesCause, Self.namesCause(of: m, in: s) { return false }
        // "sauf carence en fer", "iron or vitamin deficiency": what the body lacks is no treatment.
        if kind == .intervention, s.namesDeficiency, Self.follows(deficiency: m, in: s, bytes: bytes) { return false }
        // "après la découverte de 15 cas d'infections cutanées, la HAS a validé un rapport…":
        // cases counted in a sentence that states no effect are occurrences, not a use (nor
        // what "son efficacité" in the next sentence speaks of).
        if kind == .indication, Self.countsCases(before: m.first, in: s), !s.matches.contains(where: { $0.has(.effect) }) { return false }
        // "says an addiction psychiatrist", "a sleep specialist": a condition that names a
        // practitioner's field, right before the practitioner, is part of who speaks (not those
        // who have it: "knee arthritis patients").
        if kind == .indication, s.namesSpeaker, m.last + 1 < s.tokens.count,
           s.matches.contains(where: { $0.first == m.last + 1 && $0.has(.speaker) && !StanceClassifier.peopleWords.contains(s.tokens[$0.first].folded) }),
           AnalyzedSentence.gap(before: m.last + 1, s.tokens, bytes).allSatisfy({ $0 == UInt8(ascii: " ") }) { return false }
        return true
    }

    /// Whether a name follows a count of cases: a number (`ArmComparison`'s digits or words),
    /// then "cas" or "cases", then "de", "d'" or "of" ("15 cas d'infections", "twelve cases of
    /// hepatitis").
    static func countsCases(before first: Int, in s: AnalyzedSentence) -> Bool {
        var i = first - 1
        if i >= 0, Self.caseLinks.contains(s.tokens[i].folded) { i -= 1 }
        guard i >= 1, Self.caseNouns.contains(s.tokens[i].folded) else { return false }
        let count = s.tokens[i - 1].folded
        return ArmComparison.isDigits(count) || ArmComparison.numberWords[count] != nil
    }

    /// The noun of a count of cases, and the words between it and what they are cases of.
    static let caseNouns: Set<String> = ["cas", "cases"]
    static let caseLinks: Set<String> = ["de", "d", "of", "des"]
}
