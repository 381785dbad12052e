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
        // The first writer (the test's `PausingWriter`) is slowed down inside its write, holding
        // the lock: long enough for the second to start and reach the lock on a loaded or sanitized run.
        let index = root.appendingPathComponent("Index")
        let first = try PausingWriter.start(index: index, corpus: corpus, pauseMilliseconds: 200)
        #expect(PausingWriter.waitForWrite(in: index), "the first writer never started writing")
        let second = try PreuveProcess.run(["index", "--format", "json"], in: root)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("waiting"), "\(second.stderr)")
        // The second found the first's work done.
        #expect(second.stdout.contains("\"unchanged\" : 150"))
    }
}
