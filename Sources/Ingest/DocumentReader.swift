import Foundation
import Documents

/// The one entry point of ingestion: bytes or a path in, documents out. Picks the reader
/// by content (root element, doctype, markup), falling back on the file extension.
public struct DocumentReader: Sendable {
    public var limits: IngestLimits

    public init(limits: IngestLimits = .default) {
        self.limits = limits
    }

    /// Reads every document of a file. Multi-document files (PubMed sets, feeds) are
    /// streamed: `body` sees each document as soon as it is read, and nothing of the
    /// file is kept once the call returns.
    public func forEachDocument(at path: String, _ body: (Document) throws -> Void) throws {
        // PubMed sets can be hundreds of megabytes: sniff the head only and stream them.
        if let head = try? ByteStream(path: path, limits: limits).readHead(),
           FormatSniffer.sniff(head[...], pathExtension: InputFile.logicalExtension(of: path)) == .pubmed {
            try PubMedReader(limits: limits).read(path: path, body)
            return
        }
        let input = try InputFile.open(path: path, limits: limits)
        try read(input, body)
    }

    /// Reads every document of a file into an array.
    public func documents(at path: String) throws -> [Document] {
        var out: [Document] = []
        try forEachDocument(at: path) { out.append($0) }
        return out
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
            try PubMedReader(limits: limits).read(bytes: input.bytes, source: input.source, contentHash: input.contentHash, body)
        case .jats, .tei, .report, .rss, .xml:
            try XMLDispatch.read(input, format: format, limits: limits, body)
        case .text:
            try body(TextReader(limits: limits).read(input))
        case .html:
            try body(HTMLReader(limits: limits).read(input))
        }
    }
}
