import Documents

/// Whether a sentence reports another source's finding (`cited`). "selon", "according
/// to", "comme le rappelle" always do; a reporting verb ("a montré", "found") does in a
/// blog, news or other text, but not in a study's or a report's own text, where "this
/// trial found" is the source speaking for itself.
enum AttributionDetector {
    static func cited(_ s: AnalyzedSentence, document: Document, bytes: [UInt8]) -> Cue? {
        for m in s.matches where m.has(.attribution) {
            let values = m.attributions
            if values.contains(.source) {
                return Cue(role: "cited", text: s.surface(m, bytes: bytes), rule: "attribution to another source")
            }
            let ownVoice = document.kind == .journalArticle || document.kind == .htaReport
            if values.contains(.finding), !ownVoice {
                return Cue(role: "cited", text: s.surface(m, bytes: bytes), rule: "reporting verb in a text of kind \(document.kind.rawValue): it reports a study")
            }
        }
        return nil
    }
}
