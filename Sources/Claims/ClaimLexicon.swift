import Foundation
import TextAnalysis

/// Everything the extractor knows as words: interventions, indications and cues, from the
/// bundled files in `Lexicon/` plus any user files, compiled into one phrase matcher.
public struct ClaimLexicon: Sendable {
    public private(set) var vocabulary: IndicationVocabulary
    /// Intervention ids with the names that call them, folded.
    public private(set) var interventions: [String: [String]] = [:]
    private var lines: [LexiconLine] = []
    private(set) var matcher = PhraseMatcher()

    /// The bundled lexicon; nil only when the package resources are missing.
    public static let bundled: ClaimLexicon = {
        var lexicon = ClaimLexicon(vocabulary: IndicationVocabulary.bundled)
        let folder = Bundle.module.resourceURL?.appendingPathComponent("Lexicon")
        let urls = ((folder.flatMap { try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }) ?? [])
            .filter { $0.pathExtension == "tsv" && $0.lastPathComponent != "indications.tsv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for url in urls {
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                try? lexicon.addLines(LexiconFile.parse(text, source: url.lastPathComponent))
            }
        }
        lexicon.compile()
        return lexicon
    }()

    public init(vocabulary: IndicationVocabulary) {
        self.vocabulary = vocabulary
    }

    /// The bundled lexicon plus user files (`--lexicon`): a file whose header starts with
    /// `id` has the columns of indications.tsv; any other has cue lines.
    public static func withUserFiles(_ paths: [String]) throws -> ClaimLexicon {
        var lexicon = bundled
        for path in paths {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw LexiconError(file: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
            }
            let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
            if let firstLine, firstLine.hasPrefix("id\t") {
                try lexicon.vocabulary.load(tsv: text, source: path)
            } else {
                try lexicon.addLines(LexiconFile.parse(text, source: path))
            }
        }
        lexicon.compile()
        return lexicon
    }

    mutating func addLines(_ more: [LexiconLine]) {
        lines += more
    }

    /// Rebuilds the matcher from the vocabulary and the cue lines. Indication names come
    /// first so a cue line cannot take a name from the vocabulary by accident.
    mutating func compile() {
        var m = PhraseMatcher()
        var names: [String: [String]] = [:]
        for indication in vocabulary.indications {
            let all = [indication.labelEN, indication.labelFR] + indication.synonymsEN + indication.synonymsFR
            for name in all where !name.isEmpty {
                m.add(Normalization.nfc(name), role: CueRole(kind: .indication, value: indication.id))
            }
        }
        for line in lines {
            for phrase in line.phrases { m.add(phrase, role: CueRole(kind: line.kind, value: line.value)) }
            if line.kind == .intervention {
                names[line.value, default: []] += line.phrases.map { Folding.fold($0) }
            }
        }
        matcher = m
        interventions = names
    }

    /// The intervention id a user's word names (`--about`): an id or any of its names.
    public func interventionID(for name: String) -> String? {
        let key = Folding.fold(Normalization.nfc(name)).trimmingCharacters(in: .whitespaces)
        if interventions[key] != nil { return key }
        return interventions.first { $0.value.contains(key) }?.key
    }
}
