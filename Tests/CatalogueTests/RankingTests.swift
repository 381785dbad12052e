import Documents
import Foundation
import Testing
import TestSupport
@testable import Catalogue

/// `Searcher.rank` (the top k kept in a window as matches stream by, phrases intersected
/// with their positions decoded only where every word stands) against an exhaustive
/// reference written apart from it: every document scored on its own from its postings,
/// all matches sorted. Hits, order, scores (to the bit) and totals must agree, on random
/// corpora (the seed is printed; replay with PREUVE_TEST_SEED=N) in one segment and in
/// several with deleted documents.
@Suite struct RankingTests {
    static let vocabulary = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa", "lambda", "sigma",
                             "omega", "douleur", "lombaire", "dos", "patient"]

    /// A word drawn with Zipf-like weights (rank r has weight 1/r): a few words common, most rare.
    static func word(_ rng: inout TestRandom) -> String {
        let weights = vocabulary.indices.map { 1.0 / Double($0 + 1) }
        var pick = Double(rng.next() % 1_000_000) / 1_000_000 * weights.reduce(0, +)
        for (i, w) in weights.enumerated() {
            pick -= w
            if pick < 0 { return vocabulary[i] }
        }
        return vocabulary.last!
    }

    static func words(_ rng: inout TestRandom, _ range: ClosedRange<Int>) -> [String] {
        (0..<Int(UInt64(range.lowerBound) + rng.next() % UInt64(range.count))).map { _ in word(&rng) }
    }

    /// Random queries: words, several words, phrases (often taken from a text, so they
    /// match), OR, excluded words, `title:`, kinds; limits small and large.
    static func queries(_ rng: inout TestRandom, texts: [[String]], count: Int) -> [(String, Int)] {
        (0..<count).map { _ in
            var parts: [String] = []
            for _ in 0..<Int(1 + rng.next() % 3) {
                switch rng.next() % 7 {
                case 0, 1: parts.append(word(&rng))
                case 2:
                    let text = texts[Int(rng.next() % UInt64(texts.count))]
                    let length = Int(2 + rng.next() % 2)
                    if text.count >= length {
                        let at = Int(rng.next() % UInt64(text.count - length + 1))
                        parts.append("\"" + text[at..<at + length].joined(separator: " ") + "\"")
                    } else {
                        parts.append(word(&rng))
                    }
                case 3: parts.append("\"\(word(&rng)) \(word(&rng))\"")
                case 4: parts.append("\(word(&rng)) OR \(word(&rng))")
                case 5: parts.append("title:\(word(&rng))")
                default: parts.append(rng.next() % 2 == 0 ? "-\(word(&rng))" : (rng.next() % 2 == 0 ? "kind:news" : "-kind:blog"))
                }
            }
            let limit = [1, 3, 10, 10, 10, 20, 100][Int(rng.next() % 7)]
            return (parts.joined(separator: " "), limit)
        }
    }

    /// Each live document's term frequency for a clause (a phrase counted by its starts) in
    /// one field, from the term's postings with positions; nil when a word is in no document.
    static func frequencies(_ clause: Query.Clause, in field: FieldIndex) throws -> (idf: Double, tf: [Int: Int])? {
        var positions: [[Int: [UInt32]]] = []
        var idf = 0.0
        for text in clause.terms {
            guard let term = try field.term(text) else { return nil }
            idf += BM25Scorer().idf(documentFrequency: term.documentFrequency, documentCount: field.documentCount)
            var byDoc: [Int: [UInt32]] = [:]
            try field.forEachPosting(term, positions: true) { doc, _, ps in byDoc[doc] = ps }
            positions.append(byDoc)
        }
        var tf: [Int: Int] = [:]
        for (doc, first) in positions[0] {
            let starts = first.filter { p in positions.indices.allSatisfy { k in positions[k][doc]?.contains(p + UInt32(k)) ?? false } }
            if !starts.isEmpty { tf[doc] = starts.count }
        }
        return (idf, tf)
    }

    /// The exhaustive answer: every document scored alone, in the searcher's order of
    /// addition (groups, their clauses, text then title), every match sorted.
    static func reference(_ text: String, in c: Catalogue, limit: Int) throws -> (top: [(doc: Int, score: Double)], total: Int) {
        let query = QueryParser(analyzer: .search).parse(text)
        guard query.unknownKinds.isEmpty else { return ([], 0) }
        let scorer = BM25Scorer()
        let titleField = try c.field(.title), textField = try c.field(.text)
        func contributions(_ clause: Query.Clause) throws -> [(tf: [Int: Int], score: (Int, Int) -> Double)] {
            let fields: [(FieldIndex, Double)] = clause.field == .title ? [(titleField, 2)] : [(textField, 1), (titleField, 2)]
            return try fields.compactMap { field, boost in
                guard let (idf, tf) = try frequencies(clause, in: field) else { return nil }
                let average = field.averageLength
                return (tf, { doc, f in boost * scorer.score(frequency: f, length: field.length(of: doc), averageLength: average, idf: idf) })
            }
        }
        let groups = try query.groups.map { try $0.map { try contributions($0) } }
        let excluded = try query.excluded.map { try contributions($0) }
        var matches: [(doc: Int, score: Double)] = []
        for doc in 0..<c.documents.count {
            if query.groups.isEmpty, query.kinds.isEmpty { break }
            var score = 0.0
            var matched = true
            for group in groups {
                var any = false
                for clause in group {
                    for field in clause {
                        if let f = field.tf[doc] { any = true; score += field.score(doc, f) }
                    }
                }
                if !any { matched = false }
            }
            guard matched else { continue }
            if excluded.contains(where: { $0.contains { $0.tf[doc] != nil } }) { continue }
            let kind = try c.documents.kind(of: doc)
            if !query.kinds.isEmpty, !query.kinds.contains(kind) { continue }
            if query.excludedKinds.contains(kind) { continue }
            matches.append((doc, score))
        }
        let sorted = matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }
        return (Array(sorted.prefix(limit)), matches.count)
    }

    static func compare(_ c: Catalogue, _ queries: [(String, Int)], seed: UInt64) throws {
        var nonEmpty = 0
        for (q, limit) in queries {
            let got = try Searcher().rank(q, in: c, limit: limit)
            let want = try reference(q, in: c, limit: limit)
            #expect(got.total == want.total, "\(q) (limit \(limit), seed \(seed))")
            #expect(got.top.map(\.doc) == want.top.map(\.doc), "\(q) (limit \(limit), seed \(seed))")
            #expect(got.top.map(\.score.bitPattern) == want.top.map(\.score.bitPattern), "\(q) (limit \(limit), seed \(seed))")
            if want.total > 0 { nonEmpty += 1 }
        }
        // The queries are drawn to match: a run where none did would test nothing.
        #expect(nonEmpty > queries.count / 4, "only \(nonEmpty) of \(queries.count) queries matched (seed \(seed))")
    }

    @Test func topKAgreesWithExhaustiveScoringInOneSegment() throws {
        var rng = TestRandom("ranking, one segment")
        let kinds: [DocumentKind] = [.news, .blog, .journalArticle, .other]
        var texts: [[String]] = []
        let documents = (0..<400).map { i -> StoredDocument in
            let text = Self.words(&rng, 0...40)
            texts.append(text)
            return Fixtures.document("d\(i)", title: Self.words(&rng, 0...5).joined(separator: " "), text: text.joined(separator: " "),
                                     kind: kinds[Int(rng.next() % 4)])
        }
        let c = try Catalogue.build(documents: documents)
        try Self.compare(c, Self.queries(&rng, texts: texts, count: 150), seed: rng.seed)
    }

    @Test func topKAgreesWithExhaustiveScoringAcrossSegmentsWithDeletions() throws {
        var rng = TestRandom("ranking, segments")
        var texts: [[String]] = []
        func file() -> String {
            let text = Self.words(&rng, 1...30)
            texts.append(text)
            return Self.words(&rng, 1...4).joined(separator: " ") + "\n\n" + text.joined(separator: " ") + "\n"
        }
        var files: [String: String] = [:]
        for i in 0..<120 { files["f\(i).txt"] = file() }
        let corpus = try Fixtures.corpus(files)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let dir = corpus.appendingPathComponent("../\(corpus.lastPathComponent)-Index").standardized
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = FileSnapshotStore(directory: dir.path)
        var (c, _) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
        // Two more updates, each editing, adding and removing files: three segments, the
        // first two with deleted documents.
        for round in 0..<2 {
            for _ in 0..<15 {
                let i = Int(rng.next() % 140)
                let url = corpus.appendingPathComponent("f\(i).txt")
                if rng.next() % 4 == 0 { try? FileManager.default.removeItem(at: url) } else { try file().write(to: url, atomically: true, encoding: .utf8) }
            }
            // Past the file system's clock grain, so every edit is seen.
            Thread.sleep(forTimeInterval: 0.01)
            (c, _) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: CountingParser())
            _ = round
        }
        #expect(c.segmentNames.count >= 2)
        #expect(c.view.parts.contains { $0.deletedCount > 0 })
        try Self.compare(c, Self.queries(&rng, texts: texts, count: 150), seed: rng.seed)
    }
}
