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

    /// Calls `body` with each token, without building an array. Works on the UTF-8 bytes:
    /// ASCII is folded byte by byte, other scalars are decoded only where they occur.
    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            var term: [UInt8] = []
            term.reserveCapacity(32)
            var scratch = String.UnicodeScalarView()
            var start = -1
            let n = bytes.count

            func flush(at end: Int) {
                guard start >= 0 else { return }
                body(Token(term: String(decoding: term, as: UTF8.self), start: start, end: end, position: position))
                position += 1
                term.removeAll(keepingCapacity: true)
                start = -1
            }

            // "l'arthrose": the elided word is dropped (or kept as a token); "aujourd'hui" stays one word.
            func apostrophe(at offset: Int) {
                if term.count <= 7, Self.elisions.contains(String(decoding: term, as: UTF8.self)) {
                    if keepsElisions {
                        flush(at: offset)
                    } else {
                        term.removeAll(keepingCapacity: true)
                        start = -1
                    }
                } else {
                    flush(at: offset)
                }
            }

            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        if start < 0 { start = i }
                        term.append(b)
                    } else if b >= 0x41 && b <= 0x5A {
                        if start < 0 { start = i }
                        term.append(b + 0x20)
                    } else if b == 0x27, start >= 0 {
                        apostrophe(at: i)
                    } else {
                        flush(at: i)
                    }
                    i += 1
                    continue
                }
                let (scalar, width) = Self.decode(bytes, at: i)
                if Self.isWordScalar(scalar) {
                    if start < 0 { start = i }
                    // The accented Latin letters French writes ("é", "ç", "œ"): their folded
                    // bytes straight from the table, with no scalar view built.
                    if let latin = Folding.latinFolded(scalar) {
                        term.append(contentsOf: latin.utf8)
                        i += width
                        continue
                    }
                    scratch.removeAll(keepingCapacity: true)
                    Folding.append(scalar, to: &scratch)
                    for folded in scratch { UTF8.encode(folded) { term.append($0) } }
                } else if Self.isApostrophe(scalar), start >= 0 {
                    apostrophe(at: i)
                } else {
                    flush(at: i)
                }
                i += width
            }
            flush(at: n)
        }
    }

    /// The scalar starting at a lead byte of valid UTF-8, and its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let n = bytes.count
        if b0 >= 0xF0, i + 3 < n {
            let v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            let v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if b0 >= 0xC0, i + 1 < n {
            let v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        return ("\u{FFFD}", 1)
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
