import Testing
@testable import Claims

@Suite struct IndicationVocabularyTests {
    let vocabulary = IndicationVocabulary.bundled

    @Test func frenchEnglishSynonymsAndIdsNameOneIndication() {
        for name in ["lombalgie", "Lombalgies", "LUMBAGO", "low-back-pain", "Low back pain", "low back pain", "douleurs lombaires"] {
            #expect(vocabulary.lookup(name)?.id == "low-back-pain", "\(name)")
        }
        #expect(vocabulary.lookup("épicondylite")?.id == "epicondylitis")
        #expect(vocabulary.lookup("epicondylite")?.id == "epicondylitis")
    }

    @Test func meshHeadingsDoNotStealLabels() {
        #expect(vocabulary.lookup("back pain")?.id == "back-pain")
        #expect(vocabulary.lookup("Dorsalgie")?.id == "thoracic-back-pain")
    }

    @Test func unknownWordsGetNearSuggestions() {
        #expect(vocabulary.lookup("lombalgy") == nil)
        #expect(vocabulary.suggestions(for: "lombalgy").contains("lombalgie"))
        #expect(vocabulary.suggestions(for: "cellulit").contains("cellulite"))
        #expect(vocabulary.suggestions(for: "zzzzzzzz").isEmpty)
    }

    @Test func aBadUserFileNamesTheLine() {
        var v = IndicationVocabulary()
        #expect(throws: LexiconError.self) {
            try v.load(tsv: "id\tlabel_en\tlabel_fr\nonlyone\n", source: "mine.tsv")
        }
    }
}
