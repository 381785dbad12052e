import Claims

/// What the index writer is fed: each file's documents and their claims. The catalogue
/// stores and searches; reading files and extracting claims are its caller's (`Indexing`:
/// `DocumentParsing`, `IngestParser`), so it never imports ingestion nor runs the
/// claim extractor.
public protocol DocumentFeed: Sendable {
    /// The file at `path` read once: its documents in reading order, their `source` set to
    /// `source` (the name users see), each one's claims, and the file's content hash
    /// (the manifest's change detector; documents with an empty `contentHash` get it).
    func read(at path: String, source: String) throws -> FileDocuments
    /// The same hash without parsing, for a file whose modification time moved but not its
    /// size; nil when the feed cannot tell (the file is then read again).
    func contentHash(at path: String) throws -> String?
    /// What decides the claims; an index built by other rules is read again.
    var claimRules: String { get }
}

/// One file's documents, each one's claims (`claims[i]` are `documents[i]`'s), and the
/// file's content hash.
public struct FileDocuments: Sendable {
    public var documents: [StoredDocument]
    public var claims: [[Claim]]
    public var contentHash: String

    public init(documents: [StoredDocument], claims: [[Claim]], contentHash: String) {
        precondition(documents.count == claims.count, "one array of claims per document")
        self.documents = documents
        self.claims = claims
        self.contentHash = contentHash
    }
}
