import Foundation
#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// What a lexicon line is about. The file format is in Lexicon/README.md.
public enum CueKind: String, Sendable, Hashable, CaseIterable {
    /// value: intervention id
    case intervention
    /// value: indication id (extra surface forms beside indications.tsv)
    case indication
    /// value: the stance the words state (`supports`, `refutes`, `uncertain`)
    case effect
    /// Nouns naming efficacy ("efficacité"): with an un-negated evidence word they support.
    case efficacy
    /// Words of proof ("démontrée", "proven"): negated, they make a statement uncertain.
    case evidence
    /// value: `pre` (scope forward), `post` (scope backward) or `pseudo` (looks like one, is not)
    case negation
    /// Words that end a clause, and with it a negation's scope ("mais", "however").
    case boundary
    /// Words that look like a boundary and only add to the clause ("mais aussi", "but also").
    case continuation
    /// A condition the vocabulary does not know ("asthma", "rhumatoid arthritis"): a sentence
    /// naming one speaks of it, so it takes no indication from its discourse and is not general.
    case othercondition
    /// An intervention the vocabulary does not know ("chiropractic", "ozone therapy"): an
    /// effect stated of it is not credited to the document's main intervention, nor to one
    /// named elsewhere in the sentence.
    case otherintervention
    /// Words that put both arms of a trial in one statement ("in both groups", "dans les deux
    /// groupes", "between-group differences"): a change seen in both arms is no effect of
    /// the treatment; a difference between them depends on what the trial compared.
    case arms
    /// Labels of a study's findings ("Results:", "Conclusions", "Principaux résultats") at the
    /// start of a sentence or as a heading: what follows speaks of the study the document describes.
    case findings
    /// Words that look like a cue and are none ("patients traités par", "treated with": who
    /// was treated, not what it did).
    case neutral
    /// Describing use, not effect ("est proposée pour", "is used for").
    case practice
    /// A study's aim or question, not its answer ("to assess whether X reduces pain").
    case aim
    /// How a treatment acts, its mechanism, not whether it works ("how it works is not
    /// known", "son mécanisme d'action reste mal connu"): the clause claims nothing, even
    /// when it says the mechanism is unknown.
    case mechanism
    /// The condition's own course, not an intervention's effect ("guérit spontanément").
    case course
    /// A disclaimer about what may be claimed, not a claim ("I am not able to claim that
    /// homeopathy treats any condition").
    case disclaimer
    case hedge
    /// value: a basis id ("rct", "hta-report", ...)
    case basis
    /// Studies named without their design ("trials", "essais cliniques"): a controlled study
    /// when nothing better is known (the document's type, the study described), never over it.
    case studies
    /// Authors speaking of their own study ("we conducted", "notre étude"): with a basis in
    /// the same sentence, it is the document's design, the basis of its sentences with no cue.
    case ownstudy
    case testimony
    /// One person who speaks from their own practice or experience ("un rhumatologue", "the
    /// surgeon", "Dr"): with a `saying` verb next to it, the sentence reports what that person
    /// says, which is testimony (spec/claims.md §2: "of patients or of individual practitioners").
    case speaker
    /// Verbs that report what someone says ("explique", "tranche", "says", "warns"), read
    /// beside a `speaker`.
    case saying
    /// value: `source` (always a report of another source) or `finding` (a reporting verb)
    case attribution
    /// Navigation, sharing and forms ("A lire également", "Read also"): no claims there.
    case navigation
    /// value: `intervention` (it, elle, this treatment), `back` (refers to the sentence
    /// before: "son efficacité", "these conditions"), `symptom` ("la douleur" with no
    /// indication named: that of the sentence before) or `example` ("par exemple")
    case reference
    /// Words that make the intervention after them a comparator, not the subject
    /// ("compared with minoxidil", "contre placebo"): it gets no claim of its own.
    case comparator
    /// The practice as a whole ("dans toutes ses indications", "for any of its uses", "de
    /// nombreuses autres pathologies"): a claim with no indication named is `general` by
    /// the sentence's own words, and may decide a verdict (spec/claims.md §4, §6).
    case whole
    /// A claim said to be false ("it is a myth that", "rated false", "idée reçue"): the effect
    /// it states is denied (`refutes`).
    case denial
    /// A claim reported, not made ("contrairement à ce qu'affirment", "clinics claim that",
    /// "soi-disant"): the effect of that clause is someone else's; it states none.
    case reported
    /// The comparison arm of a trial ("groupe contrôle", "placebo group"): "…, but not in the
    /// control group" does not deny the effect stated before it.
    case control
    /// value: the stance a one-word answer gives a question's effect ("Oui." supports, "No."
    /// refutes): "Does shockwave therapy work for heel pain? For most patients, yes."
    case answer
    /// A lead-in that opens a list of uses with an effect ("Indications :", "What can
    /// osteopathy help with?"): each list item below that names an indication is a claim.
    case listhead
    /// Affiliations and institutions ("Department of", "Service de", "College of Medicine"):
    /// the words after them name a place, not an intervention, a condition or a source.
    case affiliation
    /// Words opening a condition ("quand", "lorsque", "if", "when"): a `failure` after one
    /// makes that part of the sentence a circumstance.
    case condition
    /// Care that did not work, or a condition that did not give way ("ne suffisent pas",
    /// "has not settled", "have failed"): after a `condition` word of its clause ("Quand les
    /// antalgiques ne suffisent pas, …", "If the pain has not settled, …"), the words from that
    /// condition to the next comma are a circumstance: they state no effect, and what they name
    /// gets no claim from the sentence.
    case failure
    /// A circumstance opened by the phrase itself ("that has not responded to", "qui ne répond
    /// pas à", "en cas d'échec de", "resistant to"): up to the next comma, as for `failure`.
    case circumstance
    /// A treatment given ("she received", "were treated with", "a reçu", "ont été traités
    /// par"): a sentence that says so of the one treatment it names makes it what its
    /// paragraph goes on about, though it states no effect.
    case administered
    /// A harm a treatment may do ("side effects such as", "peut provoquer", "can cause"): a
    /// condition named right after it, in its clause, is what the treatment may bring on, not
    /// what it treats.
    case harm
    /// A harm named after the condition ("des maux de tête peuvent survenir", "nausea and a bad
    /// taste were common"): the condition within six words before it, in its clause, is what
    /// the treatment may bring on, not its indication.
    case harmAfter
    /// A title or heading asking readers for their experience ("vos expériences ?", "share your
    /// experience", "has anyone tried"): a thread of readers' stories, whose sentences with no
    /// stated basis are testimony.
    case thread
    /// A lack of something ("carence en", "manque de", "lack of", "deficiency"): a treatment
    /// named after it with only joining words and other names between (or right before "deficiency") is what the body lacks,
    /// not a treatment the sentence speaks of ("sauf carence en fer", "iron or vitamin deficiency").
    case deficiency
    /// The people a result was seen in ("chez les enfants présentant", "in adults with"): a
    /// condition named right after it is who was treated, not the indication, when an effect
    /// after it names a condition of its own ("chez les enfants présentant un TDAH, la
    /// mélatonine atténue les difficultés d'endormissement").
    case population
    /// A heading that opens the signs to see a doctor for ("Call 111 or your GP if:", "Quand
    /// consulter ?"): the lines of its section describe signs, not effects of a treatment.
    case warning
    /// Side effects named as such ("effets indésirables fréquents :", "common side effects:"):
    /// the conditions listed after the colon that follows them are what the treatment brings
    /// on, not what it treats.
    case sideEffects
    /// A study's own authors or investigators ("l'un des auteurs", "the lead researcher", "la
    /// rhumatologue qui a coordonné l'essai"): what they say of it rests on the study named
    /// before, not on their own experience.
    case studyAuthor
    /// A name that is one only in capitals ("TENS", "OA"): written in lower case ("the ten
    /// included trials") the word names nothing.
    case capitals
    /// An institution or a publication ("journal", "society", "Société", "syndicat"): a
    /// treatment's name inside its name ("a physiotherapy journal", "la Société française de
    /// mésothérapie") is no treatment spoken of.
    case institution
    /// A word that may stand between two words of a cue phrase without breaking it ("also",
    /// "également", "vraiment"): "may also help" states what "may help" does, "pourrait
    /// également aider" what "pourrait aider" does. Names are never broken so.
    case interposed
    /// value: `broader>narrower`, two condition ids, the narrower one below the broader, which
    /// the words name the setting of ("après une opération": `pain>postoperative-pain`,
    /// "pendant la grossesse": `nausea>pregnancy-nausea`): the broader condition named in a
    /// sentence that names the setting is the narrower one ("la douleur dans les jours qui
    /// suivent l'opération", "les nausées des femmes enceintes"). The words name no treatment
    /// or condition of their own.
    case setting
    /// A headline's caution or sanction ("FDA warns consumers about…", "l'ANSM met en garde
    /// contre…", "cracks down on"): a title naming an official body with one of these reports
    /// its warning, so the body is not the basis of the effects the page's sentences state
    /// (the sellers' or the users' words it warns about).
    case caution
    /// A cause named after a condition ("due à", "caused by", "secondary to"): a condition
    /// right after it, with only determiners between, is the cause of the condition named just
    /// before it, not an indication of its own ("la sciatique due à une hernie discale"); pain
    /// as such takes its cause ("les douleurs dues à l'arthrose").
    case cause

    /// A bit of its own (`PhraseMatch.kinds`): whether a match has a kind is one AND, not a
    /// walk over its roles.
    package var bit: UInt64 {
        let position: Int = switch self {
        case .intervention: 0
        case .indication: 1
        case .effect: 2
        case .efficacy: 3
        case .evidence: 4
        case .negation: 5
        case .boundary: 6
        case .continuation: 7
        case .othercondition: 8
        case .otherintervention: 9
        case .arms: 10
        case .findings: 11
        case .neutral: 12
        case .practice: 13
        case .aim: 14
        case .course: 15
        case .disclaimer: 16
        case .hedge: 17
        case .basis: 18
        case .studies: 19
        case .ownstudy: 20
        case .testimony: 21
        case .speaker: 22
        case .saying: 23
        case .attribution: 24
        case .navigation: 25
        case .reference: 26
        case .comparator: 27
        case .whole: 28
        case .denial: 29
        case .reported: 30
        case .control: 31
        case .answer: 32
        case .listhead: 33
        case .affiliation: 34
        case .condition: 35
        case .failure: 36
        case .circumstance: 37
        case .administered: 38
        case .harm: 39
        case .harmAfter: 40
        case .thread: 41
        case .deficiency: 42
        case .population: 43
        case .warning: 44
        case .sideEffects: 45
        case .studyAuthor: 46
        case .capitals: 47
        case .institution: 48
        case .mechanism: 49
        case .interposed: 50
        case .setting: 51
        case .caution: 52
        case .cause: 53
        }
        return 1 << UInt64(position)
    }
}

/// Which way a negation trigger reaches (NegEx): `pre` forward, `post` backward, `pseudo` nowhere.
public enum NegationDirection: String, Sendable, Hashable, CaseIterable {
    case pre, post, pseudo
}

/// `source` ("selon") always reports another source; `finding` ("a montré") does outside a
/// study's or report's own text.
public enum AttributionKind: String, Sendable, Hashable, CaseIterable {
    case source, finding
}

/// What a reference word stands for (Lexicon/README.md).
public enum ReferenceKind: String, Sendable, Hashable, CaseIterable {
    /// the main intervention ("elle", "this treatment")
    case intervention
    /// the sentence before ("son efficacité", "these conditions")
    case back
    /// the symptom of the indication named before ("la douleur")
    case symptom
    /// "par exemple": an example of the sentence before
    case example
    /// "leurs efficacités", "these treatments", "none of them": the several interventions the
    /// sentence before named, each.
    case several
    /// "aucune de ces promesses", "none of these claims": the uses just listed, named as claims
    /// (the list quoted them to be judged; with `back` on the same phrase).
    case listedClaims = "listed-claims"
    /// "les deux", "both": the two interventions the title names ("paracétamol ou ibuprofène ?").
    case both
}

/// What a matched phrase means, typed when the lexicon is loaded: a kind and, for the kinds
/// that have one, its value. One phrase may carry several roles.
public enum CueRole: Sendable, Hashable {
    case intervention(String)
    case indication(String)
    case effect(Stance)
    case negation(NegationDirection)
    case basis(Basis)
    case attribution(AttributionKind)
    case reference(ReferenceKind)
    case answer(Stance)
    /// The narrower condition a setting selects for a broader one (`CueKind.setting`), as the
    /// file writes it, `broader>narrower` (one string: a role stays as small as the others).
    case setting(String)
    /// A kind that carries no value (boundary, hedge, testimony, ...).
    case marker(CueKind)

    public var kind: CueKind {
        switch self {
        case .intervention: return .intervention
        case .indication: return .indication
        case .effect: return .effect
        case .negation: return .negation
        case .basis: return .basis
        case .attribution: return .attribution
        case .reference: return .reference
        case .answer: return .answer
        case .setting: return .setting
        case .marker(let kind): return kind
        }
    }

    /// The role a file's `kind<TAB>value` gives; throws the reason when it gives none.
    package static func parse(kind: CueKind, value: String) throws(RoleProblem) -> CueRole {
        func typed<T: RawRepresentable & CaseIterable>(_: T.Type, _ what: String) throws(RoleProblem) -> T where T.RawValue == String {
            guard let v = T(rawValue: value) else {
                throw RoleProblem(reason: "\(what) is \(T.allCases.map(\.rawValue).joined(separator: ", ")), not `\(value)`")
            }
            return v
        }
        switch kind {
        case .intervention, .indication:
            guard !value.isEmpty else { throw RoleProblem(reason: "an \(kind.rawValue) line needs an id") }
            return kind == .intervention ? .intervention(value) : .indication(value)
        case .effect: return .effect(try typed(Stance.self, "an effect's value"))
        case .negation: return .negation(try typed(NegationDirection.self, "a negation's value"))
        case .basis: return .basis(try typed(Basis.self, "a basis"))
        case .attribution: return .attribution(try typed(AttributionKind.self, "an attribution's value"))
        case .reference: return .reference(try typed(ReferenceKind.self, "a reference's value"))
        case .answer: return .answer(try typed(Stance.self, "an answer's value"))
        case .setting:
            guard settingIDs(value) != nil else {
                throw RoleProblem(reason: "a setting's value is `broader>narrower` (two condition ids), not `\(value)`")
            }
            return .setting(value)
        default:
            guard value.isEmpty else { throw RoleProblem(reason: "a \(kind.rawValue) line takes no value (`-`), not `\(value)`") }
            return .marker(kind)
        }
    }

    /// A setting's two ids (`broader>narrower`); nil when the value is not two ids so joined.
    package static func settingIDs(_ value: String) -> (broader: String, narrower: String)? {
        let ids = value.split(separator: ">", omittingEmptySubsequences: false)
        guard ids.count == 2, !ids[0].isEmpty, !ids[1].isEmpty else { return nil }
        return (String(ids[0]), String(ids[1]))
    }

    package struct RoleProblem: Error {
        var reason: String
    }
}

/// One line of a lexicon file: its role and the phrases that carry it.
public struct LexiconLine: Sendable, Hashable {
    public var role: CueRole
    public var phrases: [String]
    public var file: String
    public var line: Int
}

/// Reads the line format shared by every cue file: `kind<TAB>value<TAB>phrase|phrase|...`,
/// `#` comments, blank lines ignored. `-` stands for an empty value.
public enum LexiconFile {
    public static func parse(_ text: String, source: String) throws -> [LexiconLine] {
        var out: [LexiconLine] = []
        try DataFileLines.forEachLine(in: text) { n, raw in
            let line = DataFileLines.trimmed(raw)
            if DataFileLines.isBlankOrComment(line) { return }
            let fields = DataFileLines.fields(of: line, separatedBy: UInt8(ascii: "\t")).map { String(DataFileLines.trimmed($0)) }
            guard fields.count >= 3 else {
                throw LexiconError(file: source, line: n, reason: "expected `kind<TAB>value<TAB>phrase|phrase...`")
            }
            guard let kind = CueKind(rawValue: fields[0]) else {
                throw LexiconError(file: source, line: n, reason: "unknown kind `\(fields[0])` (known: \(CueKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let value = fields[1] == "-" ? "" : fields[1]
            let role: CueRole
            do throws(CueRole.RoleProblem) { role = try CueRole.parse(kind: kind, value: value) } catch {
                throw LexiconError(file: source, line: n, reason: error.reason)
            }
            var phrases: [String] = []
            for field in fields[2...] {
                for phrase in DataFileLines.fields(of: Substring(field), separatedBy: UInt8(ascii: "|"), omittingEmpty: true) {
                    let text = DataFileLines.trimmed(phrase)
                    if !text.isEmpty { phrases.append(Normalization.nfc(String(text))) }
                }
            }
            guard !phrases.isEmpty else { throw LexiconError(file: source, line: n, reason: "no phrase") }
            out.append(LexiconLine(role: role, phrases: phrases, file: source, line: n))
        }
        return out
    }

}
