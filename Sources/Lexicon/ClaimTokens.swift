#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// A word of a sentence as the claim rules see it: folded, with French elided words kept
/// and spelt out ("n'" is "ne"), and a light stem so that plurals and feminines meet.
package struct ClaimToken: Sendable {
    /// Stem of the folded word: what lexicon words are compared with.
    package var key: String
    /// The folded word: what `prefix*` lexicon words are compared with.
    package var folded: String
    /// UTF-8 byte offsets in the document text.
    package var start: Int
    package var end: Int
    /// A comma, semicolon, colon, parenthesis or quotation mark stands between this token and
    /// the one before: a phrase's adjacent words do not match across it.
    package var punctuatedBefore = false
}

package enum ClaimTokenizer {
    private static let tokenizer = Tokenizer(keepsElisions: true)

    /// Elided French words written out, so that "n'a pas" and "ne traite pas" share "ne".
    private static let elided: [String: String] = [
        "n": "ne", "j": "je", "d": "de", "l": "le", "qu": "que", "c": "ce", "m": "me",
        "t": "te", "s": "se", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique",
    ]

    /// French plurals no suffix rule meets with their singular, as stems. (Here, not in
    /// `Stemmer`: the search index's terms, which the analyzer's name versions, stay as they are.)
    private static let irregularPlurals: [String: String] = ["maux": "mal", "yeux": Stemmer.stem("oeil")]

    /// Whether a word may be one of `elided`'s (one or two letters, or ending in "qu"): most
    /// words are not, and skip the lookup.
    private static func mayBeElided(_ term: String) -> Bool {
        let count = term.utf8.count
        if count <= 2 { return true }
        return count <= 7 && lastBytes(of: term) == (UInt8(ascii: "q"), UInt8(ascii: "u"))
    }

    /// A word's last two bytes (0 where it has fewer), read on its contiguous UTF-8: the
    /// collection's generic `last` cost more than the rest of a token's folding, word by word.
    private static func lastBytes(of term: String) -> (UInt8, UInt8) {
        if let pair = term.utf8.withContiguousStorageIfAvailable({ b in (b.count >= 2 ? b[b.count - 2] : 0, b.last ?? 0) }) { return pair }
        let bytes = Array(term.utf8)
        return (bytes.count >= 2 ? bytes[bytes.count - 2] : 0, bytes.last ?? 0)
    }

    /// Whether the bytes between two words part them for a phrase: `,;:()"` or « » “ ” (not an
    /// apostrophe or a dash).
    private static func stops(_ gap: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in gap {
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""),
                 UInt8(ascii: "|"): return true
            case 0xAB where previous == 0xC2, 0xBB where previous == 0xC2: return true
            case 0x9C where previous == 0x80 && beforePrevious == 0xE2, 0x9D where previous == 0x80 && beforePrevious == 0xE2: return true
            default: break
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// Whether the bytes between two words open a quotation: « or “ anywhere, or a straight
    /// quote right before the word ("… : \"Deux").
    package static func opensQuotation(_ gap: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in gap {
            if (b == 0xAB && previous == 0xC2) || (b == 0x9C && previous == 0x80 && beforePrevious == 0xE2) { return true }
            beforePrevious = previous
            previous = b
        }
        return gap.last == UInt8(ascii: "\"")
    }

    /// Whether the bytes between two words close a quotation: `"`, » or ”.
    package static func closesQuotation(_ gap: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in gap {
            if b == UInt8(ascii: "\"") || (b == 0xBB && previous == 0xC2) || (b == 0x9D && previous == 0x80 && beforePrevious == 0xE2) { return true }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    package static func tokens(in text: some StringProtocol, offset: Int = 0) -> [ClaimToken] {
        var out: [ClaimToken] = []
        let string = String(text)
        let utf8 = Array(string.utf8)
        // About one word in six bytes: room for them all without growing the array step by step.
        out.reserveCapacity(utf8.count / 5 + 4)
        var previousEnd = 0
        tokenizer.forEachToken(in: string) { t in
            let folded = Self.mayBeElided(t.term) ? (elided[t.term] ?? t.term) : t.term
            // A final x is a French plural after u ("genoux", "cheveux"), not in "vitex", "index",
            // "cortex", which would meet "vite", "inde", "corte".
            let (beforeLast, last) = Self.lastBytes(of: folded)
            var key = last == UInt8(ascii: "x") && beforeLast != UInt8(ascii: "u") ? folded : Stemmer.stem(folded)
            // Irregular plurals the stem cannot reach: "maux de dos" is "mal de dos".
            if folded.utf8.count == 4, let singular = irregularPlurals[folded] { key = singular }
            var token = ClaimToken(key: key, folded: folded, start: t.start + offset, end: t.end + offset)
            if !out.isEmpty, previousEnd < t.start, t.start <= utf8.count {
                token.punctuatedBefore = Self.stops(utf8[previousEnd..<t.start])
            }
            previousEnd = t.end
            out.append(token)
        }
        return out
    }
}
