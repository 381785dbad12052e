import Documents
import TextAnalysis

/// One sentence of a document with everything the claim rules read from it: its tokens,
/// the lexicon phrases found in it, and its clauses.
///
/// A sentence is read once and then passed around and copied by every rule; what was read
/// lives in one shared, immutable `Reading`, so that a copy counts one reference, not a dozen.
struct AnalyzedSentence: Sendable {
    private let reading: Reading
    /// The indications and interventions the sentence names, found once (`MentionFinder`).
    private(set) var indicationMentions: [Mention] = []
    private(set) var interventionMentions: [Mention] = []

    var start: Int { reading.start }
    var end: Int { reading.end }
    var text: String { reading.text }
    var section: Int { reading.section }
    var block: Int { reading.block }
    var role: SectionRole { reading.role }
    var lang: String? { reading.lang }
    var tokens: [ClaimToken] { reading.tokens }
    var matches: [PhraseMatch] { reading.matches }
    /// Token ranges of the clauses, split at boundary words ("mais", "however") and `;`.
    var clauses: [Range<Int>] { reading.clauses }
    /// Conditions named by a word that shares the head of the next one ("neck" in "neck and
    /// shoulder pain", "back" in "neck, back and shoulder pain").
    var ellipticIndications: [Mention] { reading.ellipticIndications }
    /// Whether the sentence has "sans" or "without" (`MentionFinder.follows(without:)`).
    var namesWithout: Bool { reading.namesWithout }
    /// Whether the sentence names a harm (`MentionFinder.follows(harm:)`).
    var namesHarm: Bool { reading.kinds & (CueKind.harm.bit | CueKind.harmAfter.bit) != 0 }
    /// Whether the sentence names side effects as such ("effets indésirables", "side effects"),
    /// which may open a list of harms after a colon (`MentionFinder.follows(harm:)`).
    var namesSideEffects: Bool { reading.kinds & CueKind.sideEffects.bit != 0 }
    /// Whether a control arm is named ("placebo", "groupe témoin"): the arms' figures may then be compared.
    var namesControl: Bool { reading.kinds & CueKind.control.bit != 0 }
    var namesDeficiency: Bool { reading.kinds & CueKind.deficiency.bit != 0 }
    /// Whether the sentence names the people a result was seen in (`MentionFinder.follows(population:)`).
    var namesPopulation: Bool { reading.kinds & CueKind.population.bit != 0 }
    /// Whether it names a cause after a condition ("due à", "caused by": `MentionFinder.namesCause`).
    var namesCause: Bool { reading.kinds & CueKind.cause.bit != 0 }
    /// Whether the sentence names a condition the vocabulary lacks (`othercondition`).
    var namesOtherCondition: Bool { reading.kinds & CueKind.othercondition.bit != 0 }
    /// Whether it names a speaker ("a psychiatrist", "le médecin"), as `MentionFinder` asks before reading a
    /// condition as a practitioner's field.
    var namesSpeaker: Bool { reading.kinds & CueKind.speaker.bit != 0 }
    /// Whether a word of an institution or a publication stands in the sentence (`institution`).
    var namesInstitution: Bool { reading.kinds & CueKind.institution.bit != 0 }
    /// Whether it names the setting of a narrower condition (`CueKind.setting`).
    var namesSetting: Bool { reading.kinds & CueKind.setting.bit != 0 }
    /// The kinds any of its matches has, one bit each (`CueKind.bit`): whether the sentence has
    /// a kind at all is one AND.
    var kinds: UInt64 { reading.kinds }
    /// Parts of the sentence that set a circumstance ("Quand les antalgiques ne suffisent pas",
    /// "pain that hasn't settled with exercise"): each is a clause of its own that states no
    /// effect, and the interventions in it get no claim from the sentence.
    var circumstances: [Range<Int>] { reading.circumstances }
    /// The tokens a colon or semicolon stands before: what follows is a statement of its own
    /// ("Do not use chelation for autism: the committee found…"), which a negation does not reach.
    var breaks: [Int] { reading.breaks }
    /// The token ranges inside its parentheses (`parentheses(_:_:)`).
    var parentheses: [Range<Int>] { reading.parentheses }
    /// The last tokens of the words after which a named treatment is what another was compared
    /// with: a comparator ("compared with", "than"), or an effect that ends in one ("worked
    /// better than the cortisone shots", "fait mieux que"). Found once, when the sentence is read.
    var comparatorEnds: Set<Int> { reading.comparatorEnds }

    /// A question asks, it does not claim ("peut-elle vraiment soulager votre dos ?").
    var isQuestion: Bool { reading.text.hasSuffix("?") }
    /// Whether the sentence ends in a colon, inside a closing quotation mark or not ("… soulagent
    /// très bien : »"): a lead-in to what follows.
    var endsInColon: Bool { reading.endsInColon }

    init(text: String, start: Int, end: Int, section: Int, block: Int, role: SectionRole, lang: String?,
         bytes: [UInt8], matcher: PhraseMatcher, abbreviations: Abbreviations = Abbreviations()) {
        reading = Reading(text: text, start: start, end: end, section: section, block: block, role: role, lang: lang,
                          bytes: bytes, matcher: matcher, abbreviations: abbreviations)
        indicationMentions = MentionFinder.indications(in: self, bytes: bytes, clause: 0..<reading.tokens.count)
        interventionMentions = MentionFinder.interventions(in: self, bytes: bytes, clause: 0..<reading.tokens.count)
    }

    /// What the rules read from a sentence's words, once.
    private final class Reading: Sendable {
        let start: Int
        let end: Int
        let text: String
        let section: Int
        let block: Int
        let role: SectionRole
        let lang: String?
        let tokens: [ClaimToken]
        let matches: [PhraseMatch]
        let clauses: [Range<Int>]
        let ellipticIndications: [Mention]
        let namesWithout: Bool
        let kinds: UInt64
        let circumstances: [Range<Int>]
        let parentheses: [Range<Int>]
        let comparatorEnds: Set<Int>
        /// The text ends in a colon, inside a closing quotation mark or not (`AnalyzedSentence.endsInColon`).
        let endsInColon: Bool
        /// The tokens a colon or semicolon stands before (`AnalyzedSentence.breaks`).
        let breaks: [Int]

        init(text: String, start: Int, end: Int, section: Int, block: Int, role: SectionRole, lang: String?,
             bytes: [UInt8], matcher: PhraseMatcher, abbreviations: Abbreviations) {
            self.text = text
            endsInColon = text.unicodeScalars.reversed().first { !" \u{00BB}\u{201D}\"\u{00A0}".unicodeScalars.contains($0) } == ":"
            self.start = start
            self.end = end
            self.section = section
            self.block = block
            self.role = role
            self.lang = lang
            let tokens = ClaimTokenizer.tokens(in: text, offset: start)
            self.tokens = tokens
            let lookup = matcher.lookup(tokens)
            var found = AnalyzedSentence.outsideHandles(AnalyzedSentence.outsideAffiliations(matcher.matches(in: tokens, lookup: lookup), tokens: tokens, bytes: bytes),
                                                        tokens: tokens, bytes: bytes, start: start, end: end)
            var circumstances = AnalyzedSentence.circumstances(tokens: tokens, matches: found, bytes: bytes)
            // "Acupuncture does not improve pain": a failure with no condition word before it is
            // no circumstance; its words are read again for what else they say.
            let stray = found.filter { m in m.has(.failure) && !circumstances.contains { $0.contains(m.first) } }
            if !stray.isEmpty {
                found = AnalyzedSentence.outsideHandles(AnalyzedSentence.outsideAffiliations(matcher.matches(in: tokens, lookup: lookup, excluding: Set(stray.map(\.phrase))),
                                                                                             tokens: tokens, bytes: bytes),
                                                        tokens: tokens, bytes: bytes, start: start, end: end)
                circumstances = AnalyzedSentence.circumstances(tokens: tokens, matches: found, bytes: bytes)
            }
            if !abbreviations.isEmpty { found = abbreviations.adding(to: found, tokens: tokens, bytes: bytes) }
            // "the ten included trials": a name only in capitals ("TENS") names nothing in lower case.
            if found.contains(where: { $0.has(.capitals) }) {
                found.removeAll { m in
                    m.has(.capitals) && m.first == m.last && bytes[tokens[m.first].start..<tokens[m.first].end].contains { $0 >= 0x61 && $0 <= 0x7A }
                }
            }
            assert(zip(found, found.dropFirst()).allSatisfy { $0.first <= $1.first }, "matches in the order of their first token")
            let matches = found
            self.matches = matches
            self.circumstances = circumstances
            let parentheses = AnalyzedSentence.parentheses(tokens, bytes)
            self.parentheses = parentheses
            // (Read only where the tokenizer saw punctuation: most gaps are spaces.)
            breaks = tokens.indices.filter { i in
                i > 0 && tokens[i].punctuatedBefore
                    && AnalyzedSentence.gap(before: i, tokens, bytes).contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") }
            }
            // The kinds any match has, in one pass over them.
            let kinds = matches.reduce(UInt64(0)) { $0 | $1.kinds }
            self.kinds = kinds
            clauses = AnalyzedSentence.clauses(tokens: tokens, matches: matches, kinds: kinds, circumstances: circumstances, parentheses: parentheses, bytes: bytes)
            namesWithout = tokens.contains { MentionFinder.without.contains($0.folded) }
            var comparatorEnds: Set<Int> = []
            for m in matches where m.has(.comparator) || (m.has(.effect) && AnalyzedSentence.comparingWords.contains(tokens[m.last].folded)) {
                comparatorEnds.insert(m.last)
            }
            // "Relief may last longer than after a steroid injection", "dure plus longtemps qu'avec
            // une infiltration": "than", or "que" a few words after a comparative, in words no
            // phrase took.
            // (Read from the bytes, not the folded words: this runs for every sentence.)
            for i in tokens.indices {
                switch AnalyzedSentence.comparingWord(tokens[i].start, tokens[i].end, bytes) {
                case .than: comparatorEnds.insert(i)
                case .que where (max(0, i - 3)..<i).contains(where: { AnalyzedSentence.comparativesBeforeQue.contains(tokens[$0].folded) }): comparatorEnds.insert(i)
                default: break
                }
            }
            self.comparatorEnds = comparatorEnds
            ellipticIndications = AnalyzedSentence.ellipticIndications(tokens: tokens, matches: matches, bytes: bytes, matcher: matcher)
        }
    }

    /// Whether a token lies in a circumstance (`circumstances`).
    func inCircumstance(_ token: Int) -> Bool {
        reading.circumstances.contains { $0.contains(token) }
    }

    static let comparingWords: Set<String> = ["than", "que", "qu", "to"]

    private enum ComparingWord { case than, que, other }

    /// Whether the bytes of a word spell "than", "que" or "qu" (any case).
    private static func comparingWord(_ start: Int, _ end: Int, _ bytes: [UInt8]) -> ComparingWord {
        guard end - start >= 2, end - start <= 4, end <= bytes.count else { return .other }
        func lower(_ i: Int) -> UInt8 { bytes[start + i] | 0x20 }
        switch end - start {
        case 4: return lower(0) == UInt8(ascii: "t") && lower(1) == UInt8(ascii: "h") && lower(2) == UInt8(ascii: "a") && lower(3) == UInt8(ascii: "n") ? .than : .other
        case 3: return lower(0) == UInt8(ascii: "q") && lower(1) == UInt8(ascii: "u") && lower(2) == UInt8(ascii: "e") ? .que : .other
        default: return lower(0) == UInt8(ascii: "q") && lower(1) == UInt8(ascii: "u") ? .que : .other
        }
    }

    /// The words a comparison's "que" follows ("plus efficace que", "mieux qu'avec", "autant
    /// que"): the comparatives, and those of equality.
    static let comparativesBeforeQue = StanceClassifier.comparativeWords.union(["autant", "aussi", "pire", "meilleur", "meilleure", "meilleurs",
                                                                                "meilleures", "inferieur", "inferieure"])

    func matches(in clause: Range<Int>) -> [PhraseMatch] {
        // The matches are in the order of their first token: those of a clause stand side by
        // side, copied at once (a filter grew its array match by match).
        let all = matches
        var lower = 0
        while lower < all.count, all[lower].first < clause.lowerBound { lower += 1 }
        var upper = lower
        while upper < all.count, all[upper].first < clause.upperBound { upper += 1 }
        return lower == upper ? [] : Array(all[lower..<upper])
    }

    /// The words a match covers as written, gaps included ("ne traite pas").
    func surface(_ m: PhraseMatch, bytes: [UInt8]) -> String {
        String(decoding: bytes[tokens[m.first].start..<tokens[m.last].end], as: UTF8.self)
    }

    static let adverbialConnectives: Set<String> = ["pourtant", "cependant", "toutefois", "neanmoins", "however", "nevertheless",
                                                     "nonetheless", "en", "par", "instead", "though"]

    /// From a `condition` word ("quand", "if") to the comma after a `failure` of its clause
    /// ("ne suffisent pas", "has not settled"), or from a `circumstance` phrase ("that has not
    /// responded to") to the comma after it.
    private static func circumstances(tokens: [ClaimToken], matches: [PhraseMatch], bytes: [UInt8]) -> [Range<Int>] {
        guard matches.contains(where: { $0.has(.failure) || $0.has(.circumstance) }) else { return [] }
        func stop(_ i: Int) -> Bool {
            gap(before: i, tokens, bytes).contains { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")")].contains($0) }
        }
        var out: [Range<Int>] = []
        for m in matches where m.has(.failure) || m.has(.circumstance) {
            var start = m.first
            if !m.has(.circumstance) {
                // The nearest condition word before it, with no boundary or `;` between
                // ("Quand le repos, la glace, les antalgiques et la kinésithérapie ne suffisent pas").
                guard let opener = matches.last(where: { $0.has(.condition) && $0.last < m.first && m.first - $0.first <= 16 }),
                      !matches.contains(where: { $0.has(.boundary) && $0.first > opener.last && $0.first < m.first }),
                      !((opener.first + 1)...m.first).contains(where: { gap(before: $0, tokens, bytes).contains(UInt8(ascii: ";")) }),
                      // (Not a condition word set off between commas after the subject, whose
                      // failure opens the predicate after the second comma: "Intravenous vitamin
                      // C, once hailed as a cheap add-on for sepsis, did not help" says "once"
                      // for "formerly", and what did not help is the main clause's.)
                      !(opener.first > 0 && stop(opener.first) && stop(m.first))
                else { continue }
                start = opener.first
            }
            var end = m.last + 1
            while end < tokens.count, !stop(end) { end += 1 }
            // "that has not responded to rest, physiotherapy or injections": a list of what failed
            // goes on past its commas, to the item after its coordinator.
            while end < tokens.count, gap(before: end, tokens, bytes).allSatisfy({ $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: "(") }),
                  let co = (end..<min(tokens.count, end + 4)).first(where: { ReferenceResolver.coordinators.contains(tokens[$0].folded) }),
                  !matches.contains(where: { $0.first >= end && $0.first < co && ($0.has(.effect) || $0.has(.boundary)) }) {
                end = co + 1
                while end < tokens.count, end <= co + 3, !stop(end), !matches.contains(where: { $0.first == end && ($0.has(.effect) || $0.has(.evidence)) }) { end += 1 }
            }
            if let last = out.last, last.overlaps(start..<end) {
                out[out.count - 1] = min(last.lowerBound, start)..<max(last.upperBound, end)
            } else {
                out.append(start..<end)
            }
        }
        return out
    }

    private static func clauses(tokens: [ClaimToken], matches: [PhraseMatch], kinds: UInt64, circumstances: [Range<Int>], parentheses: [Range<Int>],
                                bytes: [UInt8]) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        // An adverbial connective ("n'a pourtant montré", "was however") ends a clause only at
        // the sentence's start or after punctuation; a conjunction ("mais", "but") always does.
        func punctuated(_ i: Int) -> Bool {
            i == 0 || gap(before: i, tokens, bytes).contains { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), 0xE2].contains($0) }
        }
        // Between two commas right after the subject ("Les injections de PRP, en revanche, n'ont
        // pas fait mieux", "Acupuncture, however, did not") it is an aside, not a cut.
        func aside(_ m: PhraseMatch) -> Bool {
            m.first > 0 && m.last + 1 < tokens.count && punctuated(m.last + 1)
                && gap(before: m.first, tokens, bytes).contains(UInt8(ascii: ","))
        }
        var cuts = Set(matches.filter { m in
            m.has(.boundary) && (!Self.adverbialConnectives.contains(tokens[m.first].folded) || (punctuated(m.first) && !aside(m)))
        }.map(\.first))
        // A parenthesis is a clause of its own: "(moderate- to low-certainty evidence)" qualifies
        // the finding before it, it does not replace it.
        // One that only names something ("(comme une hernie discale)", "(TENS)") stays in its clause.
        for p in parentheses where matches.contains(where: { p.contains($0.first) && ($0.has(.effect) || $0.has(.evidence) || $0.has(.negation)) }) {
            cuts.insert(p.lowerBound)
            cuts.insert(p.upperBound)
        }
        // ", and Australia's council concluded that…": a comma then "and" / "et" joins two
        // statements when each has a few words of its own.
        // Only when the part after states something itself (an effect, proof, a negation):
        // "…, la maladie de Dupuytren, et du syndrome du canal carpien" is one list.
        for i in 4..<max(4, tokens.count - 3) where tokens[i].punctuatedBefore && ["and", "et"].contains(tokens[i].folded)
            && gap(before: i, tokens, bytes).contains(UInt8(ascii: ","))
            && matches.contains(where: { $0.first > i && ($0.has(.effect) || $0.has(.evidence) || $0.negates(.pre)) }) {
            cuts.insert(i)
        }
        // "…, sans toutefois réduire l'épanchement", "…, without reducing swelling": after a
        // comma, "sans" or "without" before an effect word opens a clause of its own, whose
        // denial is of its own object, not of the effect stated before it.
        for i in 1..<max(1, tokens.count - 1) where tokens[i].punctuatedBefore && NegationScope.prepositions.contains(tokens[i].folded)
            && gap(before: i, tokens, bytes).contains(UInt8(ascii: ","))
            && matches.contains(where: { $0.has(.effect) && $0.first >= i && $0.first <= i + 3 }) {
            // (Or an effect phrase that starts with it: "…, sans effet mesurable sur le poids".)
            cuts.insert(i)
        }
        // "…did not lower the rate of dementia, whether participants started out healthy or
        // impaired": after a comma, "whether … or" concedes; it opens a clause of its own, and
        // asks no question of the effect before it.
        // ("whether" is an aim phrase: only a sentence that has one is looked at.)
        if kinds & CueKind.aim.bit != 0 {
            for m in matches where m.first == m.last && m.first > 0 && m.has(.aim) && tokens[m.first].folded == "whether"
                && gap(before: m.first, tokens, bytes).contains(UInt8(ascii: ","))
                && ((m.first + 2)..<min(tokens.count, m.first + 14)).contains(where: { tokens[$0].folded == "or" }) {
                cuts.insert(m.first)
            }
        }
        // "Prescrites pour faire baisser le cholestérol, les statines diminuent le risque
        // d'infarctus", "Used for decades against pain, cupping eases…": a sentence that opens on
        // a description of use, up to a comma after which a condition is named, opens on a clause
        // of its own; the use it describes does not take the claim after it.
        if let use = matches.first(where: { $0.has(.practice) && $0.first <= 1 }),
           let comma = ((use.last + 1)..<tokens.count).first(where: { gap(before: $0, tokens, bytes).contains(UInt8(ascii: ",")) }),
           matches.contains(where: { $0.first >= comma && $0.indicationID != nil }),
           // (A participle before its subject: no treatment named before the comma, unlike "Do
           // not routinely offer SSRIs, SNRIs or clonidine for…".)
           !matches.contains(where: { $0.first < comma && ($0.interventionID != nil || $0.refers(.intervention)) }) {
            cuts.insert(comma)
        }
        for i in 1..<max(1, tokens.count) where i < tokens.count {
            // ";" ends a clause, and so does "|", which parts the cells of a table row
            // ("Anti-inflammatory gels | … | Ease pain and swelling | Unclear whether they help …").
            if gap(before: i, tokens, bytes).contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") }) { cuts.insert(i) }
            // "…m'a débarrassé de la sciatique, pas du mal de dos", "helped pain, not function":
            // a comma then a bare "pas"/"not" opens a clause that only negates (an elided negation).
            // Not the end of a split "ne … pas" around an aside ("n'est, à ce jour, pas démontrée").
            if tokens[i].punctuatedBefore, ["pas", "not", "jamais", "never"].contains(tokens[i].folded), gap(before: i, tokens, bytes).contains(UInt8(ascii: ",")),
               !matches.contains(where: { $0.last == i && $0.first < i && $0.has(.negation) }) { cuts.insert(i) }
        }
        // A circumstance is a clause of its own, and no cut falls inside it.
        for c in circumstances {
            cuts = cuts.filter { !(c.lowerBound < $0 && $0 < c.upperBound) }
            cuts.insert(c.lowerBound)
            cuts.insert(c.upperBound)
        }
        var out: [Range<Int>] = []
        var start = 0
        for cut in cuts.sorted() where cut > start && cut < tokens.count {
            out.append(start..<cut)
            start = cut
        }
        out.append(start..<tokens.count)
        return out
    }

    /// Whether a clause opens on "sans" or "without" (a clause the cut above made: "…, sans
    /// toutefois réduire l'épanchement").
    func opensOnWithout(_ clause: Range<Int>) -> Bool {
        clause.lowerBound > 0 && clause.lowerBound < tokens.count && tokens[clause.lowerBound].punctuatedBefore
            && NegationScope.prepositions.contains(tokens[clause.lowerBound].folded)
    }

    static let coordinators: Set<String> = ["and", "or", "et", "ou"]
    static let linkingWords: Set<String> = ["de", "du", "des"]

    /// "neck, back and shoulder pain", "knee or hip osteoarthritis": each word of a coordinated
    /// run before a two-word condition, with that condition's last word, names a condition when
    /// the two words together are one.
    private static func ellipticIndications(tokens: [ClaimToken], matches: [PhraseMatch], bytes: [UInt8], matcher: PhraseMatcher) -> [Mention] {
        guard matches.contains(where: { $0.indicationID != nil && $0.covered.count >= 2 }) else { return [] }
        var out: [Mention] = []
        let coordinators = Self.coordinators
        // "douleurs lombaires et cervicales", "douleurs lombaires, cervicales ou dorsales": the head
        // comes first in French, and each adjective after it names a condition with it.
        // "douleurs de dos et de cou": a "de" before the last word is repeated after the coordinator.
        let linking = Self.linkingWords
        for m in matches where m.indicationID != nil && (2...3).contains(m.covered.count) && m.last == m.first + m.covered.count - 1 {
            let prefix = Array(tokens[m.first..<m.last])
            guard prefix.count == 1 || linking.contains(prefix[1].folded) else { continue }
            let head = tokens[m.first]
            var i = m.last + 1
            while i + 1 < tokens.count, coordinators.contains(tokens[i].folded) || tokens[i].punctuatedBefore && !coordinators.contains(tokens[i].folded) {
                var wordIndex = coordinators.contains(tokens[i].folded) ? i + 1 : i
                let linkStart = wordIndex
                if prefix.count == 2, wordIndex + 1 < tokens.count, linking.contains(tokens[wordIndex].folded) {
                    wordIndex += 1
                    // "douleurs du dos et de la nuque": an article after the repeated "de".
                    if wordIndex + 1 < tokens.count, ["la", "le", "les"].contains(tokens[wordIndex].folded) { wordIndex += 1 }
                }
                guard wordIndex < tokens.count, matcher.knows(tokens[wordIndex].key),
                      !matches.contains(where: { $0.covered.contains(wordIndex) }) else { break }
                guard let id = Self.condition(namedBy: prefix + [tokens[wordIndex]], matcher: matcher)
                        ?? (wordIndex - linkStart == 2 ? Self.condition(namedBy: [head] + tokens[linkStart...wordIndex], matcher: matcher) : nil)
                else { break }
                let word = tokens[wordIndex]
                out.append(Mention(id: id, surface: String(decoding: bytes[head.start..<head.end], as: UTF8.self) + " … "
                                   + String(decoding: bytes[word.start..<word.end], as: UTF8.self), token: wordIndex))
                i = wordIndex + 1
                guard i < tokens.count, coordinators.contains(tokens[i].folded) || tokens[i].punctuatedBefore else { break }
            }
        }
        for m in matches where m.indicationID != nil && m.covered.count >= 2 && m.first >= 2 {
            let head = tokens[m.last]
            var i = m.first - 1
            // The run before it: "w, w and", "w or" (one word each).
            guard coordinators.contains(tokens[i].folded) || gap(before: m.first, tokens, bytes).contains(UInt8(ascii: ",")) else { continue }
            var steps = 0
            while i >= 0, steps < 8 {
                if coordinators.contains(tokens[i].folded) { i -= 1; steps += 1; continue }
                let word = tokens[i]
                guard matcher.knows(word.key),
                      !matches.contains(where: { $0.covered.contains(i) && ($0.indicationID != nil || $0.interventionID != nil) }) else { break }
                guard let id = Self.condition(namedBy: [word, head], matcher: matcher) else { break }
                out.append(Mention(id: id, surface: String(decoding: bytes[word.start..<word.end], as: UTF8.self) + " … "
                                   + String(decoding: bytes[head.start..<head.end], as: UTF8.self), token: i))
                // The next word back must be joined by a comma or a coordinator.
                guard i > 0, coordinators.contains(tokens[i - 1].folded) || gap(before: i, tokens, bytes).contains(UInt8(ascii: ",")) else { break }
                i -= 1
                steps += 1
            }
        }
        return out
    }

    /// The condition that words brought together from a coordination name as one phrase
    /// ("douleurs" + "cervicales", "neck" + "pain"), if any.
    private static func condition(namedBy words: [ClaimToken], matcher: PhraseMatcher) -> String? {
        var joined = words
        for k in joined.indices { joined[k].punctuatedBefore = false }
        return matcher.matches(in: joined).first { $0.indicationID != nil && $0.covered.elementsEqual(joined.indices) }?.indicationID
    }

    /// "kine_en_herbe : …", "@dr_smile", "u/backpain_2019": a forum handle is a name, and the
    /// words in it ("kine", "smile") name nothing. A word with an underscore or an at sign is one.
    private static func outsideHandles(_ matches: [PhraseMatch], tokens: [ClaimToken], bytes: [UInt8], start: Int, end: Int) -> [PhraseMatch] {
        guard start < end, end <= bytes.count,
              bytes[start..<end].contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "@") }) else { return matches }
        var handles: [Range<Int>] = []
        var wordStart = start
        var isHandle = false
        for i in start...end {
            let b = i < end ? bytes[i] : UInt8(ascii: " ")
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") {
                if isHandle { handles.append(wordStart..<i) }
                wordStart = i + 1
                isHandle = false
            } else if b == UInt8(ascii: "_") || b == UInt8(ascii: "@") {
                isHandle = true
            }
        }
        guard !handles.isEmpty else { return matches }
        return matches.filter { m in !m.covered.contains { t in handles.contains { $0.contains(tokens[t].start) } } }
    }

    /// "Department of Plastic Surgery, College of Medicine": from an affiliation phrase to the
    /// next comma, semicolon or full stop the words name a place, so no other phrase counts there.
    private static func outsideAffiliations(_ matches: [PhraseMatch], tokens: [ClaimToken], bytes: [UInt8]) -> [PhraseMatch] {
        guard matches.contains(where: { $0.has(.affiliation) }) else { return matches }
        var inside = Set<Int>()
        // At most six words past the phrase, and never over a statement ("Researchers at a
        // Madrid hospital found that…") or a reporting verb ("Une rhumatologue du centre
        // hospitalier rappelle que…").
        let statementStarts = Set(matches.filter { $0.has(.effect) || $0.has(.attribution) || $0.has(.evidence) || $0.has(.saying) }.map(\.first))
        for m in matches where m.has(.affiliation) {
            var i = m.first
            while i < tokens.count, i <= m.last + 6, !statementStarts.contains(i) {
                inside.insert(i)
                guard i + 1 < tokens.count else { break }
                let gap = bytes[tokens[i].end..<tokens[i + 1].start]
                if gap.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") }) { break }
                i += 1
            }
        }
        return matches.filter { $0.has(.affiliation) || !$0.covered.contains(where: inside.contains) }
    }

    /// The tokens of `clause` between the commas around token `at` (the whole clause when
    /// `at` is outside it). `bytes` is the document's text, which the tokens' offsets index.
    func commaSegment(around at: Int, in clause: Range<Int>, bytes: [UInt8]) -> Range<Int> {
        guard clause.contains(at) else { return clause }
        func comma(before i: Int) -> Bool { Self.gap(before: i, tokens, bytes).contains(UInt8(ascii: ",")) }
        var lower = at
        while lower > clause.lowerBound, !comma(before: lower) { lower -= 1 }
        var upper = at + 1
        while upper < clause.upperBound, !comma(before: upper) { upper += 1 }
        return lower..<upper
    }

    /// Whether a comma, semicolon, colon or parenthesis stands right before token `i`.
    func punctuated(before i: Int, bytes: [UInt8]) -> Bool {
        guard i > 0, i < tokens.count else { return false }
        return Self.gap(before: i, tokens, bytes).contains { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "(")].contains($0) }
    }

    /// The token ranges inside parentheses: from the first word after "(" to the first word
    /// after ")", the innermost when they nest, and to the sentence's end for one that closes
    /// it ("… may reduce pain (low-certainty evidence).").
    static func parentheses(_ tokens: [ClaimToken], _ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int?
        for i in 1..<max(1, tokens.count) where i < tokens.count {
            let between = gap(before: i, tokens, bytes)
            if between.contains(UInt8(ascii: "(")) { open = i }
            if between.contains(UInt8(ascii: ")")), let start = open {
                out.append(start..<i)
                open = nil
            }
        }
        if let start = open, let last = tokens.last, last.end < bytes.count,
           bytes[last.end..<min(bytes.count, last.end + 3)].contains(UInt8(ascii: ")")) {
            out.append(start..<tokens.count)
        }
        return out
    }

    /// The bytes between token i-1 and token i, as the document writes them.
    static func gap(before i: Int, _ tokens: [ClaimToken], _ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let from = tokens[i - 1].end, to = tokens[i].start
        guard from <= to, to <= bytes.count else { return [] }
        return bytes[from..<to]
    }
}
