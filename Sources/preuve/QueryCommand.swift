import Answers
import ArgumentParser
import Catalogue
import Claims
import Foundation
import Verdicts

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "The verdict for an indication, and the sources it rests on.",
        discussion: """
            The indication may be given in French or English, as a synonym, with or without
            accents, or as its id: `lombalgie`, `Lumbago` and `low-back-pain` are one.
            A word the vocabulary lacks exits 2 with suggestions; a known indication with
            no claims gives the verdict `unknown`. `--intervention` reads names the same
            way: `mésothérapie`, `Mesotherapie` and `mesotherapy` are one.

            Examples:
              preuve query lombalgie
              preuve query "low back pain" --intervention mesotherapy --format json
            """
    )

    @Argument(help: "The indication: a name in French or English, a synonym, or an id.")
    var indication: String

    @Option(help: ArgumentHelp("Only this intervention, by any of its names or its id (default: every intervention with claims).", valueName: "name"))
    var intervention: String?

    @OptionGroup var output: FormatOption<TextOrJSON>

    @OptionGroup var catalogue: CatalogueOptions
    @OptionGroup var confidence: ConfidenceOptions

    func run() throws {
        let resolver = ClaimLexicon.bundledResolver
        let found: NameResolver.Match<Indication>
        do { found = try resolver.indication(indication) } catch {
            Console.err(error.suggestions.isEmpty ? "\(error); `preuve indications` lists the indications with claims" : "\(error)")
            throw Exit.usage
        }
        let opened = try catalogue.openCatalogue()
        let source = confidence.filter(CatalogueClaimSource(opened))
        var interventionID: String?
        if let intervention {
            let known = try CatalogueFailure.exiting { try source.interventions(indication: nil) }
            do { interventionID = try resolver.intervention(intervention, alsoKnown: known).value } catch {
                Console.err("\(error)")
                throw Exit.usage
            }
            if let interventionID, !known.contains(interventionID) {
                Console.err("the catalogue has no claims about \"\(interventionID)\""
                    + (known.isEmpty ? "" : "; it has claims about " + known.joined(separator: ", ")))
            }
        }
        // Verdicts weigh the claim table's rows; a claim is decoded only to be shown, and the
        // JSON is written as it is made (a million records: tens of thousands of sources).
        let rows = CatalogueRows(opened, minimum: confidence.minConfidence)
        try CatalogueFailure.exiting {
            let answer = try IndicationJudgement<ClaimRow>.answer(for: found.value, matched: found.matched, intervention: interventionID,
                                                        engine: VerdictEngine(vocabulary: resolver.vocabulary), source: rows)
            switch output.resolved {
            case .json: try Console.stream { try QueryJSON.write(answer, claim: rows.claim, to: &$0) }
            case .text: Console.out(try VerdictTextView(style: .forStdout).render(answer, claim: rows.claim, id: \.location))
            }
        }
    }
}
