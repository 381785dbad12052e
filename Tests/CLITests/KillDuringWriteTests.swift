import Foundation
import Testing
import TestSupport

/// A `preuve index` killed with SIGKILL while it writes the snapshot leaves the previous
/// snapshot whole. `PREUVE_TEST_WRITE_PAUSE_MS` slows the write down so that the kill
/// lands inside it; the kill itself is real.
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
            let process = Process()
            process.executableURL = TestPaths.executable
            process.arguments = ["index", "--quiet"]
            process.currentDirectoryURL = root
            var env = ProcessInfo.processInfo.environment
            env["PREUVE_TEST_WRITE_PAUSE_MS"] = "20"
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait for the temporary snapshot to appear, then kill somewhere inside the write.
            let deadline = Date().addingTimeInterval(60)
            // This writer's temporary (named by its pid), not a leftover of the previous round.
            let temporary = index.appendingPathComponent(".catalogue.preuve.tmp-\(process.processIdentifier)").path
            while Date() < deadline, FileManager.default.fileExists(atPath: temporary) == false { usleep(2_000) }
            #expect(FileManager.default.fileExists(atPath: temporary), "the writer never started writing")
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
