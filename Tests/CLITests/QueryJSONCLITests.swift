import Answers
import Foundation
import Testing
import TestSupport
import Verdicts

/// `preuve query --format json` streams its answer (`JSONStream`): what the executable
/// writes is, byte for byte, what Foundation's encoder (`AnswerJSON`) writes for the answer it
/// carries, and a line end; on the bundled corpus, for answers with narrower indications,
/// one intervention, every claim, and none.
@Suite struct QueryJSONCLITests {
    static let catalogue = Result { try BuiltCatalogue.build(corpus: TestPaths.packageRoot.appendingPathComponent("Corpus")) }

    @Test(arguments: [
        ["lombalgie"], ["mal de dos"], ["cellulite", "--intervention", "mesotherapy"], ["migraine", "--min-confidence", "0"],
        ["musculoskeletal-pain", "--min-confidence", "1"], ["lombalgie", "--intervention", "homeopathy"],
    ])
    func streamedAnswerIsTheEncodersAnswer(arguments: [String]) throws {
        let result = try Self.catalogue.get().run(["query"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try JSONDecoder().decode(IndicationAnswer.self, from: Data(result.stdout.utf8))
        #expect(!answer.verdicts.isEmpty)
        #expect(result.stdout == (try AnswerJSON.string(answer)) + "\n")
    }
}
