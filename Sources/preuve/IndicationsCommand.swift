import ArgumentParser
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
            """
    )

    @Option(help: "text, json or csv.")
    var format: OutputFormat?

    @OptionGroup var catalogue: CatalogueOptions
    @OptionGroup var confidence: ConfidenceOptions

    func validate() throws {
        if let format, ![.text, .json, .csv].contains(format) {
            throw ValidationError("indications writes text, json or csv, not \(format.rawValue).")
        }
    }

    func run() throws {
        let overview = try CatalogueOverview(source: confidence.filter(try catalogue.openSource()))
        switch format ?? (Console.stdoutIsTerminal ? .text : .json) {
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
