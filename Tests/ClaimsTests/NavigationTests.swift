import Documents
import Testing
import TestSupport
import TextAnalysis
@testable import Claims

/// "Read also" lists, share lines and forms hold no claims, even when a linked title reads like one.
@Suite struct NavigationTests {
    func document(_ lines: [String]) -> Document {
        TestDocument.make(lines, source: "page.txt", title: "La mésothérapie", language: "fr", kind: .blog)
    }

    @Test func aReadAlsoListIsSkippedUpToTheNextParagraph() {
        let claims = ClaimExtractor().claims(in: document([
            "La mésothérapie soulage la lombalgie.",
            "A lire également",
            "La mésothérapie soulage les tendinites",
            "Mésothérapie et cellulite : ce qui marche",
            "Par ailleurs, la mésothérapie soulage les cervicalgies, comme nous l'avons vu plus haut dans cet article.",
            "Read also: mesotherapy relieves sciatica",
        ]))
        #expect(claims.map(\.indication) == ["low-back-pain", "neck-pain"])
    }
}

/// The navigation cues are the sentence openers of the page furniture file (TextAnalysis), the
/// list the HTML reader reads: one home for both.
@Suite struct NavigationPhrasesTests {
    @Test func theLexiconTakesItsNavigationCuesFromThePageFurniture() {
        let lines = ClaimLexicon.navigationLines(PageFurniture.bundled)
        let phrases = Set(lines.flatMap(\.phrases))
        #expect(lines.allSatisfy { $0.role == .marker(.navigation) && $0.file == PageFurniture.fileName })
        #expect(phrases == Set(PageFurniture.bundled.sentenceOpeners.map(\.text)))
        // Once the comment form's and the heading lists' phrases, now sentence openers too.
        for phrase in ["à voir aussi", "votre adresse e-mail ne sera pas publiée", "about the author"] {
            #expect(phrases.contains(phrase), "\(phrase)")
        }
        // Too common a sentence opener: headings and link blocks only.
        #expect(!phrases.contains("related") && !phrases.contains("recommended"))
        // No bundled lexicon file has navigation lines of its own any more.
        for (name, text) in BundledLexicon.cueFiles {
            let own = (try? LexiconFile.parse(text, source: name)) ?? []
            #expect(!own.contains { $0.role == .marker(.navigation) }, "\(name)")
        }
    }

    @Test func aSentenceOpeningWithAFormerHeadingPhraseHoldsNoClaim() {
        let claims = ClaimExtractor().claims(in: TestDocument.make([
            "La mésothérapie soulage la lombalgie.",
            "À voir aussi : la mésothérapie soulage les tendinites",
            "Recommended treatments relieve neck pain, and mesotherapy relieves neck pain.",
        ], source: "page.txt", title: "La mésothérapie", language: "fr", kind: .blog))
        #expect(claims.map(\.indication) == ["low-back-pain", "neck-pain"])
    }
}
