import Foundation
import Testing
import TestSupport

/// Two `preuve index` at once: the second waits on `Index/.lock`, says so, and both succeed.
@Suite struct ConcurrentWritersTests {
    @Test func aSecondWriterWaitsForTheFirst() throws {
        let root = try TestPaths.temporaryDirectory("preuve-lock")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for i in 0..<150 {
            let body = (0..<300).map { "mot\(($0 * 13 + i) % 97)" }.joined(separator: " ")
            try "Document \(i)\n\n\(body)\n".write(to: corpus.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8)
        }
        // The first writer is slowed down inside its write, holding the lock.
        let first = Process()
        first.executableURL = TestPaths.executable
        first.arguments = ["index", "--quiet", "--format", "json"]
        first.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        // Long enough for the second process to start and reach the lock on a loaded or sanitized run.
        env["PREUVE_TEST_WRITE_PAUSE_MS"] = "200"
        first.environment = env
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        let index = root.appendingPathComponent("Index")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline,
              !((try? FileManager.default.contentsOfDirectory(atPath: index.path)) ?? []).contains(where: { $0.hasPrefix(".catalogue.preuve.tmp-") }) {
            usleep(2_000)
        }
        let second = try PreuveProcess.run(["index", "--format", "json"], in: root)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("waiting"), "\(second.stderr)")
        // The second found the first's work done.
        #expect(second.stdout.contains("\"unchanged\" : 150"))
    }
}
