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
}

package enum ClaimTokenizer {
    private static let tokenizer = Tokenizer(keepsElisions: true)

    /// Elided French words written out, so that "n'a pas" and "ne traite pas" share "ne".
    private static let elided: [String: String] = [
        "n": "ne", "j": "je", "d": "de", "l": "le", "qu": "que", "c": "ce", "m": "me",
        "t": "te", "s": "se", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique",
    ]

    package static func tokens(in text: some StringProtocol, offset: Int = 0) -> [ClaimToken] {
        var out: [ClaimToken] = []
        tokenizer.forEachToken(in: String(text)) { t in
            let folded = t.term.utf8.count <= 7 ? (elided[t.term] ?? t.term) : t.term
            out.append(ClaimToken(key: Stemmer.stem(folded), folded: folded, start: t.start + offset, end: t.end + offset))
        }
        return out
    }
}
