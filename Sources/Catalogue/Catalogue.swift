import Foundation
import TextAnalysis

/// The catalogue: documents, their postings, their claims, and the manifest of the files
/// they came from. An immutable value: an update builds a new one, which a snapshot
/// then replaces on disk atomically.
public struct Catalogue: Sendable {
    public let info: SnapshotInfo
    public let documents: DocumentStore
    public let index: InvertedIndex
    public let claims: ClaimTable
    public let manifest: Manifest

    init(info: SnapshotInfo, documents: DocumentStore, index: InvertedIndex, claims: ClaimTable, manifest: Manifest) {
        self.info = info
        self.documents = documents
        self.index = index
        self.claims = claims
        self.manifest = manifest
    }

    /// Builds a catalogue from documents and claims already at hand (tests, tools).
    /// Claims are linked to documents by `CatalogueClaim.document`.
    public static func build(
        documents: [StoredDocument], claims: [CatalogueClaim] = [], manifest: [ManifestEntry] = [],
        roots: [CorpusRoot] = [], analyzer: Analyzer = .search, claimRules: String = "", builtAt: Date = Date()
    ) -> Catalogue {
        assemble(documents: documents, index: DocumentAnalysis.buildIndex(documents, analyzer: analyzer),
                 claims: claims, manifest: manifest, roots: roots, analyzer: analyzer, claimRules: claimRules,
                 builtAt: builtAt)
    }

    static func assemble(
        documents: [StoredDocument], index: InvertedIndex, claims: [CatalogueClaim], manifest: [ManifestEntry],
        roots: [CorpusRoot], analyzer: Analyzer, claimRules: String = "", builtAt: Date = Date()
    ) -> Catalogue {
        let info = SnapshotInfo(analyzer: analyzer.name, claimRules: claimRules, builtAt: builtAt, roots: roots,
                                documentCount: documents.count, claimCount: claims.count,
                                termCount: index.termCount, fileCount: manifest.count)
        return Catalogue(info: info, documents: DocumentStore(documents), index: index,
                         claims: ClaimTable(claims), manifest: Manifest(manifest))
    }

    /// Reads the snapshot of a store; nil when there is none.
    public static func load(from store: any SnapshotStore, analyzer: Analyzer = .search) throws -> Catalogue? {
        guard let bytes = try store.read() else { return nil }
        return try SnapshotReader.decode(bytes, file: store.location, analyzer: analyzer)
    }

    /// Writes this catalogue as the store's snapshot, atomically; returns its size in bytes.
    @discardableResult
    public func save(to store: any SnapshotStore) throws -> Int {
        let bytes = SnapshotWriter.encode(self)
        try store.write(bytes)
        return bytes.count
    }

    /// The folders (and single files) the index was built from.
    public var roots: CorpusRoots { CorpusRoots(info.roots) }

    /// The doc ids of the documents read from a file, named any way that leads to it
    /// (empty when the file is not in the index).
    public func documentIDs(fromFile path: String) -> Range<Int> {
        (manifest.entry(for: CorpusPath.canonical(path).path) ?? manifest.entry(for: CorpusWalker.normalize(path)))?.documents ?? 0..<0
    }

    func with(bytesOnDisk: Int) -> Catalogue {
        var info = self.info
        info.bytesOnDisk = bytesOnDisk
        return Catalogue(info: info, documents: documents, index: index, claims: claims, manifest: manifest)
    }

    /// Approximate bytes held in memory, for `preuve stats`.
    public var memoryBytes: Int {
        documents.memoryBytes + index.memoryBytes + claims.memoryBytes + manifest.entries.count * 128
    }
}
