import Foundation
import Testing
import TestSupport

/// A writer killed with SIGKILL while it writes a segment, the meta file, or a merge leaves
/// the previous index or the next one, whole. The killed writer is `PausingWriter` (the
/// test's own program: the catalogue's update with a store that pauses between chunks of
/// each file it writes, merging as soon as two segments are alike), so that the kill lands
/// inside a write; the kill itself is real, and `preuve` reads what it left.
@Suite struct KillDuringWriteTests {
    @Test func aKilledWriterLeavesThePreviousIndexOrTheNextWhole() throws {
        let root = try TestPaths.temporaryDirectory("preuve-kill")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let words = ["douleur", "lombaire", "mésothérapie", "essai", "patient", "injection", "placebo", "dos", "étude", "effet"]
        func writeFile(_ i: Int) throws {
            let body = (0..<300).map { words[($0 * 7 + i) % words.count] }.joined(separator: " ")
            try "Document \(i)\n\n\(body) numéro\(i)\n".write(to: corpus.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8)
        }
        for i in 0..<300 { try writeFile(i) }
        let index = root.appendingPathComponent("Index")
        let built = try PreuveProcess.run(["index", "--quiet"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        let meta = index.appendingPathComponent("catalogue.preuve")
        func documents() throws -> Int? {
            let stats = try PreuveProcess.run(["stats", "--format", "json", "--no-update"], in: root)
            #expect(stats.status == 0, "\(stats.stderr)")
            return (try? JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?["documents"] as? Int
        }

        var random = TestRandom("kill during write")
        var current = 300, killed = 0
        for round in 0..<6 {
            // Forty new files: a new segment of a few chunks, then the meta file, then a merge.
            for i in 0..<40 { try writeFile(1000 + 40 * round + i) }
            // Every file written so far (a killed round's files are indexed by the next one).
            let target = 300 + 40 * (round + 1)
            let before = try Data(contentsOf: meta)
            let process = try PausingWriter.start(index: index, corpus: corpus, pauseMilliseconds: 20, mergeFactor: 2)
            #expect(PausingWriter.waitForWrite(in: index, pid: process.processIdentifier), "the writer never started writing")
            usleep(UInt32(random.next() % 400_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            // The index is the previous one (its meta file byte for byte) or the next one,
            // whole: preuve reads it and verifies every byte of it.
            let seen = try documents()
            #expect(seen == current || seen == target, "round \(round) (seed \(random.seed)): \(String(describing: seen)) documents")
            if seen == current { #expect(try Data(contentsOf: meta) == before, "round \(round) (seed \(random.seed))") }
            let verify = try PreuveProcess.run(["verify"], in: root)
            #expect(verify.status == 0, "round \(round) (seed \(random.seed)): \(verify.stderr)")
            current = seen ?? current
        }
        print("kill during write: \(killed) of 6 writers killed inside their run (seed \(random.seed))")
        #expect(killed >= 2, "the kills should mostly land inside a run (seed \(random.seed))")

        // The next writer finishes the job and sweeps the leftovers: no temporary, no segment
        // that the meta file does not list.
        let after = try PreuveProcess.run(["index", "--format", "json"], in: root)
        #expect(after.status == 0)
        #expect(try documents() == 300 + 6 * 40)
        let names = try FileManager.default.contentsOfDirectory(atPath: index.path)
        #expect(!names.contains { PausingWriter.isTemporary($0) }, "\(names)")
        let verify = try PreuveProcess.run(["verify", "--format", "json"], in: root)
        let listed = (try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])?["sections"] as? [[String: Any]] ?? []
        let segments = Set(listed.compactMap { $0["file"] as? String }.filter { $0 != "catalogue.preuve" })
        #expect(Set(names.filter { $0.hasPrefix("segment-") }) == segments, "\(names)")
    }

    /// A writer killed after renaming a merged segment into place, before the meta file that
    /// lists it, leaves a segment file no meta file lists; when the next run has nothing to
    /// commit, it still removes it (and answers as before).
    @Test func aSegmentNoMetaFileListsIsRemovedByTheNextWriterEvenWithNothingToDo() throws {
        let root = try TestPaths.temporaryDirectory("preuve-orphan")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for i in 0..<5 {
            try "Document \(i)\n\nLa mésothérapie soulage la lombalgie, numéro \(i).\n".write(to: corpus.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8)
        }
        #expect(try PreuveProcess.run(["index", "--quiet"], in: root).status == 0)
        let index = root.appendingPathComponent("Index")
        let segments = try FileManager.default.contentsOfDirectory(atPath: index.path).filter { $0.hasPrefix("segment-") }
        let first = try #require(segments.sorted().first)
        let orphan = index.appendingPathComponent("segment-000999.preuve")
        try FileManager.default.copyItem(at: index.appendingPathComponent(first), to: orphan)
        let stats = try PreuveProcess.run(["stats", "--format", "json", "--no-update"], in: root)

        let again = try PreuveProcess.run(["index", "--format", "json"], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: orphan.path), "the unlisted segment is still there")
        #expect(try PreuveProcess.run(["stats", "--format", "json", "--no-update"], in: root).stdout == stats.stdout)
    }
}
