import Documents
import Testing
import TestSupport
@testable import Catalogue

@Suite struct SearchTests {
    let catalogue: Catalogue

    init() throws {
        catalogue = try Catalogue.build(documents: [
        Fixtures.document("a.txt", title: "Douleurs", text: "La douleur lombaire chronique est fréquente."),
        Fixtures.document("b.txt", title: "Autre", text: "Le dos est lombaire; la douleur chronique ailleurs."),
        Fixtures.document("c.txt", title: "Mésothérapie", text: "La MÉSOTHÉRAPIE soulage-t-elle les lombalgies ?", kind: .news, year: 2019),
        Fixtures.document("d.txt", title: "Acupuncture", text: "L'acupuncture et les lombalgies chroniques.", kind: .blog),
        ])
    }

    @Test func aPhraseMatchesOnlyWhereItsWordsAreAdjacent() throws {
        #expect(Set(try Fixtures.hits(catalogue, "douleur lombaire")) == ["a.txt", "b.txt"])
        #expect(try Fixtures.hits(catalogue, "\"douleur lombaire\"") == ["a.txt"])
        #expect(try Fixtures.hits(catalogue, "\"lombaire douleur\"").isEmpty)
        #expect(try Fixtures.hits(catalogue, "\"douleur lombaire chronique\"") == ["a.txt"])
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        for query in ["mesotherapie", "Mésothérapie", "MESOTHÉRAPIE", "mésothérapies"] {
            #expect(try Fixtures.hits(catalogue, query) == ["c.txt"], "\(query)")
        }
        #expect(Set(try Fixtures.hits(catalogue, "LOMBALGIE")) == ["c.txt", "d.txt"])
    }

    @Test func exclusionsOrTitleAndKind() throws {
        #expect(try Fixtures.hits(catalogue, "lombalgies -acupuncture") == ["c.txt"])
        #expect(Set(try Fixtures.hits(catalogue, "mesotherapie OR acupuncture")) == ["c.txt", "d.txt"])
        #expect(try Fixtures.hits(catalogue, "title:acupuncture") == ["d.txt"])
        #expect(try Fixtures.hits(catalogue, "title:lombalgies").isEmpty)
        #expect(try Fixtures.hits(catalogue, "lombalgies kind:blog") == ["d.txt"])
        #expect(try Fixtures.hits(catalogue, "lombalgies -kind:blog") == ["c.txt"])
        #expect(try Fixtures.hits(catalogue, "kind:news") == ["c.txt"])
        #expect(try Fixtures.hits(catalogue, "lombalgies kind:nonsense").isEmpty)
    }

    @Test func bm25RanksAShortDenseDocumentAboveALongOneMentioningTheTermOnce() throws {
        let filler = Array(repeating: "le patient a consulté un médecin pour son dos", count: 40).joined(separator: " ")
        let c = try Catalogue.build(documents: [
            Fixtures.document("long.txt", title: "Notes", text: filler + " mésothérapie " + filler),
            Fixtures.document("short.txt", title: "Notes", text: "mésothérapie et mésothérapie encore: la mésothérapie"),
            Fixtures.document("none.txt", title: "Notes", text: "rien à voir"),
        ])
        let hits = try Searcher().search("mesotherapie", in: c).hits
        #expect(hits.map(\.id) == ["short.txt", "long.txt"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func aTitleMatchWeighsMoreThanATextMatch() throws {
        let c = try Catalogue.build(documents: [
            Fixtures.document("text.txt", title: "Un article", text: "On parle ici de cryothérapie et de dos."),
            Fixtures.document("title.txt", title: "Cryothérapie", text: "On parle ici de froid et de dos."),
        ])
        #expect(try Fixtures.hits(c, "cryotherapie") == ["title.txt", "text.txt"])
    }

    @Test func snippetsMarkTheMatchedWords() throws {
        let hit = try #require(try Searcher().search("mesotherapie", in: catalogue).hits.first)
        #expect(hit.snippet.marked() == "La [MÉSOTHÉRAPIE] soulage-t-elle les lombalgies ?")
        #expect(hit.snippet.marked(open: "**", close: "**").contains("**MÉSOTHÉRAPIE**"))
        #expect(hit.year == 2019 && hit.kind == .news)
    }

    @Test func totalCountsEveryMatchAndLimitCutsTheHits() throws {
        let r = try Searcher().search("lombalgies", in: catalogue, limit: 1)
        #expect(r.total == 2)
        #expect(r.hits.count == 1)
    }
}

@Suite struct PhrasePostingsTests {
    /// Against a plain scan of the texts, on random documents over a small vocabulary.
    @Test func phrasesAgreeWithAPlainScan() throws {
        var rng = TestRandom("phrase postings", seed: 3)
        let vocabulary = ["alpha", "beta", "gamma", "delta"]
        let texts = (0..<60).map { _ in (0..<Int(rng.next() % 30)).map { _ in vocabulary[Int(rng.next() % 4)] } }
        let c = try Catalogue.build(documents: texts.enumerated().map { Fixtures.document("d\($0.offset)", title: "", text: $0.element.joined(separator: " ")) })
        for _ in 0..<40 {
            let phrase = (0..<Int(2 + rng.next() % 3)).map { _ in vocabulary[Int(rng.next() % 4)] }
            let expected = Set(texts.indices.filter { i in
                texts[i].count >= phrase.count && (0...(texts[i].count - phrase.count)).contains { Array(texts[i][$0..<$0 + phrase.count]) == phrase }
            }.map { "d\($0)" })
            #expect(Set(try Fixtures.hits(c, "\"" + phrase.joined(separator: " ") + "\"")) == expected, "\(phrase)")
        }
    }
}

@Suite struct SnippetTests {
    @Test func aPhrasesWordsAreMarkedOnlyWhereTheyStandTogether() {
        let s = SnippetMaker().snippet(of: "Back pain is low. Low back pain again.", matching: [["low", "back"], ["again"]])
        #expect(s.marked() == "Back pain is low. [Low back] pain [again].")
    }

    @Test func paragraphBreaksBecomeOneSpace() {
        let s = SnippetMaker().snippet(of: "Premier paragraphe.\n\nLa mésothérapie ici.", matching: [["mesotherapi"]])
        #expect(s.marked() == "Premier paragraphe. La [mésothérapie] ici.")
    }

    @Test func aLongTextIsCutAroundTheMatches() {
        let text = (0..<200).map { $0 == 150 ? "mésothérapie" : "mot\($0)" }.joined(separator: " ")
        let s = SnippetMaker().snippet(of: text, matching: [["mesotherapi"]])
        #expect(s.text.hasPrefix("…") && s.text.hasSuffix("…"))
        #expect(s.marked().contains("[mésothérapie]"))
        #expect(s.text.count < 400)
    }
}
