#if !LEXICON_COMPILER
import TextAnalysis
#endif

/// The tokens a phrase found in a sentence covers: its first token and, bit by bit, which of
/// the `maxSpan` tokens from there it covers (a gap's tokens are not covered). A value with no
/// storage of its own: making, copying or dropping one allocates, counts and frees nothing.
package struct CoveredTokens: RandomAccessCollection, Sendable, Equatable {
    /// A phrase's words lie within this many tokens of its first one; the matcher finds no
    /// phrase spread wider (only a gap passing over dozens of names could be).
    package static let maxSpan = 64
    /// The first token covered.
    package let start: Int
    /// Bit `k`: whether token `start + k` is covered; bit 0 always is.
    package let mask: UInt64

    package init(start: Int, mask: UInt64 = 1) {
        precondition(mask & 1 == 1, "the first token is covered")
        self.start = start
        self.mask = mask
    }

    /// The token after the last one covered.
    package var end: Int { start + UInt64.bitWidth - mask.leadingZeroBitCount }

    package var startIndex: Int { 0 }
    package var endIndex: Int { mask.nonzeroBitCount }
    /// The `i`-th token covered.
    package subscript(i: Int) -> Int {
        var rest = mask
        for _ in 0..<i { rest &= rest - 1 }
        return start + rest.trailingZeroBitCount
    }
    package func contains(_ token: Int) -> Bool {
        let k = token - start
        return k >= 0 && k < UInt64.bitWidth && mask & (1 << UInt64(k)) != 0
    }

    package struct Iterator: IteratorProtocol {
        fileprivate let start: Int
        fileprivate var rest: UInt64
        package mutating func next() -> Int? {
            guard rest != 0 else { return nil }
            let k = rest.trailingZeroBitCount
            rest &= rest - 1
            return start + k
        }
    }
    package func makeIterator() -> Iterator { Iterator(start: start, rest: mask) }
}

/// A phrase found in a sentence: the tokens its words cover, and its roles.
package struct PhraseMatch: Sendable {
    package let phrase: Int
    package let covered: CoveredTokens
    package let roles: [CueRole]
    /// The `CueKind.bit`s of its roles.
    package let kinds: UInt64
    package var first: Int { covered.start }
    package var last: Int { covered.end - 1 }
    package func has(_ kind: CueKind) -> Bool { kinds & kind.bit != 0 }

    package init(phrase: Int, covered: CoveredTokens, roles: [CueRole]) {
        self.phrase = phrase
        self.covered = covered
        self.roles = roles
        kinds = Self.kinds(of: roles)
    }

    private static func kinds(of roles: [CueRole]) -> UInt64 {
        roles.reduce(0) { $0 | $1.kind.bit }
    }
    package var stances: [Stance] { roles.compactMap { if case .effect(let v) = $0 { v } else { nil } } }
    package var negations: [NegationDirection] { roles.compactMap { if case .negation(let v) = $0 { v } else { nil } } }
    package var bases: [Basis] { roles.compactMap { if case .basis(let v) = $0 { v } else { nil } } }
    package var attributions: [AttributionKind] { roles.compactMap { if case .attribution(let v) = $0 { v } else { nil } } }
    package var answers: [Stance] { roles.compactMap { if case .answer(let v) = $0 { v } else { nil } } }
    package var references: [ReferenceKind] { roles.compactMap { if case .reference(let v) = $0 { v } else { nil } } }
    package var interventionID: String? { roles.lazy.compactMap { if case .intervention(let v) = $0 { v } else { nil } }.first }
    package var indicationID: String? { roles.lazy.compactMap { if case .indication(let v) = $0 { v } else { nil } }.first }
    /// The narrower conditions a setting's words select, each for its broader one (`CueKind.setting`).
    package var settings: [(broader: String, narrower: String)] {
        roles.compactMap { if case .setting(let ids) = $0 { CueRole.settingIDs(ids) } else { nil } }
    }
    package func states(_ stance: Stance) -> Bool { roles.contains(.effect(stance)) }
    package func refers(_ kind: ReferenceKind) -> Bool { roles.contains(.reference(kind)) }
    package func negates(_ direction: NegationDirection) -> Bool { roles.contains(.negation(direction)) }
}

/// Every lexicon phrase compiled once into words over claim tokens, indexed by its first
/// word, so a sentence is matched with a few dictionary look-ups per token and no regular
/// expression. Phrase syntax: words; `word*` for any word that starts so (after folding);
/// `...` for a gap of up to `maxGap` words ("ne ... pas").
package struct PhraseMatcher: Sendable {
    package enum Element: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case gap
    }

    package static let maxGap = 5

    package init() {}

    package private(set) var phrases: [[Element]] = []
    private(set) var roles: [[CueRole]] = []
    /// Whether a phrase names an indication or intervention: names are placed before cues.
    private var isName: [Bool] = []
    /// The round a phrase is looked for in (`matches`): names first, then cues, then the phrases
    /// that only name a setting (`CueKind.setting`), which lie over other phrases' words ("after
    /// surgery" around the name "surgery") and take none.
    private enum Round: UInt8 { case names, cues, settings }
    private var rounds: [Round] = []
    /// Each phrase's id by its words, to give the same words one phrase: kept by `add`, and
    /// built on the first `add` to a matcher read from an image, which never needs it otherwise.
    private var ids: [[Element]: Int] = [:]
    /// Each lexicon word as a number, so that matching compares integers, not strings.
    private var wordNumbers: [String: Int] = [:]
    /// Per phrase, its elements with words as numbers (`-1` a gap, `-2 - k` prefix k).
    private var numbered: [[Int]] = []
    private var prefixes: [String] = []
    /// Phrases by the number of their first word, when their second element is not a word
    /// right after it (a one-word phrase, a gap or a prefix next).
    private var byFirstWord: [[Int]] = []
    /// Phrases whose second element is a word right after the first, by the numbers of both
    /// (`pairKey`): a frequent first word ("de", "the") starts hundreds of phrases, and a
    /// token looks at those its next word continues, not at them all.
    private var byFirstPair: [Int: [Int]] = [:]
    private static func pairKey(_ first: Int, _ second: Int) -> Int { first << 32 | second }
    private var firstPrefixes = PrefixTrie()
    /// Per word number, whether the word may stand between two words of a cue phrase
    /// (`CueKind.interposed`) on its own (`alone`), or starts words that may together
    /// (`startsRun`: "en revanche", "par contre"); such words start no phrase of their own.
    private var interposable: [UInt8] = []
    private static let alone: UInt8 = 1, startsRun: UInt8 = 2
    /// The interposable runs of several words, by the number of their first word (as long as
    /// `interposable`: an array, not a dictionary, for first words as frequent as "de" or "of"):
    /// the numbers of the words after it ("ne font en revanche rien contre": not "en" alone).
    private var interposedRuns: [[[Int]]] = []
    /// At most this many interposed words or runs between two words of a phrase.
    package static let maxInterposed = 2

    /// Room for about `count` phrases, so that loading the lexicon does not grow its tables
    /// step by step.
    package mutating func reserveCapacity(_ count: Int) {
        phrases.reserveCapacity(count)
        roles.reserveCapacity(count)
        isName.reserveCapacity(count)
        rounds.reserveCapacity(count)
        ids.reserveCapacity(count)
        numbered.reserveCapacity(count)
        wordNumbers.reserveCapacity(count)
        wordElements.reserveCapacity(count)
        byFirstWord.reserveCapacity(count)
    }

    /// Adds a phrase with a role; the same words given twice share one phrase. With
    /// `onlyIfNew`, words that are already a phrase keep what they had (the names recognised
    /// from the wide vocabulary never override a name a lexicon or user file gives).
    package mutating func add(_ text: String, role: CueRole, onlyIfNew: Bool = false) {
        let elements = compileCached(text)
        guard let head = elements.first, head != .gap else { return }
        if ids.isEmpty, !phrases.isEmpty { ids = Dictionary(phrases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) }
        if onlyIfNew, ids[elements] != nil { return }
        // Conditions the vocabulary lacks are names too: "ruptures tendineuses" is not "tendineuses";
        // and words that only look like a name hide it ("l'aiguille de la balance" is no needle).
        // A harm ("side effects such as") goes with them, so that the shorter neutral "side
        // effects" does not take its words first.
        let name = role.kind == .indication || role.kind == .intervention || role.kind == .othercondition
            || role.kind == .otherintervention || role.kind == .neutral || role.kind == .harm || role.kind == .harmAfter || role.kind == .sideEffects
        if let id = ids[elements] {
            if !roles[id].contains(role) { roles[id].append(role) }
            isName[id] = isName[id] || name
            rounds[id] = Self.round(roles[id], isName: isName[id])
            return
        }
        ids[elements] = phrases.count
        append(elements, roles: [role], isName: name)
    }

    private static func round(_ roles: [CueRole], isName: Bool) -> Round {
        isName ? .names : roles.allSatisfy({ $0.kind == .setting }) ? .settings : .cues
    }

    /// A new phrase, with its roles: the tables the matching reads, built as `add` finds
    /// phrases, or from a compiled image (`init(entries:)`), in the same order either way.
    private mutating func append(_ elements: [Element], roles phraseRoles: [CueRole], isName name: Bool) {
        let id = phrases.count
        phrases.append(elements)
        roles.append(phraseRoles)
        isName.append(name)
        numbered.append(elements.map { element in
            switch element {
            case .gap: return -1
            case .prefix(let p):
                prefixes.append(p)
                return -1 - prefixes.count
            case .word(let w): return number(of: w)
            }
        })
        rounds.append(Self.round(phraseRoles, isName: name))
        let numbers = numbered[id]
        switch elements[0] {
        case .word:
            if numbers.count >= 2, numbers[1] >= 0 {
                byFirstPair[Self.pairKey(numbers[0], numbers[1]), default: []].append(id)
            } else {
                byFirstWord[numbers[0]].append(id)
            }
        case .prefix(let p): firstPrefixes.insert(p, id: id, second: numbers.count >= 2 && numbers[1] >= 0 ? numbers[1] : -1)
        case .gap: break
        }
    }

    /// A lexicon word's number, a new one (with no phrase starting at it yet) for a word not seen.
    private mutating func number(of word: String) -> Int {
        if let known = wordNumbers[word] { return known }
        wordNumbers[word] = byFirstWord.count
        byFirstWord.append([])
        return byFirstWord.count - 1
    }

    /// Lets `words` stand between two words of a cue phrase (`CueKind.interposed`): one word
    /// ("also"), or several together ("en revanche"), none of which may alone. Each word gets a
    /// number if no phrase has it, and starts no phrase.
    package mutating func allowBetweenWords(_ words: String) {
        let numbers = ClaimTokenizer.tokens(in: words).map { number(of: $0.key) }
        guard let first = numbers.first else { return }
        if interposable.count <= first {
            interposable += [UInt8](repeating: 0, count: first + 1 - interposable.count)
            interposedRuns += [[[Int]]](repeating: [], count: first + 1 - interposedRuns.count)
        }
        if numbers.count == 1 {
            interposable[first] |= Self.alone
        } else {
            interposable[first] |= Self.startsRun
            interposedRuns[first].append(Array(numbers.dropFirst()))
        }
    }

    /// How many tokens from `j` an interposed word or run covers: the longest run that is
    /// there, else 1 for a word that may stand alone, else 0.
    @inline(__always)
    private func interposedLength(at j: Int, _ numbers: [Int]) -> Int {
        let n = numbers[j]
        guard n >= 0, n < interposable.count, interposable[n] != 0 else { return 0 }
        if interposable[n] & Self.startsRun != 0 {
            var longest = 0
            for run in interposedRuns[n] where run.count + 1 > longest && j + run.count < numbers.count
                && run.indices.allSatisfy({ numbers[j + 1 + $0] == run[$0] }) {
                longest = run.count + 1
            }
            if longest > 0 { return longest }
        }
        return interposable[n] & Self.alone != 0 ? 1 : 0
    }

    /// Every phrase with its roles and whether it names a concept, in the order they were
    /// added: what the compiled lexicon stores.
    package var entries: [(elements: [Element], roles: [CueRole], isName: Bool)] {
        phrases.indices.map { (phrases[$0], roles[$0], isName[$0]) }
    }

    /// The matcher of `entries`, rebuilt without tokenizing a word.
    package init(entries: [(elements: [Element], roles: [CueRole], isName: Bool)]) {
        reserveCapacity(entries.count)
        for entry in entries { append(entry.elements, roles: entry.roles, isName: entry.isName) }
    }

    /// The elements of each plain word already seen: lexicon phrases share most of their
    /// words ("douleur", "chronic", "syndrome"), and the tokenizer is the cost of loading them.
    private var wordElements: [Substring: [Element]] = [:]

    /// `compile`, with plain words looked up in `wordElements` before they are tokenized.
    private mutating func compileCached(_ text: String) -> [Element] {
        // Wildcards and gaps ("*", "...", "…") are rare: bytes are scanned, not Foundation's search.
        for byte in text.utf8 where byte == UInt8(ascii: "*") || byte == UInt8(ascii: ".") || byte == 0xE2 || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") {
            if text.contains("*") || text.contains("...") || text.contains("…") || text.contains(",") || text.contains(";") || text.contains(":") {
                return Self.compile(text)
            }
            break
        }
        var out: [Element] = []
        for word in DataFileLines.fields(of: Substring(text), separatedBy: UInt8(ascii: " "), omittingEmpty: true) {
            if let known = wordElements[word] { out += known; continue }
            let elements = ClaimTokenizer.tokens(in: word).map { Element.word($0.key) }
            wordElements[word] = elements
            out += elements
        }
        return out
    }

    package static func compile(_ text: String) -> [Element] {
        var out: [Element] = []
        for raw in text.split(separator: " ") {
            if raw == "..." || raw == "…" {
                if let last = out.last, last != .gap { out.append(.gap) }
            } else if raw.hasSuffix("*"), raw.count > 1 {
                out.append(.prefix(Folding.fold(raw.dropLast())))
            } else {
                for token in ClaimTokenizer.tokens(in: raw) { out.append(.word(token.key)) }
                // "pour moi, rien": a phrase written across a comma may match across one.
                if let last = raw.last, [",", ";", ":"].contains(last), out.last != .gap { out.append(.gap) }
            }
        }
        while out.last == .gap { out.removeLast() }
        return out
    }

    /// Whether a word (its stemmed key) is in any phrase: a cheap test before matching a
    /// made-up pair of words.
    package func knows(_ key: String) -> Bool { wordNumbers[key] != nil }

    /// The phrases found in `tokens`, overlaps resolved. Names (indications, interventions)
    /// are placed first, so a cue never breaks one ("quality of evidence ... low" does not
    /// take the "low" of "low back pain"); then cues find their words around them. In each
    /// round the phrase covering most words wins, then a statement of effect, then the one
    /// with the smaller gaps, then the earlier one; a token belongs to one phrase at most.
    /// Phrases in `excluding` are not looked for (a reading that turned out not to apply).
    package func matches(in tokens: [ClaimToken], excluding: Set<Int> = []) -> [PhraseMatch] {
        matches(in: tokens, lookup: lookup(tokens), excluding: excluding)
    }

    /// What `matches` looks up first in a sentence's tokens: their word numbers and the phrases
    /// that may start where. It does not depend on the phrases excluded, so a sentence read
    /// again without some of them ("did not help" with no condition before it) reuses it.
    package struct Lookup: Sendable {
        fileprivate let numbers: [Int]
        fileprivate let starts: [(token: Int, phrase: Int)]
    }

    /// Which phrases may start where: a few dictionary look-ups per token, done once.
    package func lookup(_ tokens: [ClaimToken]) -> Lookup {
        var starts: [(token: Int, phrase: Int)] = []
        let numbers = tokens.map { wordNumbers[$0.key] ?? -1 }
        for i in tokens.indices {
            let token = tokens[i]
            let next = i + 1 < tokens.count ? numbers[i + 1] : -2
            // "pourrait également aider": the word after the interposable ones also continues a pair.
            var farther = -2
            if next >= 0, next < interposable.count, interposable[next] != 0 {
                var k = i + 1, interposed = 0
                while k < tokens.count, interposed < Self.maxInterposed {
                    let length = interposedLength(at: k, numbers)
                    if length == 0 { break }
                    k += length
                    interposed += 1
                }
                if interposed > 0, k < tokens.count { farther = numbers[k] }
            }
            if numbers[i] >= 0 {
                // The two lists in phrase order, as one: the order candidates are tried in.
                let single = byFirstWord[numbers[i]]
                var paired = next >= 0 ? byFirstPair[Self.pairKey(numbers[i], next)] ?? [] : []
                if farther >= 0, let more = byFirstPair[Self.pairKey(numbers[i], farther)] { paired = (paired + more).sorted() }
                var a = 0, b = 0
                while a < single.count || b < paired.count {
                    if b == paired.count || (a < single.count && single[a] < paired[b]) {
                        starts.append((i, single[a])); a += 1
                    } else {
                        starts.append((i, paired[b])); b += 1
                    }
                }
            }
            firstPrefixes.forEachMatch(of: token.folded) { id, second in
                if second < 0 || second == next || (farther >= 0 && second == farther) { starts.append((i, id)) }
            }
        }
        return Lookup(numbers: numbers, starts: starts)
    }

    /// The phrases found in `tokens`, from their `lookup`, as `matches(in:excluding:)`.
    package func matches(in tokens: [ClaimToken], lookup: Lookup, excluding: Set<Int> = []) -> [PhraseMatch] {
        let (numbers, starts) = (lookup.numbers, lookup.starts)
        guard !starts.isEmpty else { return [] }
        var taken = [Bool](repeating: false, count: tokens.count)
        var accepted: [PhraseMatch] = []
        accepted.reserveCapacity(min(starts.count, tokens.count))
        var settingStarts: [(token: Int, phrase: Int)] = []
        for round in [Round.names, .cues] {
            let namesRound = round == .names
            var candidates: [PhraseMatch] = []
            candidates.reserveCapacity(starts.count)
            // (The cues' round keeps a setting's start for the settings' own round, after it.)
            for (i, id) in starts where namesRound == (rounds[id] == .names) && (excluding.isEmpty || !excluding.contains(id)) {
                if !namesRound, rounds[id] == .settings { settingStarts.append((i, id)); continue }
                if taken[i] { continue }
                if let m = match(id, tokens, numbers, at: i, taken: taken) { candidates.append(m) }
            }
            candidates.sort {
                if $0.covered.count != $1.covered.count { return $0.covered.count > $1.covered.count }
                // A vocabulary name beats words of as many that only hide one: "cure thermale" is
                // spa therapy, though "la cure" is no effect ("une cure de magnésium").
                if namesRound {
                    let named0 = $0.has(.indication) || $0.has(.intervention), named1 = $1.has(.indication) || $1.has(.intervention)
                    if named0 != named1 { return named0 }
                }
                // A statement of effect already holds its negation ("jamais ... évaluation" over "ne ... jamais").
                let effect0 = $0.has(.effect), effect1 = $1.has(.effect)
                if effect0 != effect1 { return effect0 }
                let span0 = $0.last - $0.first, span1 = $1.last - $1.first
                return span0 != span1 ? span0 < span1 : $0.first < $1.first
            }
            Self.accept(candidates, into: &accepted, taking: &taken)
        }
        // Then the settings, over the words the others took, the longest first, none over another.
        if !settingStarts.isEmpty {
            var settings: [PhraseMatch] = []
            var free = [Bool](repeating: false, count: tokens.count)
            for (i, id) in settingStarts {
                if let m = match(id, tokens, numbers, at: i, taken: free) { settings.append(m) }
            }
            settings.sort { $0.covered.count != $1.covered.count ? $0.covered.count > $1.covered.count : $0.first < $1.first }
            Self.accept(settings, into: &accepted, taking: &free)
        }
        return accepted.sorted { $0.first < $1.first }
    }

    /// The candidates, in their order, whose words are all free; each takes its words. (No
    /// closure over `taken`: one would capture the inout array.)
    @inline(__always)
    private static func accept(_ candidates: [PhraseMatch], into accepted: inout [PhraseMatch], taking taken: inout [Bool]) {
        next: for c in candidates {
            for t in c.covered where taken[t] { continue next }
            accepted.append(c)
            for t in c.covered { taken[t] = true }
        }
    }

    /// The phrase's words from `start`; a gap may pass over taken tokens, a word may not use one.
    /// Follows the phrase's elements: a word number, a prefix (`-2 - k`) or a gap (`-1`). A gap
    /// passes over at most `maxGap` free words; a word may not use a token already taken. For
    /// a cue (not a name), up to `maxInterposed` interposable words or runs may stand between two words
    /// side by side. No word lies `CoveredTokens.maxSpan` tokens or more after the first.
    private func match(_ id: Int, _ tokens: [ClaimToken], _ numbers: [Int], at start: Int, taken: [Bool]) -> PhraseMatch? {
        let elements = numbered[id]
        let interposing = !isName[id]
        var mask: UInt64 = 0
        var i = start
        var gap = false
        var firstWord = true
        for element in elements {
            if element == -1 { gap = true; continue }
            var found = -1
            var skipped = 0
            var interposed = 0
            var j = i
            while j < tokens.count {
                // Words side by side in the phrase are side by side in the text, with no comma between.
                if !gap, !firstWord, tokens[j].punctuatedBefore { break }
                if !taken[j], element >= 0 ? numbers[j] == element : tokens[j].folded.hasPrefix(prefixes[-2 - element]) { found = j; break }
                if !gap {
                    // "may also help": an interposable word between two words side by side.
                    if interposing, !firstWord, interposed < Self.maxInterposed {
                        let length = interposedLength(at: j, numbers)
                        if length > 0 { interposed += 1; j += length; continue }
                    }
                    break
                }
                if !taken[j] { skipped += 1 }
                if skipped > Self.maxGap { break }
                j += 1
            }
            guard found >= 0, found - start < CoveredTokens.maxSpan else { return nil }
            mask |= 1 << UInt64(found - start)
            i = found + 1
            gap = false
            firstWord = false
        }
        // (A phrase's first element is a word: `add` keeps no phrase that starts with a gap.)
        return mask & 1 == 1 ? PhraseMatch(phrase: id, covered: CoveredTokens(start: start, mask: mask), roles: roles[id]) : nil
    }

}

/// Prefixes over UTF-8 bytes: walks a word once and reports every phrase whose first word
/// is a prefix of it, with no string built on the way.
package struct PrefixTrie: Sendable {
    private var children: [[(byte: UInt8, node: Int)]] = [[]]
    /// Per node, the phrases whose first word ends there, with the number of the word that
    /// must follow it (-1 for any).
    private var ids: [[(id: Int, second: Int)]] = [[]]

    package mutating func insert(_ prefix: String, id: Int, second: Int = -1) {
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
        ids[node].append((id, second))
    }

    /// Calls `body` with each phrase whose first word is a prefix of `word`, and the word
    /// number that must follow.
    package func forEachMatch(of word: String, _ body: (_ id: Int, _ second: Int) -> Void) {
        guard children[0].count > 0 else { return }
        var node = 0
        for byte in word.utf8 {
            guard let next = children[node].first(where: { $0.byte == byte })?.node else { return }
            node = next
            for entry in ids[node] { body(entry.id, entry.second) }
        }
    }
}
