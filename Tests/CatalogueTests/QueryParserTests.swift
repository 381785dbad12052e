import Testing
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

    @Test func oddInputsGiveAQueryAndNeverCrash() {
        let odd = ["", " ", "\"", "\"\"", "-", "--", "- -x", "OR", "OR OR a", "a OR", "title:", "title:\"", "kind:",
                   ":::", "-\"", "«guillemets»", "“curly”", "x:y", "title::a", "🙂", "\u{0}", "a\"b\"c", "-title:\"x y",
                   String(repeating: "\"a ", count: 500), String(repeating: "-", count: 1000)]
        for input in odd {
            _ = parser.parse(input)
            _ = Searcher().search(input, in: Catalogue.build(documents: [Fixtures.document("a", title: "a", text: "a b")]))
        }
        // Random strings over the operators' alphabet.
        var rng = SplitMix(seed: 42)
        let alphabet = Array("ab \"-:ORtitlekind:éÉ\t\n«»()*")
        for _ in 0..<2000 {
            let s = String((0..<Int(rng.next() % 24)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            _ = parser.parse(s)
        }
    }

    @Test func anUnclosedQuoteRunsToTheEnd() {
        #expect(parser.parse("\"low back").groups.first?.first?.terms == ["low", "back"])
    }
}

/// A tiny deterministic generator, so that the random inputs are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
