import Documents
import Testing
@testable import Claims

/// An intervention named as what the subject was compared with gets no claim of its own.
@Suite struct ComparatorTests {
    func claims(_ sentence: String, lang: String) -> [Claim] {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        b.appendParagraph(sentence)
        let (text, sections) = b.finish()
        let d = Document(source: "x.txt", format: .text, kind: .news, title: "Essai", language: lang, text: text, sections: sections)
        return ClaimExtractor().claims(in: d)
    }

    @Test(arguments: [
        ("Dans cet essai, la mésothérapie a fait mieux que le paracétamol contre les lombalgies.", "fr"),
        ("In a randomized trial, mesotherapy reduced neck pain more than oral ibuprofen did.", "en"),
        ("Against topical minoxidil, the advantage of mesotherapy in alopecia was not demonstrated.", "en"),
        ("Comparée à la kinésithérapie, la mésothérapie a réduit les douleurs de l'épaule.", "fr"),
    ])
    func theComparatorGetsNoClaim(sentence: String, lang: String) {
        let found = claims(sentence, lang: lang)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.intervention == "mesotherapy" }, "\(found.map(\.intervention))")
    }
}
