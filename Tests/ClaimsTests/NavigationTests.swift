import Claims
import Documents
import Testing
import TestSupport

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
