import Foundation
import Testing
import TestSupport

/// A writer killed with SIGKILL while it writes the snapshot leaves the previous snapshot
/// whole. The killed writer is `PausingWriter` (the test's own program: the catalogue's
/// update with a snapshot store that pauses between chunks), so that the kill lands inside
/// the write; the kill itself is real, and `preuve` reads what it left.
@Suite struct KillDuringWriteTests {
    @Test func aKilledWriterLeavesThePreviousIndexReadable() throws {
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
        let snapshot = index.appendingPathComponent("catalogue.preuve")
        let before = try Data(contentsOf: snapshot)

        for round in 0..<3 {
            try writeFile(1000 + round)  // something to write
            let process = try PausingWriter.start(index: index, corpus: corpus, pauseMilliseconds: 20)
            // Wait for this writer's temporary (named by its pid, not a leftover of the previous
            // round) to appear, then kill somewhere inside the write.
            let temporary = index.appendingPathComponent(".catalogue.preuve.tmp-\(process.processIdentifier)").path
            #expect(PausingWriter.waitForWrite(in: index, pid: process.processIdentifier), "the writer never started writing")
            usleep(UInt32(20_000 + round * 60_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): the writer finished before the kill")
            #expect(process.terminationStatus == SIGKILL)
            // Killed between creating its temporary and renaming it: inside the write.
            #expect(FileManager.default.fileExists(atPath: temporary), "round \(round)")

            // The snapshot is the previous one, byte for byte, and preuve reads it.
            #expect(try Data(contentsOf: snapshot) == before, "round \(round)")
            let stats = try PreuveProcess.run(["stats", "--format", "json", "--no-update"], in: root)
            #expect(stats.status == 0, "\(stats.stderr)")
            #expect(stats.stdout.contains("\"documents\" : 300"))
        }

        // The next writer finishes the job and sweeps the leftovers.
        let after = try PreuveProcess.run(["index", "--format", "json"], in: root)
        #expect(after.status == 0)
        #expect(after.stdout.contains("\"added\" : 3"))
        #expect(!(try temporaryExists(index)))
    }

    func temporaryExists(_ index: URL) throws -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []
        return names.contains { $0.hasPrefix(".catalogue.preuve.tmp-") }
    }
}
