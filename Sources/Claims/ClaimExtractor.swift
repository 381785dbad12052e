import Documents
import TextAnalysis

/// Sentences to claims (spec/claims.md). For each sentence: the interventions and
/// indications it names, each clause's stance (with negation scope), the sentence's basis
/// and attribution, and what its references resolve to. Structured conclusions of a report
/// become claims directly.
public struct ClaimExtractor: Sendable {
    public struct Options: Sendable {
        /// The intervention to resolve "elle", "this treatment" to when the document does not make it clear.
        public var about: String?
        /// Claims on a concept only the wide vocabulary gives (`ClaimLexicon.wideConcepts`) are
        /// made at or above this confidence (default: the confidence model's wide threshold; 0
        /// makes them all, for `claims --min-confidence 0` and the model's fitting).
        public var wideMinimumConfidence: Double
        /// A document left with no claim by `wideMinimumConfidence` keeps its most confident
        /// claims on the wide vocabulary's concepts at or above this (default: the confidence
        /// model's wide fallback, or `wideMinimumConfidence` when that is lower).
        public var wideFallbackConfidence: Double
        public init(about: String? = nil, wideMinimumConfidence: Double = ClaimConfidence.wideThreshold, wideFallbackConfidence: Double? = nil) {
            self.about = about
            self.wideMinimumConfidence = wideMinimumConfidence
            self.wideFallbackConfidence = wideFallbackConfidence ?? min(wideMinimumConfidence, ClaimConfidence.wideFallback)
        }
    }

    public let lexicon: ClaimLexicon
    private let splitter: SentenceSplitter
    public var limits = ClaimLimits()

    public init() {
        self.init(lexicon: .bundled)
    }

    /// An extractor with a custom lexicon (the bundled one plus user files, or a test's own).
    public init(lexicon: ClaimLexicon, splitter: SentenceSplitter = .shared) {
        self.lexicon = lexicon
        self.splitter = splitter
    }

    public func claims(in document: Document, options: Options = Options()) -> [Claim] {
        let bytes = Array(document.text.utf8)
        let sentences = analyze(document, bytes: bytes)
        // The title, read once as a sentence of its own (its offsets are into its own bytes).
        let titleBytes = Array(document.title.utf8)
        let title = AnalyzedSentence(text: document.title, start: 0, end: titleBytes.count, section: -1, block: -1, role: .main,
                                     lang: nil, bytes: titleBytes, matcher: lexicon.matcher)
        let main = ReferenceResolver.mainIntervention(title: title, sentences: sentences, lexicon: lexicon, about: options.about)
        // A page that names few conditions is about a finding on one of them, which its opening
        // states; a page that names many is about a practice and its uses (spec §6: not the
        // opening paragraph), whose general statements stay general.
        let fewConditions = Set(sentences.lazy.flatMap { $0.indicationMentions.map(\.id) }).count <= 3
        let ownDesign = BasisClassifier.ownDesign(of: sentences, bytes: bytes)
        let titleDesign = BasisClassifier.titleDesign(title, bytes: titleBytes)
        // "FDA warns consumers about fat-dissolving injections": a headline's caution reports the
        // body's warning; the effects its sentences state are those warned about, not its findings.
        let titleCautions = titleDesign.map { [.htaReport, .expertOpinion].contains($0.0) } == true
            && title.matches.contains { $0.has(.caution) }
        // The interventions and indications the title names: a claim on them agrees with the
        // document's topic (a confidence feature).
        let titleNames = Set(title.matches.flatMap { [$0.interventionID, $0.indicationID].compactMap { $0 } })
        let titleSetsApart = title.tokens.contains { Self.titleComparisonWords.contains($0.folded) }
        let titleTopic = Self.conditionsSpokenOf(in: title)
        let titleInterventions: [Mention] = title.matches.compactMap { m in
            m.interventionID.map { Mention(id: $0, surface: title.surface(m, bytes: titleBytes), token: m.first) }
        }.reduce(into: []) { arms, m in if !arms.contains(where: { $0.id == m.id }) { arms.append(m) } }
        var discourse = Discourse(title: titleTopic, titleText: document.title,
                                  titleNamesAnotherCondition: title.matches.contains { $0.has(.othercondition) },
                                  titleInterventions: titleInterventions)
        discourse.documentTopic = Self.documentTopic(sentences, bytes: bytes, title: titleTopic)
        discourse.askTitle(title)
        var list = ListZone()
        var out: [Claim] = []
        var previous: (mentioned: [Mention], effective: [Mention], wasQuestion: Bool, interventions: [Mention])?
        // The sentence before named only conditions the vocabulary lacks ("l'arrêt du tabac, les
        // nausées, les troubles du sommeil"): "dans aucune de ces indications" speaks of them.
        var previousNamesOnlyOthers = false
        var previousSection = -1
        /// The last sentence of the section before, with the conditions it named: "ces
        /// allégations" right under a heading judges the claims the section before listed.
        var sectionBefore: (section: Int, sentence: (mentioned: [Mention], effective: [Mention], wasQuestion: Bool, interventions: [Mention]))?
        var navigation = NavigationZone()
        var narrative: (section: Int, block: Int, cue: Cue)?
        /// The forum post a block belongs to: its header's block, and the last block it runs to
        /// (a header alone in its block, "karim_31 wrote:", heads the blocks after it).
        var readerPost: (section: Int, block: Int, through: Int, cue: Cue)?
        // The speaker an interview or article names before quoting them ("…, répond un chirurgien
        // esthétique"), and whether the block's quotation is still open.
        var quotedSpeaker: (section: Int, sentence: Int, match: PhraseMatch)?
        var quotationOpen: (section: Int, block: Int)?
        // Not a reader's question put to an expert ("Ask the Doctor: 'Is a new knee my only option?'").
        // (Nor a possessive before an opinion or a list: "mon avis de kiné", "My winter
        // supplement shelf", "mes plantes préférées" announce no story.)
        let titleStory = (title.text.contains("?") ? nil : title.matches.first { m in
            m.has(.testimony) && !(m.first == m.last && Self.possessivesAlone.contains(title.tokens[m.first].folded)
                                   && title.tokens[(m.last + 1)...].prefix(3).contains { Self.opinionNouns.contains($0.folded) })
        }.map {
            Cue(role: "basis", text: title.surface($0, bytes: titleBytes), rule: "the title tells a personal experience")
        }) ?? title.matches.first { $0.has(.thread) }.map {
            // "Mésothérapie et migraines : vos expériences ?": a thread of readers' stories.
            Cue(role: "basis", text: title.surface($0, bytes: titleBytes), rule: "the title asks readers for their experience: a thread of testimony")
        }
        // A section headed by testimony ("Ce que constatent nos patients", "Patient stories").
        var headingStory: (section: Int, cue: Cue)?
        // What a trial compared, from its title, else from the text ("either PRP or saline",
        // "a sham version"): "improved in both groups" then means no effect.
        var comparison = Self.comparison(inTitle: title)
        // Every intervention the title and text name, for a class named later ("la vaccination"
        // in an article on the flu vaccine) to stand for its one member the document names.
        var named = Set<String>()
        // And the words of their names, for a description ("the injection") that stands for one.
        var nameWords: [String: Set<String>] = [:]
        for sentence in [title] + sentences {
            for m in sentence.matches {
                guard let id = m.interventionID else { continue }
                named.insert(id)
                for t in m.covered { nameWords[id, default: []].insert(sentence.tokens[t].folded) }
            }
        }
        // "X versus Y": the arms of a trial of two treatments, for an effect seen in both.
        // (The arm after "versus" is a comparator in a sentence, an arm here.)
        let trialArms: [Mention] = comparison != .active ? [] : titleInterventions
        if comparison == .unknown, sentences.contains(where: { s in s.role != .comment && s.matches.contains { $0.has(.control) } }) {
            comparison = .control
        }
        // Each clause's stance, once: the study carry-over looks ahead for the study a document
        // describes, and the claims use them.
        // (A circumstance states no effect of its own: "je la propose quand les semelles n'ont
        // rien donné" says when, not that the treatment failed.)
        var clauseStances = sentences.map { s in
            s.clauses.map { clause in
                // (Clauses are cut at a circumstance's ends, so one that opens in it lies in it.)
                s.inCircumstance(clause.lowerBound) ? nil
                    : StanceClassifier.classify(s, clause: clause, bytes: bytes, comparison: comparison)
            }
        }
        // A reported effect followed by a bare denial ("… comme un moyen de faire repousser le
        // cartilage. C'est faux.") is the denied claim.
        // (So does a verdict a colon closes, "C'est faux : …", and one under its own heading:
        // "The claim" / "Our verdict" / "False.".)
        for i in sentences.indices.dropFirst() where StanceClassifier.isBareDenial(sentences[i]) || StanceClassifier.opensWithDenialLabel(sentences[i]) {
            let claimHeading = Self.underClaimHeading(i - 1, in: sentences, sections: document.sections)
            if sentences[i].section == sentences[i - 1].section,
               let denied = StanceClassifier.deniedReport(sentences[i - 1], denial: sentences[i], bytes: bytes, comparison: comparison,
                                                          underClaimHeading: claimHeading) {
                clauseStances[i - 1] = zip(clauseStances[i - 1], denied).map { claimHeading || $1?.stance == .supports ? ($1 ?? $0) : ($0 ?? $1) }
            } else if sentences[i].tokens.contains(where: { Self.falseWords.contains($0.folded) }),
                      let j = Self.claimChecked(before: i, in: sentences, sections: document.sections),
                      let denied = StanceClassifier.deniedReport(sentences[j], denial: sentences[i], bytes: bytes, comparison: comparison,
                                                                 underClaimHeading: Self.underClaimHeading(j, in: sentences, sections: document.sections)) {
                // (The effect a sentence under "The claim" states is the claim checked: denied.)
                clauseStances[j] = zip(clauseStances[j], denied).map { $1 ?? $0 }
            }
        }
        // A fact-check whose title states the claim it checks ("Vitamin C helps prevent colds")
        // and whose opening verdict only denies it ("Verdict: not true."): the title's effect,
        // refuted, said by the verdict (its sides come from the title, as the verdict names none).
        // ("Misleading", "trompeur", "exagéré" judge how a claim is put, not whether it is false.)
        if let verdict = sentences.prefix(3).firstIndex(where: { s in
               s.role != .comment && StanceClassifier.isBareDenial(s) && s.tokens.contains { Self.falseWords.contains($0.folded) }
           }),
           clauseStances[verdict].allSatisfy({ $0 == nil }),
           let titleClause = title.clauses.first,
           title.matches.contains(where: { $0.interventionID != nil }), title.matches.contains(where: { $0.indicationID != nil }),
           let read = StanceClassifier.classify(title, clause: titleClause, bytes: titleBytes, comparison: comparison, readingReported: true),
           read.stance == .supports {
            let s = sentences[verdict]
            clauseStances[verdict] = s.clauses.indices.map { k in
                k == 0 ? ClauseStance(stance: .refutes, hedged: false,
                                      cues: [Cue(role: "stance", text: document.title, rule: "the title's claim, denied by the verdict"),
                                             Cue(role: "negation", text: s.text, rule: "a verdict denies the claim the title states")],
                                      at: 0, strength: 0.85) : nil
            }
        }
        // "…, but that claim does not stand up to scrutiny": a clause that only denies turns over
        // the effect its sentence stated before it.
        for i in sentences.indices {
            if let denied = StanceClassifier.deniedInSentence(sentences[i], stances: clauseStances[i], bytes: bytes, comparison: comparison) {
                clauseStances[i] = denied
            }
            if let doubted = StanceClassifier.doubtedInSentence(sentences[i], stances: clauseStances[i]) {
                clauseStances[i] = doubted
            }
        }
        var design = DesignCarryOver(sentences: sentences, stances: clauseStances, bytes: bytes)
        let vocabulary = lexicon.vocabulary
        design.related = { a, b in a == b || vocabulary.isWithin(a, b) || vocabulary.isWithin(b, a) }
        // An abstract's background ("BACKGROUND: Corticosteroid injections ease the pain…") states
        // what was known before the study, not what the study found: no story of a title in the
        // first person is its basis. (The design its title names is, as for the rest of the
        // abstract: the development passages file the background of a review under the review,
        // twenty-eighth session.)
        let background = Self.backgroundSentences(sentences, document: document)
        // Its methods ("Méthodes : … conseils pour réduire les graisses", "Funding: …") describe
        // what was done, not what was found: no claims there.
        let procedure = Self.labelledSentences(sentences, document: document, opening: Self.procedureLabels)
        // The signs to see a doctor for, under their heading ("Call 111 or your GP if:"): "a rash
        // that does not fade" is a sign, not a treatment that failed.
        let warningSections = Set(sentences.filter { Discourse.isHeading($0, sections: document.sections) && $0.matches.contains { $0.has(.warning) } }.map(\.section))
        var reportedSection = -1
        for (index, s) in sentences.enumerated() {
            let wholeBlock = (index == 0 || sentences[index - 1].block != s.block || sentences[index - 1].section != s.section)
                && (index + 1 == sentences.count || sentences[index + 1].block != s.block || sentences[index + 1].section != s.section)
            if navigation.isNavigation(s, blockIsWholeSentence: wholeBlock) {
                previous = nil
                continue
            }
            // A new section starts a new discourse: its heading or first sentence does not go on
            // from the last sentence of the one before ("Ce qu'elles ne traitent pas" after a list of uses).
            if s.section != previousSection {
                if let p = previous, !p.effective.isEmpty { sectionBefore = (previousSection, p) }
                previous = nil
            }
            if Self.abstractLabel(s) != nil {
                previous = nil
                discourse.startPart()
            }
            previousSection = s.section
            let isHeading = Discourse.isHeading(s, sections: document.sections)
            if isHeading, s.tokens.count <= 6, s.matches.contains(where: { $0.has(.reported) }) { reportedSection = s.section }
            let settings = Discourse.settings(in: s, bytes: bytes)
            let conditions = Self.settingConditions(settings, in: s, bytes: bytes, vocabulary: vocabulary,
                                                    adding: Self.withoutAppositiveBroader(MentionFinder.indications(in: s, bytes: bytes), in: s, bytes: bytes, vocabulary: vocabulary))
            // "Une méta-analyse d'essais menés chez des femmes traitées pour un cancer du sein a
            // retrouvé moins d'épisodes aigus avec l'acupuncture", under "Acupuncture et nausées
            // de la chimiothérapie": a cancer named as who was treated, under a heading or title
            // that names another condition (a complaint of people with cancer), is the population;
            // the framing condition is the sentence's.
            // (One lookup first; the words before only for a cancer. A `let`: a `var` the closures
            // below capture would be boxed for every sentence.)
            let own = !conditions.isEmpty && conditions.allSatisfy({ Self.isCancer($0.id, in: vocabulary) && (Self.namesPeopleBefore($0, in: s) || Self.namesPeopleAfter($0, in: s)) })
                && Self.framedByAnotherCondition(discourse.framingConditions(for: s), vocabulary: vocabulary) ? [] : conditions
            let wholePractice = s.matches.first { $0.has(.whole) }.map { s.surface($0, bytes: bytes) }
            // "Les allégations relevées … Notre analyse : Aucune de ces allégations n'est étayée":
            // the first sentence under a heading that judges "these claims" goes on from the
            // section before it.
            if own.isEmpty, index > 0, let before = sectionBefore, before.section < s.section,
               sentences[index - 1].section == s.section, Discourse.isHeading(sentences[index - 1], sections: document.sections),
               previous.map({ $0.mentioned.isEmpty && $0.effective.isEmpty }) ?? true,
               s.matches.contains(where: { $0.refers(.listedClaims) }) {
                previous = before.sentence
            }
            var topic: Discourse.Topic?
            // "Pour ces troubles, …" after a list of them: the whole list, even when the sentence
            // just before went on about its last item.
            let listBack = !own.isEmpty ? nil : discourse.recentList(for: s).flatMap { items in
                s.matches.first(where: { $0.refers(.back) }).flatMap { back in
                    (previous?.effective ?? []).allSatisfy({ m in items.contains { $0.id == m.id } }) ? (items, s.surface(back, bytes: bytes)) : nil
                }
            }
            if own.isEmpty {
                if let (items, words) = listBack {
                    topic = Discourse.Topic(mentions: items, origin: .reference, words: words)
                } else if let lead = list.leadIndications(forItemOf: s, interventions: s.interventionMentions) {
                    topic = Discourse.Topic(mentions: lead.indications, origin: .leadIn, words: lead.words)
                } else if let prev = previous, !prev.effective.isEmpty,
                   let (words, _) = ReferenceResolver.continuation(of: s, afterQuestion: prev.wasQuestion, bytes: bytes) {
                    topic = Discourse.Topic(mentions: prev.effective, origin: prev.wasQuestion ? .question : .reference, words: words)
                } else {
                    topic = discourse.indications(for: s)
                }
            } else if s.clauses.count > 1 {
                // For a clause that names nothing after one that does (see `claims(of:)`).
                topic = discourse.indications(for: s)
            }
            // "No benefit in people without coeliac disease": the condition the sentence excludes
            // is not what its discourse makes it about.
            if own.isEmpty, let t = topic {
                let excluded = Set(s.matches.compactMap { m in
                    m.indicationID.flatMap { id in MentionFinder.excludes(m, in: s, bytes: bytes) ? id : nil }
                })
                if !excluded.isEmpty, t.mentions.allSatisfy({ excluded.contains($0.id) }) { topic = nil }
            }
            var narrowed: [String: Discourse.Topic] = [:]
            for m in own + (topic?.mentions ?? []) {
                if let n = discourse.narrower(than: m.id, surface: m.surface, for: s, settings: settings, in: lexicon.vocabulary) { narrowed[m.id] = n }
            }
            // A post of a forum thread written out as text is a reader's word, like a comment.
            let firstOfBlock = index == 0 || sentences[index - 1].block != s.block || sentences[index - 1].section != s.section
            if firstOfBlock, let header = BasisClassifier.readerPostHeader(s, bytes: bytes, inThread: readerPost != nil) {
                let alone = s.endsInColon && (index + 1 == sentences.count || sentences[index + 1].block != s.block)
                readerPost = (s.section, s.block, s.block + (alone ? Self.postBlocks : 0),
                              Cue(role: "basis", text: header, rule: "a post of a forum thread is testimony"))
            }
            let post = readerPost.flatMap { $0.section == s.section && ($0.block...$0.through).contains(s.block) ? $0.cue : nil }
            // "Quels résultats peut-on espérer ? « Les rides deviennent moins profondes… »" after
            // "…, répond un chirurgien esthétique": a quotation whose speaker was named in one of
            // the four sentences before, in the section, is that speaker's word.
            let continues = quotationOpen.map { $0.section == s.section && $0.block == s.block } == true
            let (opens, closes) = BasisClassifier.quotationMarks(of: s, inside: continues)
            let insideQuotation = opens || continues
            // (Not one the sentence attributes itself: "« … », tranche un infectiologue".)
            let attributes = s.kinds & (CueKind.saying.bit | CueKind.speaker.bit | CueKind.studyAuthor.bit)
            let speakerQuoted = insideQuotation && attributes == 0
                ? quotedSpeaker.flatMap { q in
                    q.section == s.section && index - q.sentence <= 4 && index > q.sentence
                        ? Cue(role: "basis", text: sentences[q.sentence].surface(q.match, bytes: bytes), rule: "a quotation whose speaker is named just before") : nil
                }
                    // "« Nos manipulations visent à … Au cabinet, nous soulageons souvent la
                    // constipation. »": a quotation opened in a sentence before, told in the first
                    // person, is its speaker's word, wherever the speaker was named.
                    ?? (continues ? BasisClassifier.firstPersonWord(in: s, bytes: bytes).map { Cue(role: "basis", text: $0, rule: "quoted words told in the first person") } : nil)
                : nil
            quotationOpen = insideQuotation && !closes ? (s.section, s.block) : nil
            if attributes & CueKind.studyAuthor.bit != 0 {
                quotedSpeaker = nil
            } else if attributes & CueKind.speaker.bit != 0, let m = s.matches.first(where: { $0.has(.speaker) }) {
                quotedSpeaker = (s.section, index, m)
            }
            // (Not a bare first-person word: "Mon top 4", "Mes conseils", "Ce que je fais" head the
            // author's advice or practice; "Mon expérience", "Mon ressenti" name the experience.)
            if isHeading, !s.isQuestion, let m = s.matches.first(where: {
                $0.has(.thread) || ($0.has(.testimony) && !($0.covered.count == 1 && BasisClassifier.firstPerson.contains(s.tokens[$0.first].folded)))
            }) {
                headingStory = (s.section, Cue(role: "basis", text: s.surface(m, bytes: bytes), rule: "the section's heading gives what follows as testimony"))
            }
            // A story told in its paragraph, else under a testimony heading, else by the whole page
            // when its title is in the first person ("J'ai testé la mésothérapie contre la
            // cellulite", "My Kybella experience") or asks readers for theirs.
            let story = narrative.flatMap { $0.section == s.section && $0.block == s.block ? $0.cue : nil }
                ?? headingStory.flatMap { $0.section == s.section && !isHeading ? $0.cue : nil }
                ?? (s.role == .comment || background.contains(index) ? nil : titleStory)
            var carried = design.design(for: s, naming: own)
            var implied: ClauseStance?
            var made: [Claim] = []
            var discourseIntervention = discourse.intervention(for: s)
            // (With no main intervention, a pronoun standing for a treatment takes the one the
            // paragraph before names.)
            if discourseIntervention == nil, main == nil, ReferenceResolver.firstPronoun(in: s) != nil {
                discourseIntervention = discourse.previousParagraphIntervention(for: s)
            }
            if let answer = ReferenceResolver.answer(in: s, bytes: bytes), let q = discourse.question(answeredBy: s), q.asksForAnEffect {
                // "Does shockwave therapy work for heel pain? — For most patients, yes."
                implied = ClauseStance(stance: answer.stance, hedged: false,
                                       cues: [Cue(role: "stance", text: answer.words, rule: "answers the question \"\(Discourse.clip(q.text))\"")], strength: 0.85)
                if own.isEmpty, !q.indications.isEmpty { topic = Discourse.Topic(mentions: q.indications, origin: .question, words: Discourse.clip(q.text)) }
                if let m = q.intervention { discourseIntervention = (m, .question) }
            } else if !Self.advisesAgainst(s), let item = list.stance(forItemOf: s, naming: own, interventions: s.interventionMentions) {
                // (Not an item that advises against something: "do not share towels or go
                // swimming while the rash oozes" under "Things you can do".)
                // "Indications : • lombalgies • cervicalgies": each item names what the lead-in claims,
                // on the source the lead-in names.
                implied = item.stance
                if let m = item.intervention { discourseIntervention = (m, .heading) }
                if carried == nil { carried = item.basis }
            } else if carried == nil, let source = list.source(forItemOf: s, naming: own) {
                carried = source
            }
            // A lead-in that names no indication ("Ce que l'ostéopathie peut soulager", "Au cabinet,
            // elles soulagent efficacement :") claims through the items below it, not itself.
            // ("Les bienfaits prêtés à cette pratique ne reposent sur aucune étude." names a
            // list's head, yet judges the practice in a sentence of its own: no lead-in.)
            let headsTreatments = ListZone.headsTreatments(s, isHeading: isHeading, next: index + 1 < sentences.count ? sentences[index + 1] : nil)
            let judgesItsHead = !isHeading && s.text.hasSuffix(".") && s.matches.contains { $0.states(.uncertain) || $0.states(.refutes) }
            // (`ListZone.opens` takes a heading naming conditions only over a list of treatments.)
            let leadIn = (own.isEmpty && ((s.matches.contains { $0.has(.listhead) } && !judgesItsHead) || s.endsInColon))
                || ListZone.opens(s, isHeading: isHeading, naming: own, headsTreatments: headsTreatments, bytes: bytes)
            // ("Contact your doctor at once if you develop a fever: …": a sentence that opens on
            // a warning describes signs, as the lines under a warning heading do.)
            let opensOnWarning = !isHeading && s.matches.first.map { $0.first <= 1 && $0.has(.warning) } == true
            if !s.isQuestion && !leadIn && !procedure.contains(index) && !warningSections.contains(s.section) && !opensOnWarning {
                // (A loop, not a closure over `discourse`: this runs for most sentences.)
                var framedOther: Discourse.Topic?
                if own.isEmpty, s.namesOtherCondition {
                    for m in s.matches where m.first == m.last && m.has(.othercondition) {
                        if let t = discourse.framingCondition(endingWith: s.surface(m, bytes: bytes), for: s) { framedOther = t; break }
                    }
                }
                // (A guidance title's opinion gives way to a study the paragraph names.)
                let sentenceDesign = Self.better(ownDesign.flatMap { Self.covers($0, index) ? ($0.basis, $0.words) : nil },
                                                 titleDesign?.0 == .expertOpinion && carried != nil ? nil : titleDesign)
                let context = SentenceContext(
                    own: own, titleNames: titleNames, titleSetsApart: titleSetsApart, narrowed: narrowed, topic: topic, wholePractice: wholePractice, widening: discourse.widening(for: s),
                    previousMentioned: previous?.mentioned ?? [], previousInterventions: previous?.interventions ?? [], main: main,
                    discourseIntervention: discourseIntervention, narrativeTestimony: story,
                    ownDesign: sentenceDesign,
                    ownDesignCautioned: titleCautions && sentenceDesign.map { $0.1 == titleDesign?.1 } == true,
                    carriedDesign: carried, earlierReview: design.lastReview.map { ($0.basis, $0.words) }, impliedStance: implied,
                    reportedSection: reportedSection == s.section && !isHeading, clauseStances: clauseStances[index],
                    otherConditionTopic: discourse.titleNamesAnotherCondition
                        || (own.isEmpty && previousNamesOnlyOthers && previous != nil && s.matches.contains { $0.refers(.back) }),
                    openingTopic: fewConditions ? discourse.openingTopic : nil,
                    readerPost: post, quotedSpeaker: speakerQuoted, trialArms: trialArms, titleInterventions: titleInterventions, namedInterventions: named,
                    interventionWords: nameWords,
                    framedOtherCondition: framedOther)
                made = claims(of: s, context: context, document: document, bytes: bytes)
                // "Aucune de ces promesses ne repose sur un essai contrôlé" after a list of uses:
                // the list quoted the claims to judge them, so the judgement replaces their bare
                // assertion (a claim quoted to be denied takes the denial's stance).
                if let (items, _) = listBack, s.matches.contains(where: { $0.refers(.listedClaims) }) {
                    let judged = made.filter { $0.stance != .supports }
                    let listed = Set(items.map(\.id))
                    let sectionStart = sentences.first { $0.section == s.section }?.start ?? s.start
                    if !judged.isEmpty {
                        out.removeAll { c in
                            c.start >= sectionStart && c.start < s.start && c.stance == .supports && c.basis == .assertion
                                && listed.contains(c.indication) && judged.contains { $0.intervention == c.intervention }
                        }
                    }
                } else if s.matches.contains(where: { $0.refers(.listedClaims) }), index > 0, sentences[index - 1].section == s.section {
                    // The same after a sentence that gives the uses ("Ses promoteurs le conseillent
                    // pour l'acné ou le psoriasis. Aucun de ces bienfaits n'a été démontré"): its
                    // claims the judgement speaks of give way to it.
                    let judged = made.filter { $0.stance != .supports }
                    let previousStart = sentences[index - 1].start
                    if !judged.isEmpty {
                        out.removeAll { c in
                            c.start >= previousStart && c.start < s.start && c.stance == .supports && c.basis == .assertion
                                && judged.contains { $0.intervention == c.intervention && $0.indication == c.indication }
                        }
                    }
                }
                out += made
            }
            list.note(s, isHeading: isHeading, naming: own, interventions: MentionFinder.interventions(in: s, bytes: bytes), headsTreatments: headsTreatments,
                      bytes: bytes)
            // A story told in the first person goes on in its paragraph; satisfaction counted in
            // a named study ("dans notre série, trois sur quatre se disaient satisfaits") does not.
            if let t = s.matches.first(where: { $0.has(.testimony) }), !s.matches.contains(where: { $0.has(.basis) }) {
                narrative = (s.section, s.block, Cue(role: "basis", text: s.surface(t, bytes: bytes),
                                                     rule: "personal experience told earlier in the same paragraph"))
            }
            design.note(s, bytes: bytes, madeClaims: !made.isEmpty, indications: own.isEmpty ? (topic?.mentions ?? []) : own)
            // An intervention carries on in the paragraph once a claim was made of it (not an
            // ingredient named in passing: "vitamines, acide hyaluronique : ces cocktails promettent").
            // A label that is only a name ("Mesotherapy." in bold at the head of a list item)
            // says what the rest of its paragraph speaks of; otherwise an intervention carries on
            // once a claim was made of it.
            let named = MentionFinder.interventions(in: s, bytes: bytes)
            // So does the one treatment a short sentence of a reader's story names ("Did 3 rounds of
            // PRP. … I honestly can't see any difference.").
            let readerStory = (s.role == .comment || post != nil) && s.tokens.count <= 8 && made.isEmpty
            // And the one treatment a sentence says was given ("She received 100 U of botulinum
            // toxin"): what the next sentences' results are of.
            let administered = made.isEmpty && named.count == 1 && s.matches.contains { $0.has(.administered) }
                && !s.matches.contains { $0.has(.control) || $0.has(.comparator) }
            // And the one treatment a sentence opens on as its subject, saying what it is rather
            // than what it does ("Elderberry syrup (Sambucus nigra) is the other big seller"):
            // the next sentences' "it" is that one, not the treatment of a claim further back.
            // (Or after a topic marker: "Pour l'auriculothérapie, …", "As for cupping, …".)
            let topicMarker = Self.topicMarkers.contains(s.tokens.first?.folded ?? "")
            // (Or the one it opens on and says is made of others: "Les skin boosters sont des
            // injections d'acide hyaluronique peu réticulé" introduces the skin boosters.)
            // (The verb right after the name, within three words.)
            let definedSubject = named.count >= 2 && named[0].token <= 1 && named[1].token > named[0].token + 1
                && s.tokens[(named[0].token + 1)..<min(named[1].token, named[0].token + 4)].contains { Self.copulas.contains($0.folded) }
            let single = named.count == 1 || definedSubject
            let introduced = made.isEmpty && single && !s.isQuestion && (named[0].token <= 1 || (topicMarker && named[0].token <= 3))
                && !s.matches.contains { $0.has(.control) || $0.has(.comparator) }
            let claimed = single && (s.tokens.count <= 3 || readerStory || administered || introduced) && (own.isEmpty || administered)
                ? (named.count == 1 ? named : [named[0]]) : named.filter { m in made.contains { $0.intervention == m.id } }
            // (A heading and a question claim nothing, yet name what comes under them: "Q: Will
            // chlorella get rid of heavy metals?" / "A: Probably not.")
            discourse.note(s, indications: own, interventions: isHeading || s.isQuestion ? named : claimed,
                           isHeading: isHeading, wholePractice: wholePractice, introduces: introduced && claimed.count == 1,
                           subject: named.first.flatMap { $0.token == 0 && !s.isQuestion ? $0 : nil })
            var effective = own.isEmpty ? (topic.map { $0.origin == .reference || $0.origin == .question ? $0.mentions : [] } ?? []) : own
            // After a list, "ces indications" speaks of all its items.
            effective = discourse.listRun(endingWith: s) ?? effective
            previous = (own, effective, s.isQuestion, MentionFinder.interventions(in: s, bytes: bytes))
            previousNamesOnlyOthers = own.isEmpty && s.matches.contains { $0.has(.othercondition) }
        }
        var naming = ClaimConfidence.SentencesNaming(title: title, sentences: sentences, main: main?.id)
        out = MeSHClaims.apply(out, document: document, sentences: sentences, stances: clauseStances, main: main, ownDesign: ownDesign,
                               titleDesign: titleDesign, titleNames: titleNames, naming: &naming, bytes: bytes, lexicon: lexicon)
        out += conclusionClaims(document, bytes: bytes)
        ClaimConfidence.addDocumentFeature(&out, naming: naming)
        if options.wideMinimumConfidence > 0, !lexicon.wideConcepts.isEmpty {
            var kept: [Claim] = []
            var below: [Claim] = []
            kept.reserveCapacity(out.count)
            for claim in out {
                if claim.confidence < options.wideMinimumConfidence && lexicon.isWide(intervention: claim.intervention, indication: claim.indication) {
                    below.append(claim)
                } else {
                    kept.append(claim)
                }
            }
            if !below.isEmpty {
                out = kept
                // A page on a topic only the wide vocabulary knows, none of whose claims clears
                // the threshold, keeps its most confident ones (ties all) when they reach the
                // fallback: a page is seldom silent on its own subject.
                if out.isEmpty, let best = below.map(\.confidence).max(), best >= options.wideFallbackConfidence {
                    let cue = Cue(role: "kept", text: ClaimConfidence.format(best),
                                  rule: "the document's most confident claim, below the wide vocabulary's threshold \(ClaimConfidence.format(options.wideMinimumConfidence)) but at or above its fallback \(ClaimConfidence.format(options.wideFallbackConfidence))")
                    out = below.filter { $0.confidence == best }.map { claim in
                        // (Before the confidence cue, which stays last.)
                        var marked = claim
                        marked.cues.insert(cue, at: max(0, marked.cues.count - 1))
                        return marked
                    }
                }
            }
        }
        return Array(out.sorted { $0.start != $1.start ? $0.start < $1.start : false }.prefix(limits.maxClaimsPerDocument))
    }

    // MARK: - Sentences

    private func analyze(_ d: Document, bytes: [UInt8]) -> [AnalyzedSentence] {
        var sections = d.sections
        if sections.isEmpty, !bytes.isEmpty {
            var blocks: [TextRange] = []
            var start = 0
            for (i, b) in bytes.enumerated() where b == 0x0A {
                if i > start { blocks.append(TextRange(start: start, end: i)) }
                start = i + 1
            }
            if bytes.count > start { blocks.append(TextRange(start: start, end: bytes.count)) }
            sections = [Section(role: .main, range: TextRange(start: 0, end: bytes.count), paragraphs: blocks)]
        }
        let reported = d.conclusions.map(\.range)
        // A report that states its conclusions speaks through them alone: its summary is
        // context (history, others' readings, the catalogue's notes), not its findings.
        if d.format == .report && !reported.isEmpty { return [] }
        // Short texts give the guesser little to go on: the whole document, with any hit, is the fallback.
        let documentLang = d.language ?? LanguageGuesser.shared.guess(d.title + " " + d.text, minimumHits: 1)
        var out: [AnalyzedSentence] = []
        // Short forms the document defines ("extracorporeal shockwave therapy (ESWT)"), for
        // the sentences after the definition.
        var abbreviations = Abbreviations()
        for (index, section) in sections.enumerated() {
            // One section is the whole text, whose language the reader has already guessed.
            let lang = section.language
                ?? (sections.count == 1 && d.language != nil ? d.language
                    : LanguageGuesser.shared.guess(String(decoding: bytes[clamp(section.range, bytes.count)], as: UTF8.self)))
                ?? documentLang
            let blocks = section.paragraphs.map { (start: $0.start, end: $0.end) }
            for span in splitter.sentences(utf8: bytes, blocks: blocks) {
                // A report's structured conclusion is read from its structure, not twice.
                if reported.contains(where: { $0.start <= span.start && span.end <= $0.end }) { continue }
                if span.end - span.start > limits.maxSentenceBytes { continue }
                let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
                let sentence = AnalyzedSentence(text: text, start: span.start, end: span.end, section: index, block: span.block,
                                                role: section.role, lang: lang, bytes: bytes, matcher: lexicon.matcher,
                                                abbreviations: abbreviations)
                abbreviations.learn(from: sentence, bytes: bytes)
                out.append(sentence)
            }
        }
        return out
    }

    private func clamp(_ r: TextRange, _ count: Int) -> Range<Int> {
        min(r.start, count)..<min(r.end, count)
    }

    // MARK: - Claims of one sentence

    /// What a sentence's claims may draw on beyond its own words.
    struct SentenceContext {
        var own: [Mention]
        /// The ids of the interventions and indications the title names.
        var titleNames: Set<String> = []
        /// The title sets treatments against each other ("Rétinol ou trétinoïne ?", "X versus Y").
        var titleSetsApart = false
        /// For a named indication, the narrower one its discourse speaks of (`Discourse.narrower`).
        var narrowed: [String: Discourse.Topic] = [:]
        var topic: Discourse.Topic?
        var wholePractice: String?
        var widening: String?
        var previousMentioned: [Mention]
        /// The interventions the sentence before named, for "leurs efficacités", "these treatments".
        var previousInterventions: [Mention] = []
        var main: (id: String, why: String)?
        var discourseIntervention: (Mention, TopicOrigin)?
        var narrativeTestimony: Cue?
        var ownDesign: (Basis, String)?
        /// `ownDesign` is the body a cautioning headline names ("FDA warns…"): not the basis of a
        /// `supports` claim.
        var ownDesignCautioned = false
        var carriedDesign: (Basis, String)?
        /// The last review the document named, for "the review" in this sentence.
        var earlierReview: (Basis, String)?
        /// The stance a sentence with no effect words of its own takes from its discourse: a
        /// "Yes." answering a question, an item of a list of uses.
        var impliedStance: ClauseStance?
        /// The sentence's section is headed as a claim under check ("Claim", "L'allégation").
        var reportedSection = false
        /// The stance of each of the sentence's clauses, as `StanceClassifier` reads them.
        var clauseStances: [ClauseStance?] = []
        /// The document is about a condition the vocabulary lacks (`Discourse.titleNamesAnotherCondition`).
        var otherConditionTopic = false
        /// The opening sentence's one condition, under a title that names none (`Discourse.openingTopic`).
        var openingTopic: Discourse.Topic? = nil
        /// The sentence belongs to a forum post written out as text (`BasisClassifier.readerPostHeader`).
        var readerPost: Cue? = nil
        /// The sentence quotes a speaker named just before it (`BasisClassifier.quotationMarks`).
        var quotedSpeaker: Cue? = nil
        /// The two treatments a trial compared, named in its title ("X versus Y").
        var trialArms: [Mention] = []
        /// The interventions the title names, once each ("Fièvre : paracétamol ou ibuprofène ?").
        var titleInterventions: [Mention] = []
        /// The interventions the title and text name.
        var namedInterventions: Set<String> = []
        /// The folded words of the names the document gives each of them.
        var interventionWords: [String: Set<String>] = [:]
        /// The heading's or title's condition whose longer name ends with the one word of a
        /// condition the vocabulary lacks that the sentence names (`Discourse.framingCondition`).
        var framedOtherCondition: Discourse.Topic?
    }

    /// How many blocks a post header alone in its block heads ("Dr_Sana wrote:" and the
    /// paragraphs of the post), unless another header comes first.
    static let postBlocks = 4

    private func claims(of s: AnalyzedSentence, context c: SentenceContext, document d: Document, bytes: [UInt8]) -> [Claim] {
        var stances: [(clause: Range<Int>, stance: ClauseStance)] = []
        for (clause, classified) in zip(s.clauses, c.clauseStances) {
            if let stance = classified {
                stances.append((clause, stance))
            } else if let last = stances.last, let elided = StanceClassifier.elidedNegation(s, clause: clause, after: last.stance, bytes: bytes) {
                stances.append((clause, elided))
            }
        }
        if c.reportedSection {
            // Under a "Claim" heading, the claim is reported to be checked, not made.
            stances.removeAll { $0.stance.stance == .supports }
        }
        if stances.isEmpty, let implied = c.impliedStance, let whole = s.clauses.first.map({ $0.lowerBound..<s.tokens.count }) {
            stances.append((whole, implied))
        } else if let implied = c.impliedStance, implied.deniesItems {
            // "Ce qu'il ne peut pas faire : • Calmer une crise d'allergie": the item's effect, denied.
            for i in stances.indices where stances[i].stance.stance == .supports {
                stances[i].stance.stance = .refutes
                stances[i].stance.cues += implied.cues
            }
        }
        guard !stances.isEmpty else { return [] }

        let citedCue = AttributionDetector.cited(s, document: d, bytes: bytes)
        let example = ReferenceResolver.exampleReference(in: s, bytes: bytes)

        var out: [Claim] = []
        var findings: [ClaimConfidence.Finding] = []
        var seen = Set<String>()
        for (clause, stance) in stances {
            let (basis, basisCue) = BasisClassifier.classify(s, clause: stance.basisClause ?? clause, stance: stance, document: d, bytes: bytes,
                                                             narrativeTestimony: c.narrativeTestimony,
                                                             ownDesign: c.ownDesignCautioned && stance.stance == .supports ? nil : c.ownDesign,
                                                             carriedDesign: c.carriedDesign, earlierReview: c.earlierReview, readerPost: c.readerPost, quotedSpeaker: c.quotedSpeaker)
            guard let first = ReferenceResolver.intervention(for: clause, at: stance.at, in: s, bytes: bytes, main: c.main,
                                                             discourse: c.discourseIntervention, documentWords: c.interventionWords) else { continue }
            var sides = [first]
            if stance.inBothArms, c.trialArms.count >= 2 {
                // "Pain fell significantly in both arms" of "X versus Y": each arm did it.
                sides = c.trialArms.map { m in
                    (m.id, Cue(role: "intervention", text: m.surface, rule: "an arm of the trial its title names"), TopicOrigin.title)
                }
            } else if first.origin != .clause, first.origin != .sentence, c.previousInterventions.count > 1,
               let several = s.matches.first(where: { $0.references.contains(.several) }) {
                // "Ostéopathie, acupuncture, mésothérapie : … Leurs efficacités sont variables."
                let words = s.surface(several, bytes: bytes)
                sides = c.previousInterventions.map { m in
                    (m.id, Cue(role: "reference", text: words, rule: "stands for the interventions the sentence before names: \(m.surface)"), TopicOrigin.reference)
                }
            } else if first.origin != .clause, let both = s.matches.first(where: { m in m.refers(.both)
                          // (One named in another clause of the sentence only when "both" is in
                          // this one: "Both treatments eased pain, but shockwave therapy gave the
                          // more durable benefit".)
                          && (first.origin != .sentence || clause.contains(m.first))
                          // The subject of the effect right after it ("Les deux font baisser"), not
                          // a determiner ("les deux seuls essais").
                          && s.matches.contains { $0.has(.effect) && $0.first > m.last && $0.first <= m.last + 2 } }),
                      let pair = Self.pairBoth(previous: c.previousInterventions, title: c.titleInterventions) {
                // "Fièvre de l'enfant : paracétamol ou ibuprofène ? … Les deux font baisser la
                // fièvre": the two treatments the title names; "Women were given ginger or vitamin
                // B6. Both eased nausea": the two the sentence before names.
                let words = s.surface(both, bytes: bytes)
                sides = pair.mentions.map { m in
                    (m.id, Cue(role: "reference", text: words, rule: "stands for the two interventions \(pair.origin == .title ? "the title" : "the sentence before") names: \(m.surface)"), pair.origin)
                }
            } else if first.origin == .clause || first.origin == .sentence {
                for m in ReferenceResolver.coordinated(with: first.id, in: s, bytes: bytes) {
                    sides.append((m.id, Cue(role: "intervention", text: m.surface, rule: "named with \(first.cue.text), joined to it"), first.origin))
                }
            }
            // A class of treatments ("vaccines", "la vaccination") where the document names one
            // of its members, and one only (the flu vaccine): the member. (Not when the title names
            // the class: with the member too, to set them apart, "Rétinol ou trétinoïne pour les
            // ridules ?"; alone, "Statin aches: …" speaks of statins, one of which a trial it
            // reports gave.)
            // (A title that names the class and the member without setting them apart, "Cabinet
            // de kinésithérapie – Rééducation du périnée", speaks of the member.)
            sides = sides.map { side in
                let titleNamesClass = c.titleNames.contains(side.id)
                guard !(titleNamesClass && c.titleSetsApart),
                      let member = Self.narrowerIntervention(than: side.id, among: c.namedInterventions, in: lexicon.interventionVocabulary),
                      !titleNamesClass || c.titleNames.contains(member),
                      // (Nor when the sentence gives the member as an example of the class: "Les
                      // veinotoniques, comme la diosmine, …", "a PPI such as omeprazole".)
                      !Self.givesAsExample(member, of: side.id, in: s, bytes: bytes),
                      // (Nor when this sentence or the one before names both side by side, as
                      // alternatives: "group cognitive behavioural therapy or behavioural
                      // activation … group CBT is effective" speaks of the class.)
                      ![c.previousInterventions, s.interventionMentions].contains(where: { ms in
                          ms.contains { a in a.id == side.id && ms.contains { b in b.id == member && abs(a.token - b.token) <= 6 } } }) else { return side }
                return (member, Cue(role: "reference", text: side.cue.text, rule: "\(side.cue.text) narrowed to \(member), which the document names"), side.origin)
            }
            struct Target { var mention: Mention; var origin: TopicOrigin; var cue: Cue?; var whole = false }
            /// Whether a condition this clause does not name is denied by another clause of the
            /// sentence while this one states an effect ("Worth it for me, but it is NOT a way to
            /// lose weight": nothing is said to work for weight loss).
            func deniedElsewhere(_ m: Mention) -> Bool {
                stance.stance == .supports && stances.contains { !$0.0.contains(clause.lowerBound) && $0.0.contains(m.token) && $0.1.stance != .supports }
            }
            var targets: [Target] = []
            let inClause = c.own.filter { clause.contains($0.token) }
            if inClause.count > 1, let antecedent = Self.relativeAntecedent(of: stance.at, in: s, clause: clause, mentions: inClause, bytes: bytes) {
                // "…, ni les autres douleurs, comme la migraine, pour laquelle l'efficacité du
                // paracétamol est établie": the effect is said of the condition the relative
                // pronoun stands for, not of the others the clause names.
                targets = [Target(mention: antecedent, origin: .clause)]
            } else if !inClause.isEmpty {
                // "women taking hormone therapy after breast cancer … had fewer hot flushes": a
                // condition after "after" says whom, when another the clause names is what the
                // effect is on.
                // (Not when the effect is on its coming back: "Après un infarctus, l'aspirine réduit
                // le risque de récidive".)
                let kept = inClause.count > 1 && inClause.contains(where: { Self.followsAfter($0.token, in: s) })
                    && !s.tokens[clause].contains(where: { Self.recurrenceWords.contains($0.folded) })
                    ? inClause.filter { !Self.followsAfter($0.token, in: s) } : inClause
                targets = (kept.isEmpty ? inClause : kept).map { Target(mention: $0, origin: .clause) }
            } else if let whole = s.matches(in: clause).first(where: { $0.has(.whole) }) {
                // "…, and the council concluded that there is no condition for which it works":
                // this clause speaks of the practice as a whole, whatever the one before named.
                let words = s.surface(whole, bytes: bytes)
                targets = [Target(mention: Mention(id: Claim.generalIndication, surface: words, token: clause.lowerBound), origin: .clause,
                                  cue: Cue(role: "indication", text: words, rule: "the clause speaks of the practice as a whole"), whole: true)]
            } else if s.opensOnWithout(clause) {
                // "…, sans toutefois réduire l'épanchement articulaire": what it is done without
                // is its own object; no condition named elsewhere is denied.
                continue
            } else if !c.own.isEmpty, Self.opensOnContrastingNegation(clause, in: s) {
                // "Le fer corrige l'anémie, pas le saignement": the clause denies its own object,
                // which the vocabulary does not know; not the condition the clause before names.
                continue
            } else if !c.own.isEmpty, Self.effectHasItsOwnObject(stance.at, clause: clause, in: s) {
                // "Massage improved pain, anxiety and depression, but did nothing for their
                // energy": the effect has an object of its own, which the vocabulary does not
                // know; not the conditions the clause before names.
                continue
            } else if !c.own.isEmpty, case let before = c.own.filter({ $0.token < clause.lowerBound }), !before.isEmpty || c.topic == nil {
                // "..., mais elle pourrait en atténuer la douleur": an earlier clause names it (a
                // later one only when the discourse names nothing, and not one that denies it:
                // "Worth it for me, but it is not a way to lose weight" does not say it works for
                // weight loss).
                let chosen = before.isEmpty ? c.own.filter { !deniedElsewhere($0) } : before
                if chosen.isEmpty { continue }
                targets = chosen.map { Target(mention: $0, origin: .sentence, cue: Cue(role: "reference", text: $0.surface, rule: "named in another clause of the sentence")) }
            } else if s.matches.contains(where: { $0.has(.othercondition) && Self.namesTheCondition(s, $0) }) {
                // "In a trial in rheumatoid arthritis, …": a condition the vocabulary lacks; the
                // claim is about it, not about the discourse's indication nor the whole practice
                // (an outcome listed beside pain, "pain, fatigue or sleep", is no condition).
                // (But the one word that ends the heading's or title's name of a condition it knows:
                // "reduces fatigue" under "Exercise for cancer-related fatigue".)
                guard let framed = c.framedOtherCondition else { continue }
                targets = framed.mentions.map {
                    Target(mention: $0, origin: framed.origin, cue: Cue(role: "reference", text: framed.words, rule: Self.topicRule(framed.origin, $0.surface)))
                }
            } else if let words = c.wholePractice {
                // "dans toutes ses indications": the sentence itself speaks of the practice as a whole.
                targets = [Target(mention: Mention(id: Claim.generalIndication, surface: words, token: clause.lowerBound), origin: .clause,
                                  cue: Cue(role: "indication", text: words, rule: "the sentence speaks of the practice as a whole"), whole: true)]
            } else if let topic = c.topic {
                // (The document's one condition, named only where this sentence denies it, is no
                // topic for the effect its other clause states.)
                if topic.origin == .topic, topic.mentions.contains(where: { t in c.own.contains { $0.id == t.id && deniedElsewhere($0) } }) { continue }
                targets = topic.mentions.map {
                    Target(mention: $0, origin: topic.origin,
                           cue: Cue(role: "reference", text: topic.words, rule: Self.topicRule(topic.origin, $0.surface)))
                }
            }
            targets = targets.map { t in
                // (Taken from the title or a heading, only the opening sentence narrows it.)
                // (Nor a condition the sentence names in contrast with its discourse: "Pour un
                // trouble anxieux installé, en revanche, …" under a title on anxiety.)
                guard let topic = c.narrowed[t.mention.id], (t.origin != .title && t.origin != .heading) || topic.origin == .opening,
                      !(t.origin == .clause && Self.setsApart(s)),
                      let narrower = topic.mentions.first else { return t }
                return Target(mention: Mention(id: narrower.id, surface: t.mention.surface, token: t.mention.token), origin: t.origin,
                              cue: Cue(role: "reference", text: topic.words,
                                       rule: "\(t.mention.surface) narrowed to \(narrower.id), \(Self.topicRule(topic.origin, narrower.surface))"))
            }
            if let example, !c.previousMentioned.isEmpty, !targets.isEmpty {
                for m in c.previousMentioned where !targets.contains(where: { $0.mention.id == m.id }) {
                    targets.append(Target(mention: m, origin: .reference,
                                          cue: Cue(role: "reference", text: example, rule: "an example of the sentence before, which names \(m.surface)")))
                }
            }
            if targets.isEmpty, c.otherConditionTopic { continue }
            if targets.isEmpty {
                // A claim on the intervention as a whole, only when the sentence speaks of it.
                guard let words = ReferenceResolver.interventionReference(in: s, bytes: bytes) else { continue }
                let named = !MentionFinder.interventions(in: s, bytes: bytes).isEmpty
                // "…; in these patients it relieves symptoms in most people": an effect verb with
                // no condition found says nothing of the practice as a whole (spec/claims.md §4,
                // §6); "la mésothérapie n'a pas fait ses preuves", "it does not work" do.
                if c.widening == nil, stance.stance == .supports, stance.cues.contains(where: { $0.rule.hasPrefix("effect word") }) { continue }
                if c.widening == nil, !named, let o = c.openingTopic, let m = o.mentions.first {
                    targets = [Target(mention: m, origin: .opening,
                                      cue: Cue(role: "reference", text: o.words, rule: "the condition of the document's opening sentence; title and discourse name none"))]
                } else if let widening = c.widening {
                    targets = [Target(mention: Mention(id: Claim.generalIndication, surface: words, token: clause.lowerBound), origin: .paragraph,
                                      cue: Cue(role: "indication", text: widening, rule: "an earlier sentence widened to the practice as a whole"))]
                } else {
                    targets = [Target(mention: Mention(id: Claim.generalIndication, surface: words, token: clause.lowerBound), origin: .clause,
                                      cue: Cue(role: "indication", text: words,
                                               rule: named ? "the intervention named, and no indication in the sentence or its discourse: the practice as a whole"
                                                           : "no indication in the sentence or its discourse: filed as general, never deciding a verdict"),
                                      whole: named)]
                }
            }
            for named in sides {
            for t in targets {
                // "La vaccination contre le zona réduit le risque de névralgie": a class of
                // treatments whose one member is named for the claim's condition is that member.
                var side = named
                if let member = Self.member(of: named.id, namingCondition: t.mention, in: lexicon) {
                    side = (member, Cue(role: "reference", text: named.cue.text, rule: "\(named.cue.text) narrowed to \(member), named for \(t.mention.surface) or the condition it belongs to"), named.origin)
                }
                // The only condition a document names is its main treatment's topic, not that of
                // a treatment of the wide vocabulary a sentence names in passing ("The lesions
                // resolved with methotrexate" in a case report on fat-dissolving injections).
                if t.origin == .topic, side.id != c.main?.id, side.origin == .clause || side.origin == .sentence,
                   lexicon.wideConcepts.contains(side.id) { continue }
                // "…, jamais une perte de poids", "on the skin's look, not on the volume": a
                // condition set apart by a contrastive negation is what the treatment does not do.
                var claimStance = stance.stance
                var contrast: Cue?
                if claimStance == .supports, t.origin == .clause, let words = Self.contrastivelyDenied(t.mention, in: s, bytes: bytes) {
                    claimStance = .refutes
                    contrast = Cue(role: "negation", text: words, rule: "a contrastive negation sets the condition apart: the effect is not said of it")
                }
                let key = "\(side.id)|\(t.mention.id)|\(claimStance.rawValue)"
                guard seen.insert(key).inserted else { continue }
                var cues = [side.cue]
                if t.mention.id != Claim.generalIndication {
                    cues.append(Cue(role: "indication", text: t.mention.surface, rule: "indication \(t.mention.id)"))
                }
                if let why = t.cue { cues.append(why) }
                cues += stance.cues
                if let contrast { cues.append(contrast) }
                cues.append(basisCue)
                if let citedCue { cues.append(citedCue) }
                var claim = Claim(
                    doc: d.id, title: d.title, year: d.year, kind: s.role == .comment ? .comment : d.kind,
                    intervention: side.id, indication: t.mention.id, surface: t.mention.surface,
                    stance: claimStance, basis: basis, cited: citedCue != nil, hedged: stance.hedged,
                    lang: s.lang, sentence: s.text, start: s.start, end: s.end, cues: cues)
                let general = t.mention.id == Claim.generalIndication
                claim.wholePractice = general && t.whole
                var finding: ClaimConfidence.Finding = general ? .init(general: t.whole, intervention: side.origin, stanceWords: stance.strength)
                                                               : .init(indication: t.origin, intervention: side.origin, stanceWords: stance.strength)
                finding.wide = lexicon.isWide(intervention: side.id, indication: t.mention.id)
                finding.title = ClaimConfidence.titleAgreement(intervention: c.titleNames.contains(side.id), indication: c.titleNames.contains(t.mention.id))
                findings.append(finding)
                out.append(claim)
            }
            }
        }
        ClaimConfidence.assign(&out, findings: findings)
        return out
    }

    /// "Atrial fibrillation, the most common heart rhythm disorder, causes palpitations", "la
    /// fibrillation atriale, un trouble du rythme cardiaque": a broader condition set beside a
    /// narrower one as what it is (after it, a comma and a determiner opening a few words with no
    /// other phrase) names the same thing; the narrower one counts.
    static func withoutAppositiveBroader(_ mentions: [Mention], in s: AnalyzedSentence, bytes: [UInt8],
                                         vocabulary: IndicationVocabulary) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        func match(_ m: Mention) -> PhraseMatch? { s.matches.first { $0.first == m.token && $0.indicationID == m.id } }
        func apposed(_ narrow: Mention, _ broad: Mention) -> Bool {
            guard let a = match(narrow), match(broad) != nil, a.last < broad.token else { return false }
            let between = (a.last + 1)..<broad.token
            return (1...5).contains(between.count)
                && Self.appositionDeterminers.contains(s.tokens[between.lowerBound].folded)
                && AnalyzedSentence.gap(before: between.lowerBound, s.tokens, bytes).contains(UInt8(ascii: ","))
                && !s.matches.contains(where: { between.contains($0.first) })
        }
        let broader = Set(mentions.filter { b in
            mentions.contains { a in a.id != b.id && vocabulary.isWithin(a.id, b.id) && apposed(a, b) }
        }.map(\.id))
        return broader.isEmpty ? mentions : mentions.filter { !broader.contains($0.id) }
    }

    /// Words that open an apposition saying what a condition is ("…, the most common…", "…, une forme de…").
    static let appositionDeterminers: Set<String> = ["the", "a", "an", "one", "le", "la", "l", "un", "une", "cette", "ce", "this"]

    /// First-person possessives, and the nouns of an opinion or a list after which they announce
    /// no story of experience in a title.
    static let possessivesAlone: Set<String> = ["mon", "ma", "mes", "my"]
    static let opinionNouns: Set<String> = ["avis", "opinion", "take", "view", "conseils", "conseil", "tips", "astuces", "protocole", "protocol",
                                            "rituel", "ritual", "routine", "alliee", "allie", "shelf", "favourite", "favorite", "favourites",
                                            "favorites", "preferees", "preferes", "preferee", "prefere", "selection", "picks", "top", "guide"]

    /// What a trial's title says it compared: a placebo, sham or saline (`control`), another
    /// treatment ("versus oral anti-inflammatory therapy": `active`), or nothing said.
    static func comparison(inTitle title: AnalyzedSentence) -> StanceClassifier.Comparison {
        // "a sham-controlled randomized trial", "essai randomisé contre placebo".
        if title.matches.contains(where: { $0.has(.control) })
            || title.tokens.contains(where: { t in ["placebo", "sham", "saline", "simulation", "factice"].contains { t.folded.hasPrefix($0) } }) {
            return .control
        }
        if let versus = title.tokens.firstIndex(where: { Self.titleComparisonWords.contains($0.folded) }),
           title.matches.contains(where: { $0.interventionID != nil && $0.first > versus })
            || title.tokens[(versus + 1)...].contains(where: { StanceClassifier.activeCare.contains($0.folded) }) {
            return .active
        }
        // A controlled trial with no active comparator named is taken as controlled against nothing active.
        if title.matches.contains(where: { $0.bases.contains(.rct) || $0.bases.contains(.controlledStudy) }) { return .control }
        return .unknown
    }

    /// Words of a title that set a treatment against another ("X versus Y", "Tai chi outperforms
    /// aerobic exercise for fibromyalgia", "plutôt que"), folded.
    static let titleComparisonWords: Set<String> = ["versus", "vs", "or", "ou", "contre", "compared", "against", "than",
                                                     "outperforms", "outperformed", "outperform", "beats", "beat", "rather", "instead", "plutot"]

    /// Whether a sentence sets itself against what came before ("en revanche", "par contre",
    /// "however", "by contrast", "à l'inverse"), within its first eight words.
    static func setsApart(_ s: AnalyzedSentence) -> Bool {
        let words = s.tokens.prefix(8)
        if words.contains(where: { contrastWords.contains($0.folded) }) { return true }
        return words.count >= 2 && words[words.startIndex].folded == "par" && words[words.startIndex + 1].folded == "contre"
    }
    static let contrastWords: Set<String> = ["revanche", "however", "contrast", "inverse", "whereas", "inversement"]

    /// Words of a verdict that a claim is false ("Verdict: not true", "Faux"), folded.
    static let falseWords: Set<String> = ["false", "untrue", "true", "faux", "fausse", "wrong", "incorrect", "infonde", "infondee"]

    /// The sentence a fact-check's verdict `i` ("False.", "C'est faux."; not "Misleading", which
    /// judges how a claim is put) judges when a heading stands between them: the last sentence
    /// of the section before, under "The claim" / "Our verdict" / "False.", or under a heading
    /// that is the verdict itself ("Our rating: False"). Nil when the verdict follows its claim in
    /// one section (the caller's first case) or no heading separates them.
    static func claimChecked(before i: Int, in sentences: [AnalyzedSentence], sections: [Section]) -> Int? {
        let verdict = sentences[i]
        // The claim: a sentence of a section before the verdict's, not a heading.
        func claim(_ j: Int) -> Int? {
            sentences[j].section < verdict.section && !Discourse.isHeading(sentences[j], sections: sections) ? j : nil
        }
        if Discourse.isHeading(verdict, sections: sections) { return claim(i - 1) }
        // A short heading of the verdict's section that names nothing ("Our verdict", "Verdict").
        guard i >= 2 else { return nil }
        let heading = sentences[i - 1]
        guard heading.section == verdict.section, Discourse.isHeading(heading, sections: sections), heading.tokens.count <= 6,
              !heading.matches.contains(where: { $0.interventionID != nil || $0.indicationID != nil }) else { return nil }
        return claim(i - 2)
    }

    /// Whether sentence `j` is under a heading that says its section reports the claim checked
    /// ("The claim", "L'allégation", "What was claimed").
    static func underClaimHeading(_ j: Int, in sentences: [AnalyzedSentence], sections: [Section]) -> Bool {
        var k = j
        while k >= 0, sentences[k].section == sentences[j].section {
            if Discourse.isHeading(sentences[k], sections: sections) {
                return sentences[k].tokens.count <= 6 && sentences[k].matches.contains { $0.has(.reported) }
            }
            k -= 1
        }
        return false
    }

    /// Whether the design the authors give their own work is the basis of sentence `index`: the
    /// sentences from the one that gives it on; a review's key messages and summary come before
    /// its methods ("Key messages: … What did we do? We searched for randomised trials…"), so
    /// a review's design covers the sentences before it too, its background included.
    static func covers(_ design: (basis: Basis, words: String, from: Int), _ index: Int) -> Bool {
        index >= design.from || design.basis == .systematicReview || design.basis == .metaAnalysis
    }

    /// Labels that open an abstract's background, and the other labels that end it.
    static let backgroundLabels: Set<String> = ["background", "backgrounds", "contexte", "context", "introduction", "rationale", "justification"]
    static let sectionLabels: Set<String> = ["methods", "method", "methodes", "methode", "results", "resultats", "conclusion", "conclusions", "funding", "financement",
                                             "objective", "objectives", "objectif", "objectifs", "aim", "aims", "but", "design", "setting",
                                             "participants", "patients", "interventions", "discussion", "findings", "interpretation",
                                             "case", "cas", "observation", "report", "description", "commentary", "commentaire"]

    /// The label a sentence of a structured abstract opens with ("BACKGROUND:", "Case
    /// presentation:", "Results"): a known label word first, and a colon within the first three
    /// words or no more than three words in all (a heading).
    static func abstractLabel(_ s: AnalyzedSentence) -> String? {
        guard let first = s.tokens.first?.folded else { return nil }
        func colonAfter(_ t: ClaimToken) -> Bool {
            let rest = s.text.utf8.dropFirst(t.end - s.start).prefix(2)
            return rest.first == UInt8(ascii: ":") || (rest.first == UInt8(ascii: " ") && rest.dropFirst().first == UInt8(ascii: ":"))
        }
        guard backgroundLabels.contains(first) || sectionLabels.contains(first) else {
            // "Main results:", "Search methods:", "Selection criteria:", "Data collection and
            // analysis:", "Authors' conclusions:": a label of two to four words ends on one.
            guard labelOpeners.contains(first), s.text.utf8.prefix(48).contains(UInt8(ascii: ":")),
                  let end = s.tokens.prefix(5).dropFirst().firstIndex(where: colonAfter) else { return nil }
            let last = s.tokens[end].folded
            return sectionLabels.contains(last) || procedureLabels.contains(last) ? last : nil
        }
        return s.tokens.count <= 3 || s.tokens.prefix(3).contains(where: colonAfter) ? first : nil
    }

    /// First words of an abstract's labels of several words (Cochrane's "Main results",
    /// "Search methods", "Selection criteria", "Data collection and analysis", "Authors'
    /// conclusions"; "Key findings", "Principaux résultats").
    static let labelOpeners: Set<String> = ["main", "key", "search", "selection", "data", "authors", "author", "principaux", "principales",
                                            "critere", "criteres", "strategie"]

    /// The sentences of an abstract's background: from a "BACKGROUND:" label (at a sentence's
    /// start, or as a heading) to the next label.
    static func backgroundSentences(_ sentences: [AnalyzedSentence], document: Document) -> Set<Int> {
        labelledSentences(sentences, document: document, opening: backgroundLabels)
    }

    /// Labels that open an abstract's methods or funding, which state no finding ("Methods and
    /// results:" opens results: see `labelledSentences`).
    static let procedureLabels: Set<String> = ["methods", "method", "methodes", "methode", "design", "setting", "participants",
                                               "interventions", "funding", "financement", "criteria", "selection", "analysis", "recherche"]

    /// The sentences of an abstract's part that one of `labels` opens: from the label (at a
    /// sentence's start, or as a heading) to the next label or heading. A label joined to
    /// results ("Methods and results:") opens none.
    static func labelledSentences(_ sentences: [AnalyzedSentence], document: Document, opening labels: Set<String>) -> Set<Int> {
        var out = Set<Int>()
        var inside = false
        var section = -1
        for (i, s) in sentences.enumerated() {
            let label = abstractLabel(s)
            if let label, labels.contains(label), !s.tokens.prefix(4).dropFirst().contains(where: { ["results", "resultats", "findings"].contains($0.folded) }) { inside = true }
            else if label != nil { inside = false }
            else if s.section != section, Discourse.isHeading(s, sections: document.sections) { inside = false }
            section = s.section
            if inside { out.insert(i) }
        }
        return out
    }

    /// Whether a sentence opens by advising against something ("Do not…", "Don't…", "Avoid…",
    /// "Ne pas…", "Évitez…", "Never…").
    static func advisesAgainst(_ s: AnalyzedSentence) -> Bool {
        guard let first = s.tokens.first?.folded else { return false }
        let second = s.tokens.count > 1 ? s.tokens[1].folded : ""
        return ["avoid", "never", "evitez", "eviter", "jamais"].contains(first) || (first == "do" && second == "not")
            || first == "don" || first == "dont" || (first == "ne" && second == "pas")
    }

    /// The better of the design the text gives its own study and the one its title gives: a
    /// systematic review whose methods name the "comparative studies" it searched for is a
    /// systematic review.
    static func better(_ a: (Basis, String)?, _ b: (Basis, String)?) -> (Basis, String)? {
        guard let a else { return b }
        guard let b else { return a }
        return b.0.isBetter(than: a.0) ? b : a
    }

    /// The one indication a document names (title and main text), if it names only one.
    static func documentTopic(_ sentences: [AnalyzedSentence], bytes: [UInt8], title: [Mention]) -> Mention? {
        var found: Mention? = title.count == 1 ? title[0] : nil
        if title.count > 1 { return nil }
        var named = 0
        var others: [String: Int] = [:]
        for s in sentences where s.role != .comment {
            for m in s.matches where m.has(.othercondition) { others[Folding.fold(s.surface(m, bytes: bytes)), default: 0] += 1 }
            for m in MentionFinder.indications(in: s, bytes: bytes) {
                if let f = found, f.id != m.id { return nil }
                found = found ?? m
                named += 1
            }
        }
        // A condition the vocabulary lacks, named more often ("bruising", with "carpal tunnel
        // surgery" once): that is what the document is about.
        if let most = others.values.max(), most > named + (title.isEmpty ? 0 : 1) { return nil }
        return found
    }

    /// Whether a condition is named as the one treated ("in asthma", "for tension-type
    /// headache", "patients atteints de psoriasis"), from the words just before it.
    /// The conditions a title speaks of: not the cause it gives of one it names before
    /// ("Sciatique par hernie discale" speaks of sciatica; "Back pain caused by a slipped disc").
    /// So is the history it follows ("Bouffées de chaleur après cancer du sein", "Pain after
    /// knee surgery"), once a condition, known or not, was named before it.
    static func conditionsSpokenOf(in title: AnalyzedSentence) -> [Mention] {
        let mentions = title.indicationMentions
        let others = title.matches.filter { $0.has(.othercondition) }.map(\.first)
        return mentions.enumerated().filter { i, m in
            guard m.token >= 1, i > 0 || others.contains(where: { $0 < m.token }) else { return true }
            let before = title.tokens[max(0, m.token - 3)..<m.token].map(\.folded)
            if let last = before.last, ["apres", "after", "following", "depuis", "since"].contains(last) { return false }
            guard i > 0 else { return true }
            let cause = before.last == "par" || before.suffix(2) == ["due", "to"] || before.suffix(2) == ["caused", "by"]
                || before.suffix(2) == ["du", "a"] || before.suffix(2) == ["due", "a"] || before.suffix(2) == ["liee", "a"]
                || before.suffix(2) == ["lie", "a"] || before.suffix(2) == ["secondary", "to"] || before.suffix(2) == ["secondaire", "a"]
                || before.suffix(3) == ["caused", "by", "a"] || before.suffix(3) == ["due", "to", "a"]
            return !cause
        }.map(\.element)
    }

    /// Words a contrastive negation is made of ("…, pas sur le volume", "jamais une perte de
    /// poids", "but not the pain"): "pas", "jamais", "not" or "never" right before the condition
    /// (articles and prepositions aside), after a comma, a colon or "mais"/"but". Nil otherwise.
    static func contrastivelyDenied(_ m: Mention, in s: AnalyzedSentence, bytes: [UInt8]) -> String? {
        var i = m.token - 1
        while i >= 0, m.token - i <= 3, Self.contrastArticles.contains(s.tokens[i].folded) { i -= 1 }
        guard i >= 1, Self.contrastNegations.contains(s.tokens[i].folded) else { return nil }
        guard s.punctuated(before: i, bytes: bytes) || Self.contrastJoiners.contains(s.tokens[i - 1].folded) else { return nil }
        return String(decoding: bytes[s.tokens[i].start..<s.tokens[m.token].end], as: UTF8.self)
    }

    /// Words that open a sentence on its topic ("As for paracetamol, …", "Pour l'auriculothérapie, …").
    /// Words before a condition that make it who was treated ("in people with cancer", "chez des
    /// femmes traitées pour un cancer du sein", "breast cancer survivors").
    static let peopleBefore: Set<String> = ["with", "atteintes", "atteints", "atteinte", "atteint", "traitees", "traites", "traitee",
                                            "traite", "treated", "soignee", "soignees", "soignes", "history", "ayant", "having", "had"]

    /// Whether words naming people stand at most six words before a condition.
    static func namesPeopleBefore(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        (max(0, m.token - 6)..<m.token).contains { peopleBefore.contains(s.tokens[$0].folded) }
    }

    /// Words naming people right after a condition ("breast cancer survivors", "cancer
    /// patients", "les patientes cancer du sein").
    static let peopleAfter: Set<String> = ["survivors", "survivor", "patients", "patient", "survivantes", "survivants", "patientes"]

    /// Whether words naming people stand at most three words after a condition's first word.
    static func namesPeopleAfter(_ m: Mention, in s: AnalyzedSentence) -> Bool {
        m.token + 1 < s.tokens.count && ((m.token + 1)...min(m.token + 3, s.tokens.count - 1)).contains { peopleAfter.contains(s.tokens[$0].folded) }
    }

    /// Whether the conditions framing a sentence name one, and none of them is a cancer.
    static func framedByAnotherCondition(_ framing: [Mention], vocabulary: IndicationVocabulary) -> Bool {
        !framing.isEmpty && !framing.contains { isCancer($0.id, in: vocabulary) }
    }

    /// Whether a condition is cancer or one right below it (breast cancer, leukaemia).
    static func isCancer(_ id: String, in vocabulary: IndicationVocabulary) -> Bool {
        id == "cancer" || vocabulary.lists("cancer", asParentOf: id)
    }

    /// Verbs that say what a treatment is ("sont des injections de …", "is a mixture of …").
    static let copulas: Set<String> = ["est", "sont", "is", "are", "consiste", "consistent", "designe", "designent", "means"]

    static let topicMarkers: Set<String> = ["pour", "quant", "for", "as", "concernant", "regarding"]

    /// Words of `contrastivelyDenied`: the negation, what may open it, what may stand between it and the condition.
    static let contrastNegations: Set<String> = ["pas", "jamais", "not", "never"]
    static let contrastJoiners: Set<String> = ["mais", "but", "et", "and"]

    /// The condition a relative pronoun stands for when the effect at `at` follows it ("la
    /// migraine, pour laquelle l'efficacité … est établie", "conditions such as migraine, for
    /// which it works"): the last condition named before "pour laquelle", "for which", "contre
    /// lequel", "dans laquelle", "in which".
    static func relativeAntecedent(of at: Int, in s: AnalyzedSentence, clause: Range<Int>, mentions: [Mention], bytes: [UInt8]) -> Mention? {
        let prepositions = relativePrepositions, pronouns = relativePronouns
        // "where" and "où" stand alone ("l'aponévrosite plantaire, où une méta-analyse a
        // confirmé…"); "où" folds to "ou" ("or"), so its bytes tell them apart.
        func bare(_ i: Int) -> Bool {
            s.tokens[i].folded == "where"
                || (s.tokens[i].folded == "ou" && bytes[s.tokens[i].start..<min(s.tokens[i].end, bytes.count)].contains(0xB9))
        }
        guard at < s.tokens.count, let pronoun = (clause.lowerBound..<at).last(where: { i in
            i > 0 && ((pronouns.contains(s.tokens[i].folded) && prepositions.contains(s.tokens[i - 1].folded)) || bare(i))
        }) else { return nil }
        // Nothing but the relative clause between the pronoun and the effect: no condition of its own.
        guard !mentions.contains(where: { $0.token > pronoun && $0.token <= at }) else { return nil }
        // The condition right before the preposition ("la migraine, pour laquelle"), not a noun
        // for several ("among the conditions for which": the list it stands for).
        let before = bare(pronoun) ? pronoun - 1 : pronoun - 2
        guard let m = mentions.last(where: { $0.token <= before }) else { return nil }
        let end = s.matches.first { $0.first == m.token }?.last ?? m.token
        return end == before ? m : nil
    }

    static let relativePrepositions: Set<String> = ["pour", "contre", "dans", "for", "against", "in"]
    static let relativePronouns: Set<String> = ["laquelle", "lequel", "lesquels", "lesquelles", "which"]

    /// Whether a clause after the first, opened by a joiner ("but", "mais", "yet"), states its
    /// effect on an object of its own: a possessive or an indefinite article and a noun right after the effect's words
    /// ("but did nothing for their energy", "mais n'a rien changé à leur fatigue"), a noun that
    /// is not one that stands for the condition already named ("their symptoms", "son mal").
    static func effectHasItsOwnObject(_ at: Int, clause: Range<Int>, in s: AnalyzedSentence) -> Bool {
        guard clause.lowerBound > 0, at < s.tokens.count,
              Self.clauseJoiners.contains(s.tokens[clause.lowerBound].folded),
              // (The stance's words may open on a negation: "ne retend pas".)
              let effect = s.matches.lazy.filter({ (at...at + 2).contains($0.first) && $0.has(.effect) && clause.contains($0.first) }).max(by: { $0.last < $1.last })
        else { return false }
        var i = effect.last + 1
        // ("ne retend pas un cou": the second word of a French negation may come first.)
        if i < clause.upperBound, Self.negationTails.contains(s.tokens[i].folded) { i += 1 }
        // ("did nothing for their", "n'a rien changé à leur": a preposition may come first.)
        if i < clause.upperBound, Self.objectPrepositions.contains(s.tokens[i].folded) { i += 1 }
        guard i + 1 < clause.upperBound, Self.newObjectDeterminers.contains(s.tokens[i].folded) else { return false }
        return !Self.conditionStandIns.contains(s.tokens[i + 1].folded)
    }
    /// The words that open a clause in contrast with the one before (`StanceClassifier.contrastOpeners`), "whereas" and "while" too.
    static let clauseJoiners = StanceClassifier.contrastOpeners.union(["whereas", "while"])
    /// The second word of a French negation, after the verb ("ne retend pas").
    static let negationTails: Set<String> = ["pas", "plus", "jamais", "guere", "point"]
    /// Prepositions before an effect's object ("did nothing for", "n'a rien changé à").
    static let objectPrepositions: Set<String> = ["for", "on", "to", "pour", "sur", "a", "au", "contre", "against"]
    /// Determiners that bring in an object of the clause's own, not the condition named before:
    /// possessives ("but did nothing for their energy") and indefinite articles ("mais elle ne
    /// retend pas un cou relâché").
    static let newObjectDeterminers: Set<String> = ["their", "his", "her", "your", "leur", "leurs", "son", "sa", "ses", "votre", "vos",
                                                    "un", "une", "a", "an"]
    /// Nouns after a possessive that stand for a condition named before ("their symptoms").
    static let conditionStandIns: Set<String> = ["symptoms", "symptom", "symptomes", "symptome", "condition", "disease", "illness", "maladie",
                                                 "pain", "douleur", "douleurs", "mal", "problem", "problems", "probleme", "problemes",
                                                 "troubles", "trouble", "complaints", "complaint", "attacks", "crises", "flares", "poussees"]

    /// Whether a clause after the first opens on a bare negation of its own object ("…, pas le
    /// saignement", "…, mais pas la fatigue", "…, not the bleeding").
    static func opensOnContrastingNegation(_ clause: Range<Int>, in s: AnalyzedSentence) -> Bool {
        guard clause.lowerBound > 0, clause.count >= 2 else { return false }
        var i = clause.lowerBound
        if contrastJoiners.contains(s.tokens[i].folded) { i += 1 }
        guard i + 1 < clause.upperBound, ["pas", "not", "non"].contains(s.tokens[i].folded) else { return false }
        return objectDeterminers.contains(s.tokens[i + 1].folded)
    }
    static let objectDeterminers: Set<String> = ["le", "la", "les", "l", "du", "des", "de", "the", "a", "an", "its", "their", "sa", "son", "ses",
                                                 "leur", "leurs"]
    static let contrastArticles: Set<String> = ["de", "du", "des", "d", "la", "le", "les", "l", "un", "une", "sur", "on", "for", "pour", "a", "an",
                                                "the", "in", "dans", "en", "of", "au", "aux", "with", "avec"]

    /// The one member of a class of treatments (`id`, with members in the intervention
    /// vocabulary) whose names contain a name of the condition: the shingles vaccine ("vaccin
    /// contre le zona") for "la vaccination" in a claim on shingles, the flu vaccine ("flu jab")
    /// for one on flu. Nil for a treatment with no members, or when none or several match.
    static func member(of id: String, namingCondition condition: Mention, in lexicon: ClaimLexicon) -> String? {
        let members = lexicon.interventionVocabulary.children(of: id)
        guard !members.isEmpty, condition.id != Claim.generalIndication else { return nil }
        return lexicon.classMembers.member(ofClass: id, condition: condition.id, surface: condition.surface) {
            Self.findMember(among: members, of: id, namingCondition: condition, in: lexicon)
        }
    }

    /// `member(of:namingCondition:in:)` worked out, for the cache.
    static func findMember(among members: [String], of id: String, namingCondition condition: Mention, in lexicon: ClaimLexicon) -> String? {
        guard let concept = lexicon.vocabulary.concept(id: condition.id) else { return nil }
        if let found = findMember(among: members, of: id, forms: concept.names + [condition.surface], in: lexicon) { return found }
        // A complaint of a broader condition the member is named for: hot flushes are the
        // menopause's, and "le traitement hormonal" that relieves them is "le traitement
        // hormonal de la ménopause".
        let broader = concept.parents.compactMap { lexicon.vocabulary.concept(id: $0) }
        guard broader.count == 1 else { return nil }
        return findMember(among: members, of: id, forms: broader[0].names, in: lexicon)
    }

    /// The one member whose name is the class's name joined to one of `names`.
    static func findMember(among members: [String], of id: String, forms names: [String], in lexicon: ClaimLexicon) -> String? {
        let forms = Set(names.map { NameResolver.key($0) }.filter { $0.count >= 3 }.map { " \($0) " })
        // The member's name is the class's name for the condition ("flu vaccine", "vaccin
        // contre le zona"), not any name that holds the condition's word ("low-fat diet").
        let classWords = Set((lexicon.interventionVocabulary.concept(id: id)?.names ?? []).flatMap { NameResolver.key($0).split(separator: " ").map(String.init) })
        let found = members.filter { m in
            (lexicon.interventionVocabulary.concept(id: m)?.names ?? []).contains { name in
                let words = " \(NameResolver.key(name)) "
                return forms.contains { form in
                    guard words.contains(form) else { return false }
                    let rest = words.replacingOccurrences(of: form, with: " ").split(separator: " ").map(String.init)
                    return !rest.isEmpty && rest.allSatisfy { classWords.contains($0) || Self.memberNameJoiners.contains($0) }
                }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Words that join a class's name to the condition in a member's name ("vaccin contre le zona").
    static let memberNameJoiners: Set<String> = ["contre", "le", "la", "les", "l", "de", "du", "des", "d", "against", "for", "the", "anti"]

    /// Whether a sentence names a treatment as an example of a class named just before it
    /// ("les veinotoniques, comme la diosmine", "a proton pump inhibitor (PPI) such as omeprazole").
    static func givesAsExample(_ member: String, of classID: String, in s: AnalyzedSentence, bytes: [UInt8]) -> Bool {
        for m in s.matches where m.interventionID == member {
            guard let c = s.matches.last(where: { $0.interventionID == classID && $0.last < m.first }), m.first - c.last <= 8 else { continue }
            if m.first - c.last <= 4, s.tokens[(c.last + 1)..<m.first].contains(where: { exampleWords.contains($0.folded) }) { return true }
            // "Les antihistaminiques (diménhydrinate, diphénhydramine)", "antihistamines (such as
            // dimenhydrinate or diphenhydramine)": members in a parenthesis the class opens.
            if MentionFinder.glossesAnotherName(m.first, in: s, endsOfNames: [c.last]) { return true }
        }
        return false
    }

    /// Words that introduce an example of a class ("comme", "such as", "notamment").
    static let exampleWords: Set<String> = ["comme", "such", "like", "notamment", "including", "tels", "telles", "tel", "telle", "eg"]

    /// The two interventions "both" / "les deux" stands for: those the sentence before names when
    /// it names exactly two, else the title's two when the sentence before names at most one.
    static func pairBoth(previous: [Mention], title: [Mention]) -> (mentions: [Mention], origin: TopicOrigin)? {
        var distinct: [Mention] = []
        for m in previous where !distinct.contains(where: { $0.id == m.id }) { distinct.append(m) }
        if distinct.count == 2 { return (distinct, .reference) }
        if distinct.count <= 1, title.count == 2 { return (title, .title) }
        return nil
    }

    /// The one intervention of `named` below `id` in the intervention vocabulary's hierarchy,
    /// or nil when there is none or more than one.
    static func narrowerIntervention(than id: String, among named: Set<String>, in vocabulary: ConceptVocabulary) -> String? {
        guard !vocabulary.children(of: id).isEmpty else { return nil }
        let members = named.filter { $0 != id && vocabulary.isWithin($0, id) }
        return members.count == 1 ? members.first : nil
    }

    static func namesTheCondition(_ s: AnalyzedSentence, _ m: PhraseMatch) -> Bool {
        let before = s.tokens[max(0, m.first - 3)..<m.first].map(\.folded)
        if m.first == 0 || before.suffix(2).contains(where: { conditionMarkers.contains($0) }) { return true }
        // The object of an effect word ("soulagerait l'asthme", "may ease the asthma"), unless
        // the sentence lists outcomes ("réduit la douleur et la raideur, et améliore la fatigue").
        if s.matches.contains(where: { $0.has(.effect) && $0.last < m.first && m.first - $0.last <= 2 }),
           !s.matches.contains(where: { $0.references.contains(.symptom) }) { return true }
        // "le traitement de l'asthme", not "de petite taille": "de" names the condition after a word of care.
        guard let de = before.lastIndex(where: { ["de", "du", "des", "of"].contains($0) }), de > 0 else { return false }
        return careNouns.contains(before[de - 1]) || (de > 1 && ["le", "la", "les", "l"].contains(before[de - 1]) && careNouns.contains(before[de - 2]))
    }

    /// Whether a condition's name follows "after", "après", "following" (an article between):
    /// the people spoken of had it before, "after breast cancer", "après un AVC".
    static func followsAfter(_ token: Int, in s: AnalyzedSentence) -> Bool {
        guard token > 0 else { return false }
        let before = s.tokens[token - 1].folded
        if afterWords.contains(before) { return true }
        return token > 1 && afterWords.contains(s.tokens[token - 2].folded) && afterDeterminers.contains(before)
    }

    static let afterDeterminers: Set<String> = ["a", "an", "un", "une", "le", "la", "l", "their", "leur", "her", "his", "son", "sa"]

    static let afterWords: Set<String> = ["after", "following", "apres", "post"]

    /// Words of a condition coming back ("risque de récidive", "another heart attack").
    static let recurrenceWords: Set<String> = ["recidive", "recidives", "recurrence", "recurrences", "another", "second", "nouvel", "nouveau",
                                               "nouvelle", "rechute", "rechutes", "relapse", "relapses", "repeat", "recur"]

    /// Words of care that a condition follows through "de", "of" ("traitement de", "treatment of").
    static let careNouns: Set<String> = ["traitement", "traitements", "soulagement", "guerison", "prevention", "prise", "treatment",
                                         "treatments", "relief", "management", "cure", "therapy", "therapie", "symptomes", "symptoms",
                                         "patients", "patientes", "cas", "crises", "crise"]

    static let conditionMarkers: Set<String> = ["including", "notamment", "incluant", "in", "for", "with", "against", "dans", "pour", "contre", "atteints", "atteintes", "atteint", "atteinte", "souffrant", "sufferers", "treat",
                                                "treats", "traiter", "traite", "soulager", "relieve", "relieves", "relieved", "ease", "eases",
                                                "soulage", "soulagent", "prevent", "prevents", "prevenir", "previent", "cure", "cures",
                                                "aide", "aident", "aider", "help", "helps", "helped",
                                                "quant", "concernant", "regarding", "concerning", "sur"]

    /// "la douleur dans les jours qui suivent l'opération", "pain during labour": the word of a
    /// group whose names are not looked for alone ("douleur", "pain": texts name its members),
    /// in a sentence that names the setting of one of its members, names that member. (Only
    /// one setting for the group: "pain after surgery for cancer" names none.)
    static func settingConditions(_ settings: [Discourse.Setting], in s: AnalyzedSentence, bytes: [UInt8], vocabulary: IndicationVocabulary,
                                  adding conditions: [Mention]) -> [Mention] {
        guard !settings.isEmpty else { return conditions }
        var out = conditions
        for setting in settings where !out.contains(where: { $0.id == setting.narrower }) && vocabulary.isGroup(setting.broader)
            && Discourse.Setting.only(for: setting.broader, in: settings) != nil {
            // (The vocabulary's own name resolver, the word or its singular: "douleurs".)
            func namesBroader(_ word: String) -> Bool {
                vocabulary.lookup(word)?.id == setting.broader || (word.hasSuffix("s") && vocabulary.lookup(String(word.dropLast()))?.id == setting.broader)
            }
            guard let word = s.matches.first(where: { $0.refers(.symptom) && namesBroader(s.surface($0, bytes: bytes)) }) else { continue }
            out.append(Mention(id: setting.narrower, surface: s.surface(word, bytes: bytes), token: word.first))
        }
        return out.count == conditions.count ? conditions : out.sorted { $0.token < $1.token }
    }

    static func topicRule(_ origin: TopicOrigin, _ surface: String) -> String {
        switch origin {
        case .clause: return "its setting named in the sentence: \(surface)"
        case .reference: return "refers back to the sentence before, which names \(surface)"
        case .paragraph: return "named earlier in the paragraph: \(surface)"
        case .heading: return "named in the section's heading: \(surface)"
        case .leadIn: return "named in the lead-in of the list it is an item of: \(surface)"
        case .question: return "answers the question before it, which names \(surface)"
        case .title: return "named in the title: \(surface)"
        case .topic: return "the only indication the document names: \(surface)"
        case .opening: return "named in the document's opening sentence: \(surface)"
        default: return "named nearby: \(surface)"
        }
    }

    // MARK: - Structured conclusions

    private func conclusionClaims(_ d: Document, bytes: [UInt8]) -> [Claim] {
        guard !d.conclusions.isEmpty else { return [] }
        let (basis, why) = BasisClassifier.fromMetadata(d) ?? (.assertion, "kind: \(d.kind.rawValue)")
        var out: [Claim] = []
        for c in d.conclusions {
            guard let stance = Stance(rawValue: c.stance), c.range.end <= bytes.count else { continue }
            let text = String(decoding: bytes[c.range.start..<c.range.end], as: UTF8.self)
            let tokens = ClaimTokenizer.tokens(in: text, offset: c.range.start)
            let hedged = lexicon.matcher.matches(in: tokens).contains { $0.has(.hedge) }
            let intervention = lexicon.interventionID(for: c.intervention) ?? c.intervention
            var claim = Claim(
                doc: d.id, title: d.title, year: d.year, kind: d.kind, intervention: intervention,
                indication: c.indication, surface: c.indication, stance: stance, basis: basis, cited: false,
                hedged: hedged, lang: d.language, sentence: text, start: c.range.start, end: c.range.end,
                cues: [Cue(role: "stance", text: c.stance, rule: "structured conclusion of the document"),
                       Cue(role: "basis", text: why, rule: "the document's own type")])
            // A report's general conclusion is its verdict on the practice as a whole (within its scope).
            claim.wholePractice = c.indication == Claim.generalIndication
            if c.indication == Claim.generalIndication, let scope = c.scope {
                claim.scope = scope
                claim.cues.append(Cue(role: "scope", text: scope, rule: "the evaluation covered these uses only"))
            }
            out.append(claim)
        }
        return out
    }
}
