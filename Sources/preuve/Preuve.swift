import ArgumentParser

@main
struct Preuve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preuve",
        abstract: "An evidence catalogue for health claims: what backs each indication, and with which sources.",
        discussion: """
            Examples:
              preuve index                      build or update Index/ from Corpus/
              preuve query lombalgie            the verdict for low back pain, and what it rests on
              preuve check article.html         fact-check an article against the catalogue
              preuve claims article.html        the claims an article makes
              preuve extract page.html          what ingestion made of a file
            """,
        subcommands: [
            ExtractCommand.self,
            ClaimsCommand.self,
        ]
    )
}
