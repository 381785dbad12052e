import TextAnalysis

/// What a matched phrase means: one line of a lexicon may give a phrase several roles
/// ("je recommande" is testimony and an effect).
struct CueRole: Sendable, Hashable {
    var kind: CueKind
    var value: String
}

/// A phrase found in a sentence: the tokens its words cover (a gap's tokens are not
/// covered), and its roles.
struct PhraseMatch: Sendable {
    var phrase: Int
    var covered: [Int]
    var roles: [CueRole]
    var first: Int { covered[0] }
    var last: Int { covered[covered.count - 1] }
    func has(_ kind: CueKind) -> Bool { roles.contains { $0.kind == kind } }
    func values(_ kind: CueKind) -> [String] { roles.filter { $0.kind == kind }.map(\.value) }
}

/// Every lexicon phrase compiled once into words over claim tokens, indexed by its first
/// word, so a sentence is matched with a few dictionary look-ups per token and no regular
/// expression. Phrase syntax: words; `word*` for any word that starts so (after folding);
/// `...` for a gap of up to `maxGap` words ("ne ... pas").
struct PhraseMatcher: Sendable {
    enum Element: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case gap
    }

    static let maxGap = 5

    private(set) var phrases: [[Element]] = []
    private(set) var roles: [[CueRole]] = []
    private var ids: [[Element]: Int] = [:]
    private var byFirstWord: [String: [Int]] = [:]
    private var firstPrefixes = PrefixTrie()

    /// Adds a phrase with a role; the same words given twice share one phrase.
    mutating func add(_ text: String, role: CueRole) {
        let elements = Self.compile(text)
        guard let head = elements.first, head != .gap else { return }
        if let id = ids[elements] {
            if !roles[id].contains(role) { roles[id].append(role) }
            return
        }
        let id = phrases.count
        phrases.append(elements)
        roles.append([role])
        ids[elements] = id
        switch head {
        case .word(let w): byFirstWord[w, default: []].append(id)
        case .prefix(let p):
            firstPrefixes.insert(p, id: id)
        case .gap: break
        }
    }

    static func compile(_ text: String) -> [Element] {
        var out: [Element] = []
        for raw in text.split(separator: " ") {
            if raw == "..." || raw == "…" {
                if let last = out.last, last != .gap { out.append(.gap) }
            } else if raw.hasSuffix("*"), raw.count > 1 {
                out.append(.prefix(Folding.fold(raw.dropLast())))
            } else {
                for token in ClaimTokenizer.tokens(in: raw) { out.append(.word(token.key)) }
            }
        }
        while out.last == .gap { out.removeLast() }
        return out
    }

    /// The phrases found in `tokens`, overlaps resolved: the phrase covering most words
    /// wins, then the one with the smaller gaps, then a name over a cue, then the earlier
    /// one; a token belongs to one phrase at most.
    func matches(in tokens: [ClaimToken]) -> [PhraseMatch] {
        var candidates: [PhraseMatch] = []
        for i in tokens.indices {
            let token = tokens[i]
            if let list = byFirstWord[token.key] {
                for id in list { if let m = match(id, tokens, at: i) { candidates.append(m) } }
            }
            firstPrefixes.forEachMatch(of: token.folded) { id in
                if let m = match(id, tokens, at: i) { candidates.append(m) }
            }
        }
        guard candidates.count > 1 else { return candidates }
        // Most words first; then the tighter phrase ("aucune efficacité" over "ne ... aucune"); then the earlier.
        candidates.sort {
            if $0.covered.count != $1.covered.count { return $0.covered.count > $1.covered.count }
            let span0 = $0.last - $0.first, span1 = $1.last - $1.first
            if span0 != span1 { return span0 < span1 }
            // A name (indication, intervention) wins a tie against a cue.
            let name0 = $0.has(.indication) || $0.has(.intervention), name1 = $1.has(.indication) || $1.has(.intervention)
            return name0 != name1 ? name0 : $0.first < $1.first
        }
        var taken = Set<Int>()
        var accepted: [PhraseMatch] = []
        for c in candidates where !c.covered.contains(where: taken.contains) {
            accepted.append(c)
            taken.formUnion(c.covered)
        }
        return accepted.sorted { $0.first < $1.first }
    }

    private func match(_ id: Int, _ tokens: [ClaimToken], at start: Int) -> PhraseMatch? {
        let elements = phrases[id]
        var covered: [Int] = []
        covered.reserveCapacity(elements.count)
        var i = start
        var gap = false
        for element in elements {
            if element == .gap { gap = true; continue }
            let limit = gap ? min(tokens.count, i + Self.maxGap + 1) : min(tokens.count, i + 1)
            var found = -1
            var j = i
            while j < limit {
                if Self.accepts(element, tokens[j]) { found = j; break }
                j += 1
            }
            guard found >= 0 else { return nil }
            covered.append(found)
            i = found + 1
            gap = false
        }
        return covered.isEmpty ? nil : PhraseMatch(phrase: id, covered: covered, roles: roles[id])
    }

    @inline(__always)
    private static func accepts(_ element: Element, _ token: ClaimToken) -> Bool {
        switch element {
        case .word(let w): return token.key == w
        case .prefix(let p): return token.folded.hasPrefix(p)
        case .gap: return false
        }
    }
}

/// Prefixes over UTF-8 bytes: walks a word once and reports every phrase whose first word
/// is a prefix of it, with no string built on the way.
struct PrefixTrie: Sendable {
    private var children: [[(byte: UInt8, node: Int)]] = [[]]
    private var ids: [[Int]] = [[]]

    mutating func insert(_ prefix: String, id: Int) {
        var node = 0
        for byte in prefix.utf8 {
            if let next = children[node].first(where: { $0.byte == byte })?.node {
                node = next
            } else {
                children.append([])
                ids.append([])
                children[node].append((byte, children.count - 1))
                node = children.count - 1
            }
        }
        ids[node].append(id)
    }

    func forEachMatch(of word: String, _ body: (Int) -> Void) {
        guard children[0].count > 0 else { return }
        var node = 0
        for byte in word.utf8 {
            guard let next = children[node].first(where: { $0.byte == byte })?.node else { return }
            node = next
            for id in ids[node] { body(id) }
        }
    }
}
