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
/// threshold that verdicts use is the file's too. Pairs of features weigh too (`A & B` lines):
/// a supporting stance read from an effect word is surer in a trial's report than in a list of
/// uses, which one weight per feature cannot say. Boosted trees may add to the log-odds
/// (`tree`, `split` and `leaf` lines): each asks, node by node, whether the claim shows a
/// feature, the document's features among them, and its leaf's value is added.
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
        /// `core` or `wide`: whether a side is a concept only the wide vocabulary gives.
        case vocabulary
        /// `both`, `intervention`, `indication`, `none`: which sides the document's title names.
        case title
        /// `core/both` … `wide/none`: the two together.
        case vocabularyTitle = "vocabulary-title"
        /// For a claim on a wide concept, where its indication and its intervention came from.
        case wideOrigin = "wide-origin"
        /// `1`, `2-3`, `4+`: how many indications the document's claims give the claim's
        /// intervention (a page listing a treatment's uses, against a condition carried over
        /// from a neighbouring sentence).
        case indicationsOfIntervention = "indications-of-intervention"
        /// `1`, `2-3`, `4+`: how many interventions the document's claims give the claim's
        /// indication (a page comparing the treatments of one condition, against a treatment
        /// named in passing).
        case interventionsOfIndication = "interventions-of-indication"
        /// `1`, `2-3`, `4-9`, `10+`: how many distinct intervention–indication pairs the
        /// document's claims make.
        case pairsInDocument = "pairs-in-document"
        /// `0`, `1`, `2-3`, `4+`: how many of the document's sentences (its title among them)
        /// name the claim's indication, and its intervention.
        case sentencesNamingIndication = "sentences-naming-indication"
        case sentencesNamingIntervention = "sentences-naming-intervention"
        /// `yes`, `no`, `none`: whether the claim's intervention is the document's main one
        /// (`ReferenceResolver.mainIntervention`), and whether it has one.
        case mainIntervention = "main-intervention"
        /// `yes`, `no`: whether the claim's indication is one its document's sentences name most.
        case topIndication = "top-indication"
        /// `yes`, `no`: whether another of the document's claims says the same (the same sides,
        /// stance and class of basis).
        case repeated
        /// `1`, `2`, `3+`: how many of the document's claims are on the claim's intervention and
        /// indication, and `1`, `2`, `3`: how many stances they take.
        case pairClaims = "pair-claims"
        case pairStances = "pair-stances"

        /// Whether the feature is the whole document's, added once all its claims are made
        /// (`ClaimConfidence.addDocumentFeature`): it pairs with no other.
        public var ofDocument: Bool {
            switch self {
            case .indicationsOfIntervention, .interventionsOfIndication, .pairsInDocument, .sentencesNamingIndication,
                 .sentencesNamingIntervention, .mainIntervention, .topIndication, .repeated, .pairClaims, .pairStances: true
            default: false
            }
        }

        /// Its position in `allCases`, without a search.
        var ordinal: Int {
            switch self {
            case .bias: 0
            case .indication: 1
            case .intervention: 2
            case .stanceWords: 3
            case .stance: 4
            case .basis: 5
            case .stanceBasis: 6
            case .cited: 7
            case .hedged: 8
            case .lang: 9
            case .kind: 10
            case .claimsInSentence: 11
            case .interventionsInSentence: 12
            case .indicationsInSentence: 13
            case .stancesInSentence: 14
            case .sentenceWords: 15
            case .stanceRule: 16
            case .basisRule: 17
            case .stanceCues: 18
            case .vocabulary: 19
            case .title: 20
            case .vocabularyTitle: 21
            case .wideOrigin: 22
            case .indicationsOfIntervention: 23
            case .interventionsOfIndication: 24
            case .pairsInDocument: 25
            case .sentencesNamingIndication: 26
            case .sentencesNamingIntervention: 27
            case .mainIntervention: 28
            case .topIndication: 29
            case .repeated: 30
            case .pairClaims: 31
            case .pairStances: 32
            }
        }
    }

    /// Claims at or above this count for `query`, `indications` and `check` (their
    /// `--min-confidence` changes it).
    public let threshold: Double
    /// Claims on a concept only the wide vocabulary gives are made at or above this (the
    /// model file's `wide-threshold` line, else `threshold`): the lowest at which, on the
    /// development passages, they cost the claims no precision.
    public let wideThreshold: Double
    /// A document none of whose claims clears the thresholds keeps its most confident claims
    /// on the wide vocabulary's concepts when they reach this (the model file's `wide-fallback`
    /// line, else `wideThreshold`: no such claim).
    public let wideFallback: Double
    public let bias: Double
    /// Weights by the FNV-1a of family and value (`key`): a claim's features are looked up
    /// without making their `family=value` names or hashing strings (a collision between two
    /// of the file's features is refused when it is read).
    private let weights: KeyedWeights
    /// The features that some pair holds, by key: their index in `pairMatrix` (only those are
    /// paired when a claim's log-odds is summed).
    private let pairedIndex: KeyedWeights
    /// How many features some pair holds: the side of `pairMatrix`.
    private let pairedCount: Int
    /// The weight of each pair of paired features, `[i * pairedCount + j]` and `[j * pairedCount + i]`
    /// (0 for a pair the file does not weigh): the log-odds of every candidate claim reads every
    /// pair of its features, an index each rather than a hashed lookup.
    private let pairMatrix: [Double]
    public let featureCount: Int
    public let pairCount: Int
    /// The features some tree asks about, by key: their index in a claim's `FeatureSet`.
    private let treeFeatureIndex: KeyedWeights
    /// The trees, each made complete to `treeDepth` (a leaf above it fills the subtree it would
    /// have, its node asking about `FeatureSet.neverSet`): tree t's splits are
    /// `treeSplits[t * (2^depth − 1) ..< …]` in breadth-first order (node p's children are
    /// 2p + 1 when the claim shows the feature, 2p + 2 when not), its leaves
    /// `treeLeaves[t * 2^depth ..< …]`. A claim walks `treeDepth` steps a tree, no branch taken on
    /// the node's kind.
    private let treeSplits: [UInt16]
    private let treeLeaves: [Double]
    private let treeDepth: Int
    public let treeCount: Int
    /// How many distinct features the trees may ask about: the bits of a `FeatureSet` but one.
    public static let maxTreeFeatures = FeatureSet.neverSet
    /// How deep a tree may be.
    public static let maxTreeDepth = 10

    package static let file = "confidence-model.txt"

    /// The model compiled into the binary, or the first problem of its file (a test fails on
    /// it); with a broken file every claim gets the bias alone, and verdicts the threshold 0.5.
    public static let bundledResult: Result<ConfidenceModel, LexiconError> = Result { () throws(LexiconError) -> ConfidenceModel in
        try ConfidenceModel(text: BundledLexicon.text(file), file: file)
    }

    public static let bundled: ConfidenceModel = (try? bundledResult.get()) ?? ConfidenceModel(threshold: 0.5, wideThreshold: 0.5, wideFallback: 0.5, bias: 0, weights: [:], pairs: [], count: 0, trees: [])

    /// FNV-1a of the bundled file, part of `ClaimRules.fingerprint`: claims stored with other
    /// weights are extracted again.
    package static let fingerprint: String = {
        var hash = FNV1a()
        hash.mix((EmbeddedData.text(file) ?? "").utf8)
        return String(hash.value, radix: 16)
    }()

    private init(threshold: Double, wideThreshold: Double, wideFallback: Double, bias: Double, weights: [UInt64: Double],
                 pairs: [(a: UInt64, b: UInt64, weight: Double)], count: Int, trees: [[TreeLine]], depth: Int = 0) {
        self.threshold = threshold
        self.wideThreshold = wideThreshold
        self.wideFallback = wideFallback
        self.bias = bias
        self.weights = KeyedWeights(weights)
        // Indices in the keys' order: the same file gives the same matrix.
        let paired = Set(pairs.flatMap { [$0.a, $0.b] }).sorted()
        let index = Dictionary(uniqueKeysWithValues: paired.enumerated().map { ($1, $0) })
        let n = paired.count
        var matrix = [Double](repeating: 0, count: n * n)
        for p in pairs {
            let (i, j) = (index[p.a]!, index[p.b]!)
            matrix[i * n + j] = p.weight
            matrix[j * n + i] = p.weight
        }
        pairedIndex = KeyedWeights(index.mapValues(Double.init))
        pairedCount = n
        pairMatrix = matrix
        featureCount = count
        pairCount = pairs.count
        // Each feature a split asks about gets a bit, in the order the file first asks.
        var bits: [UInt64: Double] = [:]
        let (inner, outer) = ((1 << depth) - 1, 1 << depth)
        var splits = [UInt16](repeating: UInt16(FeatureSet.neverSet), count: trees.count * inner)
        var leaves = [Double](repeating: 0, count: trees.count * outer)
        for (t, tree) in trees.enumerated() {
            // Preorder: a split's present subtree follows it, then its absent one. `fill` places
            // the subtree starting at `line` at complete position `p`, and returns the line after it.
            func fill(_ line: Int, _ p: Int, _ level: Int) -> Int {
                switch tree[line] {
                case .split(let key):
                    let bit = bits[key] ?? Double(bits.count)
                    bits[key] = bit
                    splits[t * inner + p] = UInt16(bit)
                    let next = fill(line + 1, 2 * p + 1, level + 1)
                    return fill(next, 2 * p + 2, level + 1)
                case .leaf(let value):
                    // (Above the full depth: every leaf of the subtree below is this one.)
                    let first = (p + 1) << (depth - level) - 1
                    for q in first..<(first + (1 << (depth - level))) { leaves[t * outer + q - inner] = value }
                    return line + 1
                }
            }
            _ = fill(0, 0, 0)
        }
        treeFeatureIndex = KeyedWeights(bits)
        treeSplits = splits
        treeLeaves = leaves
        treeDepth = depth
        treeCount = trees.count
    }

    /// A line of a tree in the file, in preorder.
    enum TreeLine {
        case split(UInt64)
        case leaf(Double)
    }

    /// Which of the features the trees ask about a claim shows: a bit each, kept inline (no
    /// allocation per claim).
    public struct FeatureSet: Sendable, Hashable {
        /// (Read and written through its bytes: `SIMD16`'s subscript by a variable index is not
        /// specialised across modules and cost a hundred instructions a test.)
        var words = SIMD16<UInt64>(repeating: 0)
        public init() {}
        /// The last bit, which no feature has: the splits of a tree made complete ask about it.
        public static let neverSet = 1023
        @inline(__always) public mutating func insert(_ bit: Int) {
            let offset: Int = (bit >> 6) * 8
            let mask: UInt64 = Self.mask(bit)
            withUnsafeMutableBytes(of: &words) { (raw: UnsafeMutableRawBufferPointer) in
                let word: UInt64 = raw.load(fromByteOffset: offset, as: UInt64.self)
                raw.storeBytes(of: word | mask, toByteOffset: offset, as: UInt64.self)
            }
        }
        /// The bit's mask in its word.
        @inline(__always) static func mask(_ bit: Int) -> UInt64 {
            let one: UInt64 = 1
            return one << UInt64(truncatingIfNeeded: bit & 63)
        }
    }

    /// The bit of a feature in a `FeatureSet`, or nil when no tree asks about it.
    public func treeBit(_ family: Family, _ value: String) -> Int? {
        treeCount == 0 ? nil : treeFeatureIndex[Self.key(family, value)].map { Int($0) }
    }

    /// The features of a claim that some tree asks about.
    public func featureSet(of features: [(family: Family, value: String)]) -> FeatureSet {
        var set = FeatureSet()
        guard treeCount > 0 else { return set }
        for f in features { if let bit = treeBit(f.family, f.value) { set.insert(bit) } }
        return set
    }

    /// The trees' sum for a claim with these features: each tree's leaf, added.
    public func treeSum(_ set: FeatureSet) -> Double {
        guard treeCount > 0 else { return 0 }
        let depth = treeDepth
        let (inner, outer) = ((1 << depth) - 1, 1 << depth)
        // The set's words, the splits and the leaves through pointers, once per claim.
        return withUnsafeBytes(of: set.words) { (raw: UnsafeRawBufferPointer) -> Double in
            let words: UnsafeBufferPointer<UInt64> = raw.bindMemory(to: UInt64.self)
            return treeSplits.withUnsafeBufferPointer { (splits: UnsafeBufferPointer<UInt16>) -> Double in
                treeLeaves.withUnsafeBufferPointer { (leaves: UnsafeBufferPointer<Double>) -> Double in
                    var z: Double = 0
                    var base = 0
                    var leafBase = 0
                    for _ in 0..<treeCount {
                        var p = 0
                        for _ in 0..<depth {
                            let bit = Int(splits[base &+ p])
                            let shown = Int(truncatingIfNeeded: (words[bit &>> 6] &>> UInt64(truncatingIfNeeded: bit & 63)) & 1)
                            // 2p + 1 when shown, 2p + 2 when not.
                            p = 2 &* p &+ 2 &- shown
                        }
                        z += leaves[leafBase &+ p &- inner]
                        base &+= inner
                        leafBase &+= outer
                    }
                    return z
                }
            }
        }
    }

    /// The key of a pair of features, whatever their order.
    @inline(__always)
    static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &+ 0x632B_E59B_D9B4_E019) &* 0x0000_0100_0000_01B3
    }

    /// Between a pair's two features in the file.
    static let pairSeparator = " & "

    /// The key of a feature: FNV-1a of its family's ordinal, then its value's UTF-8.
    @inline(__always)
    static func key(_ family: Family, _ value: String) -> UInt64 {
        var hash = FNV1a()
        var v = value
        withUnsafeBytes(of: UInt8(family.ordinal)) { hash.mix($0) }
        v.withUTF8 { hash.mix(UnsafeRawBufferPointer($0)) }
        return hash.value
    }

    /// Lines `feature<TAB>weight` (`#` lines are comments), `feature & feature<TAB>weight` for a
    /// pair (two features of the claim's own: the document's features, added once the document is
    /// read, pairs with none), one `threshold<TAB>x` line with x from 0 to 1, at most one
    /// `wide-threshold<TAB>x` line and one `wide-fallback<TAB>x` line (no higher than the wide
    /// threshold), one `bias<TAB>w` line.
    public init(text: String, file: String) throws(LexiconError) {
        var threshold: Double?
        var wideThreshold: Double?
        var wideFallback: Double?
        var bias: Double?
        var weights: [UInt64: Double] = [:]
        var names: [UInt64: String] = [:]
        var pairs: [(a: UInt64, b: UInt64, weight: Double)] = []
        var pairNames: [UInt64: String] = [:]
        var count = 0
        var problem: LexiconError?
        var trees: [[TreeLine]] = []
        // The depths of the subtrees the tree being read still needs, the next one last: empty
        // when it is whole.
        var needed: [Int] = []
        // The deepest node of any tree: every tree is made that deep.
        var deepest = 0
        var splitKeys: Set<UInt64> = []
        DataFileLines.forEachLine(in: text) { number, line in
            guard problem == nil, !DataFileLines.isBlankOrComment(line) else { return }
            func fail(_ reason: String) { problem = LexiconError(file: file, line: number, reason: reason) }
            let f = DataFileLines.fields(of: line, separatedBy: UInt8(ascii: "\t"))
            // Trees: `tree<TAB>k` opens the k-th (from 0), then its nodes in preorder, a split's
            // present subtree first: `split<TAB>depth<TAB>family=value`, `leaf<TAB>depth<TAB>value`.
            if f.first == "tree" {
                guard f.count == 2, Int(f[1]) == trees.count else { return fail("a tree opens with `tree<TAB>\(trees.count)`: `\(line)`") }
                guard needed.isEmpty else { return fail("tree \(trees.count - 1) is not whole: \(needed.count) subtree(s) missing") }
                trees.append([])
                needed = [0]
                return
            }
            if f.first == "split" || f.first == "leaf" {
                guard let expected = needed.last else { return fail("a node outside a tree, or after its tree is whole: `\(line)`") }
                guard f.count == 3, let depth = Int(f[1]) else { return fail("a node is `\(f[0])<TAB>depth<TAB>…`: `\(line)`") }
                guard depth == expected else { return fail("this node is at depth \(expected) of its tree in preorder, not \(depth)") }
                needed.removeLast()
                deepest = max(deepest, depth)
                if f.first == "split" {
                    guard let (family, value) = Self.named(String(f[2])), !value.isEmpty, family != .bias else {
                        return fail("a split asks about a feature `family=value`: `\(f[2])`")
                    }
                    let key = Self.key(family, value)
                    splitKeys.insert(key)
                    guard splitKeys.count <= Self.maxTreeFeatures else { return fail("the trees ask about more than \(Self.maxTreeFeatures) features") }
                    guard depth < Self.maxTreeDepth else { return fail("a tree is at most \(Self.maxTreeDepth) splits deep") }
                    trees[trees.count - 1].append(.split(key))
                    needed += [depth + 1, depth + 1]
                } else {
                    guard let value = Double(f[2]), value.isFinite else { return fail("a leaf's value is a number: `\(line)`") }
                    trees[trees.count - 1].append(.leaf(value))
                }
                return
            }
            guard f.count == 2, let value = Double(f[1]), value.isFinite else {
                return fail("a line is `feature<TAB>weight`, with a number for the weight: `\(line)`")
            }
            let name = String(f[0])
            if name == "threshold" {
                guard (0...1).contains(value) else { return fail("the threshold is from 0 to 1, not \(value)") }
                threshold = value
                return
            }
            if name == "wide-threshold" {
                guard (0...1).contains(value) else { return fail("the wide threshold is from 0 to 1, not \(value)") }
                wideThreshold = value
                return
            }
            if name == "wide-fallback" {
                guard (0...1).contains(value) else { return fail("the wide fallback is from 0 to 1, not \(value)") }
                wideFallback = value
                return
            }
            if name == "bias" { bias = value; return }
            func parse(_ name: String) -> (Family, String)? {
                guard let (family, value) = Self.named(name), !value.isEmpty, family != .bias else {
                    fail("`\(name)` is not `family=value` with a family of \(Family.allCases.dropFirst().map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                return (family, value)
            }
            if name.contains(Self.pairSeparator) {
                let sides = name.components(separatedBy: Self.pairSeparator)
                guard sides.count == 2 else { return fail("a pair is two features: `\(name)`") }
                guard let a = parse(sides[0]), let b = parse(sides[1]) else { return }
                guard a != b else { return fail("`\(name)` pairs a feature with itself") }
                guard !a.0.ofDocument && !b.0.ofDocument else {
                    return fail("a feature of the document (`\((a.0.ofDocument ? a.0 : b.0).rawValue)`), added once the document is read, pairs with none: `\(name)`")
                }
                let (ka, kb) = (Self.key(a.0, a.1), Self.key(b.0, b.1))
                let key = Self.pairKey(ka, kb)
                if let other = pairNames[key] {
                    return fail(Set(other.components(separatedBy: Self.pairSeparator)) == Set(sides) ? "`\(name)` is given twice" : "`\(name)` and `\(other)` have the same key: rename one")
                }
                pairNames[key] = name
                pairs.append((ka, kb, value))
                return
            }
            guard let (family, featureValue) = parse(name) else { return }
            let key = Self.key(family, featureValue)
            if let other = names[key] {
                return fail(other == name ? "`\(name)` is given twice" : "`\(name)` and `\(other)` have the same key: rename one")
            }
            names[key] = name
            weights[key] = value
            count += 1
        }
        if let problem { throw problem }
        if !needed.isEmpty { throw LexiconError(file: file, line: 0, reason: "tree \(trees.count - 1) is not whole: \(needed.count) subtree(s) missing") }
        guard let threshold else { throw LexiconError(file: file, line: 0, reason: "no `threshold` line") }
        guard let bias else { throw LexiconError(file: file, line: 0, reason: "no `bias` line") }
        let wide = wideThreshold ?? threshold
        if let wideFallback, wideFallback > wide {
            throw LexiconError(file: file, line: 0, reason: "the wide fallback (\(wideFallback)) is above the wide threshold (\(wide))")
        }
        self.init(threshold: threshold, wideThreshold: wide, wideFallback: wideFallback ?? wide, bias: bias, weights: weights,
                  pairs: pairs, count: count, trees: trees, depth: deepest)
    }

    /// The weight of a feature; 0 for one the development passages never showed.
    public func weight(_ family: Family, _ value: String) -> Double { weights[Self.key(family, value)] ?? 0 }

    /// The weight of a feature named `family=value`.
    public func weight(_ feature: String) -> Double {
        guard let (family, value) = Self.named(feature) else { return 0 }
        return weight(family, value)
    }

    /// The family and value of a feature named `family=value` (as the file and the confidence
    /// cue name it).
    package static func named(_ feature: String) -> (Family, String)? {
        let parts = feature.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let family = Family(rawValue: String(parts[0])) else { return nil }
        return (family, String(parts[1]))
    }

    /// The probability that a claim with these features is right: the logistic of the bias
    /// plus their weights.
    public func probability(of features: [(family: Family, value: String)]) -> Double {
        logistic(logit(of: features))
    }

    /// The log-odds of the same: the weighted part, plus the trees' sum.
    public func logit(of features: [(family: Family, value: String)]) -> Double {
        linearLogit(of: features) + treeSum(featureSet(of: features))
    }

    /// The weighted part of the log-odds: the bias plus the features' weights, plus the weights
    /// of the pairs among them (each pair once; a feature given twice counts once in a pair).
    public func linearLogit(of features: [(family: Family, value: String)]) -> Double {
        // (A model of trees alone weighs no feature: nothing to look up.)
        if featureCount == 0 && pairCount == 0 { return bias }
        guard pairCount > 0 else { return features.reduce(bias) { $0 + weight($1.family, $1.value) } }
        // The paired features' indices, on the stack (no array per claim), in the order the
        // claim lists them.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { indices in
            var z = bias
            var count = 0
            for f in features {
                let k = Self.key(f.family, f.value)
                z += weights[k] ?? 0
                if let found = pairedIndex[k] {
                    let index = Int(found)
                    if !indices[..<count].contains(index) { indices[count] = index; count += 1 }
                }
            }
            pairMatrix.withUnsafeBufferPointer { matrix in
                for i in 0..<count {
                    let row = indices[i] * pairedCount
                    var j = i + 1
                    while j < count { z += matrix[row + indices[j]]; j += 1 }
                }
            }
            return z
        }
    }

    /// The probability of a log-odds.
    public func probability(logit z: Double) -> Double { logistic(z) }

    /// The same, from features named `family=value` (as the confidence cue lists them).
    public func probability(ofNamed features: [String]) -> Double {
        logistic(logit(of: features.compactMap { Self.named($0).map { (family: $0.0, value: $0.1) } }))
    }

    private func logistic(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}

/// Weights by 64-bit keys that are hashes already (FNV-1a): open addressing with linear
/// probing on the key's low bits, at most half full.
struct KeyedWeights: Sendable {
    private let keys: [UInt64]
    private let values: [Double]
    private let occupied: [Bool]
    private let mask: Int

    init(_ weights: [UInt64: Double]) {
        var capacity = 8
        while capacity < weights.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Double](repeating: 0, count: capacity)
        var occupied = [Bool](repeating: false, count: capacity)
        mask = capacity - 1
        for (k, v) in weights {
            var i = Int(truncatingIfNeeded: k) & mask
            while occupied[i] { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
            occupied[i] = true
        }
        self.keys = keys
        self.values = values
        self.occupied = occupied
    }

    @inline(__always)
    subscript(key: UInt64) -> Double? {
        var i = Int(truncatingIfNeeded: key) & mask
        while occupied[i] {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }
}
