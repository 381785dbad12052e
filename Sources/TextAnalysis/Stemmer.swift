/// A light stemmer for French and English on folded words: enough for plurals and the
/// commonest inflections to meet ("lombalgies"/"lombalgie", "studies"/"study",
/// "injections"/"injection"), conservative enough never to merge unrelated words.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        // Every rule below ends in -s, -x, -e or -y: a word ending otherwise is its own stem,
        // and needs no copy.
        var word = word
        let changed: String? = word.withUTF8 { w in
            let count = w.count
            guard count > 3, let end = w.last,
                  end == UInt8(ascii: "s") || end == UInt8(ascii: "x") || end == UInt8(ascii: "e") || end == UInt8(ascii: "y"),
                  w.allSatisfy({ $0 < 0x80 && !($0 >= 0x30 && $0 <= 0x39) })
            else { return nil }
            // The stem is the word's first `kept` bytes, then `added` if any: byte comparisons,
            // and no array built per word.
            var kept = count
            var added: UInt8? = nil
            var length: Int { kept + (added == nil ? 0 : 1) }
            var last: UInt8 { added ?? w[kept - 1] }
            func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
                w[count - 3] == a && w[count - 2] == b && w[count - 1] == c
            }
            // Plurals: -ies → -y (studies), -s and -x (lombalgies, travaux stays: -aux → -al).
            if count > 4, ends(UInt8(ascii: "i"), UInt8(ascii: "e"), UInt8(ascii: "s")) {
                kept = count - 3; added = UInt8(ascii: "y")
            } else if count > 4, ends(UInt8(ascii: "a"), UInt8(ascii: "u"), UInt8(ascii: "x")) {
                kept = count - 2; added = UInt8(ascii: "l")
            } else if end == UInt8(ascii: "s") || end == UInt8(ascii: "x"),
                      w[count - 2] != UInt8(ascii: "s"), w[count - 2] != UInt8(ascii: "u") || count > 5 {
                kept = count - 1
            }
            // A final mute -e (lombalgie/lombalgi..., tendinite), and English -y/-i variants meet.
            if length > 4, last == UInt8(ascii: "e") {
                if added != nil { added = nil } else { kept -= 1 }
            }
            if length > 3, last == UInt8(ascii: "y") {
                if added == nil { kept -= 1 }
                added = UInt8(ascii: "i")
            }
            guard let added else {
                return kept == count ? nil : String(decoding: UnsafeBufferPointer(rebasing: w[..<kept]), as: UTF8.self)
            }
            return String(unsafeUninitializedCapacity: kept + 1) { out in
                for k in 0..<kept { out[k] = w[k] }
                out[kept] = added
                return kept + 1
            }
        }
        return changed ?? word
    }
}
