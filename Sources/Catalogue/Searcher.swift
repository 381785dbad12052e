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

    public func search(_ text: String, in catalogue: Catalogue, limit: Int = 10) throws -> SearchResults {
        let query = QueryParser(analyzer: analyzer).parse(text)
        var warnings = query.unknownKinds.map { "kind:\($0) is no kind (kinds: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")))" }
        if query.isEmpty { warnings.append("the query has no word to search for") }
        let (top, total) = try rank(query, in: catalogue, limit: limit)
        let clauses = query.positiveClauses
        // Only the documents shown are decoded: their metadata and text, for the snippet.
        let hits = try top.map { doc, score -> SearchHit in
            let d = try catalogue.documents[doc]
            return SearchHit(document: doc, id: d.id, title: d.title, kind: d.kind, year: d.year, score: score,
                             snippet: SnippetMaker(analyzer: analyzer).snippet(of: d.text, matching: clauses))
        }
        return SearchResults(query: text, total: total, hits: hits, warnings: warnings)
    }

    /// The best `limit` documents, best first (ties by doc id), and how many matched:
    /// ranking alone, without the titles and snippets of `search`.
    public func rank(_ text: String, in catalogue: Catalogue, limit: Int = 10) throws -> (top: [(doc: Int, score: Double)], total: Int) {
        try rank(QueryParser(analyzer: analyzer).parse(text), in: catalogue, limit: limit)
    }

    func rank(_ query: Query, in catalogue: Catalogue, limit: Int) throws -> (top: [(doc: Int, score: Double)], total: Int) {
        let limit = max(0, limit)
        // A long list (a large --limit) is cheaper sorted once than inserted into.
        guard limit <= TopK.Window.longest else {
            let matches = try evaluate(query, in: catalogue)
            return (TopK.best(matches, count: limit), matches.count)
        }
        var window = TopK.Window(count: limit)
        var total = 0
        try forEachMatch(query, in: catalogue) { doc, score in
            total += 1
            window.offer(doc, score)
        }
        return (window.best, total)
    }

    /// Every matching document with its score, segment by segment: the path of long lists.
    func evaluate(_ query: Query, in catalogue: Catalogue) throws -> [(doc: Int, score: Double)] {
        var matches: [(doc: Int, score: Double)] = []
        try forEachMatch(query, in: catalogue) { matches.append(($0, $1)) }
        return matches
    }

    /// Calls `body` with every matching document and its score, segment by segment (each
    /// segment's in increasing doc id). Scores accumulate in a `ScoreTable` over a segment's
    /// documents, since a common word matches most of them; a document's score is the sum of
    /// its clauses' and fields' scores in query order.
    func forEachMatch(_ query: Query, in catalogue: Catalogue, _ body: (Int, Double) -> Void) throws {
        guard query.unknownKinds.isEmpty else { return }
        let docs = catalogue.documents
        let n = docs.count
        // Whether a document passes the kind filters and the excluded words.
        var excluded: DocumentBitmap?
        if !query.excluded.isEmpty {
            let bitmap = DocumentBitmap(count: n)
            for clause in query.excluded { try scores(clause, in: catalogue) { doc, _ in bitmap.insert(doc) } }
            excluded = bitmap
        }
        func passes(_ doc: Int) throws -> Bool {
            if let excluded, excluded.contains(doc) { return false }
            if !query.kinds.isEmpty || !query.excludedKinds.isEmpty {
                let kind = try docs.kind(of: doc)
                if !query.kinds.isEmpty, !query.kinds.contains(kind) { return false }
                if query.excludedKinds.contains(kind) { return false }
            }
            return true
        }
        if query.groups.count > 1, !query.groups.contains(where: { $0.contains(where: \.isPhrase) }) {
            // Several words that must all match (each group any of its words): the documents
            // of the group with the fewest postings marked first, then every group's words
            // scored into the table in query order for those documents only, each list
            // passing over the blocks that hold none of them (`forEachPosting(_:in:)`).
            let groups = try query.groups.map { try $0.map { try weighted($0, in: catalogue) } }
            let view = catalogue.view
            let table = ScoreTable(count: view.parts.map(\.documentCount).max() ?? 0)
            let needed = Int32(query.groups.count)
            parts: for (i, part) in view.parts.enumerated() {
                var rarest: [(field: SegmentField, term: Int)] = []
                var fewest = Int.max
                for group in groups {
                    let lists = group.flatMap { $0 }.compactMap { w in w.terms[0].local[i].map { (w.field.parts[i], $0) } }
                    // A group with no word in this part: none of its documents matches.
                    if lists.isEmpty { continue parts }
                    let postings = try lists.reduce(0) { $0 + (try $1.0.documentFrequency($1.1)) }
                    if postings < fewest { (rarest, fewest) = (lists, postings) }
                }
                let filter = DocumentBitmap(count: part.documentCount)
                for (field, term) in rarest {
                    try field.forEachPosting(term, positions: false) { doc, _, _ in if !part.isDeleted(doc) { filter.insert(doc) } }
                }
                for (g, group) in groups.enumerated() {
                    let mark = Int32(g)
                    for clause in group {
                        for w in clause {
                            guard let term = w.terms[0].local[i] else { continue }
                            let field = w.field.parts[i]
                            let (boost, idf, average) = (w.boost, w.idf, w.average)
                            try field.forEachPosting(term, in: filter) { local, tf, length in
                                table.add(boost * scorer.score(frequency: tf, length: length, averageLength: average, idf: idf),
                                          to: local, group: mark)
                            }
                        }
                    }
                }
                let globals = part.isIdentity ? [] : part.globalIDs()
                try table.drain(groups: needed) { local, score in
                    let doc = globals.isEmpty ? local : Int(globals[local])
                    if try passes(doc) { body(doc, score) }
                }
            }
        } else if query.groups.count > 1 {
            // Several words and phrases that must all match: their lists walked together, a
            // document at a time (`forEachConjunction`), so that a phrase reads positions only
            // for the documents every other group holds.
            let groups = try query.groups.map { try $0.map { try weighted($0, in: catalogue) } }
            for (i, part) in catalogue.view.parts.enumerated() {
                let globals = part.isIdentity ? [] : part.globalIDs()
                try forEachConjunction(groups, inPart: i, of: catalogue.view) { local, score in
                    let doc = globals.isEmpty ? local : Int(globals[local])
                    if try passes(doc) { body(doc, score) }
                }
            }
        } else if !query.groups.isEmpty {
            // Each segment scored apart, in segment ids, its documents' scores summed in a
            // table the size of the largest segment, reused: a document lives in one segment,
            // so its sum is the same, added in the same order (groups, clauses, text then
            // title). A document that missed an earlier group can no longer match.
            let groups = try query.groups.map { try $0.map { try weighted($0, in: catalogue) } }
            let view = catalogue.view
            let table = ScoreTable(count: view.parts.map(\.documentCount).max() ?? 0)
            let needed = Int32(query.groups.count)
            for (i, part) in view.parts.enumerated() {
                for (g, group) in groups.enumerated() {
                    let mark = Int32(g)
                    for clause in group {
                        for w in clause {
                            let (boost, idf, average) = (w.boost, w.idf, w.average)
                            try w.field.forEachMatch(w.terms, inPart: i) { local, tf, length in
                                table.add(boost * scorer.score(frequency: tf, length: length, averageLength: average, idf: idf),
                                          to: local, group: mark)
                            }
                        }
                    }
                }
                let globals = part.isIdentity ? [] : part.globalIDs()
                try table.drain(groups: needed) { local, score in
                    let doc = globals.isEmpty ? local : Int(globals[local])
                    if try passes(doc) { body(doc, score) }
                }
            }
        } else if !query.kinds.isEmpty {
            // Only a kind filter: every document of those kinds, unranked.
            for doc in 0..<n {
                if try passes(doc) { body(doc, 0) }
            }
        }
    }

    /// The live documents of part `i` that match every group (a group: any of its clauses, in
    /// any of their fields), in increasing local doc id, with their scores. The groups' lists
    /// (a term's postings, or a phrase's) are walked together: each list moves to the largest
    /// document another group stands on, passing over whole blocks by their skip entries, and
    /// a phrase reads positions only for a document every other group holds. A document's
    /// score is summed in the order the score table sums it (groups, clauses, text then title),
    /// so it is the same to the bit.
    func forEachConjunction(_ groups: [[[WeightedClause]]], inPart i: Int, of view: IndexView,
                            _ body: (Int, Double) throws -> Void) throws {
        let part = view.parts[i]
        // Each group's lists in this part, in scoring order.
        var lists: [(group: Int, clause: WeightedClause, field: SegmentField, terms: [Int])] = []
        for (g, group) in groups.enumerated() {
            let before = lists.count
            for clause in group {
                for w in clause {
                    let ids = w.terms.map { $0.local[i] }
                    guard ids.allSatisfy({ $0 != nil }) else { continue }
                    lists.append((g, w, w.field.parts[i], ids.map { $0! }))
                }
            }
            // A group with no list here: no document of this part matches.
            if lists.count == before { return }
        }
        let groupEnds = (0..<groups.count).map { g in lists.lastIndex { $0.group == g }! + 1 }
        let postings = try lists.map { list in try list.terms.map { try list.field.postings($0) } }
        let ranges = try lists.map { list in try list.terms.map { try list.field.positionsRange($0) } }
        var slices: [FileSlice] = []
        for (k, list) in lists.enumerated() {
            slices += postings[k].map(\.bytes)
            slices.append(list.field.positionsSection.data)
        }
        try PhrasePostings.withBytes(of: slices) { buffers in
            var cursors: [PhraseCursor] = []
            var at = 0
            for (k, list) in lists.enumerated() {
                let n = list.terms.count
                let positions = buffers[at + n]
                cursors.append(PhraseCursor(
                    terms: (0..<n).map { BlockCursor(buffers[at + $0], count: postings[k][$0].count, documentCount: list.field.documentCount) },
                    positions: ranges[k].map { TermPositions(section: list.field.positionsSection, range: $0, all: positions) }))
                at += n + 1
            }
            var target = 0
            outer: while true {
                // Every group catches up to the target; one whose lists all lie past it moves
                // it. Phrases approach without positions.
                var g = 0, first = 0
                while g < groupEnds.count {
                    var lowest = Int.max
                    for k in first..<groupEnds[g] {
                        if cursors[k].doc < target { _ = cursors[k].approach(to: target) }
                        lowest = min(lowest, cursors[k].doc)
                    }
                    if lowest == Int.max { break outer }
                    if lowest != target {
                        target = lowest
                        if g > 0 { g = 0; first = 0; continue }
                    }
                    first = groupEnds[g]
                    g += 1
                }
                // Every group holds the document; a group of phrases only if one stands in it.
                var matched = !part.isDeleted(target)
                first = 0
                for end in groupEnds where matched {
                    var any = false
                    for k in first..<end where cursors[k].doc == target {
                        if try cursors[k].confirm() { any = true; break }
                    }
                    matched = any
                    first = end
                }
                if matched {
                    var score = 0.0
                    for k in lists.indices where cursors[k].doc == target {
                        guard try cursors[k].confirm() else { continue }
                        let w = lists[k].clause
                        score += w.boost * scorer.score(frequency: cursors[k].frequency, length: lists[k].field.length(of: target),
                                                        averageLength: w.average, idf: w.idf)
                    }
                    try body(target, score)
                }
                target += 1
            }
        }
    }

    /// One clause in one field, ready to score: its terms (nil when a word is in no live
    /// document of the field), the boost, the summed idf and the field's average length.
    struct WeightedClause {
        let field: FieldIndex
        let terms: [FieldIndex.Term]
        let boost: Double
        let idf: Double
        let average: Double
    }

    /// The clause in each field it is searched in (text then title, or the title alone),
    /// leaving out a field where one of its words is in no live document.
    func weighted(_ clause: Query.Clause, in catalogue: Catalogue) throws -> [WeightedClause] {
        let fields: [(FieldIndex, Double)] = clause.field == .title
            ? [(try catalogue.field(.title), titleBoost)]
            : [(try catalogue.field(.text), 1), (try catalogue.field(.title), titleBoost)]
        return try fields.compactMap { field, boost in
            let found = try clause.terms.map { try field.term($0) }
            guard found.allSatisfy({ $0 != nil }) else { return nil }
            let terms = found.map { $0! }
            let n = field.documentCount
            let idf = terms.reduce(0.0) { $0 + scorer.idf(documentFrequency: $1.documentFrequency, documentCount: n) }
            return WeightedClause(field: field, terms: terms, boost: boost, idf: idf, average: field.averageLength)
        }
    }

    /// The BM25 score of each document matching one clause, per field; a document
    /// matching in both fields is reported twice, and the caller sums.
    func scores(_ clause: Query.Clause, in catalogue: Catalogue, _ body: (Int, Double) -> Void) throws {
        let fields: [(FieldIndex, Double)] = clause.field == .title
            ? [(try catalogue.field(.title), titleBoost)]
            : [(try catalogue.field(.text), 1), (try catalogue.field(.title), titleBoost)]
        for (field, boost) in fields {
            let found = try clause.terms.map { try field.term($0) }
            guard found.allSatisfy({ $0 != nil }) else { continue }
            let terms = found.map { $0! }
            let n = field.documentCount
            let idf = terms.reduce(0.0) { $0 + scorer.idf(documentFrequency: $1.documentFrequency, documentCount: n) }
            let average = field.averageLength
            try field.forEachMatch(terms) { doc, tf, length in
                body(doc, boost * scorer.score(frequency: tf, length: length, averageLength: average, idf: idf))
            }
        }
    }
}

