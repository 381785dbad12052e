import Documents
import TextAnalysis

/// What a sentence's claims rest on (spec/claims.md section 2): first the sentence's own
/// cues (the best level among them: "a meta-analysis of randomized trials" is a
/// meta-analysis); then a comment section (testimony); then the document's metadata
/// (PubMed publication types, JATS article type, a report's kind); then testimony cues
/// ("de nombreux patients rapportent", "my patients tell me") in the clause itself, since
/// "my patients tell me X, but no trial has confirmed it" is testimony and then the
/// author's own assertion; then a testimony cue earlier in the same paragraph (a first-person
/// story goes on: "Mon médecin m'a proposé ... Au bout de deux séances, la douleur avait
/// diminué."); else a bare `assertion`. A study named inside a negation of an uncertain
/// statement ("no randomized trial has shown") is not a basis.
enum BasisClassifier {
    /// Words that say a study is missing, a few words before its design ("no randomized,
    /// double-blind trial", "aucun essai contrôlé").
    static let missingWords: Set<String> = ["no", "aucun", "aucune", "never", "jamais", "without", "sans", "nor", "ni"]

    /// Words that pick some people out of a group ("certains patients", "some patients").
    static let someOf: Set<String> = ["certains", "certaines", "quelques", "plusieurs", "some", "many", "several", "other"]

    /// Words of a control arm inside a design phrase.
    static let controlWords = ["placebo", "sham", "simul", "factice", "temoin"]

    static func classify(_ s: AnalyzedSentence, clause: Range<Int>, stance: ClauseStance, document: Document, bytes: [UInt8],
                         narrativeTestimony: Cue? = nil, ownDesign: (Basis, String)? = nil,
                         carriedDesign: (Basis, String)? = nil, earlierReview: (Basis, String)? = nil, readerPost: Cue? = nil,
                         quotedSpeaker: Cue? = nil) -> (Basis, Cue) {
        if stance.deniedReport {
            return (.assertion, Cue(role: "basis", text: stance.cues.last?.text ?? "", rule: "a reported effect the verdict denies: the fact-checker's assertion"))
        }
        // "aucun essai randomisé n'a démontré", "not established in controlled trials": a
        // study named as missing is not what the statement rests on.
        let scope = NegationScope(clause: clause, matches: s.matches(in: clause), tokens: s.tokens, breaks: s.breaks)
        func missing(_ m: PhraseMatch, _ basis: Basis) -> Bool {
            guard stance.stance == .uncertain else { return false }
            if scope.covers(m) { return true }
            // "there is no credible evidence that …, and no randomized trial has shown …": one
            // named as missing in another clause of the sentence is missing too.
            // ("no randomized, double-blind trial": a few words after the negation, a comma between.)
            // ("no double-blind, peer-reviewed trial has tested them, so doctors have little idea":
            // in the doubting clause itself, before its doubt.)
            if (max(0, m.first - 3)..<m.first).contains(where: { Self.missingWords.contains(s.tokens[$0].folded) }) {
                return true
            }
            let primary = (2...4).contains(basis.level ?? 0)
            // (Not the subject of a doubt of its own after it: "C'est plus incertain : les essais
            // randomisés disponibles ne permettent pas de conclure" rests on those trials.)
            return primary && clause.contains(m.first) && m.first > stance.at
                && !s.matches.contains { $0.first > m.last && clause.contains($0.first) && $0.has(.effect) && $0.states(.uncertain) }
        }
        // "…, and sham-controlled randomised trials are needed": a study called for is not one
        // done. (Checked on the best match only, then again without it: few sentences call for one.)
        var found = Self.best(among: s.matches, keeping: { !missing($0, $1) })
        if let (_, m) = found, Self.namedAsNeeded(m, in: s) {
            found = Self.best(among: s.matches, keeping: { !missing($0, $1) && !Self.namedAsNeeded($0, in: s) })
        }
        if let (basis, m) = found {
            // "than with sham needling" names the control arm of the trial named just before.
            // So does one in a document whose title or own words give its design ("…: a randomised trial").
            // A design phrase that is only the comparison with a control ("compared with
            // placebo", "par rapport au placebo") counts as the control arm too.
            // So does a design that is only the absence of one ("sans groupe témoin", "without a
            // control group"): the studies a report or review describes, not the source.
            let namesControl = m.has(.control) || m.covered.contains { i in
                Self.controlWords.contains { s.tokens[i].folded.hasPrefix($0) } || s.tokens[i].folded == "control"
            }
            // (In a review whose title gives its design, the control arms are those of the trials
            // it pooled: "Par rapport aux groupes témoins, la réflexologie améliorait l'anxiété" is
            // the review's finding, not one of the randomised trials its methods name.)
            let reviewsItself = ownDesign.map { $0.0.level == 1 } ?? false
            // (Not studies the sentence introduces as its own, lacking a control: "A few small
            // studies without a control group did report fewer flushes", "Une petite étude, sans
            // groupe placebo, a noté une baisse" are those studies, after a review named before.)
            let ownUncontrolled = basis == .caseSeries && Self.introducesStudies(s, before: m.first)
            if namesControl, !ownUncontrolled, let (carried, why) = reviewsItself ? ownDesign : carriedDesign ?? ownDesign, carried.isBetter(than: basis) {
                return (carried, Cue(role: "basis", text: why, rule: "the study named earlier, whose control arm the sentence names"))
            }
            if let (review, why) = earlierReview, Self.refersBack(m, in: s), review.isBetter(than: basis) {
                return (review, Cue(role: "basis", text: why, rule: "the review named earlier, referred to again"))
            }
            // "Nine of the controlled studies reported significant improvements", in a review
            // whose title gives its design: the studies it included, read through the review.
            if let (review, why) = ownDesign, review.level == 1, (2...4).contains(basis.level ?? 0), Self.namesIncludedStudies(m, in: s) {
                return (review, Cue(role: "basis", text: why, rule: "the studies the review includes, in a review that names its own design"))
            }
            return (basis, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "study or source named in the sentence"))
        }
        if s.role == .comment {
            return (.testimony, Cue(role: "basis", text: "section: comment", rule: "a reader's comment is testimony"))
        }
        if let readerPost { return (.testimony, readerPost) }
        // "« La différence est réelle mais minime », résume la rhumatologue qui a coordonné
        // l'essai": the study's own author speaks of it, on its design.
        if let (basis, why) = carriedDesign ?? ownDesign, s.matches.contains(where: { $0.has(.studyAuthor) }) {
            return (basis, Cue(role: "basis", text: why, rule: "what the study's own authors say of it: its design"))
        }
        // What one practitioner says is testimony even in an article on a study ("…," says Dr X,
        // who was not involved in the trial): the design of the study is not the speaker's basis.
        if let words = reportedSpeech(in: s, bytes: bytes, stanceAt: stance.at) {
            return (.testimony, Cue(role: "basis", text: words, rule: "what one practitioner or patient says"))
        }
        // (Before the document's own design: what someone says of their own experience in an
        // article on a trial is still theirs.)
        // "Le pilier Romain y a eu recours : « Deux séances, et j'ai pu refaire des plaquages »",
        // "Dr Cho is blunter: \"In my hands, liposuction removes far more fat\"": the effect
        // stated inside quoted words told in the first person is that person's experience.
        // 'Plastic surgeon Dr Cho is blunter: "If someone wants real volume gone, liposuction
        // removes far more fat"': a quotation opened after a colon is the words of the speaker
        // named before the colon.
        if let words = quotationAfterSpeaker(around: stance.at, in: s, bytes: bytes) {
            return (.testimony, Cue(role: "basis", text: words, rule: "the quotation's speaker, named before it"))
        }
        if let words = quotedFirstPerson(around: stance.at, in: s, bytes: bytes) {
            return (.testimony, Cue(role: "basis", text: words, rule: "quoted words told in the first person"))
        }
        if let quotedSpeaker { return (.testimony, quotedSpeaker) }
        if let (basis, why) = fromMetadata(document) {
            return (basis, Cue(role: "basis", text: why, rule: "no cue in the sentence: the document's own type"))
        }
        // "L'étiopathie n'a pas fait la preuve de son efficacité, selon l'Inserm … Ses praticiens
        // affirment soigner les entorses": an evaluation the title names is not what the people it
        // evaluates say; their own word is their testimony, read below. (A study's design stays:
        // what its patients report is its outcome.)
        let testimony = s.matches(in: clause).first { $0.has(.testimony) }
        if let (basis, why) = ownDesign, testimony == nil || !(basis == .htaReport || basis == .expertOpinion) {
            return (basis, Cue(role: "basis", text: why, rule: "no cue in the sentence: the design the authors give their own study"))
        }
        // "Two years later, the patients offered acupuncture reported less pain": after a trial
        // described in the sentence before, what its patients report is its outcome.
        // (Not "certains patients affirment…": some of them vouching is their testimony.)
        if let (basis, why) = carriedDesign, (2...3).contains(basis.level ?? 0),
           s.matches(in: clause).contains(where: { $0.has(.testimony) && s.tokens[$0.first].folded.hasPrefix("patient")
               && !($0.first > 0 && Self.someOf.contains(s.tokens[$0.first - 1].folded)) }) {
            return (basis, Cue(role: "basis", text: why, rule: "what the patients of the study named before reported: its outcome"))
        }
        if let m = testimony {
            return (.testimony, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "personal experience reported"))
        }
        // "Aucun effet chez moi, 3 séances pour rien", "le psyllium m'a vraiment aidée": an effect
        // phrase told of the speaker ("chez moi, rien", "for me, nothing", "m'a aidée") tells the
        // speaker's experience.
        if let m = s.matches(in: clause).first(where: { $0.has(.effect) && Self.opensOnSpeaker($0, in: s) }) {
            return (.testimony, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "an effect told of the speaker"))
        }
        // "Chez moi, deux séances et ma sciatique avait disparu, alors que les anti-inflammatoires
        // ne faisaient rien": a sentence that opens on the speaker's experience tells all of it.
        // (In the first person only: "Some practitioners advertise it, but good evidence is
        // lacking" ends on the author's own word.)
        // (Or within the few words of its first clause: "Aucun effet chez moi, 3 séances pour rien".)
        if let m = s.matches.first(where: { $0.has(.testimony) && ($0.first <= 1 || ($0.first <= 6 && s.clauses.first?.contains($0.first) == true)) }),
           !clause.contains(m.first),
           m.covered.contains(where: { Self.firstPerson.contains(s.tokens[$0].folded) || Self.practitionersOwn.contains(s.tokens[$0].folded) }) {
            return (.testimony, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "personal experience the sentence opens on"))
        }
        // "« Elle peut réduire un bourrelet, mais … », explique le Dr X": the words after a
        // quotation say whose it is, for each of its clauses.
        // So does a reporting verb right after it, before a person ("« … », estime Claire Dumas,
        // kinésithérapeute", "says Reyes"), not a publication ("estime une revue médicale").
        func person(after verb: PhraseMatch) -> Bool {
            guard verb.last + 1 < s.tokens.count else { return false }
            // Within five words: "says one of our GPs", "explique l'un de nos kinés".
            let next = (verb.last + 1)...min(verb.last + 5, s.tokens.count - 1)
            let word = s.tokens[verb.last + 1]
            return s.matches.contains { $0.has(.speaker) && next.contains($0.first) }
                || String(decoding: bytes[word.start..<word.end], as: UTF8.self).first?.isUppercase == true
        }
        if let close = quotationEnd(of: s, bytes: bytes), clause.lowerBound < close,
           let m = s.matches.first(where: { ($0.first >= close && $0.has(.testimony))
               || ($0.has(.saying) && (close...close + 1).contains($0.first) && person(after: $0)) }) {
            return (.testimony, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "the quotation's speaker, named after it"))
        }
        if let (basis, why) = carriedDesign {
            if basis == .testimony {
                return (basis, Cue(role: "basis", text: why, rule: "no cue in the sentence: the people its list's lead-in gives the word to"))
            }
            return (basis, Cue(role: "basis", text: why, rule: "no cue in the sentence: the study named earlier in the same paragraph or section"))
        }
        if let m = s.matches.first(where: { $0.has(.studies) && !scope.covers($0) }), !(stance.stance == .uncertain && m.first > stance.at) {
            return (.controlledStudy, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "studies named without their design"))
        }
        // "improved to a similar degree in both groups", "83 % des patients infiltrés contre 96 %
        // de ceux ayant reçu une injection placebo": groups compared are a controlled study's.
        if let words = Self.comparedGroups(s, stance: stance, bytes: bytes) {
            return (.controlledStudy, Cue(role: "basis", text: words, rule: "groups of a study compared: a controlled study"))
        }
        // "To be clear, no scientific study has yet shown that cold water swimming cures
        // depression", in a story told in the first person: a doubt about the studies is the
        // author's judgement of the evidence, not the story's experience.
        // (Asked only of a sentence in such a story.)
        if let narrativeTestimony,
           !(stance.stance == .uncertain && (s.matches.contains { $0.has(.basis) || $0.has(.studies) }
                 || stance.cues.contains { $0.role == "stance" && Self.namesStudies($0.text) })) {
            return (.testimony, narrativeTestimony)
        }
        return (.assertion, Cue(role: "basis", text: "kind: \(document.kind.rawValue)", rule: "no stated basis: a bare assertion"))
    }

    /// Whether a stance phrase names studies or evidence (`StanceClassifier.lackedEvidenceNouns`:
    /// "no scientific study has yet shown", "aucune étude sérieuse").
    static func namesStudies(_ words: String) -> Bool {
        Folding.fold(words).split(whereSeparator: { !$0.isLetter }).contains { StanceClassifier.lackedEvidenceNouns.contains(String($0)) }
    }

    /// The words that compare a study's groups: a stance read from the figures of its arms, or
    /// an arms or control phrase that names a group ("both groups", "groupe placebo").
    static func comparedGroups(_ s: AnalyzedSentence, stance: ClauseStance, bytes: [UInt8]) -> String? {
        if stance.armFigures { return stance.cues.first { $0.role == "stance" }?.text }
        // A group noun after a word that makes it one of a study's ("both groups", "the placebo
        // group", "les deux groupes", "le groupe témoin").
        // (Group nouns open on "g", "a" or "b": a byte test before the set.)
        for i in s.tokens.indices {
            let first = s.tokens[i].folded.utf8.first
            guard first == UInt8(ascii: "g") || first == UInt8(ascii: "a") || first == UInt8(ascii: "b"),
                  Self.groupWords.contains(s.tokens[i].folded) else { continue }
            let words: ClosedRange<Int>
            if i > 0, Self.groupMarkers.contains(s.tokens[i - 1].folded) { words = (i - 1)...i }
            else if i + 1 < s.tokens.count, Self.groupMarkers.contains(s.tokens[i + 1].folded) { words = i...(i + 1) }
            else { continue }
            return String(decoding: bytes[s.tokens[words.lowerBound].start..<s.tokens[words.upperBound].end], as: UTF8.self)
        }
        return nil
    }

    /// Nouns for the groups of a study.
    static let groupWords: Set<String> = ["group", "groups", "groupe", "groupes", "arm", "arms", "bras"]
    /// Words beside a group noun that make it a study's ("both", "placebo", "témoin").
    static let groupMarkers: Set<String> = ["both", "two", "three", "control", "placebo", "sham", "treatment", "treated", "intervention",
                                            "comparison", "deux", "trois", "temoin", "controle", "traite", "placebos"]

    /// Words after a design that call for it ("trials are needed", "des essais sont
    /// nécessaires") and before it ("further trials", "de futurs essais").
    static let neededAfter: Set<String> = ["needed", "required", "warranted", "necessaires", "necessaire", "requis"]
    static let neededBefore: Set<String> = ["further", "future", "larger", "longer", "futurs", "futures", "nouveaux", "nouvelles"]
    /// The first bytes of those words, as a table indexed by byte.
    static let neededInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for word in neededAfter.union(neededBefore) { if let c = word.utf8.first { table[Int(c)] = true } }
        return table
    }()

    /// Whether a design phrase names studies still to be done ("sham-controlled trials are
    /// needed", "further randomised trials", "de nouveaux essais … sont nécessaires").
    static func namedAsNeeded(_ m: PhraseMatch, in s: AnalyzedSentence) -> Bool {
        // (A first-letter test before each lookup: the word is hashed only when it may be one.)
        func isIn(_ words: Set<String>, _ i: Int) -> Bool {
            guard let c = s.tokens[i].folded.utf8.first, Self.neededInitials[Int(c)] else { return false }
            return words.contains(s.tokens[i].folded)
        }
        let after = (m.last + 1)..<min(m.last + 5, s.tokens.count)
        if after.contains(where: { isIn(Self.neededAfter, $0) }) { return true }
        let before = max(0, m.first - 2)..<m.first
        return before.contains { isIn(Self.neededBefore, $0) }
    }

    /// Determiners that point back to something named before ("the review", "cette revue").
    static let backReference: Set<String> = ["the", "this", "that", "its", "la", "cette"]

    /// Whether a design phrase names some of a known set of studies: after a partitive or a
    /// quantifier ("nine of the controlled studies", "most trials", "la plupart des essais",
    /// "ces études") or before "included" ("the trials included").
    static func namesIncludedStudies(_ m: PhraseMatch, in s: AnalyzedSentence) -> Bool {
        let before = m.first > 0 ? s.tokens[m.first - 1].folded : ""
        let twoBefore = m.first > 1 ? s.tokens[m.first - 2].folded : ""
        if (before == "the" && twoBefore == "of") || Self.quantifiersOfStudies.contains(before) { return true }
        if before == "des" && Self.partsOfStudies.contains(twoBefore) { return true }
        let after = m.last + 1 < s.tokens.count ? s.tokens[m.last + 1].folded : ""
        return Self.includedWords.contains(after)
    }
    /// Quantifiers before a design that pick some of a set of studies ("most trials", "ces études").
    static let quantifiersOfStudies: Set<String> = ["most", "these", "those", "both", "several", "ces", "plusieurs", "certains", "certaines"]
    /// The French part of a set before "des" ("la plupart des essais", "parmi des études").
    static let partsOfStudies: Set<String> = ["plupart", "parmi", "moitie", "majorite"]
    /// Words after a design that say the studies were a review's ("the trials included").
    static let includedWords: Set<String> = ["included", "inclus", "incluses", "retenus", "retenues", "analysed", "analyzed", "pooled", "reviewed"]

    /// "review" or "revue" alone, after one of `backReference` ("The review also found",
    /// "the review's authors"): the review the text named before.
    static func refersBack(_ m: PhraseMatch, in s: AnalyzedSentence) -> Bool {
        guard m.covered.count <= 2, m.first > 0, let last = m.covered.last,
              ["review", "revue"].contains(s.tokens[last].folded) else { return false }
        let before = m.covered.count == 2 ? m.covered[0] : m.first - 1
        // "The same group's review of garlic for colds", "la même revue": the same one again.
        return Self.backReference.contains(s.tokens[before].folded)
            || (max(0, m.first - 4)..<m.first).contains { Self.sameWords.contains(s.tokens[$0].folded) }
    }

    /// "The same" before a review's name ("the same group's review", "la même revue").
    static let sameWords: Set<String> = ["same", "meme"]

    /// Whether a sentence introduces studies of its own before token `end`: an indefinite or a
    /// count ("a few small studies", "une petite étude", "several trials") then, within three
    /// words, a study noun.
    static func introducesStudies(_ s: AnalyzedSentence, before end: Int) -> Bool {
        let tokens = s.tokens
        for i in 0..<min(end, tokens.count) where Self.indefinites.contains(tokens[i].folded) {
            if (i + 1..<min(end, i + 4)).contains(where: { StanceClassifier.studyNouns.contains(tokens[$0].folded) }) { return true }
        }
        return false
    }
    static let indefinites: Set<String> = ["a", "few", "some", "several", "une", "un", "quelques", "plusieurs", "certaines", "certains"]

    /// A practice's own patients opening a sentence ("Most of our patients notice less shedding
    /// …, and many see thicker hair"): what they report is testimony in each clause.
    static let practitionersOwn: Set<String> = ["our", "nos", "notre"]

    /// Words of the speaker's own experience ("chez moi", "for me", "in my case").
    static let firstPerson: Set<String> = ["moi", "me", "my", "i", "je", "j", "mon", "ma", "mes", "personally", "personnellement"]

    /// Whether a phrase's first two words name the speaker as where it happened ("chez moi",
    /// "pour moi", "for me") or to whom ("m'a aidée").
    static func opensOnSpeaker(_ m: PhraseMatch, in s: AnalyzedSentence) -> Bool {
        guard m.covered.count >= 2 else { return false }
        let (a, b) = (s.tokens[m.covered[0]].folded, s.tokens[m.covered[1]].folded)
        // "m'a aidée": the speaker as the object, first word of the phrase.
        if a == "me", b == "a" { return true }
        return (a == "chez" || a == "pour" || a == "for") && (b == "moi" || b == "me")
    }

    /// The quoted words holding token `at`, when they speak in the first person singular
    /// (`firstPerson`: "j'ai pu", "my patients", "I"): from an opening « or “ (or a straight quote) before it to the
    /// closing mark after it.
    static func quotedFirstPerson(around at: Int, in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        guard at < s.tokens.count, let firstToken = s.tokens.first, let lastToken = s.tokens.last else { return nil }
        // Most sentences quote nobody: one pass over their bytes for a quotation mark's (« is
        // C2 AB, “ is E2 80 9C, a straight quote 22) before anything else.
        let lo = min(s.start, firstToken.start), hi = min(bytes.count, max(s.end, lastToken.end))
        guard lo < hi, bytes[lo..<hi].contains(where: { $0 == 0x22 || $0 == 0xAB || $0 == 0x9C }) else { return nil }
        // An opening mark before the word (`ClaimTokenizer.opensQuotation`).
        func opens(_ i: Int) -> Bool {
            ClaimTokenizer.opensQuotation(i == 0 ? bytes[lo..<firstToken.start] : AnalyzedSentence.gap(before: i, s.tokens, bytes))
        }
        guard let open = (0...at).reversed().first(where: opens) else { return nil }
        // No closing mark between the opening and the effect.
        if ((open + 1)..<(at + 1)).contains(where: { ClaimTokenizer.closesQuotation(AnalyzedSentence.gap(before: $0, s.tokens, bytes)) }) { return nil }
        let close = ((at + 1)..<s.tokens.count).first { ClaimTokenizer.closesQuotation(AnalyzedSentence.gap(before: $0, s.tokens, bytes)) } ?? s.tokens.count
        guard (open..<close).contains(where: { Self.firstPerson.contains(s.tokens[$0].folded) }) else { return nil }
        return String(decoding: bytes[s.tokens[open].start..<s.tokens[close - 1].end], as: UTF8.self)
    }

    /// The sentence's first word of the first person, singular or plural ("nous soulageons", "we
    /// see"), as written: in a quotation opened in a sentence before, it makes the sentence one
    /// speaker's word.
    static func firstPersonWord(in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        guard let t = s.tokens.first(where: { firstPerson.contains($0.folded) || firstPersonPlural.contains($0.folded) }) else { return nil }
        return String(decoding: bytes[t.start..<t.end], as: UTF8.self)
    }

    /// Words of the first person plural: a practitioner speaking for a practice ("au cabinet, nous
    /// soulageons").
    static let firstPersonPlural: Set<String> = ["nous", "nos", "notre", "we", "our", "us"]

    /// The speaker's words when the token `at` lies in a quotation opened right after a colon
    /// and a speaker ("Dr", "surgeon", "un rhumatologue") or a verb of saying ("prévient",
    /// "warns") stands before that colon.
    static func quotationAfterSpeaker(around at: Int, in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        // (Or a verb of saying before the colon, whoever its subject: "Elle prévient toutefois : « Ce
        // n'est pas une méthode pour maigrir »", "He is adamant: \"It won't fix jowls\"".)
        let speaks = { (m: PhraseMatch) in m.has(.speaker) || m.has(.saying) }
        guard at > 1, at < s.tokens.count, s.matches.contains(where: { speaks($0) && $0.first < at }) else { return nil }
        // The opening mark nearest before the word, with a colon in the same gap.
        guard let open = (1...at).reversed().first(where: { i in
            let gap = AnalyzedSentence.gap(before: i, s.tokens, bytes)
            return ClaimTokenizer.opensQuotation(gap) && gap.contains(UInt8(ascii: ":"))
        }) else { return nil }
        // (A half-open range: the word may open the quotation itself, « s'hydrater apaise… ».)
        guard !((open + 1)..<(at + 1)).contains(where: { ClaimTokenizer.closesQuotation(AnalyzedSentence.gap(before: $0, s.tokens, bytes)) }),
              let speaker = s.matches.last(where: { speaks($0) && $0.last < open }) else { return nil }
        return String(decoding: bytes[s.tokens[speaker.first].start..<s.tokens[open - 1].end], as: UTF8.self)
    }

    /// Whether a sentence opens on a quotation mark (« “ or ", after spaces), and, when it
    /// does or `inside` one opened before, whether it closes one (» ”, or a second "). Read on
    /// the sentence's UTF-8 bytes: most sentences are checked on their first bytes only.
    static func quotationMarks(of s: AnalyzedSentence, inside: Bool) -> (opens: Bool, closes: Bool) {
        var text = s.text
        // (Native strings: no copy is made.)
        return text.withUTF8 { b in
            var i = 0
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D
                || (b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0) { i += b[i] == 0xC2 ? 2 : 1 }
            guard i < b.count else { return (false, false) }
            let straight = b[i] == 0x22
            let opens = straight || (b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xAB)
                || (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x9C)
            guard opens || inside else { return (false, false) }
            // » is C2 BB, ” is E2 80 9D: a closing mark anywhere after the opening one.
            var closes = false
            var j = opens ? i + 1 : i
            while j < b.count, !closes {
                closes = (b[j] == 0xBB && j > 0 && b[j - 1] == 0xC2) || (b[j] == 0x9D && j > 1 && b[j - 1] == 0x80 && b[j - 2] == 0xE2)
                    || (straight && b[j] == 0x22)
                j += 1
            }
            return (opens, closes)
        }
    }

    /// The first token after the closing mark of a quotation that opens the sentence.
    static func quotationEnd(of s: AnalyzedSentence, bytes: [UInt8]) -> Int? {
        guard let first = s.text.unicodeScalars.first, ["«", "\"", "“"].contains(first), s.tokens.count > 1 else { return nil }
        return (1..<s.tokens.count).first { ClaimTokenizer.closesQuotation(AnalyzedSentence.gap(before: $0, s.tokens, bytes)) }
    }

    /// "…, tranche un chirurgien orthopédiste", "Un rhumatologue explique que…", "says Dr
    /// Patel", "explique à 20 Minutes le Dr X": a reporting verb beside one speaker (at most five words apart, either order)
    /// makes the sentence what that person says. The words from the first to the last.
    ///
    /// Not from a condition that opens the sentence, for a claim after it ("Si les praticiens
    /// observent des améliorations, aucun essai ne l'a démontré": the journalist's own words).
    static func reportedSpeech(in s: AnalyzedSentence, bytes: [UInt8], stanceAt: Int? = nil) -> String? {
        let sayings = s.matches.filter { $0.has(.saying) }
        guard !sayings.isEmpty else { return nil }
        // "Emma, 41, says…", "Claire, 52 ans, raconte…": a person named with her age.
        if s.tokens.count > 3, String(decoding: bytes[s.tokens[0].start..<s.tokens[0].end], as: UTF8.self).first?.isUppercase == true,
           s.tokens[1].folded.count <= 3, ArmComparison.isDigits(s.tokens[1].folded),
           let verb = sayings.first(where: { $0.first == 2 || ($0.first == 3 && ["ans", "an"].contains(s.tokens[2].folded)) }) {
            return String(decoding: bytes[s.tokens[0].start..<s.tokens[verb.last].end], as: UTF8.self)
        }
        // "…est souvent plus efficace que le paracétamol, explique Karim, pharmacien d'officine",
        // "…, says one of our GPs": a reporting verb set off by a comma after the statement,
        // then a person's name or a speaker, reports what that person says (not "selon",
        // "d'après", "according to": a source may follow them).
        for verb in sayings where verb.first > 2 && s.punctuated(before: verb.first, bytes: bytes)
            && !Self.sourceMarkers.contains(s.tokens[verb.first].folded) && verb.last + 1 < s.tokens.count {
            let next = verb.last + 1
            let name = String(decoding: bytes[s.tokens[next].start..<s.tokens[next].end], as: UTF8.self)
            let namedPerson = name.first?.isUppercase == true && !s.matches.contains { $0.first == next && ($0.has(.basis) || $0.has(.institution)) }
            let speakerNear = s.matches.contains { $0.has(.speaker) && (next...min(next + 3, s.tokens.count - 1)).contains($0.first) }
            if namedPerson || speakerNear {
                return String(decoding: bytes[s.tokens[verb.first].start..<s.tokens[min(next + 1, s.tokens.count - 1)].end], as: UTF8.self)
            }
        }
        for speaker in s.matches where speaker.has(.speaker) {
            for verb in sayings {
                let gap = verb.first > speaker.last ? verb.first - speaker.last - 1 : speaker.first - verb.last - 1
                guard gap >= 0, gap <= 5 else { continue }
                let first = min(speaker.first, verb.first), last = max(speaker.last, verb.last)
                // Side by side, not across a comma ("si le patient le souhaite, précise l'autorité").
                let between = (min(speaker.last, verb.last) + 1)...max(speaker.first, verb.first)
                if between.contains(where: { s.punctuated(before: $0, bytes: bytes) }) {
                    // (But across a pronoun set apart: "Les kinésithérapeutes, eux, défendent…".)
                    let apart = between.count >= 2 && between.dropLast().allSatisfy { Self.apposedPronouns.contains(s.tokens[$0].folded) }
                    if !apart { continue }
                }
                if let stanceAt, stanceAt > last + 1, let opening = s.tokens.first?.folded, Self.openingConditions.contains(opening),
                   ((last + 1)...stanceAt).contains(where: { s.punctuated(before: $0, bytes: bytes) }) { continue }
                return String(decoding: bytes[s.tokens[first].start..<s.tokens[last].end], as: UTF8.self)
            }
        }
        return nil
    }

    /// The first words of reporting phrases that may name a source, not a person ("selon",
    /// "d'après", "according to").
    static let sourceMarkers: Set<String> = ["selon", "d", "according"]
    /// Pronouns set apart after a subject ("les médecins, eux, …").
    static let apposedPronouns: Set<String> = ["eux", "elles", "lui", "elle", "themselves"]
    /// Words opening a sentence with a condition or a concession, whose clause is not the main one.
    static let openingConditions: Set<String> = ["si", "if", "although", "though", "while", "whereas", "quoique"]

    /// How a named person's post or answer opens ("Réponse de Laeti :", "Answer (PhysioDan,
    /// chartered physiotherapist):"), lowercased.
    static let postHeaderOpenings = ["réponse de ", "reponse de ", "réponse d'", "message de ", "reply from ", "posted by ", "question de ",
                                     "commentaire de ", "answer (", "answer from ", "réponse (", "reponse (", "question (", "reply (", "question from "]
    /// Their first words: a header of five to seven words is read only after one of them.
    static let headerOpeners = Set(postHeaderOpenings.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The name that opens a post of a forum thread written out as text ("Réponse de Vaness :",
    /// "u/slicendice:", "kine_en_herbe :", "Message de Céline_33 :", "Cathy.B :"): at the start
    /// of a block, a handle (a word with "_", "." or digits, "u/…", or "Réponse de X") then a
    /// colon. In a thread whose posts were already found (`inThread`), a plain capitalised
    /// name too ("Soso :", "Jeanne-Marie :"), but a section's label ("Conclusion :", "Verdict :").
    static func readerPostHeader(_ s: AnalyzedSentence, bytes: [UInt8], inThread: Bool = false) -> String? {
        guard let colon = s.text.firstIndex(of: ":"), s.text.distance(from: s.text.startIndex, to: colon) <= 60 else { return nil }
        let head = s.text[..<colon].trimmingCharacters(in: .whitespaces)
        let words = head.split(separator: " ")
        guard !words.isEmpty, words.count <= 7 else { return nil }
        // (Five words or more only after an opener's first word: one look-up, not the prefixes.)
        if words.count > 4, !Self.headerOpeners.contains(words[0].lowercased()) { return nil }
        let lowered = head.lowercased()
        // "Réponse de Laeti :", "Answer (PhysioDan, chartered physiotherapist):": a named person's post.
        // (A name and a title may take up to seven words: "Réponse de Claire Martin, pharmacienne",
        // "Answer (Dr. Sarah Okafor, paediatrician)", forty-eighth session.)
        if Self.postHeaderOpenings.contains(where: { lowered.hasPrefix($0) }) {
            return head
        }
        guard words.count <= 4 else { return nil }
        // "PhysioDan (physiotherapist) wrote:", "Marie a écrit :": a post quoted by its author's name.
        if ["wrote", "writes", "a écrit", "écrit", "said on", "replied", "a répondu"].contains(where: { lowered.hasSuffix(" " + $0) }) { return head }
        guard words.count == 1, let handle = words.first else { return nil }
        if handle.hasPrefix("u/") || handle.hasPrefix("@") { return head }
        // (A dot between ASCII letters: "Cathy.B", not "Dr." nor "etc.". On the bytes: a
        // Substring's generic indices cost more than the rest of the test.)
        var dotted = false
        var before: UInt8 = 0, twoBefore: UInt8 = 0
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        for b in handle.utf8 {
            if before == UInt8(ascii: "."), isASCIILetter(twoBefore), isASCIILetter(b) { dotted = true; break }
            twoBefore = before
            before = b
        }
        let hasDigitOrUnderscore = handle.contains("_") || handle.contains(where: \.isNumber) || dotted
        if hasDigitOrUnderscore && handle.contains(where: \.isLetter) { return head }
        guard inThread, handle.first?.isUppercase == true, handle.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        let label = Folding.fold(String(handle))
        return pageLabels.contains(label) || ClaimExtractor.sectionLabels.contains(label) || ClaimExtractor.backgroundLabels.contains(label) ? nil : head
    }

    /// Words that label a part of a page before a colon, not a poster ("Verdict :", "Prix :"),
    /// beside the labels of a structured abstract (`ClaimExtractor.backgroundLabels`,
    /// `ClaimExtractor.sectionLabels`: "Conclusion :").
    static let pageLabels: Set<String> = ["verdict", "note", "notes", "attention", "avertissement", "warning", "indications", "posologie",
                                          "dosage", "prix", "price", "tarif", "tarifs", "source", "sources", "question", "reponse", "answer",
                                          "edit", "update", "important", "rappel", "remarque", "bilan", "avantages", "inconvenients", "pros",
                                          "cons", "resume", "summary", "definition", "origine", "credibilite", "efficacite", "risques", "risks",
                                          "effets", "claim", "rating", "facts", "limitations"]

    /// The basis a document's type gives its own sentences, with the metadata that gave it.
    static func fromMetadata(_ d: Document) -> (Basis, String)? {
        var best: (Basis, String)?
        func offer(_ b: Basis, _ why: String) {
            if best == nil || b.isBetter(than: best!.0) { best = (b, why) }
        }
        for type in d.publicationTypes {
            if let b = publicationTypes[type.lowercased()] { offer(b, "PublicationType: \(type)") }
        }
        if best != nil { return best }
        if let type = d.metadata.articleType?.lowercased() {
            if let b = Basis(rawValue: type) ?? articleTypes[type] { offer(b, "article type: \(type)") }
        }
        if best != nil { return best }
        if d.kind == .htaReport { return (.htaReport, "kind: hta-report") }
        return nil
    }

    /// PubMed PublicationType values (lowercased) and the basis they give.
    static let publicationTypes: [String: Basis] = [
        "meta-analysis": .metaAnalysis,
        "systematic review": .systematicReview,
        "randomized controlled trial": .rct,
        "equivalence trial": .rct,
        "pragmatic clinical trial": .rct,
        "controlled clinical trial": .controlledStudy,
        "comparative study": .controlledStudy,
        "observational study": .cohort,
        "case reports": .caseReport,
        "consensus development conference": .expertOpinion,
        "consensus development conference, nih": .expertOpinion,
        "practice guideline": .expertOpinion,
        "guideline": .expertOpinion,
        "review": .expertOpinion,
        "technology assessment, biomedical": .htaReport,
    ]

    /// JATS `article-type` and report kinds beside the basis ids themselves.
    static let articleTypes: [String: Basis] = [
        "review-article": .expertOpinion,
        "systematic-review": .systematicReview,
        "case-report": .caseReport,
        "consensus-statement": .expertOpinion,
        "guideline": .expertOpinion,
        "practice-guideline": .expertOpinion,
        "position-statement": .expertOpinion,
        "hta": .htaReport,
        "hta-report": .htaReport,
        "technology-assessment": .htaReport,
    ]
}

extension BasisClassifier {
    /// The best basis the matches name ("essai randomisé" over "étude"), with the match that
    /// names it, among the pairs `keeping` accepts.
    static func best(among matches: [PhraseMatch], keeping: (PhraseMatch, Basis) -> Bool = { _, _ in true }) -> (Basis, PhraseMatch)? {
        var best: (Basis, PhraseMatch)?
        for m in matches where m.has(.basis) {
            for basis in m.bases where keeping(m, basis) && (best == nil || basis.isBetter(than: best!.0)) { best = (basis, m) }
        }
        return best
    }

    /// The design the authors give their own study ("We conducted a randomized controlled
    /// trial"), the best level if several sentences say so, and the index of the first
    /// sentence that gives it: it is the basis of that sentence and those after it (the
    /// background before the methods speaks of others' work); nil when none does.
    static func ownDesign(of sentences: [AnalyzedSentence], bytes: [UInt8]) -> (basis: Basis, words: String, from: Int)? {
        var best: (basis: Basis, words: String, from: Int)?
        for (index, s) in sentences.enumerated() where s.role != .comment && s.matches.contains(where: { $0.has(.ownstudy) }) {
            if let (b, m) = Self.best(among: s.matches), best == nil || b.isBetter(than: best!.basis) {
                best = (b, s.surface(m, bytes: bytes), min(index, best?.from ?? index))
            }
        }
        return best
    }

    /// A design the title names ("Acupuncture for fibromyalgia: what a Cochrane review
    /// found"): the document reports that study, so it is the basis of sentences with no cue.
    static func titleDesign(_ title: AnalyzedSentence, bytes: [UInt8]) -> (Basis, String)? {
        // "Re: Low back pain: summary of NICE guidance": a reply names what it answers, not its own design.
        if let first = title.tokens.first, first.folded == "re", title.text.hasPrefix("Re:") || title.text.hasPrefix("RE:") { return nil }
        var best: (Basis, String)?
        for m in title.matches where !m.has(.negation) {
            for b in m.bases where (1...4).contains(b.level ?? 9) && (best == nil || b.isBetter(than: best!.0)) {
                best = (b, "title: " + title.surface(m, bytes: bytes))
            }
        }
        // A guidance document's title ("Knee osteoarthritis: summary of recommendations", "Intradermal
        // therapy: a position paper"): the issuing body's opinion is the basis of its sentences. (A
        // body named in a title without its document — "Plastic surgeons' society" — is not.)
        // (The document's noun may stand apart from the body: "position du conseil scientifique
        // d'une société savante".)
        let namesDocument = title.tokens.contains { DesignCarryOver.opinionNouns.contains($0.folded) && $0.folded != "prise" }
        if best == nil, let m = title.matches.first(where: { m in
            !m.has(.negation) && m.bases.contains(.expertOpinion)
                && (namesDocument || m.covered.contains { DesignCarryOver.opinionNouns.contains(title.tokens[$0].folded) || DesignCarryOver.policyNouns.contains(title.tokens[$0].folded) })
        }) {
            best = (.expertOpinion, "title: " + title.surface(m, bytes: bytes))
        }
        return best
    }
}

/// A study named in one sentence and spoken of in the next ones ("Une revue Cochrane a réuni
/// 33 essais. Les effets étaient faibles."): the design (levels 1-4) of the nearest earlier
/// sentence of the same paragraph or the paragraph just before it, unless it was named as
/// missing (under a negation, in an uncertain clause). A body's opinion (level 5) is not
/// carried: a society named in passing is not the source of what follows.
struct DesignCarryOver {
    /// Words that make a sentence naming a body introduce its opinion as the source.
    static let opinionNouns: Set<String> = ["rapport", "report", "avis", "opinion", "recommandations", "recommendations",
                                            "guideline", "guidelines", "consensus", "position", "statement", "prise"]
    /// A payer's or a clinic network's policy on a treatment, as its title names it ("Medical policy: …").
    static let policyNouns: Set<String> = ["policy"]
    private var last: (section: Int, block: Int, basis: Basis, words: String, indications: Set<String>, interventions: Set<String>)?

    /// The last systematic review or meta-analysis the document named, in any section: what
    /// "the review" refers to later ("A Cochrane review pooled 30 trials. … The review also
    /// found…"), where the word alone would be a narrative review.
    private(set) var lastReview: (basis: Basis, words: String)?

    /// The first study a document describes without stating a finding ("Cette revue porte sur
    /// 31 essais randomisés"): the basis of its results, conclusions and key messages.
    private var described: (basis: Basis, words: String)?

    init(sentences: [AnalyzedSentence], stances: [[ClauseStance?]], bytes: [UInt8]) {
        for (s, clauseStances) in zip(sentences, stances) where s.role != .comment && s.matches.contains(where: { $0.has(.basis) }) {
            guard clauseStances.allSatisfy({ $0 == nil }) else { continue }
            var best: (Basis, PhraseMatch)?
            for clause in s.clauses {
                let ms = s.matches(in: clause)
                let scope = NegationScope(clause: clause, matches: ms, tokens: s.tokens, breaks: s.breaks)
                for m in ms where m.has(.basis) && !scope.covers(m) {
                    for b in m.bases where (1...4).contains(b.level ?? 9) && (best == nil || b.isBetter(than: best!.0)) { best = (b, m) }
                }
            }
            if let (b, m) = best {
                described = (b, s.surface(m, bytes: bytes))
                return
            }
        }
    }

    /// Whether one indication is the other or lies within it (low back pain and back pain), for
    /// a sentence naming the study's condition more or less narrowly; the same only, without it.
    var related: @Sendable (String, String) -> Bool = { $0 == $1 }

    /// The design of the study the sentence goes on about, if any. A sentence of a later
    /// paragraph naming other indications than the study's (`related`: "L'acupuncture soulage
    /// les migraines" after a review of back pain) is not about it.
    func design(for s: AnalyzedSentence, naming indications: [Mention] = []) -> (Basis, String)? {
        guard s.role != .comment else { return nil }
        // (An evaluation or a review of several conditions — "55 problèmes de santé, des verrues
        // à l'asthme" — speaks of the others too.)
        let ofSeveral = last.map { $0.indications.count >= 2 && [.htaReport, .systematicReview, .metaAnalysis].contains($0.basis) } ?? false
        // (Unless it speaks of a trial's condition too, by its symptom: "Massage did not reduce
        // pain any more than the waiting list, and sleep quality did not change either." A trial
        // has one population; a review's next paragraph may speak of another.)
        if let last, last.block != s.block, !indications.isEmpty, !last.indications.isEmpty, !ofSeveral,
           !indications.contains(where: { m in last.indications.contains { related(m.id, $0) } }),
           !((2...4).contains(last.basis.level ?? 0) && s.matches.contains(where: { $0.refers(.symptom) })) { return nil }
        // "In the trial, four in five patients given Kybella were satisfied. … For a heavy neck,
        // liposuction still removes more fat": a sentence about another treatment is not about that study.
        // A guideline, an evaluation or a review weighs several treatments ("…, the draft says";
        // "In the review, massage helped too"): its later sentences may name another one.
        let weighsSeveral = last.map { [.htaReport, .expertOpinion, .systematicReview, .metaAnalysis].contains($0.basis) } ?? false
        if let last, !weighsSeveral, !last.interventions.isEmpty, !s.interventionMentions.isEmpty,
           !s.interventionMentions.contains(where: { last.interventions.contains($0.id) }) { return nil }
        if let last, last.section == s.section, s.block - last.block <= 1 { return (last.basis, last.words) }
        // A structured abstract: the results and conclusions speak of the study its methods describe.
        if let described, s.matches.contains(where: { $0.has(.findings) }) || findingsSection {
            return (described.basis, described.words)
        }
        return nil
    }

    /// Whether the current section is headed as results or conclusions.
    private var findingsSection = false
    private var section = -1

    /// Records the design a sentence names; a sentence that names none but spoke of the
    /// study before it ("madeClaims" with the carried design) passes it on to the next paragraph.
    mutating func note(_ s: AnalyzedSentence, bytes: [UInt8], madeClaims: Bool = false, indications: [Mention] = []) {
        guard s.role != .comment else { return }
        if s.section != section {
            section = s.section
            findingsSection = s.block == 0 && s.tokens.count <= 5 && s.matches.contains { $0.has(.findings) && $0.first == 0 }
        }
        if let l = last, l.section == s.section, s.block - l.block <= 1, design(for: s, naming: indications) != nil,
           madeClaims || !s.clauses.isEmpty {
            last = (l.section, s.block, l.basis, l.words, l.indications, l.interventions)
        }
        var best: (Basis, PhraseMatch)?
        guard s.matches.contains(where: { $0.has(.basis) }) else { return }
        // A body's opinion is carried only from the sentence that introduces it as the source
        // ("Dans un rapport, l'Académie s'est penchée sur…"), not from one naming it in passing.
        let introduces = s.matches.contains { $0.bases.contains(.expertOpinion) }
            && s.tokens.contains { Self.opinionNouns.contains($0.folded) }
            && !s.clauses.contains { StanceClassifier.classify(s, clause: $0, bytes: bytes) != nil }
        for clause in s.clauses {
            let ms = s.matches(in: clause)
            let scope = NegationScope(clause: clause, matches: ms, tokens: s.tokens, breaks: s.breaks)
            let uncertain = ms.contains { $0.states(.uncertain) }
            for m in ms where m.has(.basis) && !scope.covers(m) && !uncertain {
                for b in m.bases where ((1...4).contains(b.level ?? 9) || (b.level == 5 && introduces))
                    && (best == nil || b.isBetter(than: best!.0)) { best = (b, m) }
            }
        }
        if let (basis, m) = best {
            if basis == .systematicReview || basis == .metaAnalysis { lastReview = (basis, s.surface(m, bytes: bytes)) }
            // "Une revue systématique a rassemblé les essais… Les auteurs ont retenu treize
            // essais": a lesser design described next to it is part of the same study.
            if let l = last, l.section == s.section, s.block - l.block <= 1, l.basis.isBetter(than: basis), !madeClaims { return }
            last = (s.section, s.block, basis, s.surface(m, bytes: bytes), Set(indications.map(\.id)), Set(s.interventionMentions.map(\.id)))
        }
    }
}
