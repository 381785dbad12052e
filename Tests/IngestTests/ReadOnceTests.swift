import Foundation
import Testing
@testable import Ingest

/// Each file is read from disk once: sniffed, parsed and hashed from the same bytes. What
/// counts the reads is the kernel's, not a hook in the reader: the bytes this thread read
/// (`rchar` of /proc/thread-self/io, Linux), around a reader that runs on the calling thread.
@Suite struct ReadOnceTests {
    /// Bytes read by this thread so far; nil where the kernel does not say.
    static func bytesReadByThisThread() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/thread-self/io", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("rchar:") }) else { return nil }
        return Int(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces))
    }

    /// What `body` made this thread read, less the reads of the counter itself.
    static func bytesRead(_ body: () throws -> Void) throws -> Int? {
        guard let before = bytesReadByThisThread() else { return nil }
        try body()
        guard let after = bytesReadByThisThread() else { return nil }
        return after - before
    }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("preuve-read-once-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A PubMed set of 60 copies of the fixture's articles (about 350 KB), a text and a page.
    static func corpus() throws -> [(name: String, bytes: [UInt8])] {
        let set = String(decoding: try Fixtures.data("pubmed/set.xml"), as: UTF8.self)
        let open = set.range(of: "<PubmedArticleSet>")!, close = set.range(of: "</PubmedArticleSet>")!
        let articles = String(set[open.upperBound..<close.lowerBound])
        let pubmed = String(set[..<open.upperBound]) + String(repeating: articles, count: 60) + String(set[close.lowerBound...])
        let sentence = "La mésothérapie soulage la lombalgie chez certains patients, selon une étude. "
        let text = "Mésothérapie\n\n" + String(repeating: sentence + "\n\n", count: 3_000)
        let html = "<!doctype html><html><head><title>Mésothérapie</title></head><body><article><h1>Mésothérapie</h1>"
            + String(repeating: "<p>\(sentence)</p>", count: 2_000) + "</article></body></html>"
        return [("set.xml", Array(pubmed.utf8)), ("page.txt", Array(text.utf8)), ("page.html", Array(html.utf8))]
    }

    @Test func aFileIsReadOnceAndItsHashIsThatOfTheBytesParsed() throws {
        for (name, bytes) in try Self.corpus() {
            let path = try Self.temporaryFile(name, bytes)
            defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
            var documents = 0
            var hash = ""
            guard let read = try Self.bytesRead({ hash = try DocumentReader().read(at: path) { _ in documents += 1 } }) else {
                print("ReadOnceTests: /proc/thread-self/io is not available here; the count is not checked")
                return
            }
            #expect(documents > 0, "\(name)")
            #expect(hash == SHA256.hex(of: bytes), "\(name)")
            // The file once, and nothing near a second time (the counter's own reads aside).
            #expect(read >= bytes.count && read < bytes.count + bytes.count / 10, "\(name): \(read) bytes read for \(bytes.count)")
            // documents(at:) reads through it and gives every document the hash.
            let docs = try DocumentReader().documents(at: path)
            #expect(docs.allSatisfy { $0.contentHash == hash }, "\(name)")
        }
    }

    @Test func aTouchedFileIsHashedInOneReadAsItIsWhenParsed() throws {
        let bytes = Array("Mésothérapie\n\nLa mésothérapie soulage la lombalgie.\n".utf8)
        let path = try Self.temporaryFile("a.txt", bytes)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        var hash = ""
        let read = try Self.bytesRead { hash = try DocumentReader().contentHash(at: path) }
        #expect(hash == (try DocumentReader().read(at: path) { _ in }))
        if let read { #expect(read >= bytes.count && read < bytes.count + 4096) }
    }

    @Test func theHeadPeekedForSniffingIsHandedOutAgain() throws {
        let bytes = (0..<200_000).map { UInt8(ascii: "a") &+ UInt8($0 % 26) }
        let stream = try ByteStream(bytes: bytes, source: "m", limits: .default)
        #expect(try stream.peekHead(1000) == Array(bytes.prefix(1000)))
        #expect(try stream.readToEnd() == bytes)
    }
}
