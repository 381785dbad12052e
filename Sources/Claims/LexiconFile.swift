import Foundation
import TextAnalysis

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
    /// Describing use, not effect ("est proposée pour", "is used for").
    case practice
    /// A study's aim or question, not its answer ("to assess whether X reduces pain").
    case aim
    /// The condition's own course, not an intervention's effect ("guérit spontanément").
    case course
    case hedge
    /// value: a basis id ("rct", "hta-report", ...)
    case basis
    /// Authors speaking of their own study ("we conducted", "notre étude"): with a basis in
    /// the same sentence, it is the document's design, the basis of its sentences with no cue.
    case ownstudy
    case testimony
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
}

/// One line of a lexicon file: a kind, a value and the phrases that carry it.
public struct LexiconLine: Sendable, Hashable {
    public var kind: CueKind
    public var value: String
    public var phrases: [String]
    public var file: String
    public var line: Int
}

/// Reads the line format shared by every cue file: `kind<TAB>value<TAB>phrase|phrase|...`,
/// `#` comments, blank lines ignored. `-` stands for an empty value.
public enum LexiconFile {
    public static func parse(_ text: String, source: String) throws -> [LexiconLine] {
        var out: [LexiconLine] = []
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3 else {
                throw LexiconError(file: source, line: n + 1, reason: "expected `kind<TAB>value<TAB>phrase|phrase...`")
            }
            guard let kind = CueKind(rawValue: fields[0]) else {
                throw LexiconError(file: source, line: n + 1, reason: "unknown kind `\(fields[0])` (known: \(CueKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let value = fields[1] == "-" ? "" : fields[1]
            if let problem = check(kind: kind, value: value) {
                throw LexiconError(file: source, line: n + 1, reason: problem)
            }
            let phrases = fields[2...].joined(separator: "|").split(separator: "|")
                .map { Normalization.nfc($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
            out.append(LexiconLine(kind: kind, value: value, phrases: phrases, file: source, line: n + 1))
        }
        return out
    }

    private static func check(kind: CueKind, value: String) -> String? {
        switch kind {
        case .effect where Stance(rawValue: value) == nil:
            return "an effect's value is supports, refutes or uncertain, not `\(value)`"
        case .basis where Basis(rawValue: value) == nil:
            return "unknown basis `\(value)` (known: \(Basis.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .negation where !["pre", "post", "pseudo"].contains(value):
            return "a negation's value is pre, post or pseudo, not `\(value)`"
        case .attribution where !["source", "finding"].contains(value):
            return "an attribution's value is source or finding, not `\(value)`"
        case .reference where !["intervention", "back", "symptom", "example"].contains(value):
            return "a reference's value is intervention, back, symptom or example, not `\(value)`"
        case .intervention where value.isEmpty, .indication where value.isEmpty:
            return "an \(kind.rawValue) line needs an id"
        default:
            return nil
        }
    }
}
