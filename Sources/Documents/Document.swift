/// One document as ingestion made it: metadata plus one extracted text, cut into
/// sections by UTF-8 byte ranges so that a claim found later can point back to its place.
public struct Document: Sendable, Hashable, Codable {
    /// The file the document came from, as given on the command line or walked in the corpus.
    public var source: String
    /// Distinguishes documents of one file (a PubMed set, a feed): `pmid:123`, `item:4`. Nil for single-document files.
    public var fragment: String?
    /// SHA-256 (hex) of the file's bytes as read (after gzip), shared by all documents of a file.
    public var contentHash: String
    public var format: DocumentFormat
    public var kind: DocumentKind
    public var title: String
    /// `fr` or `en` (or another ISO 639-1 code when declared), nil when unknown.
    public var language: String?
    /// True when the language came from the source (`lang`, `<Language>`), false when guessed.
    public var languageDeclared: Bool
    public var year: Int?
    public var authors: [String]
    public var publicationTypes: [String]
    public var identifiers: Identifiers
    public var metadata: Metadata
    /// The whole extracted text: main content first, then comments. Sections index into it.
    public var text: String
    public var sections: [Section]
    /// Structured conclusions stated by the source itself (the report format), per indication.
    public var conclusions: [Conclusion]

    public init(
        source: String, fragment: String? = nil, contentHash: String = "", format: DocumentFormat,
        kind: DocumentKind = .other, title: String = "", language: String? = nil,
        languageDeclared: Bool = false, year: Int? = nil, authors: [String] = [],
        publicationTypes: [String] = [], identifiers: Identifiers = Identifiers(),
        metadata: Metadata = Metadata(), text: String = "", sections: [Section] = [],
        conclusions: [Conclusion] = []
    ) {
        self.source = source
        self.fragment = fragment
        self.contentHash = contentHash
        self.format = format
        self.kind = kind
        self.title = title
        self.language = language
        self.languageDeclared = languageDeclared
        self.year = year
        self.authors = authors
        self.publicationTypes = publicationTypes
        self.identifiers = identifiers
        self.metadata = metadata
        self.text = text
        self.sections = sections
        self.conclusions = conclusions
    }

    /// Stable identity across runs: the source path, plus the fragment for multi-document files.
    public var id: String { fragment.map { "\(source)#\($0)" } ?? source }

    /// The text of a byte range of `text`.
    public func slice(_ range: TextRange) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
        let upper = utf8.index(lower, offsetBy: range.end - range.start)
        return text[lower..<upper]
    }
}

public struct Identifiers: Sendable, Hashable, Codable {
    public var pmid: String?
    public var doi: String?
    public var pmc: String?
    public init(pmid: String? = nil, doi: String? = nil, pmc: String? = nil) {
        self.pmid = pmid
        self.doi = doi
        self.pmc = pmc
    }
    public var isEmpty: Bool { pmid == nil && doi == nil && pmc == nil }
}

/// Metadata that only some formats carry.
public struct Metadata: Sendable, Hashable, Codable {
    public var journal: String?
    /// The descriptors' names of the record's MeSH headings, in order (what `mesh` holds, names only).
    public var meshHeadings: [String]
    /// The record's MeSH headings, typed: descriptor, UI, major topic, qualifiers (PubMed).
    public var mesh: [MeSHHeading]
    /// The record's chemicals (PubMed `ChemicalList`).
    public var chemicals: [MeSHChemical]
    /// JATS `article-type`, report `kind`, or schema.org `@type`.
    public var articleType: String?
    /// Issuing body of an official report, or the site name of a web page.
    public var publisher: String?
    public var url: String?
    public var description: String?
    /// Where the record's content comes from, for documents written for the catalogue.
    public var sourceCitation: String?
    /// A note carried by the record itself, e.g. that it is a summary written for this catalogue.
    public var note: String?

    public init(
        journal: String? = nil, meshHeadings: [String] = [], articleType: String? = nil,
        publisher: String? = nil, url: String? = nil, description: String? = nil,
        sourceCitation: String? = nil, note: String? = nil, mesh: [MeSHHeading] = [], chemicals: [MeSHChemical] = []
    ) {
        self.journal = journal
        self.meshHeadings = meshHeadings
        self.mesh = mesh
        self.chemicals = chemicals
        self.articleType = articleType
        self.publisher = publisher
        self.url = url
        self.description = description
        self.sourceCitation = sourceCitation
        self.note = note
    }
}
