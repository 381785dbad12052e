/// Finds the sentences that belong to navigation, not to the text: a sentence opening with
/// a navigation phrase ("Read also: ...", "Partager sur Facebook"), and, after a block that
/// is only such a phrase ("A lire également"), the short link-like blocks that follow it,
/// up to the next real paragraph or section. The HTML reader drops most of these; plain
/// text copies of web pages keep them as lines.
struct NavigationZone {
    /// A block of at most this many words, not ending like a sentence, reads as a link.
    static let linkWords = 20

    private var inZone = false
    private var zoneSection = -1
    private var zoneBlock = -1

    /// Whether the sentence is navigation. Call in document order.
    mutating func isNavigation(_ s: AnalyzedSentence, blockIsWholeSentence: Bool) -> Bool {
        let opening = s.matches.first { $0.has(.navigation) && $0.first == 0 }
        if let opening {
            // A block that is only the navigation phrase opens a zone of links below it.
            if blockIsWholeSentence, s.tokens.count <= opening.covered.count + 2 {
                inZone = true
                zoneSection = s.section
                zoneBlock = s.block
            }
            return true
        }
        guard inZone else { return false }
        if s.section != zoneSection && s.role != .main { inZone = false; return false }
        if s.block == zoneBlock { return true }
        let endsLikeSentence = s.text.hasSuffix(".") || s.text.hasSuffix("!")
        if s.tokens.count <= Self.linkWords && !endsLikeSentence {
            zoneBlock = s.block
            return true
        }
        inZone = false
        return false
    }
}
