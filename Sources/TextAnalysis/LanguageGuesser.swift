import Foundation

/// Guesses French or English from function-word frequencies. Cheap enough to run per
/// section; returns nil when the text is too short or neither language dominates.
public struct LanguageGuesser: Sendable {
    /// Each stop word with a bit per language that lists it: `french`, `english`.
    private let words: [String: UInt8]
    /// Longer words are no stop word: no look-up, no string.
    private let longestWord: Int
    /// The stop words of both languages, folded (`Folding.fold`), for `isFunctionWord`.
    private let foldedWords: Set<String>
    private static let french: UInt8 = 1, english: UInt8 = 2

    public static let shared = LanguageGuesser()

    public init() {
        var table: [String: UInt8] = [:]
        for (lang, bit) in [("fr", Self.french), ("en", Self.english)] {
            for word in ResourceList.load("stopwords-\(lang)") { table[word, default: 0] |= bit }
        }
        words = table
        longestWord = table.keys.map(\.utf8.count).max() ?? 0
        foldedWords = Set(table.keys.map { Folding.fold($0) })
    }

    /// Whether a folded word is a function word of French or English ("which", "ou", "dont").
    public func isFunctionWord(_ folded: String) -> Bool { foldedWords.contains(folded) }

    /// `fr`, `en` or nil.
    public func guess(_ text: some StringProtocol, minimumHits: Int = 3) -> String? {
        // Over the UTF-8 bytes, a reused byte buffer per word: this ran for every PubMed
        // record without a declared language, and String building per scalar dominated.
        let counts = text.utf8.withContiguousStorageIfAvailable { count($0) } ?? Array(text.utf8).withUnsafeBufferPointer { count($0) }
        let (fr, en) = counts
        guard max(fr, en) >= minimumHits else { return nil }
        if fr > en * 3 / 2 { return "fr" }
        if en > fr * 3 / 2 { return "en" }
        return nil
    }

    /// Stop-word hits per language over the first 4001 words (enough evidence; keeps long
    /// texts cheap). Letters are lowercased; any other scalar ends a word.
    private func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (fr: Int, en: Int) {
        var fr = 0, en = 0
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var seen = 0
        func flush() {
            if word.count <= longestWord, let bits = words[String(decoding: word, as: UTF8.self)] {
                if bits & Self.french != 0 { fr += 1 }
                if bits & Self.english != 0 { en += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b >= 0x61 && b <= 0x7A {
                    word.append(b)
                } else if b >= 0x41 && b <= 0x5A {
                    word.append(b + 0x20)
                } else if !word.isEmpty {
                    flush()
                    seen += 1
                    if seen > 4000 { return (fr, en) }
                }
                continue
            }
            let (scalar, width) = Tokenizer.decode(bytes, at: i)
            i += width
            if scalar.properties.isAlphabetic {
                for unit in scalar.properties.lowercaseMapping.utf8 { word.append(unit) }
            } else if !word.isEmpty {
                flush()
                seen += 1
                if seen > 4000 { return (fr, en) }
            }
        }
        if !word.isEmpty { flush() }
        return (fr, en)
    }

}
