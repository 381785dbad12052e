import Foundation
import Testing
import TestSupport

/// `preuve serve` runs `preuve-serve` from beside it, and says what is missing when it is not there.
@Suite struct ServeCommandTests {
    static var serverExecutable: URL { TestPaths.executable.deletingLastPathComponent().appendingPathComponent("preuve-serve") }

    @Test func preuveServeStartsTheServer() async throws {
        let catalogue = try TestCatalogues.bundled.get()
        let server = try ServerProcess.start(TestPaths.executable,
                                             ["serve", "--port", "0", "--index", catalogue.index.path, "--corpus", catalogue.corpus.path])
        defer { server.stop() }
        let port = try #require(server.port, "no 'listening on' line: \(server.stderr)")
        let health = try await HTTPTestClient.get(port, "/api/health")
        #expect(health.status == 200)
        #expect(server.stderr.contains("listening on http://127.0.0.1:"), "binds loopback by default")
        let status = server.stop()
        #expect(status == 0, "stops cleanly on SIGTERM: \(server.stderr)")
    }

    @Test func missingServerIsNamed() throws {
        let folder = try TestPaths.temporaryDirectory("preuve-alone")
        let alone = folder.appendingPathComponent("preuve")
        try FileManager.default.copyItem(at: TestPaths.executable, to: alone)
        let result = try PreuveProcess.run(["serve", "--port", "0"], executable: alone)
        #expect(result.status == 2)
        #expect(result.stderr.contains("preuve-serve"))
        #expect(result.stderr.contains("swift build -c release --product preuve-serve"))
    }

    @Test func usageErrorsExit2() throws {
        let result = try PreuveProcess.run(["--port", "99999"], executable: Self.serverExecutable)
        #expect(result.status == 2, "\(result.stderr)")
        let corpus = try PreuveProcess.run(["--index", try TestCatalogues.bundled.get().index.path, "--corpus", "/nonexistent/Corpus", "--port", "0"],
                                           timeout: 60, executable: Self.serverExecutable)
        #expect(corpus.status == 2, "a corpus that is none of the index's: \(corpus.stderr)")
    }
}

/// A server process (`preuve serve` or `preuve-serve`) started for a test, with the port it
/// reports on stderr.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var errText = ""
    private(set) var port: Int?

    var stderr: String { lock.withLock { errText } }

    static func start(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ServerProcess {
        let server = ServerProcess()
        server.process.executableURL = executable
        server.process.arguments = arguments
        if let directory { server.process.currentDirectoryURL = directory }
        let err = Pipe()
        server.process.standardError = err
        server.process.standardOutput = FileHandle.nullDevice
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            server.lock.withLock { server.errText += String(decoding: data, as: UTF8.self) }
        }
        try server.process.run()
        let deadline = Date().addingTimeInterval(60 * TestPaths.slowdown)
        while Date() < deadline, server.process.isRunning {
            if let range = server.stderr.range(of: #"listening on http://[^:]+:(\d+)"#, options: .regularExpression) {
                let match = server.stderr[range]
                server.port = match.split(separator: ":").last.flatMap { Int($0) }
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return server
    }

    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
