import Documents
import Foundation
@testable import Lexicon
import Testing
import TestSupport
@testable import Claims

/// The claim confidence: a logistic model over how each claim was found, its weights a data
/// file (`Lexicon/Data/confidence-model.txt`, fitted by `Scripts/fit-confidence.py`).
@Suite struct ConfidenceModelTests {
    @Test func theBundledModelLoadsWithAThresholdAndWeightsOrTrees() throws {
        let model = try ConfidenceModel.bundledResult.get()
        #expect(model.threshold > 0 && model.threshold < 1)
        #expect(model.featureCount >= 20 || model.treeCount >= 20, "\(model.featureCount) weights, \(model.treeCount) trees")
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
        ("threshold\t0.5\nwide-fallback\t1.2\nbias\t0\n", 2, "from 0 to 1"),
        ("threshold\t0.5\nwide-threshold\t0.6\nwide-fallback\t0.7\nbias\t0\n", 0, "above the wide threshold"),
        ("threshold\t0.5\nbias\t0\nstance=refutes & basis=rct & lang=fr\t0.1\n", 3, "two features"),
        ("threshold\t0.5\nbias\t0\nstance=refutes & stance=refutes\t0.1\n", 3, "with itself"),
        ("threshold\t0.5\nbias\t0\nstance=refutes & indications-of-intervention=4+\t0.1\n", 3, "pairs with none"),
        ("threshold\t0.5\nbias\t0\nsentences-naming-indication=0 & lang=fr\t0.1\n", 3, "pairs with none"),
        ("threshold\t0.5\nbias\t0\nstance=refutes & basis=rct\t0.1\nbasis=rct & stance=refutes\t0.2\n", 4, "twice"),
        ("threshold\t0.5\nbias\t0\nstance=refutes & basys=rct\t0.1\n", 3, "family=value"),
    ])
    func aBrokenFileIsAnError(text: String, line: Int, reason: String) {
        #expect { try ConfidenceModel(text: text, file: "m.txt") } throws: { error in
            (error as? LexiconError)?.line == line && "\(error)".contains(reason)
        }
    }

    /// The wide fallback is read from its line; without one it is the wide threshold (no
    /// claim kept below it), and the bundled one lies between the two thresholds (at the wide
    /// threshold when the fit, out of fold, found no lower fallback worth its claims).
    @Test func theWideFallbackIsReadOrIsTheWideThreshold() throws {
        let with = try ConfidenceModel(text: "threshold\t0.45\nwide-threshold\t0.66\nwide-fallback\t0.5\nbias\t0\n", file: "m.txt")
        #expect(with.wideFallback == 0.5 && with.wideThreshold == 0.66)
        let without = try ConfidenceModel(text: "threshold\t0.45\nwide-threshold\t0.66\nbias\t0\n", file: "m.txt")
        #expect(without.wideFallback == 0.66)
        let bundled = try ConfidenceModel.bundledResult.get()
        #expect(bundled.wideFallback >= bundled.threshold && bundled.wideFallback <= bundled.wideThreshold, "\(bundled.wideFallback)")
    }

    /// A page none of whose claims clears the thresholds, all of them on concepts only the wide
    /// vocabulary gives, keeps its most confident claim when it reaches the wide fallback, with
    /// a cue saying so; a page with a claim of its own keeps no such claim.
    @Test func aPageWithNoClaimKeepsItsMostConfidentWideClaim() throws {
        let sentences = ["Les gélules d'ortie n'ont pas soulagé mon rhume des foins.", "Le marron d'Inde pourrait diminuer la douleur des jambes lourdes."]
        let page = RuleFixtures.document(title: "Mes astuces de grand-mère", kind: .blog, lang: "fr", [(nil, sentences)])
        let every = RuleFixtures.claims(title: "Mes astuces de grand-mère", allWide: true, [(nil, sentences)])
        let best = try #require(every.map(\.confidence).max())
        // Thresholds set around the page's best claim (whatever the bundled model gives it): the
        // wide threshold just above, the fallback at it.
        let around = ClaimExtractor.Options(wideMinimumConfidence: best + 0.01, wideFallbackConfidence: best)
        let kept = ClaimExtractor().claims(in: page, options: around)
        // Its most confident claims (the model decides which: the horse chestnut's hedged effect
        // or the nettle's failure), and no other.
        #expect(kept.map { "\($0.intervention)/\($0.indication)/\($0.stance)" }
                == every.filter { $0.confidence == best }.map { "\($0.intervention)/\($0.indication)/\($0.stance)" })
        #expect(kept.count < every.count)
        #expect(kept.allSatisfy { $0.confidence == best && $0.cues.contains { $0.role == "kept" } && $0.cues.last?.role == "confidence" })
        // With the fallback above the best claim, the page says nothing.
        let none = ClaimExtractor().claims(in: page, options: .init(wideMinimumConfidence: best + 0.01, wideFallbackConfidence: best + 0.01))
        #expect(none.isEmpty, "\(none.map(\.intervention))")
        // With a claim of its own, the page keeps no claim below the wide threshold.
        let own = RuleFixtures.document(title: "Mes astuces de grand-mère", kind: .blog, lang: "fr", [(nil, sentences + ["La mésothérapie soulage la lombalgie chronique."])])
        let withOwn = ClaimExtractor().claims(in: own, options: around)
        #expect(!withOwn.isEmpty && withOwn.allSatisfy { $0.intervention == "mesotherapy" && !$0.cues.contains { $0.role == "kept" } },
                "\(withOwn.map { "\($0.intervention)/\($0.indication)" })")
        // The bundled thresholds are ordered: the fallback between the threshold and the wide one.
        #expect(ClaimConfidence.wideFallback >= ClaimConfidence.threshold && ClaimConfidence.wideFallback <= ClaimConfidence.wideThreshold)
    }

    @Test func theProbabilityIsTheLogisticOfTheBiasAndTheWeights() throws {
        let model = try ConfidenceModel(text: "threshold\t0.5\nbias\t0.5\nstance=refutes\t1\nhedged=yes\t-1.5\n", file: "m.txt")
        #expect(abs(model.probability(ofNamed: []) - 1 / (1 + exp(-0.5))) < 1e-12)
        #expect(abs(model.probability(ofNamed: ["stance=refutes", "hedged=yes"]) - 0.5) < 1e-12)
        // A feature the development passages never showed weighs nothing.
        #expect(model.probability(ofNamed: ["stance=refutes", "kind=forum"]) == model.probability(ofNamed: ["stance=refutes"]))
        #expect(model.probability(of: [(.stance, "refutes"), (.hedged, "yes")]) == model.probability(ofNamed: ["stance=refutes", "hedged=yes"]))
    }

    /// Boosted trees: each asks, node by node, whether the claim shows a feature (the
    /// document's among them), and the leaf it reaches adds to the log-odds.
    @Test func eachTreeAddsTheLeafTheClaimsFeaturesReach() throws {
        let text = """
            threshold\t0.5
            bias\t0.25
            stance=refutes\t0.5
            tree\t0
            split\t0\tkind=clinic
            leaf\t1\t-1
            split\t1\tpairs-in-document=1
            leaf\t2\t0.75
            leaf\t2\t0
            tree\t1
            leaf\t0\t0.125

            """
        let model = try ConfidenceModel(text: text, file: "m.txt")
        #expect(model.treeCount == 2)
        let logistic = { (z: Double) in 1 / (1 + exp(-z)) }
        #expect(abs(model.probability(ofNamed: ["kind=clinic", "pairs-in-document=1"]) - logistic(0.25 - 1 + 0.125)) < 1e-12)
        #expect(abs(model.probability(ofNamed: ["stance=refutes", "pairs-in-document=1"]) - logistic(0.25 + 0.5 + 0.75 + 0.125)) < 1e-12)
        #expect(abs(model.probability(ofNamed: ["kind=forum"]) - logistic(0.25 + 0.125)) < 1e-12)
        // The weighted part alone leaves the trees out.
        #expect(model.linearLogit(of: [(.stance, "refutes"), (.kind, "clinic")]) == 0.75)
    }

    @Test(arguments: [
        ("threshold\t0.5\nbias\t0\ntree\t0\nsplit\t0\tkind=clinic\nleaf\t1\t1\n", 0, "not whole"),
        ("threshold\t0.5\nbias\t0\ntree\t0\nsplit\t0\tkind=clinic\nleaf\t1\t1\ntree\t1\nleaf\t0\t1\n", 6, "not whole"),
        ("threshold\t0.5\nbias\t0\ntree\t1\nleaf\t0\t1\n", 3, "opens with"),
        ("threshold\t0.5\nbias\t0\nleaf\t0\t1\n", 3, "outside a tree"),
        ("threshold\t0.5\nbias\t0\ntree\t0\nleaf\t0\t1\nleaf\t0\t1\n", 5, "after its tree is whole"),
        ("threshold\t0.5\nbias\t0\ntree\t0\nsplit\t0\tkinds=clinic\nleaf\t1\t1\nleaf\t1\t0\n", 4, "family=value"),
        ("threshold\t0.5\nbias\t0\ntree\t0\nleaf\t0\tmuch\n", 4, "a number"),
        ("threshold\t0.5\nbias\t0\ntree\t0\nleaf\t1\n", 4, "depth"),
        ("threshold\t0.5\nbias\t0\ntree\t0\nsplit\t0\tkind=clinic\nleaf\t2\t1\nleaf\t1\t0\n", 5, "depth 1"),
    ])
    func aBrokenTreeIsAnError(text: String, line: Int, reason: String) {
        // (The same check as a broken file's, on the tree lines.)
        aBrokenFileIsAnError(text: text, line: line, reason: reason)
    }

    /// A pair's weight counts when the claim shows both its features, in any order, once; not
    /// when it shows one of them.
    @Test func aPairWeighsWhenTheClaimShowsBothItsFeatures() throws {
        let model = try ConfidenceModel(text: "threshold\t0.5\nbias\t0\nstance=supports\t0.5\nkind=clinic\t-0.25\nkind=clinic & stance=supports\t-1\n", file: "m.txt")
        #expect(model.pairCount == 1 && model.featureCount == 2)
        let logistic = { (z: Double) in 1 / (1 + exp(-z)) }
        #expect(abs(model.probability(ofNamed: ["stance=supports"]) - logistic(0.5)) < 1e-12)
        #expect(abs(model.probability(ofNamed: ["stance=supports", "kind=clinic"]) - logistic(-0.75)) < 1e-12)
        #expect(model.probability(ofNamed: ["kind=clinic", "stance=supports"]) == model.probability(ofNamed: ["stance=supports", "kind=clinic"]))
        #expect(model.probability(ofNamed: ["kind=clinic", "stance=supports", "kind=clinic"]) == model.probability(ofNamed: ["stance=supports", "kind=clinic", "kind=clinic"]))
        #expect(abs(model.probability(ofNamed: ["stance=refutes", "kind=clinic"]) - logistic(-0.25)) < 1e-12)
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

    /// The document's own feature: how many indications the document's claims give the
    /// claim's intervention, one, two or three, four or more (a page listing its uses).
    @Test(arguments: [
        (["La mésothérapie soulage la lombalgie chronique."], "1"),
        (["La mésothérapie soulage la lombalgie chronique.", "Elle soulage aussi la tendinite."], "2-3"),
        (["La mésothérapie soulage la lombalgie chronique, la tendinite, l'arthrose du genou et la cellulite."], "4+"),
    ])
    func theDocumentsFeatureCountsTheIndicationsOfTheIntervention(sentences: [String], value: String) throws {
        let claims = RuleFixtures.claims(title: "Mésothérapie", [(nil, sentences)])
        let meso = claims.filter { $0.intervention == "mesotherapy" }
        try #require(!meso.isEmpty)
        for c in meso {
            let rule = try #require(c.cues.last { $0.role == "confidence" }?.rule)
            let features = rule.dropFirst(ClaimConfidence.cuePrefix.count).components(separatedBy: "; ")
            #expect(features.filter { $0.hasPrefix("indications-of-intervention=") } == ["indications-of-intervention=" + value], "\(features)")
            #expect(c.confidence == ClaimConfidence.rounded(ConfidenceModel.bundled.probability(ofNamed: features)))
            #expect(c.pendingConfidence == nil)
        }
    }

    /// The document's other features: how many interventions its claims give the claim's
    /// indication, how many intervention–indication pairs they make, and how many of its
    /// sentences (the title among them) name the claim's indication and its intervention,
    /// whether its intervention is the document's main one and its indication one it names most.
    @Test(arguments: [
        (["La mésothérapie soulage la lombalgie chronique."],
         ["interventions-of-indication=1", "pairs-in-document=1", "sentences-naming-indication=1", "sentences-naming-intervention=2-3",
          "main-intervention=yes", "top-indication=yes"]),
        (["La mésothérapie soulage la lombalgie chronique, dit-on.", "La lombalgie chronique touche beaucoup d'adultes.",
          "L'acupuncture soulage aussi la lombalgie chronique.", "Et la lombalgie chronique cède parfois à l'ostéopathie."],
         ["interventions-of-indication=2-3", "pairs-in-document=2-3", "sentences-naming-indication=4+", "sentences-naming-intervention=2-3",
          "main-intervention=yes", "top-indication=yes"]),
        // A condition named once in passing, under a page about another treatment and condition.
        (["L'acupuncture est pratiquée depuis des siècles.", "L'acupuncture soulage la lombalgie chronique, dit-on.", "L'acupuncture a été testée contre la migraine.",
          "La migraine touche beaucoup d'adultes.", "Selon une étude, l'acupuncture réduit la fréquence de la migraine.",
          "La mésothérapie soulage aussi la lombalgie chronique."],
         ["interventions-of-indication=2-3", "pairs-in-document=2-3", "sentences-naming-indication=2-3", "sentences-naming-intervention=2-3",
          "main-intervention=no", "top-indication=no"]),
    ])
    func theDocumentsFeaturesCountItsSidesAndItsSentences(sentences: [String], expected: [String]) throws {
        let claims = RuleFixtures.claims(title: "Mésothérapie", [(nil, sentences)])
        let c = try #require(claims.first { $0.intervention == "mesotherapy" && $0.indication == "low-back-pain" }, "\(claims)")
        let rule = try #require(c.cues.last { $0.role == "confidence" }?.rule)
        let features = rule.dropFirst(ClaimConfidence.cuePrefix.count).components(separatedBy: "; ")
        let families = ["interventions-of-indication=", "pairs-in-document=", "sentences-naming-indication=", "sentences-naming-intervention=",
                        "main-intervention=", "top-indication="]
        #expect(features.filter { f in families.contains { f.hasPrefix($0) } } == expected, "\(features)")
        #expect(c.confidence == ClaimConfidence.rounded(ConfidenceModel.bundled.probability(ofNamed: features)))
    }

    /// Added to a claim whose probability a factor multiplies, the feature goes with the
    /// others, before the factor's note, and the factor still applies.
    @Test func theDocumentsFeatureGoesBeforeTheNoteOfAFactor() throws {
        let model = try ConfidenceModel(text: "threshold\t0.5\nbias\t0\nstance=supports\t1\nindications-of-intervention=4+\t0.5\n", file: "m.txt")
        var claims = (["low-back-pain", "tendinopathy", "osteoarthritis", "cellulite"]).map { indication in
            var c = Claim(doc: "d", title: "t", year: nil, kind: .blog, intervention: "mesotherapy", indication: indication,
                          surface: indication, stance: .supports, basis: .rct, cited: false, hedged: false, lang: "en",
                          sentence: "s", start: 0, end: 1,
                          cues: [Cue(role: "confidence", text: "0.59", rule: ClaimConfidence.cuePrefix + "stance=supports" + ClaimConfidence.factorNote + "0.8 for a side from the record's MeSH headings")])
            c.pendingConfidence = PendingConfidence(logit: 1, factor: 0.8)
            return c
        }
        ClaimConfidence.addDocumentFeature(&claims, model: model)
        for c in claims {
            // (No sentence was read: no concept is named, and each indication has one intervention.)
            let documentFeatures = "; indications-of-intervention=4+; interventions-of-indication=1; pairs-in-document=4-9"
                + "; sentences-naming-indication=0; sentences-naming-intervention=0; main-intervention=none; top-indication=no"
                + "; repeated=no; pair-claims=1; pair-stances=1"
            #expect(c.cues[0].rule == ClaimConfidence.cuePrefix + "stance=supports" + documentFeatures + ClaimConfidence.factorNote + "0.8 for a side from the record's MeSH headings")
            #expect(c.confidence == ClaimConfidence.rounded(0.8 / (1 + exp(-1.5))))
            #expect(c.cues[0].text == ClaimConfidence.format(c.confidence))
            #expect(c.pendingConfidence == nil)
        }
    }

    /// The document's claims on the claim's own sides: whether another says the same (sides,
    /// stance and class of basis), how many there are, how many stances they take.
    @Test func theDocumentsClaimsOnTheSamePairAreCounted() throws {
        let model = try ConfidenceModel(text: "threshold\t0.5\nbias\t0\n", file: "m.txt")
        let made: [(String, Stance, Basis)] = [("low-back-pain", .supports, .rct), ("low-back-pain", .supports, .cohort),
                                               ("low-back-pain", .refutes, .testimony), ("cellulite", .supports, .rct)]
        var claims = made.map { indication, stance, basis in
            var c = Claim(doc: "d", title: "t", year: nil, kind: .blog, intervention: "mesotherapy", indication: indication,
                          surface: indication, stance: stance, basis: basis, cited: false, hedged: false, lang: "en",
                          sentence: "s", start: 0, end: 1, cues: [Cue(role: "confidence", text: "0.5", rule: ClaimConfidence.cuePrefix + "stance=\(stance.rawValue)")])
            c.pendingConfidence = PendingConfidence(logit: 0, factor: 1)
            return c
        }
        ClaimConfidence.addDocumentFeature(&claims, model: model)
        let features = claims.map { c in c.cues[0].rule.components(separatedBy: "; ").filter { $0.hasPrefix("repeated=") || $0.hasPrefix("pair-") } }
        // (A randomised trial and a cohort are both studies: the same saying.)
        #expect(features[0] == ["repeated=yes", "pair-claims=3+", "pair-stances=2"], "\(features[0])")
        #expect(features[1] == ["repeated=yes", "pair-claims=3+", "pair-stances=2"], "\(features[1])")
        #expect(features[2] == ["repeated=no", "pair-claims=3+", "pair-stances=2"], "\(features[2])")
        #expect(features[3] == ["repeated=no", "pair-claims=1", "pair-stances=1"], "\(features[3])")
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
