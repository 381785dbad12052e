import ArgumentParser
import Foundation

@main
struct Preuve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preuve",
        abstract: "An evidence catalogue for health claims: what backs each indication, and with which sources.",
        discussion: """
            Examples:
              preuve index                      build or update Index/ from Corpus/
              preuve search '"low back pain"'   ranked full-text search
              preuve stats                      what the index holds
              preuve query lombalgie            the verdict for low back pain, and what it rests on
              preuve check article.html         fact-check an article against the catalogue
              preuve claims article.html        the claims an article makes
              preuve indications                every indication with claims, and its verdicts
              preuve extract page.html          what ingestion made of a file
              preuve vocabulary lombalgies      what a word names, and its place in the hierarchy
              preuve verify                     check every byte and structure of the index
              preuve serve                      web pages and a JSON API on http://127.0.0.1:8080
            """,
        version: BuildInfo.text,
        subcommands: [
            ExtractCommand.self,
            IndexCommand.self,
            SearchCommand.self,
            StatsCommand.self,
            QueryCommand.self,
            IndicationsCommand.self,
            CheckCommand.self,
            ClaimsCommand.self,
            VocabularyCommand.self,
            VerifyCommand.self,
            ServeCommand.self,
        ]
    )
}
