/// Case and accent folding: "Lombalgies", "LOMBALGIES" and "lombalgiés" meet as "lombalgies".
/// Works on Unicode scalars with a table for the Latin letters French and English use; other
/// scripts are lowercased and kept.
public enum Folding {
    /// Folds a whole string: lowercase, diacritics removed, ligatures split (œ → oe),
    /// typographic apostrophes and dashes made ASCII.
    public static func fold<S: StringProtocol>(_ s: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// Appends the folded form of one scalar.
    @inline(__always)
    public static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
            return
        }
        if let mapped = latin[v] {
            out.append(contentsOf: mapped.unicodeScalars)
            return
        }
        // Combining marks (a decomposed "é") vanish.
        if isCombiningMark(scalar) { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
    }

    /// A combining diacritical mark (U+0300–U+036F): folding drops it.
    @inline(__always)
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool { (0x0300...0x036F).contains(scalar.value) }

    /// The folded form of a Latin letter or typographic mark the table knows ("é" → "e",
    /// "œ" → "oe", "’" → "'"), nil for any other scalar.
    public static func latinFolded(_ scalar: Unicode.Scalar) -> String? { latin[scalar.value] }

    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"),
            ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"),
            ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺļľŀłĹĻĽĿŁ", "l"),
            ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
            ("śŝşšŚŜŞŠ", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"),
            ("ŵŴ", "w"), ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"),
            ("’‘‛ʼ′`´", "'"), ("‐‑‒–—―−", "-"), ("«»“”„", "\""),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        table[0x00E6] = "ae"; table[0x00C6] = "ae"
        table[0x0153] = "oe"; table[0x0152] = "oe"
        table[0x00DF] = "ss"
        table[0x00A0] = " "; table[0x202F] = " "
        return table
    }()
}
