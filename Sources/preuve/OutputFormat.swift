import ArgumentParser
import Claims
import Foundation

/// `--format`: text for people, the others for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, jsonl, csv, claimreview
}

/// Exit codes of spec/cli.md.
enum Exit {
    /// The command ran but some input failed.
    static let inputFailed = ExitCode(1)
    static let usage = ExitCode(2)
    static let indexUnreadable = ExitCode(3)
}

enum Console {
    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data(("preuve: " + s + "\n").utf8))
    }

    /// A bundled lexicon file that failed to parse is a defect of this build: say so once,
    /// naming the file and line (the claims come from the files that did parse).
    static func warnIfLexiconBroken() {
        if let problem = ClaimLexicon.bundledProblem { err("bundled lexicon: \(problem) (claims are made without it)") }
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// JSON with keys in a stable order, so outputs diff well.
    static func json<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
