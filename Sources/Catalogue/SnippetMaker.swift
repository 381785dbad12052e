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

    public func snippet(of text: String, terms: Set<String>) -> Snippet {
        let tokens = analyzer.tokens(in: text)
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let matched = tokens.indices.filter { terms.contains(tokens[$0].term) }
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
        let highlights = matched.filter { $0 >= bestStart && $0 <= last }
            .map { tokens[$0].start + shift..<tokens[$0].end + shift }
        return Snippet(text: out, highlights: highlights)
    }
}
