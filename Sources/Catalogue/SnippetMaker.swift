import TextAnalysis

/// A passage of a document's text with the matched words located, for the caller to mark
/// as it likes (brackets in JSON, bold on a terminal).
public struct Snippet: Sendable, Hashable {
    public var text: String
    /// UTF-8 byte ranges of the matched words in `text`.
    public var highlights: [Range<Int>]

    /// The text with each matched word between `open` and `close`.
    public func marked(open: String = "[", close: String = "]") -> String {
        var out = ""
        let bytes = Array(text.utf8)
        var cursor = 0
        for range in highlights where range.lowerBound >= cursor && range.upperBound <= bytes.count {
            out += String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self)
            out += open + String(decoding: bytes[range], as: UTF8.self) + close
            cursor = range.upperBound
        }
        out += String(decoding: bytes[cursor...], as: UTF8.self)
        return out
    }
}

/// Picks the window of a text with the most matched words.
public struct SnippetMaker: Sendable {
    public var analyzer: Analyzer
    /// Words in a snippet.
    public var window = 32

    public init(analyzer: Analyzer = .search) { self.analyzer = analyzer }

    /// `clauses` are the query's words (one term) and phrases (several): a phrase's words
    /// are marked only where they stand together.
    public func snippet(of text: String, matching clauses: [[String]]) -> Snippet {
        let tokens = analyzer.tokens(in: text)
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let words = Set(clauses.filter { $0.count == 1 }.map { $0[0] })
        let phrases = clauses.filter { $0.count > 1 }
        var isMatch = tokens.map { words.contains($0.term) }
        for phrase in phrases where phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count)
            where phrase.indices.allSatisfy({ tokens[start + $0].term == phrase[$0] }) {
                for k in phrase.indices { isMatch[start + k] = true }
            }
        }
        let matched = tokens.indices.filter { isMatch[$0] }
        // The window starting a few words before the match that gathers most matches after it.
        var bestStart = 0, bestCount = 0
        var j = 0
        for (k, i) in matched.enumerated() {
            while j < matched.count, matched[j] < i + window - 4 { j += 1 }
            if j - k > bestCount { bestCount = j - k; bestStart = max(0, i - 4) }
        }
        let last = min(tokens.count, bestStart + window) - 1
        let utf8 = Array(text.utf8)
        // Whole text at either end, so that closing punctuation is not cut off.
        let from = bestStart == 0 ? 0 : tokens[bestStart].start
        let to = last == tokens.count - 1 ? utf8.count : tokens[last].end
        var out = bestStart > 0 ? "…" : ""
        let shift = out.utf8.count - from
        out += String(decoding: utf8[from..<to], as: UTF8.self)
        if last < tokens.count - 1 { out += "…" }
        // Adjacent matched words (a phrase) are marked as one: "[low back pain]".
        var highlights: [Range<Int>] = []
        var previous = -2
        for i in matched where i >= bestStart && i <= last {
            let range = tokens[i].start + shift..<tokens[i].end + shift
            if i == previous + 1, let open = highlights.popLast() {
                highlights.append(open.lowerBound..<range.upperBound)
            } else {
                highlights.append(range)
            }
            previous = i
        }
        return Self.onOneLine(Snippet(text: out, highlights: highlights))
    }

    /// Runs of white space (paragraph breaks) become one space, highlights moved to match:
    /// a snippet is one line of output.
    static func onOneLine(_ snippet: Snippet) -> Snippet {
        let bytes = Array(snippet.text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var newOffset = [Int](repeating: 0, count: bytes.count + 1)
        var i = 0
        while i < bytes.count {
            newOffset[i] = out.count
            let isSpace = bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09
            if isSpace {
                if out.last != 0x20 { out.append(0x20) } else { newOffset[i] = out.count }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        newOffset[bytes.count] = out.count
        return Snippet(text: String(decoding: out, as: UTF8.self),
                       highlights: snippet.highlights.map { newOffset[$0.lowerBound]..<newOffset[$0.upperBound] })
    }
}
