/// Bounds that keep one hostile file from taking the whole run down. Each breach is an
/// `IngestError` naming the file, and the run goes on with the others.
///
/// Entity expansion has no counter because there is none to count: libxml2 is never asked
/// to substitute entities or load a DTD (`LibXML.safeOptions`), so a billion-laughs file
/// or an external entity puts no text in a document (tests: `HostileXMLTests`). Sentence
/// length and claims per document are bounded in the claims layer (`ClaimLimits`).
public struct IngestLimits: Sendable, Hashable {
    /// Bytes of one file as read from disk. PubMed files are streamed and exempt from
    /// holding this in memory, but not from the limit.
    public var maxFileBytes: Int = 1 << 30
    /// Bytes after gzip decompression.
    public var maxDecompressedBytes: Int = 2 << 30
    /// Decompressed size over compressed size beyond which a gzip file is a bomb.
    public var maxCompressionRatio: Int = 200
    /// Element nesting depth.
    public var maxDepth: Int = 256
    /// Bytes (UTF-8) of extracted text per document: the XML readers and the text reader
    /// refuse the file, the HTML reader cuts the text and says so in the document's note.
    public var maxTextBytes: Int = 8 << 20
    /// Documents in one file (a PubMed set, a feed).
    public var maxDocumentsPerFile: Int = 100_000

    public init() {}

    public static let `default` = IngestLimits()
}
