import ArgumentParser
import Claims
import Verdicts

/// `--min-confidence`: which claims count for verdicts (query, indications, check).
struct ConfidenceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Count only claims at or above this confidence, 0 to 1 (default \(ClaimConfidence.threshold); 0 counts every claim).",
                               valueName: "x"))
    var minConfidence: Double = ClaimConfidence.threshold

    func validate() throws {
        try Self.validate(minConfidence)
    }

    /// The one check of a `--min-confidence` value (here and on `claims`, whose default differs).
    static func validate(_ value: Double) throws {
        guard (0...1).contains(value) else {
            throw ValidationError("--min-confidence takes a number from 0 to 1, not \(value).")
        }
    }

    func filter(_ source: any ClaimSource) -> any ClaimSource {
        ConfidentClaims(source, minimum: minConfidence)
    }
}
