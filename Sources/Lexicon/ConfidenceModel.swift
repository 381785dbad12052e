#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// How sure a claim is, learned from how it was found: a logistic model over the features the
/// claim extractor reports for each claim (`ClaimConfidence.features`: where each side came
/// from, the stance and basis and the rules that gave them, how many claims the sentence
/// makes, its length…). Its weights are data (`Lexicon/Data/confidence-model.txt`), fitted
/// on the development passages by `Scripts/fit-confidence.py`, never edited by hand; the
/// threshold that verdicts use is the file's too.
public struct ConfidenceModel: Sendable {
    /// What a feature describes: the part of a feature name before its `=`. A weight whose
    /// family is not one of these is an error of the file, not a feature silently unused.
    public enum Family: String, CaseIterable, Sendable {
        case bias
        case indication, intervention
        case stanceWords = "stance-words"
        case stance, basis
        case stanceBasis = "stance-basis"
        case cited, hedged, lang, kind
        case claimsInSentence = "claims-in-sentence"
        case interventionsInSentence = "interventions-in-sentence"
        case indicationsInSentence = "indications-in-sentence"
        case stancesInSentence = "stances-in-sentence"
        case sentenceWords = "sentence-words"
        case stanceRule = "stance-rule"
        case basisRule = "basis-rule"
        case stanceCues = "stance-cues"
    }

    /// Claims at or above this count for `query`, `indications` and `check` (their
    /// `--min-confidence` changes it).
    public let threshold: Double
    public let bias: Double
    private let weights: [String: Double]

    package static let file = "confidence-model.txt"

    /// The model compiled into the binary, or the first problem of its file (a test fails on
    /// it); with a broken file every claim gets the bias alone, and verdicts the threshold 0.5.
    public static let bundledResult: Result<ConfidenceModel, LexiconError> = Result { () throws(LexiconError) -> ConfidenceModel in
        try ConfidenceModel(text: BundledLexicon.text(file), file: file)
    }

    public static let bundled: ConfidenceModel = (try? bundledResult.get()) ?? ConfidenceModel(threshold: 0.5, bias: 0, weights: [:])

    /// FNV-1a of the bundled file, part of `ClaimRules.fingerprint`: claims stored with other
    /// weights are extracted again.
    package static let fingerprint: String = {
        var hash = FNV1a()
        hash.mix((EmbeddedData.text(file) ?? "").utf8)
        return String(hash.value, radix: 16)
    }()

    private init(threshold: Double, bias: Double, weights: [String: Double]) {
        self.threshold = threshold
        self.bias = bias
        self.weights = weights
    }

    /// Lines `feature<TAB>weight` (`#` lines are comments), one `threshold<TAB>x` line with x
    /// from 0 to 1, one `bias<TAB>w` line.
    public init(text: String, file: String) throws(LexiconError) {
        var threshold: Double?
        var bias: Double?
        var weights: [String: Double] = [:]
        var problem: LexiconError?
        DataFileLines.forEachLine(in: text) { number, line in
            guard problem == nil, !DataFileLines.isBlankOrComment(line) else { return }
            func fail(_ reason: String) { problem = LexiconError(file: file, line: number, reason: reason) }
            let f = DataFileLines.fields(of: line, separatedBy: UInt8(ascii: "\t"))
            guard f.count == 2, let value = Double(f[1]), value.isFinite else {
                return fail("a line is `feature<TAB>weight`, with a number for the weight: `\(line)`")
            }
            let name = String(f[0])
            if name == "threshold" {
                guard (0...1).contains(value) else { return fail("the threshold is from 0 to 1, not \(value)") }
                threshold = value
                return
            }
            if name == "bias" { bias = value; return }
            let parts = name.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[1].isEmpty, let family = Family(rawValue: String(parts[0])), family != .bias else {
                return fail("`\(name)` is not `family=value` with a family of \(Family.allCases.dropFirst().map(\.rawValue).joined(separator: ", "))")
            }
            guard weights.updateValue(value, forKey: name) == nil else { return fail("`\(name)` is given twice") }
        }
        if let problem { throw problem }
        guard let threshold else { throw LexiconError(file: file, line: 0, reason: "no `threshold` line") }
        guard let bias else { throw LexiconError(file: file, line: 0, reason: "no `bias` line") }
        self.init(threshold: threshold, bias: bias, weights: weights)
    }

    /// The weight of a feature (`family=value`); 0 for one the development passages never showed.
    public func weight(_ feature: String) -> Double { weights[feature] ?? 0 }

    /// The probability that a claim with these features is right: the logistic of the bias
    /// plus their weights.
    public func probability(of features: [String]) -> Double {
        let z = features.reduce(bias) { $0 + weight($1) }
        return 1 / (1 + exp(-z))
    }

    public var featureCount: Int { weights.count }
}
