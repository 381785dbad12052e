import Foundation

/// Language codes as sources declare them (`eng`, `fre`, `fr-FR`, `en_US`) to ISO 639-1.
enum LanguageCodes {
    private static let threeLetter: [String: String] = [
        "eng": "en", "fre": "fr", "fra": "fr", "ger": "de", "deu": "de", "spa": "es", "ita": "it",
        "por": "pt", "dut": "nl", "nld": "nl", "rus": "ru", "jpn": "ja", "chi": "zh", "zho": "zh",
        "pol": "pl", "swe": "sv", "dan": "da", "nor": "no", "fin": "fi", "cze": "cs", "ces": "cs",
        "hun": "hu", "gre": "el", "ell": "el", "tur": "tr", "kor": "ko", "ara": "ar", "heb": "he",
    ]

    /// Nil for empty, undetermined (`und`) or unrecognised codes.
    static func normalize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let code = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        if code.count == 2, code.allSatisfy(\.isLetter) { return code }
        return threeLetter[code]
    }
}
