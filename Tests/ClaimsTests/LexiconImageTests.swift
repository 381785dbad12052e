import Foundation
import Testing
import TestSupport
@testable import Claims

/// The lexicon compiled at build time (`LexiconImage`, written by the CompileLexicon plugin)
/// and what the executable makes of it.
@Suite struct LexiconImageTests {
    /// The image the build compiled is the lexicon the files give today: editing a file and
    /// building compiles it again, and the image and the files never drift apart.
    @Test func theBundledLexiconIsTheLexiconOfTheFiles() {
        #expect(ClaimLexicon.bundledProblem == nil, "\(ClaimLexicon.bundledProblem.map(String.init(describing:)) ?? "")")
        let files = ClaimLexicon.compilingBundledFiles()
        #expect(files.problem == nil)
        #expect(LexiconImage.encode(ClaimLexicon.bundled) == LexiconImage.encode(files.lexicon))
        #expect(ClaimLexicon.bundled.matcher.phrases.count > 10_000)
        // The names alone (what `query` reads) are those of the whole lexicon.
        #expect(ClaimLexicon.bundledNames.vocabulary.concepts == ClaimLexicon.bundled.vocabulary.concepts)
        #expect(ClaimLexicon.bundledNames.lines == ClaimLexicon.bundled.lines)
        #expect(ClaimLexicon.bundledNames.matcher.phrases.isEmpty)
    }

    /// What is read back matches as the files do: the same claims from the same sentence.
    @Test func theReadLexiconFindsTheClaimsTheFilesFind() throws {
        let document = RuleFixtures.document(title: "Mésothérapie et lombalgie", [(nil, [
            "Une revue systématique conclut que la mésothérapie ne soulage pas la lombalgie chronique.",
            "Mes patientes disent que leurs douleurs de dos ont disparu après trois séances.",
        ])])
        let fromImage = ClaimExtractor(lexicon: .bundled).claims(in: document)
        let fromFiles = ClaimExtractor(lexicon: ClaimLexicon.compilingBundledFiles().lexicon).claims(in: document)
        #expect(!fromImage.isEmpty)
        #expect(fromImage == fromFiles)
    }

    /// A lexicon with a user's vocabulary (typed intervention rows) survives the round trip.
    @Test func aLexiconWithUserWordsReadsBackAsWritten() throws {
        let root = try TestPaths.temporaryDirectory("preuve-lexicon-image")
        defer { try? FileManager.default.removeItem(at: root) }
        try TestPaths.write("id\ttype\tlabel_en\tlabel_fr\tsynonyms_en\tsynonyms_fr\tparents\n"
            + "nordic-walking\tbehavioural\tnordic walking\tmarche nordique\tpole walking\t\t\n"
            + "shin-splints\tcondition\tshin splints\tpériostite tibiale\tmtss\t\t\n", to: "user-vocabulary.tsv", under: root)
        let lexicon = try ClaimLexicon.withUserFiles([root.appendingPathComponent("user-vocabulary.tsv").path])
        let image = LexiconImage.encode(lexicon)
        let back = try LexiconImage.decode(image)
        #expect(LexiconImage.encode(back) == image)
        #expect(back.interventionID(for: "marche nordique") == "nordic-walking")
        #expect(back.vocabulary.lookup("périostite tibiale")?.id == "shin-splints")
    }

    /// A damaged image is an error naming what is wrong, never a crash: cut short, or with
    /// bytes changed anywhere.
    @Test func aDamagedImageIsAnErrorAndNeverACrash() {
        let image = LexiconImage.encode(ClaimLexicon.bundled)
        #expect(throws: LexiconImage.Unreadable.self) { try LexiconImage.decode(Array(image.prefix(image.count / 2))) }
        #expect(throws: LexiconImage.Unreadable.self) { try LexiconImage.decode(Array("not an image".utf8)) }
        #expect(throws: LexiconImage.Unreadable.self) { try LexiconImage.decode(base64: "%%%") }
        var random = TestRandom("lexicon image damage")
        var refused = 0
        for round in 0..<40 {
            var damaged = image
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: LexiconImage.magic.count..<damaged.count, using: &random)
                damaged[at] = UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { damaged.removeLast(Int.random(in: 1...1000, using: &random)) }
            do { _ = try LexiconImage.decode(damaged) } catch { refused += 1; _ = "\(error) (round \(round), seed \(random.seed))" }
        }
        #expect(refused > 0, "seed \(random.seed)")
    }
}
