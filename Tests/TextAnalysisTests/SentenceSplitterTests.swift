import Testing
import TextAnalysis

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter.shared

    func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return splitter.sentences(in: text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func abbreviationsInitialsAndNumbersDoNotEndASentence() {
        #expect(split("Le Dr. Martin a traité 30 patients. Les résultats sont bons.") ==
                ["Le Dr. Martin a traité 30 patients.", "Les résultats sont bons."])
        #expect(split("J. Smith et al. found a mean gain of 2.5 points (p<0.05). It was small.") ==
                ["J. Smith et al. found a mean gain of 2.5 points (p<0.05).", "It was small."])
        #expect(split("Several drugs, e.g. NSAIDs, i.e. ibuprofen, vs. placebo. Then nothing.") ==
                ["Several drugs, e.g. NSAIDs, i.e. ibuprofen, vs. placebo.", "Then nothing."])
        #expect(split("Des substances, p. ex. des vitamines, cf. Pr. Dupont et M. Durand. Fin.") ==
                ["Des substances, p. ex. des vitamines, cf. Pr. Dupont et M. Durand.", "Fin."])
    }

    /// Twenty-fourth session: a unit after a number ends the sentence when a capital follows
    /// ("but not with 250 mg. Both doses…"); before a lower-case word it does not.
    @Test func aUnitAfterANumberEndsASentenceBeforeACapital() {
        #expect(split("Anxiety improved in the 600 mg group but not with 250 mg. Both doses lowered insomnia.") ==
                ["Anxiety improved in the 600 mg group but not with 250 mg.", "Both doses lowered insomnia."])
        #expect(split("Une dose de 5 ml. matin et soir suffit.") == ["Une dose de 5 ml. matin et soir suffit."])
    }

    /// Thirty-seventh session: a letter naming a vitamin, a hepatitis or a type ends the sentence
    /// ("tested vitamin D. The supplements…"); after any other word it is an initial.
    @Test func aLetterNamingAKindEndsASentence() {
        #expect(split("Two large trials tested vitamin D. The supplements did not reduce infections.") ==
                ["Two large trials tested vitamin D.", "The supplements did not reduce infections."])
        #expect(split("Les essais ont testé la vitamine D. Au bout du compte, rien.") ==
                ["Les essais ont testé la vitamine D.", "Au bout du compte, rien."])
        #expect(split("Il est vacciné contre l'hépatite B. Sa sœur aussi.") ==
                ["Il est vacciné contre l'hépatite B.", "Sa sœur aussi."])
        #expect(split("The trial was led by J. Smith at a clinic run by Anna K. Jones.") ==
                ["The trial was led by J. Smith at a clinic run by Anna K. Jones."])
        #expect(split("D. Martin a vu la vitamine. Puis rien.") == ["D. Martin a vu la vitamine.", "Puis rien."])
    }

    @Test func etcEllipsesQuestionsAndExclamations() {
        #expect(split("Vitamines, caféine, etc. sont injectées. Etc. Puis la suite.") ==
                ["Vitamines, caféine, etc. sont injectées.", "Etc.", "Puis la suite."])
        #expect(split("Elle soulage… Mais pas toujours. Vraiment ? Oui ! Bien.") ==
                ["Elle soulage…", "Mais pas toujours.", "Vraiment ?", "Oui !", "Bien."])
        #expect(split("Wait... and see. Done.") == ["Wait... and see.", "Done."])
        #expect(split("« C’est efficace. » Selon lui.") == ["« C’est efficace. »", "Selon lui."])
    }

    @Test func blocksAreNeverCrossedAndOffsetsAreUTF8Bytes() {
        let text = "Applications thérapeutiques\n• Traitement des lombalgies\nÉtudes : aucune"
        let spans = splitter.sentences(in: text)
        #expect(spans.count == 3)
        #expect(spans.map(\.block) == [0, 1, 2])
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[spans[2].start..<spans[2].end], as: UTF8.self) == "Études : aucune")
        // A sentence starting with an accented capital is recognised.
        #expect(split("Elle soulage. Évidemment.") == ["Elle soulage.", "Évidemment."])
    }

    @Test func explicitBlocks() {
        let text = "Un. Deux.\n\nTrois"
        let spans = splitter.sentences(in: text, blocks: [(0, 9), (11, 16)])
        #expect(spans.map { [$0.start, $0.end, $0.block] } == [[0, 3, 0], [4, 9, 0], [11, 16, 1]])
    }

    @Test func tokenizerCanKeepElisions() {
        #expect(Tokenizer(keepsElisions: true).tokens(in: "n'apporte l'arthrose").map(\.term) == ["n", "apporte", "l", "arthrose"])
        #expect(Tokenizer().tokens(in: "n'apporte l'arthrose").map(\.term) == ["apporte", "arthrose"])
    }

    @Test func nfc() {
        #expect(Normalization.nfc("e\u{0301}tude") == "étude")
        #expect(Normalization.nfc("e\u{0301}tude").unicodeScalars.count == 5)
    }
}
