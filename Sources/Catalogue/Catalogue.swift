import Foundation
import TextAnalysis

/// The catalogue: documents, their postings, their claims, and the manifest of the files
/// they came from, as one snapshot opened for reading (mapped from disk, or in memory). An
/// immutable value: an update writes a new snapshot, which replaces the old one on disk
/// atomically. Opening reads the header alone; each part is checked against its checksums
/// and decoded when first used, so its accessors throw `SnapshotError` for a damaged part.
public struct Catalogue: Sendable {
    let snapshot: OpenedSnapshot

    init(_ snapshot: OpenedSnapshot) { self.snapshot = snapshot }

    /// The header's facts (counts, roots, build time, rules): known without reading a section.
    public var info: SnapshotInfo { snapshot.info }

    /// The documents, each decoded when asked for.
    public var documents: DocumentStore { DocumentStore(snapshot: snapshot) }

    public var index: InvertedIndex { get throws { InvertedIndex(title: try snapshot.field(.title), text: try snapshot.field(.text)) } }

    /// One field of the index, opened alone.
    public func field(_ field: InvertedIndex.Field) throws -> FieldIndex { try snapshot.field(field) }

    public var claims: ClaimTable { get throws { try snapshot.claims() } }

    public var manifest: Manifest { get throws { try snapshot.manifest() } }

    /// The snapshot's bytes (a copy).
    public var snapshotBytes: [UInt8] { snapshot.bytes.copyBytes() }

    /// Builds a catalogue from documents and claims already at hand (tests, tools): the
    /// snapshot is encoded in memory and opened as a file on disk would be.
    /// Claims are linked to documents by `CatalogueClaim.document`.
    public static func build(
        documents: [StoredDocument], claims: [CatalogueClaim] = [], manifest: [ManifestEntry] = [],
        roots: [CorpusRoot] = [], analyzer: Analyzer = .search, claimRules: String = "", builtAt: Date = Date()
    ) throws -> Catalogue {
        let contents = CatalogueContents.build(documents: documents, claims: claims, manifest: manifest, roots: roots,
                                               analyzer: analyzer, claimRules: claimRules, builtAt: builtAt)
        return try SnapshotReader.open(FileSlice(SnapshotWriter.encode(contents)), file: "(in memory)", analyzer: analyzer)
    }

    /// Opens the snapshot of a store (mapped when on disk); nil when there is none. Only the
    /// header is read and checked here.
    public static func load(from store: any SnapshotStore, analyzer: Analyzer = .search) throws -> Catalogue? {
        guard let bytes = try store.openSnapshot() else { return nil }
        return try SnapshotReader.open(bytes, file: store.location, analyzer: analyzer)
    }

    /// Writes this catalogue's snapshot to the store, atomically; returns its size in bytes.
    @discardableResult
    public func save(to store: any SnapshotStore) throws -> Int {
        let bytes = snapshotBytes
        try store.write(bytes)
        return bytes.count
    }

    /// A section's data (without its block table), checked (tests compare sections).
    func sectionData(_ section: SnapshotFormat.Section) throws -> [UInt8] {
        let section = try snapshot.section(section)
        return try section.bytes(0..<section.count).copyBytes()
    }

    /// The folders (and single files) the index was built from.
    public var roots: CorpusRoots { CorpusRoots(info.roots) }

    /// The doc ids of the documents read from a file, named any way that leads to it
    /// (empty when the file is not in the index).
    public func documentIDs(fromFile path: String) throws -> Range<Int> {
        let manifest = try self.manifest
        return (manifest.entry(for: CorpusPath.canonical(path).path) ?? manifest.entry(for: CorpusWalker.normalize(path)))?.documents ?? 0..<0
    }

    /// Checks every block of every section against its checksum, on every core: what a
    /// writer does before it builds on a snapshot, so that it never copies damaged bytes.
    public func checkAllSections() throws {
        let sections = snapshot.allSections
        let results = ParallelMap.map(sections) { section in Result { try section.checkAll() } }
        for result in results { try result.get() }
    }

    /// Everything the snapshot holds, decoded: for an update that keeps it all, and for
    /// writing it again.
    func contents() throws -> CatalogueContents {
        let index = try self.index
        func built(_ field: FieldIndex) throws -> BuiltField {
            var terms: [String] = []
            var postings = ByteWriter()
            var starts: [UInt64] = [0]
            var frequencies: [UInt32] = []
            for term in 0..<field.terms.count {
                terms.append(try field.terms.term(term))
                var previous = 0
                try field.forEachPosting(term, positions: true) { doc, _, positions in
                    postings.varint(doc - previous)
                    previous = doc
                    postings.varint(positions.count)
                    var last: UInt32 = 0
                    for p in positions {
                        postings.varint(UInt64(p - last))
                        last = p
                    }
                }
                starts.append(UInt64(postings.count))
                frequencies.append(UInt32(try field.documentFrequency(term)))
            }
            return BuiltField(terms: SortedTerms(sortedTerms: terms), postings: postings.bytes, postingStarts: starts,
                              docFrequencies: frequencies, lengths: (0..<field.documentCount).map { UInt32(field.length(of: $0)) })
        }
        return CatalogueContents(analyzer: info.analyzer, claimRules: info.claimRules, builtAt: info.builtAt, roots: info.roots,
                                 documents: try documents.documents, index: BuiltIndex(title: try built(index.title), text: try built(index.text)),
                                 termCount: info.termCount, claims: try claims.rows, manifest: try manifest.entries)
    }

    /// Approximate bytes decoded into memory so far (the mapped file itself is shared with
    /// the page cache), for `preuve stats`.
    public var memoryBytes: Int { snapshot.decodedBytes }
}

/// Everything a snapshot is written from: what an index build assembled, or what an
/// opened snapshot decodes to.
struct CatalogueContents: Sendable {
    var analyzer: String
    var claimRules: String
    var builtAt: Date
    var roots: [CorpusRoot]
    var documents: [StoredDocument]
    var index: BuiltIndex
    var termCount: Int
    /// Sorted by `ClaimTable.precedes`.
    var claims: [CatalogueClaim]
    /// Sorted by path.
    var manifest: [ManifestEntry]

    init(analyzer: String, claimRules: String, builtAt: Date, roots: [CorpusRoot], documents: [StoredDocument],
         index: BuiltIndex, termCount: Int, claims: [CatalogueClaim], manifest: [ManifestEntry]) {
        self.analyzer = analyzer
        self.claimRules = claimRules
        self.builtAt = builtAt
        self.roots = roots
        self.documents = documents
        self.index = index
        self.termCount = termCount
        self.claims = claims.sorted(by: ClaimTable.precedes)
        self.manifest = manifest.sorted { $0.path < $1.path }
    }

    /// Indexes the documents afresh.
    static func build(documents: [StoredDocument], claims: [CatalogueClaim], manifest: [ManifestEntry], roots: [CorpusRoot],
                      analyzer: Analyzer, claimRules: String, builtAt: Date = Date()) -> CatalogueContents {
        assemble(documents: documents, index: DocumentAnalysis.buildIndex(documents, analyzer: analyzer), claims: claims,
                 manifest: manifest, roots: roots, analyzer: analyzer, claimRules: claimRules, builtAt: builtAt)
    }

    static func assemble(documents: [StoredDocument], index: BuiltIndex, claims: [CatalogueClaim], manifest: [ManifestEntry],
                         roots: [CorpusRoot], analyzer: Analyzer, claimRules: String, builtAt: Date = Date()) -> CatalogueContents {
        CatalogueContents(analyzer: analyzer.name, claimRules: claimRules, builtAt: builtAt, roots: roots, documents: documents,
                          index: index, termCount: index.termCount, claims: claims, manifest: manifest)
    }
}
