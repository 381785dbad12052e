import ArgumentParser
import Claims
import Documents
import Foundation
import Ingest

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Extract the claims of files, without touching the index.",
        discussion: """
            For checking an article before trusting it: each claim names the intervention,
            the indication, the stance (supports, refutes, uncertain), what it rests on
            (basis and level), whether it is cited or hedged, and the sentence with its
            UTF-8 byte offsets. `--explain` shows the words that decided each claim.

            Examples:
              preuve claims article.html
              preuve claims post.txt --format jsonl
              preuve claims post.txt --about mesotherapy --explain
              preuve claims - --lexicon my-cues.tsv < page.html
            """
    )

    @Argument(help: "Files to read (HTML, XML, text, optionally .gz); - for standard input.")
    var files: [String]

    @OptionGroup var output: FormatOption<ListFormat>

    @Option(help: "The intervention that \"elle\", \"it\", \"this treatment\" stand for, when the document does not make it clear.")
    var about: String?

    @OptionGroup var vocabulary: VocabularyOptions

    @Flag(help: "Show, for each claim, the cues that decided its stance and basis.")
    var explain = false

    @Option(help: ArgumentHelp("Show only claims at or above this confidence, 0 to 1 (default: every claim, but those on concepts of the wide vocabulary below \(ClaimConfidence.wideThreshold); 0 shows every claim).",
                               valueName: "x"))
    var minConfidence: Double?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file, or - for standard input.") }
        if let minConfidence { try ConfidenceOptions.validate(minConfidence) }
    }

    func run() throws {
        Console.warnIfLexiconBroken()
        let format = output.resolved
        let words = try vocabulary.lexicon()
        if let about {
            do { _ = try words.resolver.intervention(about) } catch {
                Console.err("--about: \(error) (known: \(words.resolver.interventionIDs.joined(separator: ", ")))")
                throw Exit.usage
            }
        }
        let extractor = ClaimExtractor(lexicon: words)
        let options = minConfidence.map { ClaimExtractor.Options(about: about, wideMinimumConfidence: $0) } ?? ClaimExtractor.Options(about: about)
        let reader = DocumentReader()
        var all: [Claim] = []
        var failures = 0
        for file in files {
            do {
                let docs: [Document]
                if file == "-" {
                    docs = try reader.documents(data: FileHandle.standardInput.readDataToEndOfFile(), source: "-")
                } else {
                    docs = try reader.documents(at: file)
                }
                for doc in docs {
                    let claims = extractor.claims(in: doc, options: options).filter { $0.confidence >= minConfidence ?? 0 }
                    for claim in claims {
                        switch format {
                        case .jsonl: Console.out(try Console.json(claim, pretty: false))
                        case .text: Console.out(ClaimTextView.render(claim, explain: explain))
                        default: all.append(claim)
                        }
                    }
                }
            } catch let error as any FileError {
                failures += 1
                Console.err("\(file): \(error.message)")
            } catch {
                failures += 1
                Console.err("\(file): \(error)")
            }
        }
        if format == .json { Console.out(try Console.json(all)) }
        if failures > 0 { throw Exit.inputFailed }
    }
}

/// Claims for people: one line per claim, the sentence under it, and with `--explain`
/// the cues that decided it.
enum ClaimTextView {
    static func render(_ c: Claim, explain: Bool) -> String {
        var flags: [String] = []
        if c.cited { flags.append("cited") }
        if c.hedged { flags.append("hedged") }
        let level = c.level.map { ", level \($0)" } ?? ""
        var lines = [
            "\(c.doc) [\(c.start)..<\(c.end)] \(c.intervention) → \(c.indication) (\"\(c.surface)\"): \(c.stance.rawValue), \(c.basis.rawValue)\(level)\(flags.isEmpty ? "" : " [" + flags.joined(separator: ", ") + "]")",
            "    \"\(c.sentence)\"",
        ]
        if explain {
            for cue in c.cues {
                lines.append("    \(cue.role): \"\(cue.text)\" — \(cue.rule)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
