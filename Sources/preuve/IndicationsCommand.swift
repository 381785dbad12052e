import ArgumentParser
import Claims
import Foundation
import Verdicts

struct IndicationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indications",
        abstract: "The catalogue at a glance: every indication with claims, and its verdict per intervention.",
        discussion: """
            One row per indication and intervention: verdict, best level, number of
            documents, evidence (claims with a level) and testimony (claims without).

            Examples:
              preuve indications
              preuve indications --format csv > verdicts.csv
              preuve indications --tree         the same, laid out by the vocabulary's hierarchy
            """
    )

    @OptionGroup var output: FormatOption<TableFormat>

    @Flag(help: "Lay the indications out as the vocabulary's tree (text only): broader indications above narrower ones.")
    var tree = false

    @OptionGroup var catalogue: CatalogueOptions
    @OptionGroup var confidence: ConfidenceOptions

    func validate() throws {
        if tree, let format = output.format, format != .text {
            throw ValidationError("--tree writes text, not \(format.rawValue).")
        }
    }

    func run() throws {
        let source = confidence.filter(try catalogue.openSource())
        let overview = try CatalogueFailure.exiting { try CatalogueOverview(source: source) }
        if tree {
            Console.out(OverviewTree.text(overview, vocabulary: .bundled, style: .forStdout))
            return
        }
        switch output.resolved {
        case .json: Console.out(try Console.json(overview))
        case .csv: Console.out(OverviewTable.csv(overview))
        default: Console.out(OverviewTable.text(overview, style: .forStdout))
        }
    }
}

/// The overview as flat rows: CSV for spreadsheets, aligned columns for people.
enum OverviewTable {
    static let header = ["indication", "label", "label_fr", "intervention", "verdict", "best_level", "documents", "evidence", "testimony"]

    static func rows(_ overview: CatalogueOverview) -> [[String]] {
        overview.indications.flatMap { row in
            row.verdicts.map { entry in
                [row.id, row.label, row.labelFR, entry.intervention, entry.verdict.rawValue,
                 entry.bestLevel.map(String.init) ?? "", String(entry.documents), String(entry.evidence), String(entry.testimony)]
            }
        }
    }

    static func csv(_ overview: CatalogueOverview) -> String {
        ([header] + rows(overview)).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n")
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func text(_ overview: CatalogueOverview, style: TextStyle) -> String {
        let rows = rows(overview)
        guard !rows.isEmpty else { return "No indication has claims in the catalogue yet." }
        // Columns shown: indication, intervention, verdict, best, documents, evidence, testimony.
        let shown = [0, 3, 4, 5, 6, 7, 8]
        let titles = ["indication", "intervention", "verdict", "best", "docs", "evidence", "testimony"]
        let table = [titles] + rows.map { row in shown.map { row[$0] } }
        let widths = titles.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.enumerated().map { number, cells in
            let padded = cells.enumerated().map { column, cell in
                cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            if number == 0 { return style.bold(padded.joined(separator: "  ").trimmingCharacters(in: .whitespaces)) }
            let styled = padded.enumerated().map { column, cell in
                column == 2 ? Verdict(rawValue: cells[2]).map { style.verdict($0, cell) } ?? cell : cell
            }
            return styled.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}

/// The overview as the vocabulary's tree: each indication with claims under its broader
/// indications (shown even without claims, dimmed, so that the family reads), verdicts on its line.
enum OverviewTree {
    static func text(_ overview: CatalogueOverview, vocabulary: IndicationVocabulary, style: TextStyle) -> String {
        let rows = Dictionary(overview.indications.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard !rows.isEmpty else { return "No indication has claims in the catalogue yet." }
        // Which concepts to show: those with claims and all their ancestors.
        var shown = Set(rows.keys)
        for id in rows.keys { shown.formUnion(vocabulary.ancestors(of: id)) }
        var lines: [String] = []
        func walk(_ id: String, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            let label = vocabulary.indication(id: id).map { "\($0.labelEN) / \($0.labelFR)" } ?? id
            if let row = rows[id] {
                let verdicts = row.verdicts.map { v in
                    "\(v.intervention) " + style.verdict(v.verdict, v.verdict.rawValue) + (v.bestLevel.map { " (level \($0))" } ?? "")
                }.joined(separator: ", ")
                lines.append("\(indent)\(style.bold(label)) [\(id)]: \(verdicts)")
            } else {
                lines.append(style.dim("\(indent)\(label) [\(id)]"))
            }
            for child in vocabulary.children(of: id) where shown.contains(child) { walk(child, depth: depth + 1) }
        }
        // Roots: shown concepts with no shown parent, in the vocabulary's order; then any
        // indication the vocabulary does not know.
        for concept in vocabulary.indications where shown.contains(concept.id) && !concept.parents.contains(where: shown.contains) {
            walk(concept.id, depth: 0)
        }
        for id in rows.keys.sorted() where !vocabulary.contains(id: id) { walk(id, depth: 0) }
        return lines.joined(separator: "\n")
    }
}
