import Documents
import TextAnalysis

/// One ranked document.
public struct SearchHit: Sendable, Hashable {
    public var document: Int
    public var id: String
    public var title: String
    public var kind: DocumentKind
    public var year: Int?
    public var score: Double
    public var snippet: Snippet
}

public struct SearchResults: Sendable, Hashable {
    public var query: String
    /// Every matching document, of which `hits` are the best `limit`.
    public var total: Int
    public var hits: [SearchHit]
    /// Notes for the user, e.g. an unknown `kind:`.
    public var warnings: [String]
}

/// Evaluates a `Query` against the catalogue and ranks with BM25 over title and text,
/// the title boosted.
public struct Searcher: Sendable {
    public var scorer = BM25Scorer()
    public var titleBoost = 2.0
    public var analyzer: Analyzer

    public init(analyzer: Analyzer = .search) { self.analyzer = analyzer }

    public func search(_ text: String, in catalogue: Catalogue, limit: Int = 10) -> SearchResults {
        let query = QueryParser(analyzer: analyzer).parse(text)
        var warnings = query.unknownKinds.map { "kind:\($0) is no kind (kinds: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")))" }
        if query.isEmpty { warnings.append("the query has no word to search for") }
        let matches = evaluate(query, in: catalogue)
        let ranked = matches.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let terms = query.positiveTerms
        let hits = ranked.prefix(max(0, limit)).map { doc, score -> SearchHit in
            let d = catalogue.documents[doc]
            return SearchHit(document: doc, id: d.id, title: d.title, kind: d.kind, year: d.year, score: score,
                             snippet: SnippetMaker(analyzer: analyzer).snippet(of: d.text, terms: terms))
        }
        return SearchResults(query: text, total: ranked.count, hits: Array(hits), warnings: warnings)
    }

    /// Every matching document with its score.
    func evaluate(_ query: Query, in catalogue: Catalogue) -> [Int: Double] {
        guard query.unknownKinds.isEmpty else { return [:] }
        let docs = catalogue.documents
        var result: [Int: Double]?
        for group in query.groups {
            var union: [Int: Double] = [:]
            for clause in group {
                for (doc, score) in scores(clause, in: catalogue) { union[doc, default: 0] += score }
            }
            if let current = result {
                var next: [Int: Double] = [:]
                for (doc, score) in union { if let before = current[doc] { next[doc] = before + score } }
                result = next
            } else {
                result = union
            }
            if result?.isEmpty == true { return [:] }
        }
        var matches: [Int: Double]
        if let result {
            matches = result
        } else if !query.kinds.isEmpty {
            // Only a kind filter: every document of those kinds, unranked.
            matches = [:]
            for doc in 0..<docs.count where query.kinds.contains(docs[doc].kind) { matches[doc] = 0 }
        } else {
            return [:]
        }
        if !query.kinds.isEmpty { matches = matches.filter { query.kinds.contains(docs[$0.key].kind) } }
        if !query.excludedKinds.isEmpty { matches = matches.filter { !query.excludedKinds.contains(docs[$0.key].kind) } }
        for clause in query.excluded {
            for doc in scores(clause, in: catalogue).keys { matches[doc] = nil }
        }
        return matches
    }

    /// The BM25 score of each document matching one clause, summed over its fields.
    func scores(_ clause: Query.Clause, in catalogue: Catalogue) -> [Int: Double] {
        var out: [Int: Double] = [:]
        let fields: [(FieldIndex, Double)] = clause.field == .title
            ? [(catalogue.index.title, titleBoost)]
            : [(catalogue.index.text, 1), (catalogue.index.title, titleBoost)]
        for (field, boost) in fields {
            let ids = clause.terms.map { field.terms.lookup($0) }
            guard ids.allSatisfy({ $0 != nil }) else { continue }
            let termIDs = ids.map { $0! }
            let n = field.documentCount
            let idf = termIDs.reduce(0.0) { $0 + scorer.idf(documentFrequency: field.documentFrequency($1), documentCount: n) }
            let frequencies = termIDs.count == 1
                ? termFrequencies(termIDs[0], in: field)
                : PhraseMatcher.frequencies(termIDs, in: field)
            for (doc, tf) in frequencies {
                out[doc, default: 0] += boost * scorer.score(frequency: tf, length: field.length(of: doc),
                                                              averageLength: field.averageLength, idf: idf)
            }
        }
        return out
    }

    private func termFrequencies(_ term: Int, in field: FieldIndex) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        out.reserveCapacity(field.documentFrequency(term))
        field.forEachPosting(term, positions: false) { doc, freq, _ in out.append((doc, freq)) }
        return out
    }
}

/// Phrases: documents where the terms stand at consecutive positions, with how often.
enum PhraseMatcher {
    static func frequencies(_ terms: [Int], in field: FieldIndex) -> [(Int, Int)] {
        // Start from the rarest term's documents and narrow.
        let rarest = terms.indices.min { field.documentFrequency(terms[$0]) < field.documentFrequency(terms[$1]) }!
        var candidates: [Int: [[UInt32]]] = [:]
        field.forEachPosting(terms[rarest], positions: true) { doc, _, positions in
            var slots = Array(repeating: [UInt32](), count: terms.count)
            slots[rarest] = positions
            candidates[doc] = slots
        }
        for (i, term) in terms.enumerated() where i != rarest {
            var kept: [Int: [[UInt32]]] = [:]
            field.forEachPosting(term, positions: true) { doc, _, positions in
                guard var slots = candidates[doc] else { return }
                slots[i] = positions
                kept[doc] = slots
            }
            candidates = kept
            if candidates.isEmpty { return [] }
        }
        var out: [(Int, Int)] = []
        for (doc, slots) in candidates {
            // Positions of the first word whose followers stand right after it.
            let sets = slots.map(Set.init)
            var count = 0
            for start in slots[0] where (1..<slots.count).allSatisfy({ sets[$0].contains(start + UInt32($0)) }) {
                count += 1
            }
            if count > 0 { out.append((doc, count)) }
        }
        return out
    }
}
