import Lexicon

/// How sure a claim is: the probability that it is right, from how it was found. Each claim
/// gets its features (where each side came from, spec/claims.md §6; the stance, the basis and
/// the rules that gave them; how many claims its sentence makes; …), and the bundled
/// `ConfidenceModel`, fitted on the development passages (`Scripts/fit-confidence.py`), turns
/// them into a probability. The confidence cue lists the features, so `--explain` shows why
/// and the fitting script reads them from `preuve claims` (one home for them: here).
/// `docs/claims.md` says how the model was fitted and the threshold chosen.
public enum ClaimConfidence {
    /// Claims below this do not count for `query`, `indications` and `check` (their
    /// `--min-confidence` changes it); `claims` shows every claim with its confidence.
    public static var threshold: Double { ConfidenceModel.bundled.threshold }

    /// Claims on a concept only the wide vocabulary gives are made at or above this
    /// (`ClaimExtractor.Options.wideMinimumConfidence`).
    public static var wideThreshold: Double { ConfidenceModel.bundled.wideThreshold }

    /// A document with no claim at or above the thresholds keeps its most confident claims on
    /// the wide vocabulary's concepts at or above this (`ClaimExtractor.Options.wideFallbackConfidence`).
    public static var wideFallback: Double { ConfidenceModel.bundled.wideFallback }

    /// What the confidence cue's rule starts with, before the features.
    static let cuePrefix = "from how it was found: "

    /// How a claim's sides and stance were found, known when the claim is made.
    struct Finding {
        /// `TopicOrigin` of the indication, or `whole` (a sentence on the practice as a
        /// whole) and `general` (no indication anywhere) for a general claim.
        var indication: String
        var intervention: String
        /// How direct the stance's words are (`ClauseStance.strength`).
        var stanceWords: Double
        /// Whether a side is a concept only the wide vocabulary gives (`ClaimLexicon.wideConcepts`).
        var wide = false
        /// Which of the claim's sides the document's title names (`titleAgreement`).
        var title = "none"

        init(indication: TopicOrigin, intervention: TopicOrigin, stanceWords: Double) {
            self.indication = indication.rawValue
            self.intervention = intervention.rawValue
            self.stanceWords = stanceWords
        }

        init(general whole: Bool, intervention: TopicOrigin, stanceWords: Double) {
            indication = whole ? "whole" : "general"
            self.intervention = intervention.rawValue
            self.stanceWords = stanceWords
        }
    }

    /// The features of each claim of one sentence (`claims[i]` found as `findings[i]`), then
    /// its confidence and the confidence cue, last. `sideFactors[i]` multiplies the model's
    /// probability: a side the record's MeSH headings gave (`meshSide`), which no development
    /// passage shows.
    static func assign(_ claims: inout [Claim], findings: [Finding], sideFactors: [Double]? = nil,
                       model: ConfidenceModel = .bundled) {
        let interventions = distinctCount(claims.map(\.intervention))
        let indications = distinctCount(claims.map(\.indication))
        let stances = distinctCount(claims.map(\.stance))
        for i in claims.indices {
            let features = features(of: claims[i], finding: findings[i], sentenceClaims: claims.count,
                                    interventions: interventions, indications: indications, stances: stances)
            let factor = sideFactors?[i] ?? 1
            let logit = model.linearLogit(of: features)
            claims[i].confidence = rounded(model.probability(logit: logit) * factor)
            claims[i].pendingConfidence = PendingConfidence(logit: logit, factor: factor, treeFeatures: model.featureSet(of: features))
            claims[i].cues.append(Cue(role: "confidence", text: format(claims[i].confidence), rule: rule(features, factor: factor)))
        }
    }

    /// The document's own features, once all its claims are made (each pairs with no other):
    /// - how many indications its claims give each claim's intervention (`1`, `2-3`, `4+`). A
    ///   page that lists a treatment's uses is right about them more often than one whose claims
    ///   give a treatment two or three conditions, one of them often carried over from a
    ///   neighbouring sentence (in cross-validation on the development passages, twenty-third
    ///   session);
    /// - how many interventions its claims give each claim's indication (`1`, `2-3`, `4+`);
    /// - how many intervention–indication pairs its claims make (`1`, `2-3`, `4-9`, `10+`);
    /// - how many sentences name each side, whether the intervention is the document's main one
    ///   and the indication one it names most (`documentFeatures`);
    /// - whether another of its claims says the same (sides, stance, class of basis), and how
    ///   many claims and stances the claim's pair has.
    /// Each claim's confidence and cue take them; the claims leave with no pending log-odds.
    static func addDocumentFeature(_ claims: inout [Claim], naming: SentencesNaming = .init(), model: ConfidenceModel = .bundled) {
        // A document's claims name a few sides: lists searched in order, not tables.
        // (With each indication, the number of its pair with the intervention, as first met.)
        var indications: [(intervention: String, indications: [String], pairs: [Int])] = []
        var interventions: [(indication: String, interventions: [String])] = []
        // Each claim's pair.
        var pairOf: [Int] = []
        pairOf.reserveCapacity(claims.count)
        var pairs = 0
        for c in claims {
            if let k = indications.firstIndex(where: { $0.intervention == c.intervention }) {
                if let at = indications[k].indications.firstIndex(of: c.indication) {
                    pairOf.append(indications[k].pairs[at])
                } else {
                    indications[k].indications.append(c.indication)
                    indications[k].pairs.append(pairs)
                    pairOf.append(pairs)
                    pairs += 1
                }
            } else {
                indications.append((c.intervention, [c.indication], [pairs]))
                pairOf.append(pairs)
                pairs += 1
            }
            if let k = interventions.firstIndex(where: { $0.indication == c.indication }) {
                if !interventions[k].interventions.contains(c.intervention) { interventions[k].interventions.append(c.intervention) }
            } else {
                interventions.append((c.indication, [c.intervention]))
            }
        }
        // By pair: its claims, the stances they take (a bit each), and its claims by stance and
        // class of basis (3 × 4 counts).
        var claimsOfPair = [Int](repeating: 0, count: pairs)
        var stancesOfPair = [UInt8](repeating: 0, count: pairs)
        var sayings = [Int](repeating: 0, count: pairs * 12)
        let saying = claims.indices.map { i in pairOf[i] * 12 + stanceIndex(claims[i].stance) * 4 + basisClassIndex(claims[i].basis) }
        for i in claims.indices {
            claimsOfPair[pairOf[i]] += 1
            stancesOfPair[pairOf[i]] |= 1 << stanceIndex(claims[i].stance)
            sayings[saying[i]] += 1
        }
        let pairsBucket = pairs <= 1 ? 0 : pairs <= 3 ? 1 : pairs <= 9 ? 2 : 3
        let mostNamed = naming.indications.values.max() ?? 0
        // Each feature's weight by value, looked up once per document, not once per claim.
        let weights = documentFeatures.map { f in f.values.map { model.weight(f.family, $0) } }
        // And the bit each value has in the trees' feature sets (nil: no tree asks about it).
        let bits = documentFeatures.map { f in f.values.map { model.treeBit(f.family, $0) } }
        for i in claims.indices {
            guard let pending = claims[i].pendingConfidence else { continue }
            claims[i].pendingConfidence = nil
            let indicationNamed = naming.indications[claims[i].indication] ?? 0
            var logit = pending.logit
            var treeFeatures = pending.treeFeatures
            // Bytes first, one String at the end (appending Strings cost more than the rest).
            var bytes: [UInt8] = []
            bytes.reserveCapacity(240)
            // Each feature of `documentFeatures`, in its order, with the claim's value.
            func take(_ k: Int, _ value: Int) {
                logit += weights[k][value]
                if let bit = bits[k][value] { treeFeatures.insert(bit) }
                bytes.append(contentsOf: documentFeatures[k].items[value])
            }
            take(0, documentBucket(indications.first { $0.intervention == claims[i].intervention }?.indications.count ?? 1))
            take(1, documentBucket(interventions.first { $0.indication == claims[i].indication }?.interventions.count ?? 1))
            take(2, pairsBucket)
            take(3, namingBucket(indicationNamed))
            take(4, namingBucket(naming.interventions[claims[i].intervention] ?? 0))
            take(5, naming.main == nil ? 2 : naming.main == claims[i].intervention ? 0 : 1)
            take(6, indicationNamed >= max(mostNamed, 1) ? 0 : 1)
            // The document's claims on the same sides: whether another says the same, how many
            // there are, how many stances they take.
            take(7, sayings[saying[i]] > 1 ? 0 : 1)
            take(8, min(claimsOfPair[pairOf[i]], 3) - 1)
            take(9, stancesOfPair[pairOf[i]].nonzeroBitCount - 1)
            logit += model.treeSum(treeFeatures)
            let items = String(decoding: bytes, as: UTF8.self)
            claims[i].confidence = rounded(model.probability(logit: logit) * pending.factor)
            guard let c = claims[i].cues.lastIndex(where: { $0.role == "confidence" }) else { continue }
            claims[i].cues[c].text = format(claims[i].confidence)
            // Listed with the others, before the note of a factor ("; × 0.8 for a side …").
            if pending.factor != 1, let note = Self.noteStart(in: claims[i].cues[c].rule) {
                claims[i].cues[c].rule.insert(contentsOf: items, at: note)
            } else {
                claims[i].cues[c].rule += items
            }
        }
    }

    /// The values of the document's features by side: one, two or three, four or more.
    static let documentValues = ["1", "2-3", "4+"]

    /// Which of `documentValues` a side given `n` others has.
    static func documentBucket(_ n: Int) -> Int { n <= 1 ? 0 : n <= 3 ? 1 : 2 }

    /// Which of `0`, `1`, `2-3`, `4+` a count of sentences is.
    static func namingBucket(_ n: Int) -> Int { n <= 0 ? 0 : n == 1 ? 1 : n <= 3 ? 2 : 3 }

    /// A feature of the document: its family, its values, and each value as the confidence
    /// cue lists it ("; family=value", UTF-8), made once.
    struct DocumentFeature: Sendable {
        let family: ConfidenceModel.Family
        let values: [String]
        let items: [[UInt8]]

        init(_ family: ConfidenceModel.Family, _ values: [String]) {
            self.family = family
            self.values = values
            items = values.map { Array(("; " + family.rawValue + "=" + $0).utf8) }
        }
    }

    /// How many of a document's sentences, its title among them, name each indication and
    /// each intervention, and its main intervention.
    struct SentencesNaming {
        var indications: [String: Int] = [:]
        var interventions: [String: Int] = [:]
        /// The document's main intervention, if it has one.
        var main: String?

        init() {}

        init(title: AnalyzedSentence, sentences: [AnalyzedSentence], main: String?) {
            self.main = main
            count(title)
            for s in sentences { count(s) }
        }

        /// A record's MeSH headings name the conditions and interventions they index: once each.
        mutating func count(headings indexing: MeSHIndexing) {
            for id in Set(indexing.conditions.map(\.id)) { indications[id, default: 0] += 1 }
            for id in Set(indexing.interventions.map(\.id)) { interventions[id, default: 0] += 1 }
        }

        private mutating func count(_ s: AnalyzedSentence) {
            // A sentence counts once for a concept it names twice.
            let named = s.indicationMentions, used = s.interventionMentions
            for (k, m) in named.enumerated() where !named[..<k].contains(where: { $0.id == m.id }) { indications[m.id, default: 0] += 1 }
            for (k, m) in used.enumerated() where !used[..<k].contains(where: { $0.id == m.id }) { interventions[m.id, default: 0] += 1 }
        }
    }

    /// The document's features, in the order `addDocumentFeature` gives their values.
    static let documentFeatures: [DocumentFeature] = [
        .init(.indicationsOfIntervention, documentValues),
        .init(.interventionsOfIndication, documentValues),
        .init(.pairsInDocument, ["1", "2-3", "4-9", "10+"]),
        .init(.sentencesNamingIndication, ["0", "1", "2-3", "4+"]),
        .init(.sentencesNamingIntervention, ["0", "1", "2-3", "4+"]),
        .init(.mainIntervention, ["yes", "no", "none"]),
        .init(.topIndication, ["yes", "no"]),
        .init(.repeated, ["yes", "no"]),
        .init(.pairClaims, ["1", "2", "3+"]),
        .init(.pairStances, ["1", "2", "3"]),
    ]

    /// How the confidence cue's rule notes a factor.
    static let factorNote = "; × "

    /// Where the note of a factor starts in a confidence cue's rule, found on its UTF-8 bytes
    /// (Foundation's `range(of:)` cost more than the rest of the extraction's confidence).
    static func noteStart(in rule: String) -> String.Index? {
        rule.utf8.firstRange(of: factorNote.utf8)?.lowerBound
    }

    /// The features of a claim already made, read back from its confidence cue, with its
    /// indication now found as `indication` (a general claim narrowed to the record's MeSH
    /// heading), and the confidence again.
    static func reassign(_ claim: inout Claim, indication: String, factor: Double, model: ConfidenceModel = .bundled) {
        guard let c = claim.cues.lastIndex(where: { $0.role == "confidence" }), claim.cues[c].rule.hasPrefix(cuePrefix) else { return }
        let listed = claim.cues[c].rule.dropFirst(cuePrefix.count).components(separatedBy: "; ")
        let features: [Feature] = listed.compactMap { name in
            ConfidenceModel.named(name).map { (family: $0.0, value: $0.0 == .indication ? indication : $0.1) }
        }
        let logit = model.linearLogit(of: features)
        claim.confidence = rounded(model.probability(logit: logit) * factor)
        claim.pendingConfidence = PendingConfidence(logit: logit, factor: factor, treeFeatures: model.featureSet(of: features))
        claim.cues[c].text = format(claim.confidence)
        claim.cues[c].rule = rule(features, factor: factor)
    }

    typealias Feature = (family: ConfidenceModel.Family, value: String)

    /// `both`, `intervention`, `indication` or `none`: which sides of a claim the title names.
    static func titleAgreement(intervention: Bool, indication: Bool) -> String {
        switch (intervention, indication) {
        case (true, true): "both"
        case (true, false): "intervention"
        case (false, true): "indication"
        case (false, false): "none"
        }
    }

    /// The confidence cue's rule: the prefix, then `family=value` for each feature.
    static func rule(_ features: [Feature], factor: Double) -> String {
        // Bytes first, one String at the end: appending to a String piece by piece costs
        // several times more, for every claim.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cuePrefix.utf8.count + features.count * 28 + 60)
        // (Appends inline, not in a nested function: one that captures `bytes` pays a
        // dynamic exclusivity check per call.)
        if cuePrefix.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: Array(cuePrefix.utf8)) }
        for (i, f) in features.enumerated() {
            if i > 0 { bytes.append(0x3B); bytes.append(0x20) }
            let family = f.family.rawValue
            if family.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: Array(family.utf8)) }
            bytes.append(0x3D)
            if f.value.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: Array(f.value.utf8)) }
        }
        if factor != 1 { bytes.append(contentsOf: (factorNote + format(factor) + " for a side from the record's MeSH headings").utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The features of a claim, one or more for each `ConfidenceModel.Family` it shows.
    static func features(of claim: Claim, finding: Finding, sentenceClaims: Int, interventions: Int,
                         indications: Int, stances: Int) -> [Feature] {
        var out: [Feature] = [
            (.indication, finding.indication),
            (.intervention, finding.intervention),
            (.stanceWords, format(finding.stanceWords)),
            (.stance, claim.stance.rawValue),
            (.basis, claim.basis.rawValue),
            (.stanceBasis, stanceBasis(claim.stance, claim.basis)),
        ]
        out.reserveCapacity(22)
        out.append((.vocabulary, finding.wide ? "wide" : "core"))
        out.append((.title, finding.title))
        // The vocabulary and the title together: a claim on a wide concept the title names is
        // the document's topic, one the title does not name is often a treatment in passing.
        out.append((.vocabularyTitle, (finding.wide ? "wide/" : "core/") + finding.title))
        // And where its sides came from: a wide concept the sentence names itself is surer than one
        // its discourse gives.
        if finding.wide { out.append((.wideOrigin, finding.indication + "/" + finding.intervention)) }
        if claim.cited { out.append((.cited, "yes")) }
        if claim.hedged { out.append((.hedged, "yes")) }
        out.append((.lang, claim.lang ?? "unknown"))
        out.append((.kind, claim.kind.rawValue))
        out.append((.claimsInSentence, digit(min(sentenceClaims, 4))))
        out.append((.interventionsInSentence, digit(min(interventions, 3))))
        out.append((.indicationsInSentence, digit(min(indications, 3))))
        out.append((.stancesInSentence, digit(min(stances, 2))))
        out.append((.sentenceWords, digit(min(wordCount(claim.sentence) / 10, 5))))
        var stanceCues = 0
        for cue in claim.cues {
            let family: ConfidenceModel.Family
            switch cue.role {
            case "stance": family = .stanceRule; stanceCues += 1
            case "basis": family = .basisRule
            default: continue
            }
            let value = ruleFamily(cue.rule)
            if !out.contains(where: { $0.family == family && $0.value == value }) { out.append((family, value)) }
        }
        out.append((.stanceCues, digit(min(stanceCues, 3))))
        return out
    }

    private static func digit(_ n: Int) -> String {
        switch n {
        case 0: "0"
        case 1: "1"
        case 2: "2"
        case 3: "3"
        case 4: "4"
        case 5: "5"
        default: String(n)
        }
    }

    private static func stanceBasis(_ stance: Stance, _ basis: Basis) -> String {
        switch (stance, basisClass(basis)) {
        case (.supports, "study"): "supports/study"
        case (.supports, "weak-study"): "supports/weak-study"
        case (.supports, "testimony"): "supports/testimony"
        case (.supports, _): "supports/assertion"
        case (.refutes, "study"): "refutes/study"
        case (.refutes, "weak-study"): "refutes/weak-study"
        case (.refutes, "testimony"): "refutes/testimony"
        case (.refutes, _): "refutes/assertion"
        case (.uncertain, "study"): "uncertain/study"
        case (.uncertain, "weak-study"): "uncertain/weak-study"
        case (.uncertain, "testimony"): "uncertain/testimony"
        case (.uncertain, _): "uncertain/assertion"
        }
    }

    private static func distinctCount<T: Equatable>(_ xs: [T]) -> Int {
        var seen: [T] = []
        for x in xs where !seen.contains(x) { seen.append(x) }
        return seen.count
    }

    /// The family of a cue's rule: its words before a colon, a quotation or a parenthesis
    /// ("effect word: states that it works" → "effect word"; "answers the question "…"" →
    /// "answers the question"), in the characters a feature name may hold.
    static func ruleFamily(_ rule: String) -> String {
        var rule = rule
        return rule.withUTF8 { utf8 in
            // ':' '"' '(' ';' '=' tab newline end the family.
            var end = 0
            while end < utf8.count {
                let b = utf8[end]
                if b == 0x3A || b == 0x22 || b == 0x28 || b == 0x3B || b == 0x3D || b == 0x09 || b == 0x0A { break }
                end += 1
            }
            var start = 0
            while start < end, utf8[start] == 0x20 { start += 1 }
            while end > start, utf8[end - 1] == 0x20 { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
        }
    }

    /// The classes of basis that scoring and verdicts tell apart.
    /// A stance's place among three, and a basis class's among four (`basisClass`), for counting.
    static func stanceIndex(_ s: Stance) -> Int {
        switch s {
        case .supports: 0
        case .refutes: 1
        case .uncertain: 2
        }
    }
    static func basisClassIndex(_ b: Basis) -> Int {
        switch b {
        case .metaAnalysis, .systematicReview, .htaReport, .rct, .controlledStudy, .cohort, .caseControl: 0
        case .caseSeries, .caseReport, .expertOpinion: 1
        case .testimony: 2
        case .assertion: 3
        }
    }

    static func basisClass(_ b: Basis) -> String { basisClasses[basisClassIndex(b)] }

    /// The classes of basis, in `basisClassIndex`'s order.
    static let basisClasses = ["study", "weak-study", "testimony", "assertion"]

    private static func wordCount(_ s: String) -> Int {
        // (Over the contiguous bytes: a native string is not copied.)
        var text = s
        return text.withUTF8 { bytes in
            var n = 0
            var inWord = false
            for b in bytes {
                let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
                if !space, !inWord { n += 1 }
                inWord = !space
            }
            return n
        }
    }

    /// Two decimals, as the JSON writes it ("0.75").
    static func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        if hundredths >= 0 && hundredths <= 100 { return hundredthsText[hundredths] }
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// "0.00" to "1.00", made once: a confidence is written for every claim and every cue.
    private static let hundredthsText: [String] = (0...100).map { n in
        n == 100 ? "1.00" : "0.\(n < 10 ? "0" : "")\(n)"
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
