import Documents

/// Where one side of a claim came from when its sentence does not name it (spec/claims.md
/// §6), nearest first. Each origin weighs in the claim's confidence (`ClaimConfidence`).
enum TopicOrigin: String, Sendable, CaseIterable {
    /// named in the clause that states the effect
    case clause
    /// named in another clause of the sentence
    case sentence
    /// the sentence refers back ("son efficacité", "these conditions", "Cependant, …") to the one before
    case reference
    /// named earlier in the same paragraph or list item
    case paragraph
    /// named in the heading of the sentence's section
    case heading
    /// named in the lead-in of the list the sentence is an item of ("Plusieurs soins atténuent les
    /// vergetures : • le laser • les peelings")
    case leadIn
    /// named in the question the sentence answers
    case question
    /// named in the document's title
    case title
    /// the only indication the whole document names
    case topic
    /// named in the document's opening sentence (only to narrow a broader indication)
    case opening
    /// the document's main intervention, named nowhere near
    case document
}

/// The discourse a sentence belongs to, as the extractor walks a document in order: the
/// title, the opening paragraph, the current section's heading, the last question asked in
/// the section, and what earlier sentences of the current paragraph named. It answers, for
/// a sentence that names no indication or no intervention, where it takes them from.
struct Discourse {
    struct Topic {
        var mentions: [Mention]
        var origin: TopicOrigin
        var words: String
    }

    private let title: [Mention]
    private let titleText: String
    /// The one indication a document names, if it names only one (outside comments).
    var documentTopic: Mention?
    /// The last question asked (a heading, a sentence, or the title), for a "Yes." or "Non."
    /// that answers it.
    private(set) var lastQuestion: Question?

    struct Question {
        var section: Int?
        var indications: [Mention]
        var intervention: Mention?
        var text: String
        /// Whether it asks about an effect ("Does it work for heel pain?"), not about anything
        /// else ("Does it hurt?"): only then does "Yes." or "No." state one.
        var asksForAnEffect: Bool
    }
    private var heading: (section: Int, mentions: [Mention], interventions: [Mention], text: String)?
    private var question: (section: Int, mentions: [Mention], text: String)?
    private var paragraph: (section: Int, block: Int, mentions: [Mention], text: String)?
    /// What the last paragraph named before the current one began.
    private var previousBlock: (section: Int, block: Int, mentions: [Mention], text: String)?
    /// Indications of consecutive list items (short blocks) up to the last sentence noted.
    private var list: (section: Int, lastBlock: Int, mentions: [Mention])?
    /// The last list of several indications in a section, kept after the list ends, for "Pour
    /// ces troubles, les preuves restent limitées" a sentence or two later.
    private var lastList: (section: Int, mentions: [Mention])?
    private var paragraphIntervention: (section: Int, block: Int, mention: Mention)?
    /// A treatment a paragraph's last sentence opened on as its subject ("Elderberry syrup is the
    /// other big seller."): the next paragraph's "it" may be that one.
    private var introduced: (section: Int, block: Int, mention: Mention)?
    /// The intervention the last sentence to open on one named (its first word), whether or not it
    /// claimed anything: `introduced` asks more of its sentence.
    private var openedOn: (section: Int, block: Int, mention: Mention)?
    /// The first sentence that names indications, when it opens the document (its first two
    /// blocks): "long-standing low back pain" under the title "… for chronic back pain" (it
    /// narrows only when it names one: a list of conditions is no narrowing).
    private var opening: (mentions: [Mention], text: String)?
    private var openingSettled = false
    /// An earlier sentence of the paragraph widened to the practice as a whole ("et de
    /// nombreuses autres pathologies").
    private var widened: (section: Int, block: Int, words: String)?

    /// The title names a condition the vocabulary lacks and none it knows ("Ostéopathie et
    /// coliques du nourrisson"): a sentence that names no condition speaks of that one, so it is
    /// neither another indication's claim nor a claim on the practice as a whole.
    let titleNamesAnotherCondition: Bool

    /// The treatments the title names ("Chimiothérapie : le gingembre…"): a condition named in
    /// a sentence may be narrowed to its form named for one of them (`narrower(than:surface:for:in:)`).
    private let titleInterventions: [Mention]
    /// The title's names of conditions of more than one word, lowercased, for `narrower`.
    private let titleLongNames: [(mention: Mention, lowercased: String)]
    /// The same of the current section's heading.
    private var headingLongNames: [(mention: Mention, lowercased: String)] = []
    /// The treatments and conditions earlier sentences named (first mention of each), which may
    /// be the cause a condition's narrower form is named for ("nausées" in a page on chemotherapy).
    private var causesSeen: [Mention] = []
    /// The section `causesSeen` were named in: a cause named in another section narrows nothing
    /// ("exercise advice" in a page's opening is no cause of the asthma a later section names).
    private var causesSection = -1

    /// Words that name the setting of a narrower condition (`CueKind.setting`: "après une
    /// opération" for postoperative pain), and the condition they select.
    struct Setting: Equatable {
        var broader: String
        var narrower: String
        var words: String
        /// Where its words start in the sentence.
        var token: Int

        /// The one setting the sentence names for a broader condition; nil for none, or for two
        /// ("pain after surgery for breast cancer" names neither).
        static func only(for broader: String, in settings: [Setting]) -> Setting? {
            var found: Setting?
            for setting in settings where setting.broader == broader {
                if found != nil { return nil }
                found = setting
            }
            return found
        }
    }

    /// The settings a sentence's words name. (Not one around the only treatment the sentence
    /// names: "la douleur a disparu après l'opération" tells what the operation did.)
    static func settings(in s: AnalyzedSentence, bytes: [UInt8]) -> [Setting] {
        guard s.namesSetting else { return [] }
        let treatments = s.interventionMentions
        var out: [Setting] = []
        for m in s.matches where m.has(.setting) {
            if treatments.contains(where: { m.covered.contains($0.token) }), !treatments.contains(where: { $0.token < m.first || $0.token > m.last }) { continue }
            for (broader, narrower) in m.settings where !out.contains(where: { $0.broader == broader && $0.narrower == narrower }) {
                out.append(Setting(broader: broader, narrower: narrower, words: s.surface(m, bytes: bytes), token: m.first))
            }
        }
        return out
    }

    static func longNames(_ mentions: [Mention]) -> [(mention: Mention, lowercased: String)] {
        mentions.filter { $0.surface.utf8.contains(UInt8(ascii: " ")) }.map { ($0, $0.surface.lowercased()) }
    }

    init(title: [Mention], titleText: String, titleNamesAnotherCondition: Bool = false, titleInterventions: [Mention] = []) {
        self.title = title
        titleLongNames = Self.longNames(title)
        self.titleText = titleText
        self.titleNamesAnotherCondition = title.isEmpty && titleNamesAnotherCondition
        self.titleInterventions = titleInterventions
    }

    /// Whether the sentence is its section's heading (the first block of a section that has one).
    static func isHeading(_ s: AnalyzedSentence, sections: [Section]) -> Bool {
        s.block == 0 && s.section < sections.count && sections[s.section].heading != nil
    }

    /// The indications a sentence naming none takes from its discourse, nearest first:
    /// earlier sentences of its paragraph, the heading of its section, the question it
    /// answers, the title. Nil when the discourse names none. (Not the opening paragraph: an
    /// article on a practice often opens on one of its uses and then speaks of them all.)
    func indications(for s: AnalyzedSentence) -> Topic? {
        if let p = paragraph, p.section == s.section, p.block == s.block, !p.mentions.isEmpty {
            return Topic(mentions: p.mentions, origin: .paragraph, words: Self.clip(p.text))
        }
        // The paragraph just before, in the same section ("The change follows NICE's review…").
        for p in [paragraph, previousBlock].compactMap({ $0 }) where p.section == s.section && p.block == s.block - 1 && !p.mentions.isEmpty {
            return Topic(mentions: p.mentions, origin: .reference, words: Self.clip(p.text))
        }
        if let h = heading, h.section == s.section, !h.mentions.isEmpty {
            return Topic(mentions: h.mentions, origin: .heading, words: Self.clip(h.text))
        }
        if let q = question, q.section == s.section, !q.mentions.isEmpty {
            return Topic(mentions: q.mentions, origin: .question, words: Self.clip(q.text))
        }
        if !title.isEmpty {
            return Topic(mentions: title, origin: .title, words: Self.clip(titleText))
        }
        if let documentTopic {
            return Topic(mentions: [documentTopic], origin: .topic, words: documentTopic.surface)
        }
        return nil
    }

    /// A narrower indication the discourse names for a broader one a sentence names: "mal de
    /// dos" in an article titled "Lombalgie chronique" speaks of low back pain. The section's
    /// heading first, then the title; only a concept right below the named one, and only when
    /// the discourse names one such.
    func narrower(than id: String, surface: String? = nil, for s: AnalyzedSentence, settings: [Setting] = [],
                  in vocabulary: IndicationVocabulary) -> Topic? {
        // "les nausées des femmes enceintes", "nausea after surgery": the narrower form the
        // sentence names the setting of (`CueKind.setting`), when it names one only. (Only the
        // sentence's own: a page's title or earlier sentences on chemotherapy do not make every
        // nausea it names the nausea chemotherapy brings on; the development passages label
        // those as often plain nausea.)
        if !settings.isEmpty, let setting = Setting.only(for: id, in: settings) {
            return Topic(mentions: [Mention(id: setting.narrower, surface: setting.words, token: setting.token)], origin: .clause, words: setting.words)
        }
        func below(_ mentions: [Mention]) -> Mention? {
            var found: Mention?
            for m in mentions where m.id != id && (vocabulary.concept(id: m.id)?.parents.contains(id) ?? false) {
                if found != nil { return nil }
                found = m
            }
            return found
        }
        if let h = heading, h.section == s.section, !h.mentions.isEmpty, let m = below(h.mentions) {
            return Topic(mentions: [m], origin: .heading, words: Self.clip(h.text))
        }
        if !title.isEmpty, let m = below(title) { return Topic(mentions: [m], origin: .title, words: Self.clip(titleText)) }
        if let o = opening, o.mentions.count == 1, let m = below(o.mentions) { return Topic(mentions: [m], origin: .opening, words: Self.clip(o.text)) }
        // "Can a heat pad really ease period cramps? … eased cramps": a one-word name that ends
        // the heading's or the title's longer name of another condition is that condition.
        let headingNames = heading.map { $0.section == s.section } == true ? headingLongNames : []
        // (Bytes, not Foundation's `contains`: this runs for every condition of every sentence.)
        if let surface, !titleLongNames.isEmpty || !headingNames.isEmpty, !surface.utf8.contains(UInt8(ascii: " ")),
           let topic = longName(endingWith: surface, for: s, except: id) {
            return topic
        }
        // "Chimiothérapie : le gingembre contre les haut-le-cœur ? … les nausées ont baissé": the
        // one narrower form of the condition named for a treatment (or condition) the title
        // names, chemotherapy-induced nausea.
        // (Not the condition itself: "alopecia" in the title names no alopecia areata.)
        let children = vocabulary.children(of: id)
        guard !children.isEmpty else { return nil }
        // (The title's first; then those named earlier in the document, or in the sentence itself.)
        let causes = [titleInterventions, title, causesSeen, s.interventionMentions].joined().lazy.filter { $0.id != id }
        // (A cause named in the plural is its form's singular: antibiotics, antibiotic-associated diarrhoea.)
        // (Not one that resists it: antibiotics cause no antibiotic-resistant infection of the
        // sinus a page on antibiotic prescribing speaks of.)
        // (No array or string built: this runs for every child of every condition named.)
        func follows(_ stem: Substring, in child: String) -> Bool {
            let bytes = child.utf8
            guard bytes.starts(with: stem.utf8) else { return false }
            let rest = bytes.dropFirst(stem.utf8.count)
            return rest.first == UInt8(ascii: "-") && !rest.dropFirst().starts(with: "resistant".utf8)
        }
        func named(_ child: String, for cause: Mention) -> Bool {
            follows(cause.id[...], in: child) || (cause.id.hasSuffix("s") && follows(cause.id.dropLast(), in: child))
        }
        let forms = children.filter { child in causes.contains { named(child, for: $0) } }
        if forms.count == 1, let cause = causes.first(where: { named(forms[0], for: $0) }) {
            return Topic(mentions: [Mention(id: forms[0], surface: cause.surface, token: cause.token)], origin: .title, words: Self.clip(titleText))
        }
        return nil
    }

    /// The one condition the document's opening sentence names, when the title names none:
    /// what a denial or doubt naming no condition, in a sentence that does not name the
    /// treatment either ("the treatment appeared to be ineffective"), speaks of.
    var openingTopic: Topic? {
        guard title.isEmpty, let o = opening, o.mentions.count == 1 else { return nil }
        return Topic(mentions: o.mentions, origin: .opening, words: Self.clip(o.text))
    }

    /// The one condition of the section's heading, else of the title, whose longer name ends
    /// with a word ("fatigue" in "Exercise for cancer-related fatigue"): what a sentence naming
    /// only that word, which the vocabulary does not know alone, speaks of.
    func framingCondition(endingWith word: String, for s: AnalyzedSentence) -> Topic? {
        longName(endingWith: word, for: s)
    }

    /// The one condition (but `id`) of the section's heading, else of the title, whose longer
    /// name ends with a word: `narrower(than:)` for a condition named by that word alone, and
    /// `framingCondition(endingWith:)` for a word the vocabulary does not know.
    private func longName(endingWith word: String, for s: AnalyzedSentence, except id: String? = nil) -> Topic? {
        let suffix = " " + word.lowercased()
        func ending(_ names: [(mention: Mention, lowercased: String)]) -> Mention? {
            let found = names.filter { $0.mention.id != id && $0.lowercased.hasSuffix(suffix) }
            return found.count == 1 ? found[0].mention : nil
        }
        if let h = heading, h.section == s.section, let m = ending(headingLongNames) {
            return Topic(mentions: [m], origin: .heading, words: Self.clip(h.text))
        }
        return ending(titleLongNames).map { Topic(mentions: [$0], origin: .title, words: Self.clip(titleText)) }
    }

    /// The conditions that frame a sentence: its section's heading's, else the title's.
    func framingConditions(for s: AnalyzedSentence) -> [Mention] {
        if let h = heading, h.section == s.section, !h.mentions.isEmpty { return h.mentions }
        return title
    }

    /// The question a sentence answers, when it is the last one asked in its section (or the title).
    func question(answeredBy s: AnalyzedSentence) -> Question? {
        guard let q = lastQuestion, q.section == nil || q.section == s.section else { return nil }
        return q
    }

    /// A title that asks ("Does minoxidil work?") is the question a "Yes." may answer.
    mutating func askTitle(_ title: AnalyzedSentence) {
        if title.text.contains("?") {
            lastQuestion = Question(section: nil, indications: title.indicationMentions, intervention: title.interventionMentions.first,
                                    text: title.text,
                                    asksForAnEffect: !title.indicationMentions.isEmpty || title.matches.contains(where: Self.asksForAnEffect))
        }
    }

    /// Whether a phrase of a question asks for an effect: one stating that it works, but not
    /// one that only sets it beside another treatment ("Is it an alternative to liposuction?"
    /// asks whether it can replace it, not whether it works).
    static func asksForAnEffect(_ m: PhraseMatch) -> Bool {
        m.states(.supports) && !m.has(.comparator)
    }

    /// The intervention a sentence naming none speaks of, when its discourse names one:
    /// earlier in the paragraph, then the section's heading.
    func intervention(for s: AnalyzedSentence) -> (Mention, TopicOrigin)? {
        if let p = paragraphIntervention, p.section == s.section, p.block == s.block { return (p.mention, .paragraph) }
        if let i = introduced, i.section == s.section, i.block == s.block - 1 { return (i.mention, .paragraph) }
        if let h = heading, h.section == s.section, let m = h.interventions.first { return (m, .heading) }
        return nil
    }

    /// The intervention the paragraph just before names last (same section): what a pronoun
    /// opening a paragraph stands for when the document has no main intervention ("D-mannose…
    /// is taken by many women." / "Earlier trials suggested it might cut the number of episodes.").
    /// (Else the one a sentence of that paragraph opened on as its subject, though it claimed nothing.)
    func previousParagraphIntervention(for s: AnalyzedSentence) -> (Mention, TopicOrigin)? {
        func before(_ p: (section: Int, block: Int, mention: Mention)?) -> Mention? {
            p.flatMap { $0.section == s.section && $0.block == s.block - 1 ? $0.mention : nil }
        }
        return (before(paragraphIntervention) ?? before(openedOn)).map { ($0, .paragraph) }
    }

    /// An earlier sentence of the same paragraph widened to the practice as a whole.
    func widening(for s: AnalyzedSentence) -> String? {
        guard let w = widened, w.section == s.section, w.block == s.block else { return nil }
        return w.words
    }

    /// A part of a structured abstract starts ("Results: Pain fell…"): it does not go on from
    /// the conditions the part before listed ("Methods: … patients with low back pain, neck
    /// pain or knee osteoarthritis"), but from what the study is about (heading, title).
    mutating func startPart() {
        paragraph = nil
        previousBlock = nil
        list = nil
        lastList = nil
    }

    /// Records what a sentence names, after its claims are made.
    mutating func note(_ s: AnalyzedSentence, indications: [Mention], interventions: [Mention], isHeading: Bool, wholePractice: String?,
                       introduces: Bool = false, subject: Mention? = nil) {
        let clip = s.text  // clipped when a cue quotes it
        if s.role != .comment {
            if s.section != causesSection { causesSeen.removeAll(keepingCapacity: true); causesSection = s.section }
            for m in s.interventionMentions + indications where !causesSeen.contains(where: { $0.id == m.id }) { causesSeen.append(m) }
        }
        if s.isQuestion {
            // "Is it an alternative to liposuction?" asks about "it", not about liposuction.
            let asked = interventions.first { !s.comparatorEnds.contains($0.token - 1) && !s.comparatorEnds.contains($0.token - 2) }
            // A question asks for an effect when it names one, or names the condition and the
            // treatment ("Is PRP any good for hair loss?"); not "Does the fat just move
            // somewhere else?", which names a condition and nothing done to it.
            let namesTreatment = !s.interventionMentions.isEmpty || s.matches.contains { $0.refers(.intervention) }
            lastQuestion = Question(section: s.section, indications: indications, intervention: asked, text: clip,
                                    asksForAnEffect: (!indications.isEmpty && namesTreatment) || s.matches.contains(where: Self.asksForAnEffect))
        }
        if isHeading {
            heading = (s.section, indications, interventions, clip)
            headingLongNames = Self.longNames(indications)
            if s.isQuestion { question = (s.section, indications, clip) }
            return
        }
        if s.isQuestion, !indications.isEmpty { question = (s.section, indications, clip) }
        if !openingSettled, !indications.isEmpty {
            if s.section == 0, s.block <= 1, s.role != .comment { opening = (indications, clip) }
            openingSettled = true
        }
        if let p = paragraph, p.section != s.section || p.block != s.block {
            previousBlock = p
            paragraph = nil
        }
        if !indications.isEmpty {
            paragraph = (s.section, s.block, indications, clip)
        }
        if let m = interventions.first { paragraphIntervention = (s.section, s.block, m) }
        if let subject { openedOn = (s.section, s.block, subject) }
        if let i = introduced, i.block != s.block { introduced = nil }
        if introduces, let m = interventions.first { introduced = (s.section, s.block, m) }
        // A short block that ends in "." right after items is the list's last item ("les migraines.").
        let continuesList = list.map { $0.section == s.section && $0.lastBlock == s.block - 1 } ?? false
        let isItem = s.tokens.count <= ListZone.paragraphWords && (!s.text.hasSuffix(".") || continuesList)
        if isItem, !indications.isEmpty {
            if var l = list, l.section == s.section, l.lastBlock >= s.block - 1 {
                for m in indications where !l.mentions.contains(where: { $0.id == m.id }) { l.mentions.append(m) }
                l.lastBlock = s.block
                list = l
                if l.mentions.count > 1 { lastList = (l.section, l.mentions) }
            } else {
                list = (s.section, s.block, indications)
                if indications.count > 1 { lastList = (s.section, indications) }
            }
        } else if let l = list, l.lastBlock != s.block {
            list = nil
        }
        if let wholePractice { widened = (s.section, s.block, wholePractice) }
    }

    /// The list of several indications earlier in the sentence's section, for a sentence that
    /// refers back to "ces troubles", "these conditions".
    func recentList(for s: AnalyzedSentence) -> [Mention]? {
        guard let l = lastList, l.section == s.section else { return nil }
        return l.mentions
    }

    /// The indications of the list the sentence ends, when it is a list item after others.
    func listRun(endingWith s: AnalyzedSentence) -> [Mention]? {
        guard let l = list, l.section == s.section, l.lastBlock == s.block, l.mentions.count > 1 else { return nil }
        return l.mentions
    }

    /// A few words of a sentence, for a cue.
    static func clip(_ text: String) -> String {
        if text.utf8.count <= 60 { return text }
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: 57, limitedBy: scalars.endIndex), cut < scalars.endIndex else { return text }
        return String(scalars[..<cut]) + "…"
    }
}
