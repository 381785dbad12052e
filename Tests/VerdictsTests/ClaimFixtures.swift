import Claims
import Documents
import Foundation

/// Hand-built claims: each test states only what matters to it.
func claim(
    _ stance: Stance, _ basis: Basis, indication: String = "low-back-pain", intervention: String = "mesotherapy",
    cited: Bool = false, hedged: Bool = false, year: Int? = 2020, doc: String? = nil, sentence: String? = nil
) -> Claim {
    Claim(
        doc: doc ?? "corpus/\(basis.rawValue)-\(UUID().uuidString).txt", title: "A \(basis.rawValue)", year: year,
        kind: basis == .htaReport ? .htaReport : .journalArticle, intervention: intervention, indication: indication,
        surface: indication, stance: stance, basis: basis, cited: cited, hedged: hedged, lang: "en",
        sentence: sentence ?? "\(intervention) \(stance.rawValue) \(indication) (\(basis.rawValue)).", start: 0, end: 10)
}

/// A claim about the intervention as a whole; `wholePractice` false for one filed as general
/// because its sentence named no indication and its discourse none either.
func general(_ stance: Stance, _ basis: Basis, cited: Bool = false, year: Int? = 2016, wholePractice: Bool = true) -> Claim {
    var c = claim(stance, basis, indication: Claim.generalIndication, cited: cited, year: year)
    c.wholePractice = wholePractice
    return c
}
