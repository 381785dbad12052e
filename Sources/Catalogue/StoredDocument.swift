import Documents

/// What the catalogue keeps of a document: its metadata, and its extracted text for
/// snippets and for re-indexing without parsing the file again.
public struct StoredDocument: Sendable, Hashable {
    public var source: String
    public var fragment: String?
    public var title: String
    public var kind: DocumentKind
    public var format: DocumentFormat
    public var year: Int?
    public var language: String?
    public var identifiers: Identifiers
    public var publicationTypes: [String]
    public var authors: [String]
    public var contentHash: String
    public var text: String

    public init(_ d: Document) {
        source = d.source
        fragment = d.fragment
        title = d.title
        kind = d.kind
        format = d.format
        year = d.year
        language = d.language
        identifiers = d.identifiers
        publicationTypes = d.publicationTypes
        authors = d.authors
        contentHash = d.contentHash
        text = d.text
    }

    /// The same identity as `Document.id`: the source, plus the fragment for multi-document files.
    public var id: String { fragment.map { "\(source)#\($0)" } ?? source }
}
