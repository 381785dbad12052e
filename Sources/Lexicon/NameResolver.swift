#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// The one place where a user's word becomes an indication or an intervention: the command
/// line (`query`, `query --intervention`, `claims --about`, `vocabulary`) and the extractor's
/// `--about` and report conclusions all go through it. A name matches in any case, with or
/// without accents, with hyphens, apostrophes or spaces, in French or English, as a synonym
/// or as the id (`Mésothérapie`, `mesotherapie`, `mesotherapy` are one). A word that names
/// nothing is an `Unknown` error carrying the nearest names.
public struct NameResolver: Sendable {
    public enum Kind: String, Sendable { case indication, intervention }

    /// A word that names no concept of its kind, with the nearest names, nearest first.
    public struct Unknown: Error, Sendable, CustomStringConvertible {
        public var kind: Kind
        public var name: String
        public var suggestions: [String]

        public var description: String {
            "unknown \(kind.rawValue) \"\(name)\""
                + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?")
        }
    }

    /// What a word resolved to, and the name of the vocabulary it matched, as the vocabulary writes it.
    public struct Match<Value: Sendable>: Sendable {
        public var value: Value
        public var matched: String
    }

    public let vocabulary: ConceptVocabulary
    /// Intervention id by the key of each of its names and of the id itself.
    private var interventionByKey: [String: String] = [:]
    /// The first spelling of each key, for "did you mean" and `matched`.
    private var interventionSpelling: [String: String] = [:]
    /// The forms the lexicon reads in texts beyond the names ("lombalgies chroniques",
    /// "Doliprane"), by key: the concept id and the form as written. Only when no name
    /// matches: a user's word the extractor reads as a concept finds that concept.
    private var indicationFormByKey: [String: (id: String, form: String)] = [:]
    private var interventionFormByKey: [String: (id: String, form: String)] = [:]

    /// `interventions`: each intervention id with the names that call it, as written in the
    /// lexicon (patterns with `*` or `...` are phrases to find in texts, not names to type).
    /// `forms`: the lexicon's indication and intervention lines beyond those names (each id
    /// with the forms that call it in texts), known after every name.
    public init(vocabulary: ConceptVocabulary, interventions: [(id: String, names: [String])] = [],
                forms: [(kind: Kind, id: String, forms: [String])] = []) {
        self.vocabulary = vocabulary
        for (id, names) in interventions {
            for name in [id] + names where !Self.isPattern(name) {
                let key = Self.key(name)
                guard !key.isEmpty, interventionByKey[key] == nil else { continue }
                interventionByKey[key] = id
                interventionSpelling[key] = name
            }
        }
        for line in forms {
            // (An indication line naming a concept the vocabulary lacks finds nothing to give.)
            if line.kind == .indication && vocabulary.concept(id: line.id) == nil { continue }
            for form in line.forms where !Self.isPattern(form) {
                let key = Self.key(form)
                guard !key.isEmpty else { continue }
                switch line.kind {
                case .indication where indicationFormByKey[key] == nil: indicationFormByKey[key] = (line.id, form)
                case .intervention where interventionFormByKey[key] == nil && interventionByKey[key] == nil:
                    interventionFormByKey[key] = (line.id, form)
                default: continue
                }
            }
        }
    }

    /// The comparison key of a name: folded (case and accents), every run of characters that
    /// are not letters or digits made one space.
    /// A lexicon phrase with `*` or `...`: a pattern to find in texts, not a name to type.
    /// (Compared on bytes: `String.contains` goes through Foundation here, for each of ~20,000 names.)
    static func isPattern(_ name: String) -> Bool {
        var dots = 0
        for byte in name.utf8 {
            if byte == UInt8(ascii: "*") { return true }
            dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
            if dots == 3 { return true }
        }
        return false
    }

    public static func key(_ name: String) -> String {
        latinKey(name) ?? generalKey(name)
    }

    /// The key by the general path: normalised, folded, split on what is not a letter or digit.
    static func generalKey(_ name: String) -> String {
        Folding.fold(Normalization.nfc(name)).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// The key of a name written in ASCII and the Latin letters `Folding` knows (nearly every
    /// name), in one pass over its scalars; nil for any other, which takes the general path.
    /// Composed or not, "é" folds to "e" (a combining accent vanishes), so no normalisation.
    static func latinKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var separated = false
        func add(_ byte: UInt8) {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if separated, !bytes.isEmpty { bytes.append(0x20) }
                separated = false
                bytes.append(lower)
            } else {
                separated = true
            }
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                add(UInt8(scalar.value))
            } else if Folding.isCombiningMark(scalar) {
                continue
            } else if let folded = Folding.latinFolded(scalar), folded.utf8.allSatisfy({ $0 < 0x80 }) {
                for byte in folded.utf8 { add(byte) }
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: indications

    public func indication(_ name: String) throws(Unknown) -> Match<Indication> {
        guard let concept = vocabulary.lookup(name) else {
            if let form = indicationFormByKey[Self.key(name)], let concept = vocabulary.concept(id: form.id) {
                return Match(value: concept, matched: form.form)
            }
            throw Unknown(kind: .indication, name: name, suggestions: vocabulary.suggestions(for: name))
        }
        // The exact spelling if the vocabulary has it, else labels and synonyms before the id.
        let key = Self.key(name)
        let names = [concept.labelEN, concept.labelFR] + concept.synonymsEN + concept.synonymsFR
            + (concept.meshHeading.map { [$0] } ?? []) + [concept.id]
        let matching = names.filter { Self.key($0) == key }
        return Match(value: concept, matched: matching.first { $0 == name } ?? matching.first ?? name)
    }

    // MARK: interventions

    /// Every intervention id the resolver knows, sorted.
    public var interventionIDs: [String] { Set(interventionByKey.values).sorted() }

    /// The intervention id a word names, or nil: by its names only (what the extractor asks of
    /// a MeSH heading or a report's conclusion; a user's word goes through `intervention`).
    public func interventionID(_ name: String) -> String? {
        interventionByKey[Self.key(name)]
    }

    /// The intervention a word names (its id), or `Unknown` with the nearest names.
    /// `alsoKnown`: ids known elsewhere (the catalogue's), accepted by their key too.
    public func intervention(_ name: String, alsoKnown: [String] = []) throws(Unknown) -> Match<String> {
        let key = Self.key(name)
        if let id = interventionByKey[key] { return Match(value: id, matched: interventionSpelling[key] ?? name) }
        if let id = alsoKnown.first(where: { Self.key($0) == key }) { return Match(value: id, matched: id) }
        if let form = interventionFormByKey[key] { return Match(value: form.id, matched: form.form) }
        let candidates = interventionSpelling.map { (key: $0.key, display: $0.value) } + alsoKnown.map { (key: Self.key($0), display: $0) }
        throw Unknown(kind: .intervention, name: name, suggestions: Self.nearest(to: key, among: candidates))
    }

    /// Names close to a key, nearest first: within an edit distance of a third of the word
    /// (at least 2), or starting with it (4 letters or more).
    public static func nearest(to key: String, among candidates: [(key: String, display: String)], limit: Int = 3) -> [String] {
        guard !key.isEmpty else { return [] }
        let cap = max(2, key.count / 3)
        var scored: [(String, Int)] = []
        for candidate in candidates {
            let distance = editDistance(key, candidate.key, cap: cap)
            let prefix = candidate.key.hasPrefix(key) && key.count >= 4
            guard distance <= cap || prefix else { continue }
            scored.append((candidate.display, prefix ? 0 : distance))
        }
        var seen = Set<String>()
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    package static func editDistance(_ a: String, _ b: String, cap: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > cap { return cap + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
