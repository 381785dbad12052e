/// A named pipeline (tokenizer, folding, stemming). The index records the analyzer's name
/// and version so that a query is analysed exactly as the documents were.
public struct Analyzer: Sendable {
    public let name: String
    public let stems: Bool
    private let tokenizer = Tokenizer()

    /// Folded and stemmed terms: what search indexes and matches.
    public static let search = Analyzer(name: "preuve-folded-stemmed-1", stems: true)
    /// Folded terms only: what lexicon matching sees.
    public static let folded = Analyzer(name: "preuve-folded-1", stems: false)

    public init(name: String, stems: Bool) {
        self.name = name
        self.stems = stems
    }

    public func tokens(in text: String) -> [Token] {
        var out: [Token] = []
        forEachToken(in: text) { out.append($0) }
        return out
    }

    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        tokenizer.forEachToken(in: text) { token in
            guard stems else { return body(token) }
            var t = token
            t.term = Stemmer.stem(token.term)
            body(t)
        }
    }

    /// The analysed terms of a short text (a query word), in order.
    public func terms(_ text: String) -> [String] {
        tokens(in: text).map(\.term)
    }
}
