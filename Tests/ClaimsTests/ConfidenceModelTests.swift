import Documents
import Foundation
@testable import Lexicon
import Testing
import TestSupport
@testable import Claims

/// The claim confidence: a logistic model over how each claim was found, its weights a data
/// file (`Lexicon/Data/confidence-model.txt`, fitted by `Scripts/fit-confidence.py`).
@Suite struct ConfidenceModelTests {
    @Test func theBundledModelLoadsWithAThresholdAndWeights() throws {
        let model = try ConfidenceModel.bundledResult.get()
        #expect(model.threshold > 0 && model.threshold < 1)
        #expect(model.featureCount >= 20, "\(model.featureCount)")
        #expect(ClaimConfidence.threshold == model.threshold)
    }

    @Test func aWeightOfAnUnknownFamilyNamesTheFileAndLine() {
        let text = "# a model\nthreshold\t0.6\nbias\t0.5\nindication=clause\t0.3\nindicaton=title\t0.1\n"
        #expect { try ConfidenceModel(text: text, file: "model.txt") } throws: { error in
            let e = error as? LexiconError
            return e?.file == "model.txt" && e?.line == 5 && "\(error)".contains("indicaton=title")
        }
    }

    @Test(arguments: [
        ("threshold\t0.6\nbias\tmuch\n", 2, "a number"),
        ("threshold\t1.5\nbias\t0\n", 1, "from 0 to 1"),
        ("threshold\t0.6\nbias\t0\nstance=refutes\t0.1\nstance=refutes\t0.2\n", 4, "twice"),
        ("bias\t0\nstance=refutes\t0.1\n", 0, "threshold"),
        ("threshold\t0.6\nstance=refutes\t0.1\n", 0, "bias"),
        ("threshold\t0.6\nbias\t0\nstance\t0.1\n", 3, "family=value"),
    ])
    func aBrokenFileIsAnError(text: String, line: Int, reason: String) {
        #expect { try ConfidenceModel(text: text, file: "m.txt") } throws: { error in
            (error as? LexiconError)?.line == line && "\(error)".contains(reason)
        }
    }

    @Test func theProbabilityIsTheLogisticOfTheBiasAndTheWeights() throws {
        let model = try ConfidenceModel(text: "threshold\t0.5\nbias\t0.5\nstance=refutes\t1\nhedged=yes\t-1.5\n", file: "m.txt")
        #expect(abs(model.probability(ofNamed: []) - 1 / (1 + exp(-0.5))) < 1e-12)
        #expect(abs(model.probability(ofNamed: ["stance=refutes", "hedged=yes"]) - 0.5) < 1e-12)
        // A feature the development passages never showed weighs nothing.
        #expect(model.probability(ofNamed: ["stance=refutes", "kind=forum"]) == model.probability(ofNamed: ["stance=refutes"]))
        #expect(model.probability(of: [(.stance, "refutes"), (.hedged, "yes")]) == model.probability(ofNamed: ["stance=refutes", "hedged=yes"]))
    }

    /// The confidence cue lists the claim's features; the bundled model gives its confidence
    /// from them (what `--explain` shows and the fitting script reads).
    @Test func theCueListsTheFeaturesTheConfidenceComesFrom() throws {
        let claims = RuleFixtures.claims(title: "Mésothérapie et lombalgie", [(nil, [
            "Une étude randomisée a montré que la mésothérapie soulage la lombalgie chronique.",
        ])])
        let c = try #require(claims.first { $0.indication == "low-back-pain" })
        let cue = try #require(c.cues.last)
        #expect(cue.role == "confidence" && cue.text == ClaimConfidence.format(c.confidence))
        #expect(cue.rule.hasPrefix(ClaimConfidence.cuePrefix))
        let features = cue.rule.dropFirst(ClaimConfidence.cuePrefix.count).components(separatedBy: "; ")
        for expected in ["indication=clause", "intervention=clause", "stance=supports", "basis=rct", "stance-basis=supports/study",
                         "lang=fr", "kind=blog", "claims-in-sentence=1", "stance-rule=effect word"] {
            #expect(features.contains(expected), "\(expected) in \(features)")
        }
        #expect(c.confidence == ClaimConfidence.rounded(ConfidenceModel.bundled.probability(ofNamed: features)))
    }

    /// Where the indication came from weighs: all else equal, the bundled model is surer of a
    /// condition named in the clause than of one taken from the document's topic or from the
    /// sentence's other clause.
    @Test func aNamedConditionIsSurerThanOneTakenFromElsewhere() throws {
        let claims = RuleFixtures.claims(title: "Mésothérapie", [(nil, [
            "La mésothérapie soulage la lombalgie chronique, affirme le site du cabinet.",
        ])])
        let c = try #require(claims.first { $0.indication == "low-back-pain" })
        let rule = try #require(c.cues.last?.rule)
        let features = rule.dropFirst(ClaimConfidence.cuePrefix.count).components(separatedBy: "; ")
        #expect(features.contains("indication=clause"))
        let model = ConfidenceModel.bundled
        for elsewhere in ["topic", "sentence"] {
            let moved = features.map { $0 == "indication=clause" ? "indication=" + elsewhere : $0 }
            #expect(model.probability(ofNamed: moved) < model.probability(ofNamed: features), "\(elsewhere)")
        }
    }

    /// The hand-written positions behind the model's keys and the phrase matcher's kind masks
    /// follow the enums' cases: a case added without its position fails here.
    @Test func familyOrdinalsAndCueKindBitsAreEachCasesOwn() {
        for (i, family) in ConfidenceModel.Family.allCases.enumerated() { #expect(family.ordinal == i, "\(family)") }
        let bits = CueKind.allCases.map(\.bit)
        #expect(Set(bits).count == CueKind.allCases.count)
        #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 }, "one bit each")
    }

    @Test func ruleFamiliesStopBeforeTheVariablePart() {
        #expect(ClaimConfidence.ruleFamily("effect word: states that it works") == "effect word")
        #expect(ClaimConfidence.ruleFamily("answers the question \"Does it work?\"") == "answers the question")
        #expect(ClaimConfidence.ruleFamily("no stated basis: a bare assertion") == "no stated basis")
        #expect(ClaimConfidence.ruleFamily("studies named without their design (trials)") == "studies named without their design")
    }
}
