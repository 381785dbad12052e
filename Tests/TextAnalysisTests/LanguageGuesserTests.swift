import Testing
import TextAnalysis

@Suite struct LanguageGuesserTests {
    @Test func frenchAndEnglishAreToldApart() {
        let g = LanguageGuesser.shared
        #expect(g.guess("La mésothérapie est une technique qui consiste à injecter des produits dans le derme.") == "fr")
        #expect(g.guess("Mesotherapy is a technique in which small doses of drugs are injected into the skin.") == "en")
    }

    @Test func tooLittleTextGivesNoGuess() {
        #expect(LanguageGuesser.shared.guess("Mésothérapie") == nil)
    }
}
