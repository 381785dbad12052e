import Foundation

/// A sentence: a half-open range of UTF-8 byte offsets into the text it was cut from, and
/// the index of the block (paragraph, list item, heading) it belongs to.
public struct SentenceSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var block: Int
    public init(start: Int, end: Int, block: Int) {
        self.start = start
        self.end = end
        self.block = block
    }
}

/// Cuts blocks of text into sentences. A block (paragraph, list item, heading, table row)
/// is never crossed, so a heading or a list item is a sentence of its own. Inside a block,
/// a sentence ends at `.`, `!`, `?` or an ellipsis followed by a space and a capital, a
/// digit or an opening quote, except after an abbreviation ("Dr.", "et al.", "p. ex.",
/// "e.g.", "vs.", "cf."), an initial ("J. Smith") or inside a number ("2.5", "p<0.05"). A
/// letter after a word that letters name kinds of ("vitamin D.", "hépatite B.",
/// `Resources/letter-nouns.txt`) is no initial: it ends the sentence.
public struct SentenceSplitter: Sendable {
    /// Folded abbreviations without their final full stop.
    private let abbreviations: Set<String>
    /// Folded words a letter after which is a name, not an initial ("vitamin D.").
    private let letterNouns: Set<String>
    /// Abbreviations that end a sentence when a capital follows ("... etc. Les"), and units,
    /// which a full stop after a number nearly always ends with ("... but not with 250 mg. Both doses").
    private let closing: Set<String> = ["etc", "mg", "ml", "kg", "cm", "mm"]
    /// The longest of those words, in bytes: a longer word before a full stop is none of them,
    /// and is not looked up (most sentences end on one).
    private let longestShortForm: Int

    public static let shared = SentenceSplitter()

    public init(abbreviations extra: [String] = []) {
        var set = Set<String>()
        for word in ResourceList.load("abbreviations") + extra { set.insert(Folding.fold(word)) }
        abbreviations = set
        letterNouns = Set(ResourceList.load("letter-nouns").map(Folding.fold))
        longestShortForm = set.union(closing).map(\.utf8.count).max() ?? 0
    }

    /// Sentences of the given blocks (byte ranges of `text`), in order.
    public func sentences(in text: String, blocks: [(start: Int, end: Int)]) -> [SentenceSpan] {
        sentences(utf8: Array(text.utf8), blocks: blocks)
    }

    /// The same over a text's UTF-8 bytes, for callers that already hold them.
    public func sentences(utf8 bytes: [UInt8], blocks: [(start: Int, end: Int)]) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        for (index, block) in blocks.enumerated() {
            split(bytes, from: max(0, block.start), to: min(bytes.count, block.end), block: index, into: &out)
        }
        return out
    }

    /// Sentences of a whole text, each line a block.
    public func sentences(in text: String) -> [SentenceSpan] {
        var blocks: [(start: Int, end: Int)] = []
        var start = 0
        for (i, b) in text.utf8.enumerated() where b == 0x0A {
            blocks.append((start, i))
            start = i + 1
        }
        blocks.append((start, text.utf8.count))
        return sentences(in: text, blocks: blocks)
    }

    private func split(_ bytes: [UInt8], from: Int, to: Int, block: Int, into out: inout [SentenceSpan]) {
        var sentenceStart = from
        var i = from
        while i < to {
            let b = bytes[i]
            let isEllipsis = b == 0xE2 && i + 2 < to && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6
            guard b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || isEllipsis else {
                i += 1
                continue
            }
            // The run of terminators, then closing quotes and brackets.
            var j = i
            var dots = 0
            var ellipsis = false
            while j < to {
                if bytes[j] == UInt8(ascii: ".") { dots += 1; j += 1 }
                else if bytes[j] == UInt8(ascii: "!") || bytes[j] == UInt8(ascii: "?") { j += 1 }
                else if bytes[j] == 0xE2, j + 2 < to, bytes[j + 1] == 0x80, bytes[j + 2] == 0xA6 { ellipsis = true; j += 3 }
                else { break }
            }
            if dots >= 3 { ellipsis = true }
            while j < to, Self.isClosing(bytes, j) { j += Self.width(bytes[j]) }
            // French closing guillemets follow a space: « C'est efficace. »
            var p = j
            while p < to, Self.isSpace(bytes[p]) { p += 1 }
            // Only a guillemet: a straight quote after a space opens the next sentence ("… findings. "Patients …").
            if p > j, p + 1 < to, bytes[p] == 0xC2, bytes[p + 1] == 0xBB {
                j = p
                while j < to, Self.isClosing(bytes, j) { j += Self.width(bytes[j]) }
            }
            if j >= to {
                break  // the block's end closes the sentence anyway
            }
            guard Self.isSpace(bytes[j]) else { i = j; continue }  // "2.5", "e.g.," "p<0.05"
            var k = j
            while k < to, Self.isSpace(bytes[k]) { k += 1 }
            if k >= to { break }
            let nextOpensSentence = Self.opensSentence(bytes, k, to)
            var ends = nextOpensSentence
            if ends, b == UInt8(ascii: "."), dots == 1, !ellipsis {
                let word = Self.wordBefore(bytes, i, from)
                let folded = Folding.fold(word)
                let short = folded.utf8.count <= longestShortForm
                if short, closing.contains(folded) {
                    ends = true
                } else if short, abbreviations.contains(folded) {
                    ends = false
                } else if Self.isInitial(word) {
                    let space = i - word.utf8.count - 1
                    ends = space > from && Self.isSpace(bytes[space])
                        && letterNouns.contains(Self.lastTerm(of: Self.wordBefore(bytes, space, from)))
                }
            }
            if ends {
                Self.append(bytes, sentenceStart, j, block, &out)
                sentenceStart = k
            }
            i = k
        }
        Self.append(bytes, sentenceStart, to, block, &out)
    }

    private static func append(_ bytes: [UInt8], _ start: Int, _ end: Int, _ block: Int, _ out: inout [SentenceSpan]) {
        var s = start, e = end
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) { e -= 1 }
        if e > s { out.append(SentenceSpan(start: s, end: e, block: block)) }
    }

    /// The word right before a full stop, back to a space or an opening bracket ("(e.g").
    private static func wordBefore(_ bytes: [UInt8], _ dot: Int, _ from: Int) -> String {
        var s = dot
        while s > from, !isSpace(bytes[s - 1]), bytes[s - 1] != UInt8(ascii: "("), bytes[s - 1] != UInt8(ascii: "[") { s -= 1 }
        return String(decoding: bytes[s..<dot], as: UTF8.self)
    }

    /// The word's last term as the tokenizer reads it: folded, its elided article dropped
    /// ("l'hépatite" gives "hepatite").
    private static func lastTerm(of word: String) -> String {
        Tokenizer().tokens(in: word).last?.term ?? ""
    }

    /// One capital letter: "J." of "J. Smith", "M." of "M. Dupont".
    private static func isInitial(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return scalars.count == 1 && scalars.first!.properties.isAlphabetic
    }

    private static func opensSentence(_ bytes: [UInt8], _ k: Int, _ to: Int) -> Bool {
        let b = bytes[k]
        if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return true }
        if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return true }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "'") { return true }
        if b >= 0x80 {
            // Decode one scalar: an accented capital ("É"), a typographic quote or a dash.
            var end = k + 1
            while end < to, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let scalar = String(decoding: bytes[k..<end], as: UTF8.self).unicodeScalars.first {
                if scalar.properties.isUppercase { return true }
                if "«“‘—–¿¡•".unicodeScalars.contains(scalar) { return true }
            }
        }
        return false
    }

    private static func isClosing(_ bytes: [UInt8], _ j: Int) -> Bool {
        let b = bytes[j]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "'") { return true }
        // » ” ’ (UTF-8: C2 BB, E2 80 9D, E2 80 99)
        if b == 0xC2, j + 1 < bytes.count, bytes[j + 1] == 0xBB { return true }
        if b == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 { return true }
        return false
    }

    private static func width(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

}
