import Foundation

/// Guesses French or English from function-word frequencies. Cheap enough to run per
/// section; returns nil when the text is too short or neither language dominates.
public struct LanguageGuesser: Sendable {
    private let words: [String: [String: Int]]

    public static let shared = LanguageGuesser()

    public init() {
        var table: [String: [String: Int]] = [:]
        for lang in ["fr", "en"] {
            for word in ResourceList.load("stopwords-\(lang)") { table[word, default: [:]][lang, default: 0] += 1 }
        }
        words = table
    }

    /// `fr`, `en` or nil.
    public func guess(_ text: some StringProtocol, minimumHits: Int = 3) -> String? {
        var fr = 0, en = 0
        var word = ""
        func flush() {
            if let langs = words[word] {
                if langs["fr"] != nil { fr += 1 }
                if langs["en"] != nil { en += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        var seen = 0
        for scalar in text.unicodeScalars {
            // ASCII fast path: the same result as the Unicode properties below, without their cost.
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A {
                    word.unicodeScalars.append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    word.unicodeScalars.append(Unicode.Scalar(UInt8(v + 0x20)))
                } else if !word.isEmpty {
                    flush()
                    seen += 1
                    if seen > 4000 { break }
                }
                continue
            }
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !word.isEmpty {
                flush()
                seen += 1
                if seen > 4000 { break }  // enough evidence; keep long texts cheap
            }
        }
        if !word.isEmpty { flush() }
        guard max(fr, en) >= minimumHits else { return nil }
        if fr > en * 3 / 2 { return "fr" }
        if en > fr * 3 / 2 { return "en" }
        return nil
    }

}
