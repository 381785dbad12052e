import Testing
import TextAnalysis

/// The page furniture phrases (Resources/page-furniture.tsv): typed when loaded, one
/// normalisation for every reader.
@Suite struct PageFurnitureTests {
    @Test func theBundledFileParses() {
        #expect(PageFurniture.bundledProblem == nil, "\(PageFurniture.bundledProblem.map(String.init(describing:)) ?? "")")
        #expect(Set(PageFurniture.bundled.phrases.map(\.kind)) == Set(PageFurniture.Kind.allCases))
        #expect(!PageFurniture.bundled.sentenceOpeners.isEmpty)
    }

    @Test(arguments: [
        ("readalso\tsometimes\tlire aussi", "t.tsv:1: a match is opens, heading, whole, count, not `sometimes`"),
        ("# c\nads\topens\tpub", "t.tsv:2: a kind is readalso, share, subscribe, commentform, author, comments, not `ads`"),
        ("share\topens", "t.tsv:1: a line is kind<TAB>match<TAB>phrases, not 2 field(s)"),
        ("share\topens\tpartager||share", "t.tsv:1: an empty phrase"),
        ("share\tcount\tpartager", "t.tsv:1: `count` goes with `comments`, and only with it"),
        ("readalso\topens\tlire * aussi", "t.tsv:1: `lire * aussi`: a furniture phrase is words, without `*` or `...`"),
    ])
    func aLineThatDoesNotParseIsNamed(text: String, expected: String) {
        let error = #expect(throws: PageFurnitureError.self) { try PageFurniture.parse(text, source: "t.tsv") }
        #expect(error?.description == expected)
    }

    @Test func everyReaderComparesFoldedText() throws {
        let furniture = try PageFurniture.parse("readalso\topens\tÀ lire également\nauthor\twhole\tqui suis-je\n", source: "t.tsv")
        #expect(furniture.phrases.first?.folded == "a lire egalement")
        #expect(PageFurniture.fold("  À LIRE\u{A0}ÉGALEMENT :  la suite") == "a lire egalement : la suite")
        #expect(furniture.opensBlock(PageFurniture.fold("A lire également : la suite")))
        #expect(!furniture.opensBlock(PageFurniture.fold("La suite à lire également")))
        #expect(furniture.isWhole(PageFurniture.fold("Qui suis-je ?")))
        #expect(!furniture.isWhole(PageFurniture.fold("Qui suis-je et pourquoi")))
        #expect(!furniture.opensBlock("a lire egalement", kinds: [.share]))
    }
}
