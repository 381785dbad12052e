import Claims
import Foundation
import TestSupport
import Testing

/// A labelled passage: the gold set's shape (`expect` lists indication, stance, basis, and
/// in the project's own sets the intervention too). A passage is plain text (`text`: each
/// line a paragraph) or an HTML fragment of an article body (`html`: headings, lists,
/// comment sections), fed to the real readers either way.
struct Passage: Sendable, Decodable, CustomTestStringConvertible {
    struct Expected: Sendable, Decodable, Hashable {
        var intervention: String?
        var indication: String
        var stance: String
        var basis: String

        init(intervention: String? = nil, indication: String, stance: String, basis: String) {
            self.intervention = intervention
            self.indication = indication
            self.stance = stance
            self.basis = basis
        }

        /// A side the vocabulary does not know yet (`oov:…`): counted apart, never scored.
        var isOutOfVocabulary: Bool { indication.hasPrefix("oov:") || (intervention?.hasPrefix("oov:") ?? false) }
    }
    var id: String
    var lang: String
    var title: String
    var text: String?
    var html: String?
    var kind: String?
    var tags: [String]?
    var studied: String?
    var expect: [Expected]

    init(id: String, lang: String, title: String, text: String, expect: [Expected]) {
        self.id = id
        self.lang = lang
        self.title = title
        self.text = text
        self.expect = expect
    }

    var testDescription: String { id }

    /// The file a user would have: a `.txt` (title line, blank line, text) or an `.html` page.
    var file: (name: String, contents: String) {
        if let html {
            let page = """
                <!doctype html><html lang="\(lang)"><head><meta charset="utf-8"><title>\(Self.escape(title))</title></head>
                <body><article><h1>\(Self.escape(title))</h1>
                \(html)
                </article></body></html>
                """
            return ("\(id).html", page)
        }
        return ("\(id).txt", "\(title)\n\n\(text ?? "")\n")
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}

/// Scores as a fact-checker would: a claim counts when its indication and stance match and
/// its basis is in the right class (study levels 1-3, levels 4-5, testimony, assertion),
/// and its intervention where the passage names one.
enum ClaimScoring {
    struct Key: Hashable, CustomStringConvertible {
        var intervention: String?
        var indication: String
        var stance: String
        var basisClass: String
        var description: String { "\(intervention.map { "\($0):" } ?? "")\(indication)/\(stance)/\(basisClass)" }
    }

    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var line: String { String(format: "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision, recall, f1, truePositives, falsePositives, falseNegatives) }
        static func + (a: Score, b: Score) -> Score {
            Score(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                  falseNegatives: a.falseNegatives + b.falseNegatives)
        }
    }

    static func basisClass(_ basis: String) -> String {
        guard let b = Basis(rawValue: basis) else { return "unknown:\(basis)" }
        switch b.level {
        case .some(1...3): return "study"
        case .some: return "weak-study"
        case .none: return b == .testimony ? "testimony" : "assertion"
        }
    }

    /// Writes each passage as a file, runs the real `preuve claims --format jsonl` once over
    /// them all, and returns the claims by passage id.
    static func run(_ passages: [Passage], extraArguments: [String] = []) throws -> [String: [Claim]] {
        let dir = try TestPaths.temporaryDirectory("claims")
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String: String] = [:]
        var files: [String] = []
        for p in passages {
            let (name, contents) = p.file
            let url = dir.appendingPathComponent(name)
            try contents.write(to: url, atomically: true, encoding: .utf8)
            paths[url.path] = p.id
            files.append(url.path)
        }
        var out: [String: [Claim]] = [:]
        // In slices, so that a long set never meets the system's argument limit.
        var i = 0
        while i < files.count {
            let slice = Array(files[i..<min(files.count, i + 200)])
            i += slice.count
            let result = try PreuveProcess.run(["claims", "--format", "jsonl"] + extraArguments + slice)
            guard result.status == 0 else {
                throw ScoringError.failed("preuve claims exited \(result.status): \(result.stderr)")
            }
            for line in result.stdout.split(separator: "\n") where !line.isEmpty {
                let claim = try JSONDecoder().decode(Claim.self, from: Data(line.utf8))
                out[paths[claim.doc] ?? claim.doc, default: []].append(claim)
            }
        }
        return out
    }

    /// The expected and found keys of one passage, compared the way `score` compares them.
    static func keys(_ p: Passage, claims: [Claim]) -> (expected: Set<Key>, found: Set<Key>) {
        let scored = p.expect.filter { !$0.isOutOfVocabulary }
        let withIntervention = scored.contains { $0.intervention != nil }
        let expected = Set(scored.map {
            Key(intervention: withIntervention ? $0.intervention : nil, indication: $0.indication, stance: $0.stance, basisClass: basisClass($0.basis))
        })
        let found = Set(claims.map {
            Key(intervention: withIntervention ? $0.intervention : nil, indication: $0.indication, stance: $0.stance.rawValue,
                basisClass: basisClass($0.basis.rawValue))
        })
        return (expected, found)
    }

    static func score(_ p: Passage, claims: [Claim]) -> Score {
        let (expected, found) = keys(p, claims: claims)
        // A passage whose only expectations are out of the vocabulary scores nothing found as
        // `general` against it: the sentence named a condition the vocabulary lacks.
        return Score(truePositives: expected.intersection(found).count,
                     falsePositives: found.subtracting(expected).count,
                     falseNegatives: expected.subtracting(found).count)
    }

    /// Scores by language; also returns a line per passage that went wrong, for the log.
    static func score(_ passages: [Passage], claims: [String: [Claim]]) -> (byLanguage: [String: Score], misses: [String]) {
        var scores: [String: Score] = [:]
        var misses: [String] = []
        for p in passages {
            let s = score(p, claims: claims[p.id] ?? [])
            scores[p.lang] = (scores[p.lang] ?? Score()) + s
            if s.falsePositives + s.falseNegatives > 0 {
                let (expected, found) = keys(p, claims: claims[p.id] ?? [])
                misses.append("\(p.id): expected \(expected.map(\.description).sorted()) found \(found.map(\.description).sorted())")
            }
        }
        return (scores, misses)
    }

    /// Scores by tag (a passage counts for each of its tags).
    static func scoreByTag(_ passages: [Passage], claims: [String: [Claim]]) -> [String: Score] {
        var out: [String: Score] = [:]
        for p in passages {
            let s = score(p, claims: claims[p.id] ?? [])
            for tag in p.tags ?? ["untagged"] { out[tag] = (out[tag] ?? Score()) + s }
        }
        return out
    }
}

enum ScoringError: Error {
    case failed(String)
}
