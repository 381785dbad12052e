import Foundation
import TextAnalysis

/// One field of one document as the analyzer saw it: each term with its positions, and
/// the field's length in tokens.
struct AnalyzedField: Sendable {
    var postings: [(term: String, positions: [UInt32])]
    var length: Int

    init(_ text: String, analyzer: Analyzer) {
        var positionsByTerm: [String: [UInt32]] = [:]
        var length = 0
        analyzer.forEachToken(in: text) { token in
            positionsByTerm[token.term, default: []].append(UInt32(clamping: token.position))
            length += 1
        }
        postings = positionsByTerm.map { ($0.key, $0.value) }
        self.length = length
    }
}

/// Analyses documents' titles and texts on every core, then hands them to the postings
/// writers in doc-id order, so the index is the same whatever the scheduling.
enum DocumentAnalysis {
    static func buildIndex(_ documents: [StoredDocument], analyzer: Analyzer) -> BuiltIndex {
        var title = PostingsWriter()
        var text = PostingsWriter()
        // Chunks bound the memory held by analysed-but-not-yet-written documents.
        let chunk = 2048
        var start = 0
        while start < documents.count {
            let end = min(start + chunk, documents.count)
            let analysed = ParallelMap.map(Array(documents[start..<end])) { doc in
                (AnalyzedField(doc.title, analyzer: analyzer), AnalyzedField(doc.text, analyzer: analyzer))
            }
            for (i, fields) in analysed.enumerated() {
                title.add(doc: start + i, field: fields.0)
                text.add(doc: start + i, field: fields.1)
            }
            start = end
        }
        return BuiltIndex(title: title.finish(), text: text.finish())
    }
}
