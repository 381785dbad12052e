import Foundation
import TextAnalysis

/// The catalogue: documents, their postings, their claims, and the manifest of the files
/// they came from, as one snapshot opened for reading (mapped from disk, or in memory). An
/// immutable value: an update writes a new snapshot, which replaces the old one on disk
/// atomically. Opening reads the header alone; each part is checked against its checksums
/// and decoded when first used, so its accessors throw `SnapshotError` for a damaged part.
public struct Catalogue: Sendable {
    let view: IndexView

    init(_ view: IndexView) { self.view = view }

    /// The header's facts (counts, roots, build time, rules): known without reading a section.
    public var info: SnapshotInfo { view.info }

    /// The documents, each decoded when asked for.
    public var documents: DocumentStore { DocumentStore(view: view) }

    public var index: InvertedIndex { get throws { InvertedIndex(title: try view.field(.title), text: try view.field(.text)) } }

    /// One field of the index, opened alone.
    public func field(_ field: InvertedIndex.Field) throws -> FieldIndex { try view.field(field) }

    public var claims: ClaimTable { get throws { try view.claims() } }

    public var manifest: Manifest { get throws { try view.manifest() } }

    /// The catalogue as one segment file: the segment itself for a catalogue that is one
    /// segment read alone, else everything live written into one.
    public var snapshotBytes: [UInt8] {
        get throws {
            if view.meta == nil, let single = view.single { return single.segment.bytes.copyBytes() }
            return try SnapshotWriter.encode(self)
        }
    }

    /// The segment files the catalogue reads, by name (empty for a segment read alone).
    public var segmentNames: [String] { view.meta == nil ? [] : view.parts.map(\.name) }

    /// Builds a catalogue from documents and claims already at hand (tests, tools): one
    /// segment encoded in memory and opened as a file on disk would be.
    /// Claims are linked to documents by `CatalogueClaim.document`.
    public static func build(
        documents: [StoredDocument], claims: [CatalogueClaim] = [], manifest: [ManifestEntry] = [],
        roots: [CorpusRoot] = [], analyzer: Analyzer = .search, claimRules: String = "", builtAt: Date = Date()
    ) throws -> Catalogue {
        let contents = CatalogueContents.build(documents: documents, claims: claims, manifest: manifest, roots: roots,
                                               analyzer: analyzer, claimRules: claimRules, builtAt: builtAt)
        return try SnapshotReader.open(FileSlice(SnapshotWriter.encode(contents)), file: "(in memory)", analyzer: analyzer)
    }

    /// Opens the catalogue of a store: its meta file and the segments it lists (mapped when
    /// on disk); nil when there is none. Only the headers and the segment list are read and
    /// checked here. A writer may replace the meta file and remove segments between the
    /// two reads: a listed segment that is gone sends the reader back to the new meta file.
    public static func load(from store: any SnapshotStore, analyzer: Analyzer = .search) throws -> Catalogue? {
        var attempt = 0
        while true {
            attempt += 1
            guard let bytes = try store.openSnapshot() else { return nil }
            let meta = try OpenedMeta.open(bytes, file: store.location, analyzer: analyzer)
            var parts: [Part] = []
            var missing: String?
            for entry in meta.segments {
                let file = store.location(of: entry.name)
                guard let segmentBytes = try store.openFile(entry.name) else { missing = entry.name; break }
                let segment = try SnapshotReader.openSegment(segmentBytes, file: file, analyzer: analyzer)
                guard segment.headerCRC == entry.headerCRC, UInt64(segmentBytes.count) == entry.length,
                      segment.info.documentCount == entry.documentCount else {
                    missing = entry.name
                    if attempt < 5 { break }
                    throw SnapshotError(file: file, problem: .corrupt("not the segment \(meta.file) lists (header, length or document count differ)"))
                }
                parts.append(Part(segment: segment, name: entry.name, runs: entry.runs, deleted: entry.deleted,
                                  dirtyGroups: Dictionary(uniqueKeysWithValues: entry.dirtyGroups.map { ($0.group, $0) })))
            }
            if let missing {
                guard attempt < 5 else {
                    throw SnapshotError(file: store.location, problem: .corrupt("segment \(missing), which it lists, is missing"))
                }
                continue
            }
            var info = meta.info
            info.bytesOnDisk = meta.bytes.count + parts.reduce(0) { $0 + $1.segment.bytes.count }
            return Catalogue(IndexView(file: meta.file, info: info, parts: parts, meta: meta, totalLengths: meta.totalLengths))
        }
    }

    /// Writes this catalogue to the store as one segment and a meta file listing it,
    /// atomically; returns the bytes written.
    @discardableResult
    public func save(to store: any SnapshotStore) throws -> Int {
        try IndexWriter(store: store).rewrite(try contents())
    }

    /// A section's data (without its block table), checked, of the catalogue written as one
    /// segment (tests compare sections).
    func sectionData(_ section: SnapshotFormat.Section) throws -> [UInt8] {
        let segment = view.meta == nil && view.single != nil
            ? view.parts[0].segment : try SnapshotReader.openSegment(FileSlice(try snapshotBytes), file: view.file, analyzer: Analyzer.search)
        let checked = try segment.section(section)
        return try checked.bytes(0..<checked.count).copyBytes()
    }

    /// The folders (and single files) the index was built from.
    public var roots: CorpusRoots { CorpusRoots(info.roots) }

    /// The doc ids of the documents read from a file, named any way that leads to it
    /// (empty when the file is not in the index).
    public func documentIDs(fromFile path: String) throws -> Range<Int> {
        let manifest = try self.manifest
        return (manifest.entry(for: CorpusPath.canonical(path).path) ?? manifest.entry(for: CorpusWalker.normalize(path)))?.documents ?? 0..<0
    }

    /// Checks every block of every section of the meta file and of every segment against
    /// its checksum, on every core: what a writer does before it builds on a catalogue, so
    /// that it never copies damaged bytes.
    public func checkAllSections() throws {
        let sections = view.allSections
        let results = ParallelMap.map(sections) { section in Result { try section.checkAll() } }
        for result in results { try result.get() }
    }

    /// Everything the live documents hold, decoded, numbered as here: for a merge, for a
    /// rewrite that keeps it all, and for writing it as one segment.
    func contents(manifest entries: [ManifestEntry]? = nil) throws -> CatalogueContents {
        let index = try self.index
        func built(_ field: FieldIndex) throws -> BuiltField {
            var builder = FieldPostingsBuilder(lengths: (0..<field.documentCount).map { UInt32(field.length(of: $0)) })
            var docs: [UInt32] = [], frequencies: [UInt32] = []
            var positions: [UInt8] = []
            let terms = try field.terms
            for text in terms {
                guard let term = try field.term(text) else { continue }
                docs.removeAll(keepingCapacity: true)
                frequencies.removeAll(keepingCapacity: true)
                positions.removeAll(keepingCapacity: true)
                try field.forEachPosting(term, positions: true) { doc, frequency, ps in
                    docs.append(UInt32(doc))
                    frequencies.append(UInt32(frequency))
                    var last: UInt32 = 0
                    for p in ps {
                        Varint.append(UInt64(p - last), to: &positions)
                        last = p
                    }
                }
                builder.add(docs: docs, frequencies: frequencies, positions: positions)
            }
            return builder.finish(terms: SortedTerms(sortedTerms: terms))
        }
        let built = BuiltIndex(title: try built(index.title), text: try built(index.text))
        return CatalogueContents(analyzer: info.analyzer, claimRules: info.claimRules, builtAt: info.builtAt, roots: info.roots,
                                 documents: try documents.documents, index: built,
                                 termCount: built.termCount, claims: try claims.rows, manifest: try entries ?? manifest.entries)
    }

    /// Approximate bytes decoded into memory so far (the mapped files themselves are shared
    /// with the page cache), for `preuve stats`.
    public var memoryBytes: Int { view.decodedBytes }
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
    /// Sorted by `SegmentClaims.precedes`.
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
        self.claims = claims.sorted(by: SegmentClaims.precedes)
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
