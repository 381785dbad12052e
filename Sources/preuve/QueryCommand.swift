import ArgumentParser
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
            no claims gives the verdict `unknown`.

            Examples:
              preuve query lombalgie
              preuve query "low back pain" --intervention mesotherapy --format json
            """
    )

    @Argument(help: "The indication: a name in French or English, a synonym, or an id.")
    var indication: String

    @Option(help: ArgumentHelp("Only this intervention (default: every intervention with claims).", valueName: "name"))
    var intervention: String?

    @Option(help: "text or json.")
    var format: OutputFormat?

    @OptionGroup var catalogue: CatalogueOptions
    @OptionGroup var confidence: ConfidenceOptions

    func validate() throws {
        if let format, ![.text, .json].contains(format) {
            throw ValidationError("query writes text or json, not \(format.rawValue).")
        }
    }

    func run() throws {
        let vocabulary = IndicationVocabulary.bundled
        guard let found = vocabulary.lookup(indication) else {
            let suggestions = vocabulary.suggestions(for: indication)
            let hint = suggestions.isEmpty
                ? "`preuve indications` lists the indications with claims"
                : "did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
            Console.err("unknown indication \"\(indication)\"; \(hint)")
            throw Exit.usage
        }
        let source = confidence.filter(try catalogue.openSource())
        let interventionID = intervention.map(Self.interventionID)
        if let interventionID, !(try source.interventions(indication: nil)).contains(interventionID) {
            let known = try source.interventions(indication: nil)
            Console.err("the catalogue has no claims about \"\(interventionID)\""
                + (known.isEmpty ? "" : "; it has claims about " + known.joined(separator: ", ")))
        }
        let answer = try IndicationAnswer.answer(for: found, matched: matchedName(in: found), intervention: interventionID,
                                                 engine: VerdictEngine(vocabulary: vocabulary), source: source)
        switch format ?? (Console.stdoutIsTerminal ? .text : .json) {
        case .json: Console.out(try Console.json(answer))
        default: Console.out(VerdictTextView(style: .forStdout).render(answer))
        }
    }

    /// The vocabulary name the user's word stands for, as the vocabulary writes it: the
    /// exact spelling if there is one, else labels and synonyms before the id.
    private func matchedName(in found: Indication) -> String {
        let key = IndicationVocabulary.key(indication)
        let names = [found.labelEN, found.labelFR] + found.synonymsEN + found.synonymsFR
            + (found.meshHeading.map { [$0] } ?? []) + [found.id]
        let matching = names.filter { IndicationVocabulary.key($0) == key }
        return matching.first { $0 == indication } ?? matching.first ?? indication
    }

    /// Intervention ids are lower case with hyphens: "Dry Needling" is `dry-needling`.
    static func interventionID(_ name: String) -> String {
        name.lowercased().split { $0.isWhitespace || $0 == "_" }.joined(separator: "-")
    }
}
