/// A word of a text: its folded form and where it stands.
public struct Token: Sendable, Hashable {
    /// The folded (and, through an `Analyzer`, stemmed) term.
    public var term: String
    /// UTF-8 byte offsets in the text that was tokenized.
    public var start: Int
    public var end: Int
    /// Ordinal among the text's tokens, for phrases.
    public var position: Int

    public init(term: String, start: Int, end: Int, position: Int) {
        self.term = term
        self.start = start
        self.end = end
        self.position = position
    }
}

/// Splits UTF-8 text into words: runs of letters and digits, with inner hyphens and
/// apostrophes handled as French and English use them ("l'arthrose" gives "arthrose",
/// "low-back" gives "low" and "back"). ASCII is handled byte by byte; other scalars are
/// decoded only where they occur.
public struct Tokenizer: Sendable {
    /// When true, an elided word ("n'", "j'", "l'") is kept as its own token, so that claim
    /// cues can see "n'a pas" and "j'ai"; search drops it.
    public let keepsElisions: Bool

    public init(keepsElisions: Bool = false) {
        self.keepsElisions = keepsElisions
    }

    /// French elided articles and pronouns dropped before an apostrophe.
    static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    public func tokens(in text: String) -> [Token] {
        var out: [Token] = []
        forEachToken(in: text) { out.append($0) }
        return out
    }

    /// Calls `body` with each token, without building an array.
    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        var position = 0
        var current = String.UnicodeScalarView()
        var start = -1
        var offset = 0

        func flush(at end: Int) {
            guard start >= 0 else { return }
            body(Token(term: String(current), start: start, end: end, position: position))
            position += 1
            current.removeAll(keepingCapacity: true)
            start = -1
        }

        var scalars = text.unicodeScalars.makeIterator()
        // Walk scalars while tracking byte offsets from their UTF-8 length.
        while let scalar = scalars.next() {
            let width = UTF8.width(scalar)
            if Self.isWordScalar(scalar) {
                if start < 0 { start = offset }
                Folding.append(scalar, to: &current)
            } else if Self.isApostrophe(scalar), start >= 0 {
                // "l'arthrose": the elided word is dropped; "aujourd'hui" stays one word.
                let word = String(current)
                if Self.elisions.contains(word) {
                    if keepsElisions {
                        flush(at: offset)
                    } else {
                        current.removeAll(keepingCapacity: true)
                        start = -1
                    }
                } else {
                    flush(at: offset)
                }
            } else {
                flush(at: offset)
            }
            offset += width
        }
        flush(at: offset)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if (0x0300...0x036F).contains(v) { return true }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}"
    }
}
