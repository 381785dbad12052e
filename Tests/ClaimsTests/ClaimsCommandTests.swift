import Claims
import Foundation
import Testing
import TestSupport

/// `preuve claims` as a user runs it: formats, --explain, --about, --lexicon, exit codes.
@Suite struct ClaimsCommandTests {
    func withFile(_ text: String, name: String = "post.txt", _ body: (URL) throws -> Void) throws {
        let dir = try TestPaths.temporaryDirectory("claims-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        try body(url)
    }

    @Test func explainNamesTheCuesThatDecided() throws {
        try withFile("La mésothérapie\n\nLa mésothérapie ne traite pas la cause d'une hernie discale, mais elle pourrait en atténuer la douleur, selon un rapport du ministère.\n") { url in
            let r = try PreuveProcess.run(["claims", "--format", "text", "--explain", url.path])
            #expect(r.status == 0)
            #expect(r.stdout.contains("herniated-disc"))
            #expect(r.stdout.contains("negation: \"ne traite pas\""))
            #expect(r.stdout.contains("stance: \"traite\""))
            #expect(r.stdout.contains("stance: \"atténuer\""))
            #expect(r.stdout.contains("hedged: \"pourrait\""))
            #expect(r.stdout.contains("basis: \"rapport du ministère\""))
            #expect(r.stdout.contains("cited: \"selon\""))
            #expect(r.stdout.contains("reference: \"hernie discale\""))
            let plain = try PreuveProcess.run(["claims", "--format", "text", url.path])
            #expect(!plain.stdout.contains("negation:"))
        }
    }

    @Test func jsonHasEveryKeyOfTheContract() throws {
        try withFile("Mesotherapy\n\nA randomized trial found that mesotherapy relieves neck pain.\n") { url in
            let r = try PreuveProcess.run(["claims", "--format", "json", url.path])
            #expect(r.status == 0)
            let array = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
            let claim = try #require(array?.first)
            for key in ["doc", "title", "year", "kind", "intervention", "indication", "surface", "stance", "basis",
                        "level", "cited", "hedged", "lang", "sentence", "start", "end"] {
                #expect(claim.keys.contains(key), "key \(key)")
            }
            #expect(claim["level"] as? Int == 2)
            #expect(claim["lang"] as? String == "en")
        }
    }

    @Test func standardInputAndAbout() throws {
        let text = "Un témoignage\n\nElle a soulagé mes lombalgies en trois séances.\n"
        let none = try PreuveProcess.run(["claims", "--format", "jsonl", "-"], stdin: Data(text.utf8))
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty, "no intervention named and none given")
        let about = try PreuveProcess.run(["claims", "--format", "jsonl", "--about", "Acupuncture", "-"], stdin: Data(text.utf8))
        #expect(about.stdout.contains("\"intervention\":\"acupuncture\""))
        let unknown = try PreuveProcess.run(["claims", "--about", "homéopathie-quantique", "-"], stdin: Data(text.utf8))
        #expect(unknown.status == 2)
    }

    @Test func aUserLexiconAddsWords() throws {
        let dir = try TestPaths.temporaryDirectory("claims-lexicon")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("mine.tsv")
        try "# my words\nintervention\tcryotherapy\tcryothérapie|cryotherapy\neffect\tsupports\tapais*\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let post = dir.appendingPathComponent("post.txt")
        try "Le froid\n\nLa cryothérapie apaisait les tendinites.\n".write(to: post, atomically: true, encoding: .utf8)
        let r = try PreuveProcess.run(["claims", "--format", "jsonl", "--lexicon", lexicon.path, post.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"intervention\":\"cryotherapy\""))
        #expect(r.stdout.contains("\"indication\":\"tendinopathy\""))
        let bad = dir.appendingPathComponent("bad.tsv")
        try "effect\tmaybe\tperhaps\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try PreuveProcess.run(["claims", "--lexicon", bad.path, post.path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("bad.tsv:1"))
    }

    /// `--vocabulary` (issue 12; `--lexicon` is the same option): a user's concept file adds a
    /// concept the bundled vocabulary lacks (misophonia) and claims are made on it, in `claims`,
    /// `vocabulary` and `check`; a bad line names the file and line.
    @Test func aUserVocabularyMakesItsConceptsClaimedOn() throws {
        let dir = try TestPaths.temporaryDirectory("claims-vocabulary")
        defer { try? FileManager.default.removeItem(at: dir) }
        let vocabulary = dir.appendingPathComponent("mine.tsv")
        try "id\ttype\tlabel_en\tlabel_fr\tsynonyms_en\tsynonyms_fr\tparents\nmisophonia\tcondition\tmisophonia\tmisophonie\tsound rage\tintolérance aux bruits\t\n"
            .write(to: vocabulary, atomically: true, encoding: .utf8)
        let post = dir.appendingPathComponent("post.txt")
        try "Ma misophonie\n\nLa mésothérapie a soulagé ma misophonie en deux séances, je la recommande.\n".write(to: post, atomically: true, encoding: .utf8)
        let bundled = try PreuveProcess.run(["claims", "--format", "jsonl", post.path])
        #expect(bundled.status == 0 && !bundled.stdout.contains("\"indication\":\"misophonia\""), "\(bundled.stdout)")
        let mine = try PreuveProcess.run(["claims", "--format", "jsonl", "--vocabulary", vocabulary.path, post.path])
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(mine.stdout.contains("\"indication\":\"misophonia\"") && mine.stdout.contains("\"basis\":\"testimony\""), "\(mine.stdout)")
        let word = try PreuveProcess.run(["vocabulary", "misophonie", "--vocabulary", vocabulary.path, "--format", "json"])
        #expect(word.status == 0 && word.stdout.contains("\"id\" : \"misophonia\""), "\(word.stdout)\(word.stderr)")
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "Lombalgie\n\nLa mésothérapie soulage la lombalgie, selon ce patient.\n".write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let check = try PreuveProcess.run(["check", post.path, "--vocabulary", vocabulary.path, "--corpus", corpus.path,
                                           "--index", dir.appendingPathComponent("index").path, "--format", "json"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("\"misophonia\""), "\(check.stdout)")
        let bad = dir.appendingPathComponent("bad.tsv")
        try "id\ttype\tlabel_en\tlabel_fr\nmisophonia\tailment\tmisophonia\tmisophonie\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try PreuveProcess.run(["check", post.path, "--vocabulary", bad.path, "--corpus", corpus.path,
                                            "--index", dir.appendingPathComponent("index").path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("bad.tsv:2"), "\(failed.stderr)")
    }

    @Test func aMissingFileIsNamedAndTheOthersAreDone() throws {
        try withFile("Mesotherapy\n\nMesotherapy relieves neck pain.\n") { url in
            let r = try PreuveProcess.run(["claims", "--format", "jsonl", "/nonexistent/none.txt", url.path])
            #expect(r.status == 1)
            #expect(r.stderr.contains("/nonexistent/none.txt"))
            #expect(r.stdout.contains("neck-pain"))
        }
    }

    @Test func usageErrors() throws {
        #expect(try PreuveProcess.run(["claims", "--format", "csv", "x.txt"]).status == 2)
        #expect(try PreuveProcess.run(["claims"]).status == 2)
    }
}
