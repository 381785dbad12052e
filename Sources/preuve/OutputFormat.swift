import Answers
import ArgumentParser
import Claims
import Foundation

/// The values of one command's `--format`: text for people, the others for programs. Each
/// command has its own enum, so that the parser accepts, the help lists and the output
/// switch handles the same values, and nothing checks them again by hand.
protocol FormatChoice: ExpressibleByArgument, CaseIterable, RawRepresentable<String>, Sendable {
    /// The format on a terminal, and the format for programs (when stdout is not one).
    static var text: Self { get }
    static var json: Self { get }
    /// What the value writes, when its name does not say it.
    var note: String? { get }
}

extension FormatChoice {
    var note: String? { nil }

    /// The help of `--format`; the parser lists the values themselves, from the cases.
    static var helpText: String {
        let notes = allCases.compactMap { value in value.note.map { "\(value.rawValue) is \($0)" } }
        return "The output's format (default: \(Self.text.rawValue) on a terminal, \(Self.json.rawValue) otherwise)"
            + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")) + "."
    }
}

/// `--format` for one command: `Format`'s values, its help generated from them.
struct FormatOption<Format: FormatChoice>: ParsableArguments {
    @Option(help: ArgumentHelp(Format.helpText, valueName: "format"))
    var format: Format?

    /// The format asked for, else text on a terminal and json otherwise.
    var resolved: Format { format ?? (Console.stdoutIsTerminal ? .text : .json) }
}

/// `query`, `search`, `stats`, `index`, `vocabulary`.
enum TextOrJSON: String, FormatChoice { case text, json }

/// `claims`, `extract`: one JSON value, or one JSON line per claim or document.
enum ListFormat: String, FormatChoice { case text, json, jsonl }

/// `check`.
enum CheckFormat: String, FormatChoice {
    case text, json, claimreview
    var note: String? { self == .claimreview ? "schema.org ClaimReview JSON-LD" : nil }
}

/// `indications`.
enum TableFormat: String, FormatChoice { case text, json, csv }

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

    /// JSON written to stdout as it is made (`JSONStream`, the bytes `json` would give), then
    /// a newline, as `out` ends its line.
    static func stream(_ body: (inout JSONStream) throws -> Void) throws {
        var stream = JSONStream { try writeAll($0, to: STDOUT_FILENO) }
        try body(&stream)
        try stream.flush()
        try withUnsafeBytes(of: UInt8(ascii: "\n")) { try writeAll($0, to: STDOUT_FILENO) }
    }

    struct WriteFailed: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "cannot write the output: \(String(cString: strerror(code)))" }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) throws {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteFailed(code: errno)
            }
            done += n
        }
    }

    /// JSON with keys in a stable order, so outputs diff well.
    static func json<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        try AnswerJSON.string(value, pretty: pretty)
    }
}
