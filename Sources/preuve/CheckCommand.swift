import ArgumentParser
import Catalogue
import Claims
import Documents
import Foundation
import Ingest
import Verdicts

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fact-check an article: each claim it makes beside the catalogue's verdict.",
        discussion: """
            Flags a claim whose wording is stronger than the evidence (it says "relieves",
            the catalogue says insufficient), one that contradicts it, and one that
            understates it. The article's own file never counts as evidence for itself.
            Flags are findings, not failures: the exit code is 0 unless the file cannot be read.

            Examples:
              preuve check article.html
              preuve check article.html --format claimreview --url https://example.org/article
            """
    )

    @Argument(help: "The article (HTML, XML, text, optionally .gz); - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("The article's main intervention, when it does not make it clear.", valueName: "intervention"))
    var about: String?

    @Option(help: ArgumentHelp("The article's address, for ClaimReview (default: its file URL).", valueName: "url"))
    var url: String?

    @OptionGroup var output: FormatOption<CheckFormat>

    @OptionGroup var catalogue: CatalogueOptions
    @OptionGroup var confidence: ConfidenceOptions
    @OptionGroup var vocabulary: VocabularyOptions

    func validate() throws {
    }

    func run() throws {
        Console.warnIfLexiconBroken()
        let documents: [Document]
        do {
            let reader = DocumentReader()
            documents = file == "-"
                ? try reader.documents(data: FileHandle.standardInput.readDataToEndOfFile(), source: "-")
                : try reader.documents(at: file)
        } catch {
            Console.err("\(error)")
            throw Exit.inputFailed
        }
        let opened = try catalogue.openCatalogue()
        let source = confidence.filter(CatalogueClaimSource(opened))
        let extractor = ClaimExtractor(lexicon: try vocabulary.lexicon())
        let checker = FactChecker()
        let selfNames = try CatalogueFailure.exiting { try articleNames(in: opened) }
        let checks = try CatalogueFailure.exiting { try documents.map { document in
            let claims = extractor.claims(in: document, options: .init(about: about)).filter { $0.confidence >= confidence.minConfidence }
            let check = try checker.check(claims: claims, doc: document.id, title: document.title, against: source,
                                          articleDocs: selfNames.union([document.id, document.source]))
            return (document, check)
        } }
        switch output.resolved {
        case .json:
            Console.out(try Console.json(merged(checks.map(\.1))))
        case .claimreview:
            let writer = ClaimReviewWriter()
            let reviews = checks.flatMap { document, check in writer.reviews(of: check, article: article(document)) }
            Console.out(try Console.json(reviews))
        default:
            Console.out(FactCheckTextView(style: .forStdout).render(checks.map(\.1)))
        }
    }

    /// One JSON object however many documents the file holds; each claim names its own.
    private func merged(_ checks: [FactCheck]) -> FactCheck {
        if checks.count == 1 { return checks[0] }
        return FactCheck(doc: file, title: checks.first?.title ?? "", checks: checks.flatMap(\.checks))
    }

    /// The names the catalogue may give this file: as typed, as an absolute path, and the
    /// `doc` of each document the index holds from it (`Corpus/articles/x.html`), found by
    /// its real path.
    private func articleNames(in catalogue: Catalogue) throws -> Set<String> {
        guard file != "-" else { return [] }
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        return Set([file, absolute] + (try catalogue.documentIDs(fromFile: file).map { try catalogue.documents.metadata($0).id }))
    }

    private func article(_ document: Document) -> ClaimReviewWriter.Article {
        let address = url ?? document.metadata.url ?? (file == "-" ? nil : URL(fileURLWithPath: file).standardizedFileURL.absoluteString)
        return ClaimReviewWriter.Article(name: document.title, url: address, authors: document.authors, year: document.year)
    }
}
