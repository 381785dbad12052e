import Foundation
import Verdicts

/// ANSI styling for text output, on only when stdout is a terminal and NO_COLOR is unset.
struct TextStyle {
    var colour: Bool

    static var forStdout: TextStyle {
        TextStyle(colour: Console.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func warn(_ s: String) -> String { wrap(s, "33") }
    func alarm(_ s: String) -> String { wrap(s, "31") }

    /// Green for supported, red for refuted, yellow for the unproven, magenta for conflicting.
    func verdict(_ v: Verdict, _ s: String) -> String {
        switch v {
        case .supported: return wrap(s, "1;32")
        case .refuted: return wrap(s, "1;31")
        case .insufficient, .testimonyOnly: return wrap(s, "1;33")
        case .conflicting: return wrap(s, "1;35")
        case .unknown: return wrap(s, "1;2")
        }
    }

    private func wrap(_ s: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
