import ArgumentParser
import Claims
import Verdicts

/// `--min-confidence`: which claims count for verdicts (query, indications, check).
struct ConfidenceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Count only claims at or above this confidence, 0 to 1 (default \(ClaimConfidence.threshold); 0 counts every claim).",
                               valueName: "x"))
    var minConfidence: Double = ClaimConfidence.threshold

    func validate() throws {
        guard (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence takes a number from 0 to 1, not \(minConfidence).")
        }
    }

    func filter(_ source: any ClaimSource) -> any ClaimSource {
        ConfidentClaims(source, minimum: minConfidence)
    }
}
