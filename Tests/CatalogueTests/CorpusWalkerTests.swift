import Foundation
import Testing
@testable import Catalogue

@Suite struct CorpusWalkerTests {
    @Test func walksTheFormatsPreuveReadsAndSkipsHiddenOnes() throws {
        let dir = try Fixtures.corpus([
            "a.txt": "a", "b.HTML": "b", "c.xml.gz": "c", "d/e.nxml": "e", "d/f.xhtml": "f", "g.htm": "g",
            ".hidden.txt": "h", ".git/x.txt": "x", "d/.cache/y.html": "y", "notes.md": "n", "README": "r", "z.gz": "z",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = CorpusWalker().walk([dir.path + "/"]).files.map { String($0.path.dropFirst(dir.path.count + 1)) }
        #expect(found == ["a.txt", "b.HTML", "c.xml.gz", "d/e.nxml", "d/f.xhtml", "g.htm"])
        let walk = CorpusWalker().walk([dir.path + "/notes.md", dir.path + "/nothing"])
        #expect(walk.files.count == 1 && walk.missing == [dir.path + "/nothing"])
    }

    @Test func scopesArePathPrefixesOnWholeComponents() {
        #expect(CorpusWalker.path("Corpus/a.txt", isWithin: "Corpus"))
        #expect(!CorpusWalker.path("Corpus2/a.txt", isWithin: "Corpus"))
        #expect(CorpusWalker.normalize("./Corpus/") == "Corpus")
    }
}
