import Claims
import Documents
import Testing

/// "Read also" lists, share lines and forms hold no claims, even when a linked title reads like one.
@Suite struct NavigationTests {
    func document(_ lines: [String]) -> Document {
        var b = TextBuilder()
        b.beginSection(heading: nil, role: .main)
        for line in lines { b.appendParagraph(line) }
        let (text, sections) = b.finish()
        return Document(source: "page.txt", format: .text, kind: .blog, title: "La mésothérapie", language: "fr",
                        text: text, sections: sections)
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
