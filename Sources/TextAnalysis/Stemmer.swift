/// A light stemmer for French and English on folded words: enough for plurals and the
/// commonest inflections to meet ("lombalgies"/"lombalgie", "studies"/"study",
/// "injections"/"injection"), conservative enough never to merge unrelated words.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        // Every rule below ends in -s, -x, -e or -y: a word ending otherwise is its own stem,
        // and needs no copy.
        guard let end = word.utf8.last, end == UInt8(ascii: "s") || end == UInt8(ascii: "x") || end == UInt8(ascii: "e") || end == UInt8(ascii: "y")
        else { return word }
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 < 0x80 && !($0 >= 0x30 && $0 <= 0x39) }) else { return word }
        // Plurals: -ies → -y (studies), -s and -x (lombalgies, travaux stays: -aux → -al).
        // Byte comparisons: no array is built per word.
        func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
            let n = w.count
            return w[n - 3] == a && w[n - 2] == b && w[n - 1] == c
        }
        if w.count > 4, ends(UInt8(ascii: "i"), UInt8(ascii: "e"), UInt8(ascii: "s")) {
            w.removeLast(3); w.append(UInt8(ascii: "y"))
        } else if w.count > 4, ends(UInt8(ascii: "a"), UInt8(ascii: "u"), UInt8(ascii: "x")) {
            w.removeLast(1); w[w.count - 1] = UInt8(ascii: "l")
        } else if let last = w.last, (last == UInt8(ascii: "s") || last == UInt8(ascii: "x")),
                  w[w.count - 2] != UInt8(ascii: "s"), w[w.count - 2] != UInt8(ascii: "u") || w.count > 5 {
            w.removeLast()
        }
        // A final mute -e (lombalgie/lombalgi..., tendinite), and English -y/-i variants meet.
        if w.count > 4, w.last == UInt8(ascii: "e") { w.removeLast() }
        if w.count > 3, w.last == UInt8(ascii: "y") { w[w.count - 1] = UInt8(ascii: "i") }
        return String(decoding: w, as: UTF8.self)
    }
}
