import Claims
import Foundation
import TestSupport

/// A labelled passage: the gold set's shape (`expect` lists indication, stance, basis).
struct Passage: Sendable, Decodable {
    struct Expected: Sendable, Decodable, Hashable {
        var indication: String
        var stance: String
        var basis: String
    }
    var id: String
    var lang: String
    var title: String
    var text: String
    var expect: [Expected]
}

/// Scores as a fact-checker would: a claim counts when its indication and stance match and
/// its basis is in the right class (study levels 1-3, levels 4-5, testimony, assertion).
enum ClaimScoring {
    struct Key: Hashable, CustomStringConvertible {
        var indication: String
        var stance: String
        var basisClass: String
        var description: String { "\(indication)/\(stance)/\(basisClass)" }
    }

    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var line: String { String(format: "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision, recall, f1, truePositives, falsePositives, falseNegatives) }
    }

    static func basisClass(_ basis: String) -> String {
        guard let b = Basis(rawValue: basis) else { return "unknown:\(basis)" }
        switch b.level {
        case .some(1...3): return "study"
        case .some: return "weak-study"
        case .none: return b == .testimony ? "testimony" : "assertion"
        }
    }

    /// Writes each passage as a `.txt` (title line, blank line, text), runs the real
    /// `preuve claims --format jsonl` once over them all, and returns the claims by passage id.
    static func run(_ passages: [Passage], extraArguments: [String] = []) throws -> [String: [Claim]] {
        let dir = try TestPaths.temporaryDirectory("claims")
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String: String] = [:]
        for p in passages {
            let url = dir.appendingPathComponent("\(p.id).txt")
            try "\(p.title)\n\n\(p.text)\n".write(to: url, atomically: true, encoding: .utf8)
            paths[url.path] = p.id
        }
        let result = try PreuveProcess.run(["claims", "--format", "jsonl"] + extraArguments + passages.map { dir.appendingPathComponent("\($0.id).txt").path })
        guard result.status == 0 else {
            throw ScoringError.failed("preuve claims exited \(result.status): \(result.stderr)")
        }
        var out: [String: [Claim]] = [:]
        for line in result.stdout.split(separator: "\n") where !line.isEmpty {
            let claim = try JSONDecoder().decode(Claim.self, from: Data(line.utf8))
            out[paths[claim.doc] ?? claim.doc, default: []].append(claim)
        }
        return out
    }

    /// Scores by language; also returns a line per passage that went wrong, for the log.
    static func score(_ passages: [Passage], claims: [String: [Claim]]) -> (byLanguage: [String: Score], misses: [String]) {
        var scores: [String: Score] = [:]
        var misses: [String] = []
        for p in passages {
            let expected = Set(p.expect.map { Key(indication: $0.indication, stance: $0.stance, basisClass: basisClass($0.basis)) })
            let found = Set((claims[p.id] ?? []).map { Key(indication: $0.indication, stance: $0.stance.rawValue, basisClass: basisClass($0.basis.rawValue)) })
            var s = scores[p.lang] ?? Score()
            s.truePositives += expected.intersection(found).count
            s.falsePositives += found.subtracting(expected).count
            s.falseNegatives += expected.subtracting(found).count
            scores[p.lang] = s
            if expected != found {
                misses.append("\(p.id): expected \(expected.map(\.description).sorted()) found \(found.map(\.description).sorted())")
            }
        }
        return (scores, misses)
    }
}

enum ScoringError: Error {
    case failed(String)
}
