import Testing
import TextAnalysis

@Suite struct AnalyzerTests {
    @Test func caseAccentsAndPluralsMeet() {
        let a = Analyzer.search
        let forms = ["lombalgies", "lombalgie", "Lombalgie", "LOMBALGIES", "lombalgié"].map { a.terms($0) }
        #expect(Set(forms.map { $0.first ?? "" }).count == 1)
        #expect(a.terms("studies") == a.terms("study"))
        #expect(a.terms("injections") == a.terms("injection"))
        #expect(a.terms("mésothérapie") == a.terms("Mesotherapie"))
    }

    @Test func frenchElisionsAreDroppedAndOffsetsAreUTF8Bytes() {
        let text = "Soulage l’arthrose et d'épicondylite."
        let tokens = Analyzer.folded.tokens(in: text)
        #expect(tokens.map(\.term) == ["soulage", "arthrose", "et", "epicondylite"])
        let utf8 = Array(text.utf8)
        let second = tokens[1]
        #expect(String(decoding: utf8[second.start..<second.end], as: UTF8.self) == "arthrose")
        let last = tokens[3]
        #expect(String(decoding: utf8[last.start..<last.end], as: UTF8.self) == "épicondylite")
        #expect(tokens.map(\.position) == [0, 1, 2, 3])
    }

    @Test func foldingSplitsLigaturesAndNormalisesApostrophes() {
        #expect(Folding.fold("Œdème CŒUR l’été") == "oedeme coeur l'ete")
        // A decomposed é (e + combining acute) folds like the composed one.
        #expect(Folding.fold("e\u{0301}tude") == Folding.fold("étude"))
    }
}
