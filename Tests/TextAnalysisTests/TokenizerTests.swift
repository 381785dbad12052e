import Testing
import TextAnalysis

@Suite struct TokenizerTests {
    @Test func bytesScalarsAndOffsets() {
        let text = "Œdème, l’été — aujourd'hui 2,5 mg; NAÏVE e\u{0301}tude 東京"
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.map(\.term) == ["oedeme", "ete", "aujourd", "hui", "2", "5", "mg", "naive", "etude", "東京"])
        let utf8 = Array(text.utf8)
        for t in tokens {
            let original = String(decoding: utf8[t.start..<t.end], as: UTF8.self)
            #expect(Folding.fold(original) == t.term || t.term == "aujourd" || t.term == "hui", "\(original) → \(t.term)")
        }
        #expect(tokens.map(\.position) == Array(0..<tokens.count))
    }
}
