import Claims
import Documents

/// Turns a file into documents, and a document into claims. The catalogue does not import
/// ingestion itself: the executable passes `DocumentReader`, tests pass what they like
/// (and can count calls, or hand-build claims).
public protocol DocumentParsing: Sendable {
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
    /// The same hash without parsing, for a file whose modification time moved but not its
    /// size; nil when this parser cannot tell (the file is then parsed again).
    func contentHash(at path: String) throws -> String?
    func claims(in document: Document) -> [Claim]
    /// What decides claims; an index built by other rules is re-extracted.
    var claimRules: String { get }
}

extension DocumentParsing {
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
