import Foundation
import Documents
import Ingest

/// What every reader target does with one input: read it as a file named `source` would be
/// read. Errors are the expected outcome for most inputs; only crashes, hangs and leaks count.
public enum ReaderFuzzing {
    /// Smaller limits than the defaults, so that the fuzzer finds the limit paths quickly and a
    /// legitimate large expansion does not look like a leak.
    public static let reader: DocumentReader = {
        var limits = IngestLimits()
        limits.maxFileBytes = 1 << 20
        limits.maxDecompressedBytes = 8 << 20
        limits.maxTextBytes = 1 << 20
        limits.maxDocumentsPerFile = 1_000
        return DocumentReader(limits: limits)
    }()

    public static func read(_ data: UnsafePointer<UInt8>?, _ size: Int, source: String) {
        let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
        read(bytes, source: source)
    }

    public static func read(_ bytes: Data, source: String) {
        guard let documents = try? reader.documents(data: bytes, source: source) else { return }
        for document in documents { touch(document) }
    }

    /// Reads through a file on disk too: PubMed sets are streamed from the path, another code path.
    public static func readFromFile(_ bytes: Data, name: String) {
        let path = NSTemporaryDirectory() + "preuve-fuzz-\(getpid())-" + name
        guard FileManager.default.createFile(atPath: path, contents: bytes) else { return }
        defer { unlink(path) }
        // The index's path (one read, hashed on the way) and the one that hashes first.
        _ = try? reader.read(at: path) { touch($0) }
        try? reader.forEachDocument(at: path) { touch($0) }
    }

    /// Walks every section's range over the text, so that an out-of-bounds range traps here.
    /// and text read from a local file (an external entity resolved) traps too.
    static func touch(_ document: Document) {
        let count = document.text.utf8.count
        var ranges = document.conclusions.map(\.range)
        for section in document.sections { ranges.append(section.range); ranges += section.paragraphs }
        for range in ranges {
            precondition(range.start >= 0 && range.end <= count, "range \(range) outside a text of \(count) bytes")
            _ = document.slice(range)
        }
        precondition(!document.text.contains("root:x:0:0"), "a local file's content leaked into the text")
    }
}
