import ArgumentParser
import Catalogue
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over the indexed documents, ranked by BM25.",
        discussion: """
            Words are matched without regard to accents or case, and in their inflections
            (lombalgie, lombalgies). All words must match unless joined by OR.

            Examples:
              preuve search mésothérapie lombalgie
              preuve search '"low back pain"' -cancer
              preuve search 'title:mesotherapy OR title:mésothérapie' kind:news
            """
    )

    @Argument(help: "Words, \"exact phrases\", -excluded, OR, title:word, kind:news.")
    var query: [String]

    @Option(help: "How many hits to show.")
    var limit = 10

    @OptionGroup var options: CatalogueOptions
    @OptionGroup var output: FormatOption<TextOrJSON>

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more.") }
    }

    func run() throws {
        let catalogue = try options.openCatalogue()
        let text = query.joined(separator: " ")
        let results = try CatalogueFailure.exiting { try Searcher().search(text, in: catalogue, limit: limit) }
        for warning in results.warnings { Console.err(warning) }
        switch output.resolved {
        case .json: Console.out(try Console.json(SearchResultsView(results)))
        default: Console.out(SearchResultsView.text(results, bold: Console.stdoutIsTerminal))
        }
    }
}

/// The JSON of spec/cli.md: `{"query", "total", "hits": [{"doc", "title", "kind", "year", "score", "snippet"}]}`.
struct SearchResultsView: Encodable {
    struct Hit: Encodable {
        var doc: String
        var title: String
        var kind: String
        var year: Int?
        var score: Double
        var snippet: String

        private enum CodingKeys: String, CodingKey { case doc, title, kind, year, score, snippet }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(doc, forKey: .doc)
            try c.encode(title, forKey: .title)
            try c.encode(kind, forKey: .kind)
            try c.encode(year, forKey: .year)  // null rather than absent
            try c.encode(score, forKey: .score)
            try c.encode(snippet, forKey: .snippet)
        }
    }

    var query: String
    var total: Int
    var hits: [Hit]

    init(_ r: SearchResults) {
        query = r.query
        total = r.total
        hits = r.hits.map {
            Hit(doc: $0.id, title: $0.title, kind: $0.kind.rawValue, year: $0.year,
                score: ($0.score * 10_000).rounded() / 10_000, snippet: $0.snippet.marked())
        }
    }

    static func text(_ r: SearchResults, bold: Bool) -> String {
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
