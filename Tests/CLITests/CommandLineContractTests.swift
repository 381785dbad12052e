import Foundation
import Testing
import TestSupport

/// The loose ends of issue 14: intervention names read like indication names, `--version`,
/// and `--format` help generated from the values the parser accepts.
@Suite struct CommandLineContractTests {
    @Test(arguments: ["mésothérapie", "Mésothérapie", "mesotherapie", "mesotherapy", "MESOTHERAPY"])
    func anInterventionIsNamedAnyWay(name: String) throws {
        let catalogue = try BundledCorpusTests.catalogue.get()
        let (result, json) = try catalogue.json(["query", "lombalgie", "--intervention", name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("no claims about"), "\(result.stderr)")
        let verdicts = try #require((json as? [String: Any])?["verdicts"] as? [[String: Any]])
        #expect(!verdicts.isEmpty && verdicts.allSatisfy { $0["intervention"] as? String == "mesotherapy" }, "\(verdicts)")
    }

    @Test func anUnknownInterventionExits2WithSuggestions() throws {
        let catalogue = try BundledCorpusTests.catalogue.get()
        let result = try catalogue.run(["query", "lombalgie", "--intervention", "mesoterapie", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown intervention \"mesoterapie\"") && result.stderr.contains("did you mean"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func versionNamesTheFormatAndTheFingerprints() throws {
        let result = try PreuveProcess.run(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("preuve ") == true, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("index format ") })
        #expect(lines.contains { $0.hasPrefix("rules claims-") })
        #expect(lines.contains { $0.hasPrefix("vocabulary vocabulary-") })
    }

    /// Each command's help lists exactly the values its parser takes, and a value it does not
    /// take is a usage error (exit 2) from the parser itself.
    @Test(arguments: [
        ("query", ["text", "json"]), ("search", ["text", "json"]), ("stats", ["text", "json"]), ("index", ["text", "json"]),
        ("vocabulary", ["text", "json"]), ("claims", ["text", "json", "jsonl"]), ("extract", ["text", "json", "jsonl"]),
        ("check", ["text", "json", "claimreview"]), ("indications", ["text", "json", "csv"]),
    ])
    func formatHelpListsWhatTheParserTakes(command: String, values: [String]) throws {
        let help = try PreuveProcess.run(["help", command])
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("(values: \(values.joined(separator: ", ")))"), "\(help.stdout)")
        let wrong = try PreuveProcess.run([command, "x", "--format", "yaml"])
        #expect(wrong.status == 2, "\(wrong.stderr)")
    }
}
