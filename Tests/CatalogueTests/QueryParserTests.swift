import Testing
import TestSupport
@testable import Catalogue

@Suite struct QueryParserTests {
    let parser = QueryParser()

    @Test func wordsPhrasesExclusionsAndOr() {
        let q = parser.parse(#"Lombalgie "low back pain" -cancer mesotherapie OR acupuncture title:dos kind:news -kind:blog"#)
        #expect(q.groups.count == 4)
        #expect(q.groups[0].map(\.terms) == [["lombalgi"]])
        #expect(q.groups[1].first?.terms == ["low", "back", "pain"])
        #expect(q.groups[2].count == 2)
        #expect(q.groups[3].first?.field == .title)
        #expect(q.excluded.map(\.terms) == [["cancer"]])
        #expect(q.kinds == [.news] && q.excludedKinds == [.blog])
    }

    /// Every term of a parsed query is a word the analyzer made: not empty, no space, no quote.
    func expectWellFormed(_ q: Query, _ input: String) {
        let clauses = q.groups.flatMap { $0 } + q.excluded
        for term in clauses.flatMap(\.terms) {
            #expect(!term.isEmpty && !term.contains(where: { $0.isWhitespace || $0 == "\"" }), "\(input.debugDescription) → \(term.debugDescription)")
        }
        #expect(q.groups.allSatisfy { !$0.isEmpty }, "\(input.debugDescription): an empty OR group")
    }

    @Test func oddInputsGiveAQueryAndNeverCrash() throws {
        let odd = ["", " ", "\"", "\"\"", "-", "--", "- -x", "OR", "OR OR a", "a OR", "title:", "title:\"", "kind:",
                   ":::", "-\"", "«guillemets»", "“curly”", "x:y", "title::a", "🙂", "\u{0}", "a\"b\"c", "-title:\"x y",
                   String(repeating: "\"a ", count: 500), String(repeating: "-", count: 1000)]
        // One catalogue, one document "a" whose text is "a b": each search finds it or nothing.
        let catalogue = try Catalogue.build(documents: [Fixtures.document("a", title: "a", text: "a b")])
        for input in odd {
            expectWellFormed(parser.parse(input), input)
            let results = try Searcher().search(input, in: catalogue)
            #expect(results.hits.count <= 1 && results.total <= 1, "\(input.debugDescription)")
        }
        // Random strings over the operators' alphabet.
        var rng = TestRandom("query parser", seed: 42)
        let alphabet = Array("ab \"-:ORtitlekind:éÉ\t\n«»()*")
        for _ in 0..<2000 {
            let s = String((0..<Int(rng.next() % 24)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            expectWellFormed(parser.parse(s), s)
        }
    }

    @Test func anUnclosedQuoteRunsToTheEnd() {
        #expect(parser.parse("\"low back").groups.first?.first?.terms == ["low", "back"])
    }
}
