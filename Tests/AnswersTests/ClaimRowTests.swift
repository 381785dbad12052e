import Answers
import Claims
import Documents
import Foundation
import Indexing
import Ingest
import Testing
import TestSupport
import Verdicts
@testable import Catalogue

/// `preuve query` weighs the claim table's rows (`ClaimTable.claimRows`) and decodes a claim
/// only to write it: the rows are the claims of `ClaimTable.claims`, the same in the same
/// order, each decoding to its claim, and the answer over rows is byte for byte the answer over
/// claims, in one segment and across segments with deleted documents. Claims are made up from
/// a printed seed (`PREUVE_TEST_SEED=N` replays a run).
@Suite struct ClaimRowTests {
    /// The real reader; each document's claims made up from the number its text ends with.
    struct MadeUpClaims: DocumentParsing {
        func documents(at path: String) throws -> [Document] { try DocumentReader().documents(at: path) }

        func claims(in document: Document) -> [Claim] {
            let seed = document.text.split(whereSeparator: \.isWhitespace).last.flatMap { UInt64($0) } ?? 1
            var made = MadeUp(seed: seed)
            let indications = ["low-back-pain", "thoracic-back-pain", "back-pain", "migraine", "cellulite", "general", "general"]
            // Several claims a document, some at the same place (ties that only the table's order settles).
            var start = made.below(50)
            return (0..<made.below(7)).map { _ in
                var claim = made.claim(doc: document.id, indication: made.pick(indications),
                                       intervention: made.pick(["mesotherapy", "acupuncture", "spinal-manipulation"]))
                if !made.chance(3) { start += made.below(200) }
                claim.start = start
                claim.end = start + made.below(3)
                claim.year = made.chance(5) ? nil : 1990 + made.below(4)
                return claim
            }
        }
    }

    static func text(_ rng: inout TestRandom) -> String {
        "Titre \(rng.next() % 7)\n\nmots d'une étude \(rng.next() % 1_000_000)\n"
    }

    /// The catalogue of `files` after three updates that edit, add and remove files: three
    /// segments, the first two with deleted documents.
    static func segmented(_ rng: inout TestRandom) throws -> (Catalogue, cleanUp: () -> Void) {
        var files: [String: String] = [:]
        for i in 0..<80 { files["f\(i).txt"] = text(&rng) }
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-rows-\(UUID().uuidString)")
        for (name, content) in files {
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            try content.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let dir = corpus.appendingPathComponent("../\(corpus.lastPathComponent)-Index").standardized
        let cleanUp = {
            try? FileManager.default.removeItem(at: corpus)
            try? FileManager.default.removeItem(at: dir)
        }
        let store = FileSnapshotStore(directory: dir.path)
        var (c, _) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: MadeUpClaims())
        for _ in 0..<2 {
            for _ in 0..<20 {
                let url = corpus.appendingPathComponent("f\(rng.next() % 100).txt")
                if rng.next() % 4 == 0 { try? FileManager.default.removeItem(at: url) } else { try text(&rng).write(to: url, atomically: true, encoding: .utf8) }
            }
            // Past the file system's clock grain, so every edit is seen.
            Thread.sleep(forTimeInterval: 0.01)
            (c, _) = try Catalogue.update(store: store, options: IndexOptions(corpus: corpus.path), parser: MadeUpClaims())
        }
        return (c, cleanUp)
    }

    static func single(_ rng: inout TestRandom) throws -> (Catalogue, cleanUp: () -> Void) {
        var files: [String: String] = [:]
        for i in 0..<80 { files["f\(i).txt"] = text(&rng) }
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, content) in files { try content.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let (c, _) = try Catalogue.update(store: MemorySnapshotStore(), options: IndexOptions(corpus: corpus.path, full: true),
                                          parser: MadeUpClaims())
        return (c, { try? FileManager.default.removeItem(at: corpus) })
    }

    /// Every (indication, intervention) of the table, and each indication alone.
    static func keys(_ c: Catalogue) throws -> [(String, String?)] {
        var keys: [(String, String?)] = []
        for indication in try c.claims.indications + [Claim.generalIndication] {
            keys.append((indication, nil))
            for intervention in try c.claims.interventions(indication: indication) { keys.append((indication, intervention)) }
        }
        return keys
    }

    static func checkRows(_ c: Catalogue, seed: UInt64) throws {
        var seen = 0
        for (indication, intervention) in try keys(c) {
            let claims = try c.claims.claims(indication: indication, intervention: intervention)
            let rows = try c.claims.claimRows(indication: indication, intervention: intervention)
            #expect(rows.count == claims.count, "seed \(seed): \(indication)/\(intervention ?? "all")")
            for (row, expected) in zip(rows, claims) {
                let claim = expected.claim
                #expect(try c.claims.claim(row) == claim, "seed \(seed)")
                #expect(row.document == expected.document && row.doc == claim.doc && row.year == claim.year
                        && row.indication == claim.indication && row.intervention == claim.intervention
                        && row.stance == claim.stance && row.basis == claim.basis && row.level == claim.level
                        && row.cited == claim.cited && row.hedged == claim.hedged && row.wholePractice == claim.wholePractice
                        && row.scope == claim.scope && row.start == claim.start && row.end == claim.end
                        && row.confidence == claim.confidence, "seed \(seed): \(row) against \(claim)")
                seen += 1
            }
        }
        #expect(seen > 100, "seed \(seed): only \(seen) claims compared")
    }

    /// `preuve query`'s answer over rows, written by `QueryJSON`, against the answer over
    /// decoded claims (`IndicationAnswer.answer`, as the server answers) encoded by
    /// `AnswerJSON`: for every indication, each intervention and all, at several confidences.
    static func checkAnswers(_ c: Catalogue, seed: UInt64) throws {
        let engine = VerdictEngine()
        var compared = 0
        let ids = ["low-back-pain", "thoracic-back-pain", "back-pain", "musculoskeletal-pain", "migraine", "cellulite", "neck-pain"]
        for id in ids {
            let indication = try #require(engine.vocabulary.indication(id: id))
            for minimum in [0, 0.3, ClaimConfidence.threshold, 0.77, 1] {
                let claims = ConfidentClaims(CatalogueClaimSource(c), minimum: minimum)
                let rows = CatalogueRows(c, minimum: minimum)
                for intervention in [nil, "mesotherapy", "acupuncture", "homeopathy"] as [String?] {
                    let expected = try AnswerJSON.data(IndicationAnswer.answer(
                        for: indication, matched: "m", intervention: intervention, engine: engine, source: claims))
                    let answer = try IndicationJudgement<ClaimRow>.answer(for: indication, matched: "m", intervention: intervention,
                                                                engine: engine, source: rows)
                    let written = try streamed { try QueryJSON.write(answer, claim: rows.claim, to: &$0) }
                    #expect(written == Array(expected), "seed \(seed): \(id), \(intervention ?? "every intervention"), at \(minimum)")
                    compared += 1
                }
            }
        }
        #expect(compared == 7 * 5 * 4)
    }

    @Test func rowsAreTheClaimsAcrossSegmentsWithDeletions() throws {
        var rng = TestRandom("claim rows, segments")
        let (c, cleanUp) = try Self.segmented(&rng)
        defer { cleanUp() }
        #expect(c.segmentNames.count >= 2)
        #expect(c.view.parts.contains { $0.deletedCount > 0 })
        try Self.checkRows(c, seed: rng.seed)
        try Self.checkAnswers(c, seed: rng.seed)
    }

    @Test func rowsAreTheClaimsInOneSegment() throws {
        var rng = TestRandom("claim rows, one segment")
        let (c, cleanUp) = try Self.single(&rng)
        defer { cleanUp() }
        #expect(c.view.single != nil)
        try Self.checkRows(c, seed: rng.seed)
        try Self.checkAnswers(c, seed: rng.seed)
    }
}
