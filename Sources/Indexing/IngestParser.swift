import Documents
import Ingest

/// Ingestion as the index writer's parser; its `IngestError`s are `FileError`s, which the
/// index summary reports by path and reason. The command line and the server open the
/// catalogue with it (the server only ever read-only: it compares claim rules, and never
/// parses); claims are the claim extractor's.
public struct IngestParser: DocumentParsing {
    public init() {}

    public func documents(at path: String) throws -> [Document] {
        try DocumentReader().documents(at: path)
    }

    public func forEachDocument(at path: String, _ body: (Document) throws -> Void) throws {
        try DocumentReader().forEachDocument(at: path, body)
    }

    /// The file read once: parsed and hashed in one pass.
    public func readFile(at path: String, _ body: (Document) throws -> Void) throws -> String {
        try DocumentReader().read(at: path, body)
    }

    public func contentHash(at path: String) throws -> String? {
        try DocumentReader().contentHash(at: path)
    }
}
