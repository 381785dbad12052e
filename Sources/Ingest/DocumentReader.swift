import Foundation
import Documents

/// The one entry point of ingestion: bytes or a path in, documents out. Picks the reader
/// by content (root element, doctype, markup), falling back on the file extension.
public struct DocumentReader: Sendable {
    public var limits: IngestLimits

    public init(limits: IngestLimits = .default) {
        self.limits = limits
    }

    /// Reads a file once: sniffs its first bytes, then parses the same bytes, hashing them
    /// on the way (SHA-256 of the content, decompressed: the documents' `contentHash`), and
    /// returns that hash. `body` sees each document as soon as it is read. A PubMed set is
    /// streamed, so that memory stays flat however large it is: its documents reach `body`
    /// before the end of the file, when the hash is not known yet, with `contentHash` empty;
    /// the returned hash is theirs. Every other format is read whole, and its documents carry it.
    @discardableResult
    public func read(at path: String, _ body: (Document) throws -> Void) throws -> String {
        let stream = try ByteStream(path: path, limits: limits, hashing: true)
        let head = try stream.peekHead()
        if FormatSniffer.sniff(head[...], pathExtension: InputFile.logicalExtension(of: path)) == .pubmed {
            try PubMedReader(limits: limits).read(stream, contentHash: "", body)
            try stream.drain()
            return stream.finishHash() ?? ""
        }
        let input = try InputFile.whole(stream, path: path)
        try read(input, body)
        return input.contentHash
    }

    /// Every document of a file, each carrying its content hash by the time it reaches
    /// `body`. Read once but for a PubMed set, which is read twice (hashed, then streamed):
    /// `read(at:_:)` reads it once.
    public func forEachDocument(at path: String, _ body: (Document) throws -> Void) throws {
        let stream = try ByteStream(path: path, limits: limits, hashing: true)
        let head = try stream.peekHead()
        if FormatSniffer.sniff(head[...], pathExtension: InputFile.logicalExtension(of: path)) == .pubmed {
            try stream.drain()
            let hash = stream.finishHash() ?? ""
            try PubMedReader(limits: limits).read(try ByteStream(path: path, limits: limits), contentHash: hash, body)
            return
        }
        try read(try InputFile.whole(stream, path: path), body)
    }

    /// Reads every document of a file into an array, the file read once.
    public func documents(at path: String) throws -> [Document] {
        var out: [Document] = []
        let hash = try read(at: path) { out.append($0) }
        for i in out.indices where out[i].contentHash.isEmpty { out[i].contentHash = hash }
        return out
    }

    /// The SHA-256 of a file's content as `read(at:_:)` hashes it (decompressed), without
    /// parsing it: whether a touched file changed.
    public func contentHash(at path: String) throws -> String {
        let stream = try ByteStream(path: path, limits: limits, hashing: true)
        try stream.drain()
        return stream.finishHash() ?? ""
    }

    /// Reads documents from bytes already in memory (stdin, tests). `source` names them.
    public func documents(data: Data, source: String) throws -> [Document] {
        var out: [Document] = []
        let input = try InputFile.fromData(data, source: source, limits: limits)
        try read(input) { out.append($0) }
        return out
    }

    private func read(_ input: InputFile, _ body: (Document) throws -> Void) throws {
        let format = FormatSniffer.sniff(input.head, pathExtension: input.logicalExtension)
        switch format {
        case .pubmed:
            try PubMedReader(limits: limits).read(try ByteStream(bytes: input.bytes, source: input.source, limits: limits),
                                                  contentHash: input.contentHash, body)
        case .jats, .tei, .report, .rss, .xml:
            try XMLDispatch.read(input, format: format, limits: limits, body)
        case .text:
            try body(TextReader(limits: limits).read(input))
        case .html:
            try body(HTMLReader(limits: limits).read(input))
        }
    }
}
