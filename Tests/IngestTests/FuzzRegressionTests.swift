import Foundation
import Testing
@testable import Ingest

/// Inputs that libFuzzer found to crash, hang or leak (Fuzz/), kept so that the fix stays.
/// Each goes through both entry points, bytes in memory and a file on disk; the sanitizer
/// runs (Scripts/sanitizers.sh) are what see a leak come back.
@Suite struct FuzzRegressionTests {
    var inputs: [URL] {
        let folder = URL(fileURLWithPath: Fixtures.path("fuzz"))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func everyKeptInputReadsOrFailsByName() throws {
        #expect(!inputs.isEmpty)
        for input in inputs {
            let name = input.lastPathComponent
            do { _ = try DocumentReader().documents(at: input.path) } catch let error as IngestError {
                #expect(error.path == input.path, "\(name)")
            }
            // Not Data(contentsOf:), which leaks on the empty input (the very bug this file keeps).
            let bytes = Data(try Self.readFile(input.path))
            do { _ = try DocumentReader().documents(data: bytes, source: name) } catch let error as IngestError {
                #expect(error.path == name)
            }
        }
    }

    /// FuzzPubMed, empty input: `Data(contentsOf:)` leaked its 4 KiB buffer on an empty file.
    @Test func anEmptyFileIsEmptyAndNothingLeaks() throws {
        let path = Fixtures.path("fuzz/pubmed-empty-file-leak.xml")
        let error = #expect(throws: IngestError.self) { try DocumentReader().documents(at: path) }
        #expect(error?.reason == .empty)
    }

    /// The file is read with read(2) up to the limit, which is checked against stat when the
    /// file is opened and again as it is read (a file that grows meanwhile).
    @Test func aFileOverTheLimitIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-limit-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: 0x61, count: 10_000).write(to: url)
        var limits = IngestLimits()
        limits.maxFileBytes = 10_000
        #expect(try ByteStream(path: url.path, limits: limits).readToEnd().count == 10_000)
        limits.maxFileBytes = 9_999
        let error = #expect(throws: IngestError.self) { try ByteStream(path: url.path, limits: limits).readToEnd() }
        #expect(error?.reason == .tooLarge(bytes: 10_000, limit: 9_999))
    }

    /// A file's raw bytes with read(2), as they are on disk.
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw IngestError(path: path, reason: .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return out }
            out += chunk[0..<n]
        }
    }
}
