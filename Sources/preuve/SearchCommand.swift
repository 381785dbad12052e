import ArgumentParser
import Answers
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
