import Catalogue
import Claims
import Documents

/// Turns a file into documents, and a document into claims: what feeds the index writer
/// (`DocumentFeed`) in every real run. The catalogue stores and searches; it receives each
/// file's documents with their claims and never extracts claims itself. `IngestParser`
/// reads through ingestion, tests pass what they like (and can count calls, or hand-build
/// claims); the claims are the claim extractor's unless a parser says otherwise.
public protocol DocumentParsing: DocumentFeed {
    func documents(at path: String) throws -> [Document]
    /// Each document of a file as soon as it is read, so that claims can be extracted
    /// while the rest of a large file is still being parsed.
    func forEachDocument(at path: String, _ body: (Document) throws -> Void) throws
    /// Reads a file once for the index: each document as soon as it is read, and the file's
    /// content hash, computed over the bytes as they are parsed, returned at the end (the
    /// manifest's change detector; documents handed over with an empty `contentHash` get it).
    /// The default reads through `forEachDocument` and returns the hash its documents share
    /// (empty when they share none).
    func readFile(at path: String, _ body: (Document) throws -> Void) throws -> String
    func claims(in document: Document) -> [Claim]
}

extension DocumentParsing {
    /// The rules of the claim extractor.
    public var claimRules: String { ClaimRules.fingerprint }
    /// Parsers that only read whole files hand their documents over at the end.
    public func forEachDocument(at path: String, _ body: (Document) throws -> Void) throws {
        for document in try documents(at: path) { try body(document) }
    }

    public func readFile(at path: String, _ body: (Document) throws -> Void) throws -> String {
        var hashes = Set<String>()
        try forEachDocument(at: path) { document in
            hashes.insert(document.contentHash)
            try body(document)
        }
        return hashes.count == 1 ? hashes.first! : ""
    }

    public func contentHash(at path: String) throws -> String? { nil }

    /// The claim extractor, as every real run uses.
    public func claims(in document: Document) -> [Claim] {
        ClaimExtractor().claims(in: document)
    }

    /// The file read once (`readFile`), its documents' claims extracted on other cores
    /// while it is still being read (`ClaimPipeline`), in reading order.
    public func read(at path: String, source: String) throws -> FileDocuments {
        let pipeline = ClaimPipeline(parser: self)
        let hash: String
        do {
            hash = try readFile(at: path) { document in
                var document = document
                document.source = source
                pipeline.add(document)
            }
        } catch {
            pipeline.abandon()
            throw error
        }
        let (documents, claims) = pipeline.finish()
        return FileDocuments(documents: documents, claims: claims, contentHash: hash)
    }
}

/// A parser made of closures.
public struct ClosureParser: DocumentParsing {
    let parse: @Sendable (String) throws -> [Document]
    let extract: @Sendable (Document) -> [Claim]

    public init(_ parse: @escaping @Sendable (String) throws -> [Document],
                claims extract: @escaping @Sendable (Document) -> [Claim] = { ClaimExtractor().claims(in: $0) }) {
        self.parse = parse
        self.extract = extract
    }

    public func documents(at path: String) throws -> [Document] { try parse(path) }
    public func claims(in document: Document) -> [Claim] { extract(document) }
}
