import Lexicon

/// The short forms a document defines for a treatment or a condition the vocabulary names:
/// "fractional microneedle radiofrequency (FMR)", "transcutaneous electrical nerve
/// stimulation (TENS)", "le syndrome de l'intestin irritable (SII)". After the definition, the
/// short form alone names the same concept, as the long form did. (The long form is the name
/// just before the parenthesis; the short form must begin with the first letter of one of
/// the words before it, as Schwartz and Hearst's check for abbreviation definitions asks, so
/// that "(n = 40)" or "(RCT)" after a name defines nothing.)
struct Abbreviations {
    /// Each short form as written (case kept: "PF" is not "pf") and the names it stands for.
    private var names: [String: [CueRole]] = [:]

    var isEmpty: Bool { names.isEmpty }

    /// Reads the definitions a sentence makes.
    mutating func learn(from s: AnalyzedSentence, bytes: [UInt8]) {
        // Most sentences define nothing: look for an opening parenthesis first.
        guard bytes[s.start..<min(s.end, bytes.count)].contains(UInt8(ascii: "(")) else { return }
        for m in s.matches where m.has(.intervention) || m.has(.indication) {
            let short = m.last + 1
            // "(" right before the short form and ")" right after it.
            guard short < s.tokens.count, AnalyzedSentence.gap(before: short, s.tokens, bytes).last == UInt8(ascii: "("),
                  s.tokens[short].end < bytes.count, bytes[s.tokens[short].end] == UInt8(ascii: ")") else { continue }
            let word = Array(bytes[s.tokens[short].start..<s.tokens[short].end])
            guard Self.looksShort(word), !s.matches.contains(where: { $0.first == short && ($0.has(.intervention) || $0.has(.indication)) })
            else { continue }
            // The short form's first letter opens a word of the long form, which may begin
            // before the name ("fractional microneedle radiofrequency (FMR)"): one of as many
            // words before the parenthesis as the short form has letters.
            let initial = word[0] | 0x20
            let from = max(0, min(m.first, short - word.count))
            guard (from..<short).contains(where: { bytes[s.tokens[$0].start] | 0x20 == initial }) else { continue }
            let roles = m.roles.filter { $0.kind == .intervention || $0.kind == .indication }
            names[String(decoding: word, as: UTF8.self)] = roles
        }
    }

    /// A short form: 2 to 8 ASCII letters, digits or dashes, a capital first, two capitals at least.
    static func looksShort(_ word: [UInt8]) -> Bool {
        guard (2...8).contains(word.count), let first = word.first, (0x41...0x5A).contains(first) else { return false }
        var capitals = 0
        for b in word {
            switch b {
            case 0x41...0x5A: capitals += 1
            case 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"): break
            default: return false
            }
        }
        return capitals >= 2
    }

    /// The sentence's matches with a name match for each defined short form it uses that no
    /// other name covers, in token order.
    func adding(to matches: [PhraseMatch], tokens: [ClaimToken], bytes: [UInt8]) -> [PhraseMatch] {
        var out = matches
        for (i, t) in tokens.enumerated() where t.end - t.start <= 8 && t.start < bytes.count && (0x41...0x5A).contains(bytes[t.start]) {
            guard let roles = names[String(decoding: bytes[t.start..<t.end], as: UTF8.self)],
                  !matches.contains(where: { $0.covered.contains(i) && ($0.has(.intervention) || $0.has(.indication)) })
            else { continue }
            // Before the first match that starts after it, as the matcher orders them.
            let at = out.firstIndex { $0.first > i } ?? out.count
            out.insert(PhraseMatch(phrase: -1, covered: CoveredTokens(start: i), roles: roles), at: at)
        }
        return out
    }
}
