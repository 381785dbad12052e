import Catalogue
import Foundation

/// The JSON of spec/cli.md for `preuve search` and `GET /api/search`:
/// `{"query", "total", "hits": [{"doc", "title", "kind", "year", "score", "snippet"}]}`, the
/// snippet with matched words in brackets. `warnings` (what the query parser set aside) is
/// added, only when there are some.
public struct SearchResultsView: Encodable, Sendable {
    public struct Hit: Encodable, Sendable {
        public var doc: String
        public var title: String
        public var kind: String
        public var year: Int?
        public var score: Double
        public var snippet: String

        private enum CodingKeys: String, CodingKey { case doc, title, kind, year, score, snippet }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(doc, forKey: .doc)
            try c.encode(title, forKey: .title)
            try c.encode(kind, forKey: .kind)
            try c.encode(year, forKey: .year)  // null rather than absent
            try c.encode(score, forKey: .score)
            try c.encode(snippet, forKey: .snippet)
        }
    }

    public var query: String
    public var total: Int
    public var hits: [Hit]
    public var warnings: [String]

    public init(_ r: SearchResults, includeWarnings: Bool = false) {
        query = r.query
        total = r.total
        hits = r.hits.map {
            Hit(doc: $0.id, title: $0.title, kind: $0.kind.rawValue, year: $0.year,
                score: ($0.score * 10_000).rounded() / 10_000, snippet: $0.snippet.marked())
        }
        warnings = includeWarnings ? r.warnings : []
    }

    private enum CodingKeys: String, CodingKey { case query, total, hits, warnings }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(total, forKey: .total)
        try c.encode(hits, forKey: .hits)
        if !warnings.isEmpty { try c.encode(warnings, forKey: .warnings) }
    }

    /// The results for people, as `preuve search` prints them.
    public static func text(_ r: SearchResults, bold: Bool) -> String {
        var lines = ["\(r.total) document\(r.total == 1 ? "" : "s") match \(r.query)"]
        for (i, hit) in r.hits.enumerated() {
            let year = hit.year.map { ", \($0)" } ?? ""
            lines.append("")
            lines.append("\(i + 1). \(hit.title.isEmpty ? "(untitled)" : hit.title)  (\(hit.kind.rawValue)\(year); score \(String(format: "%.2f", hit.score)))")
            lines.append("   \(hit.id)")
            let snippet = bold ? hit.snippet.marked(open: "\u{1B}[1m", close: "\u{1B}[0m") : hit.snippet.marked()
            if !snippet.isEmpty { lines.append("   \(snippet)") }
        }
        return lines.joined(separator: "\n")
    }
}
