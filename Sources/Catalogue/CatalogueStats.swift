import Foundation

/// The catalogue at a glance, for `preuve stats`.
public struct CatalogueStats: Sendable, Hashable {
    public var documents: Int
    public var documentsByKind: [String: Int]
    /// `unknown` for documents without a language.
    public var documentsByLanguage: [String: Int]
    public var claims: Int
    public var claimsByBasis: [String: Int]
    public var claimsByStance: [String: Int]
    public var terms: Int
    public var files: Int
    public var failedFiles: Int
    public var bytesOnDisk: Int?
    public var bytesInMemory: Int
    public var builtAt: Date
    /// The roots' real paths, comma-separated.
    public var corpus: String
    /// The folders (and single files) the index was built from, with their labels.
    public var roots: [CorpusRoot]
    public var formatVersion: UInt32
    public var analyzer: String
    /// The segment files the catalogue is read from.
    public var segments: Int

    /// Reads the documents' metadata (not their texts), the claims and the manifest.
    public init(_ c: Catalogue) throws {
        documents = c.documents.count
        var byKind: [String: Int] = [:], byLanguage: [String: Int] = [:]
        for doc in 0..<c.documents.count {
            let document = try c.documents.metadata(doc)
            byKind[document.kind.rawValue, default: 0] += 1
            byLanguage[document.language ?? "unknown", default: 0] += 1
        }
        documentsByKind = byKind
        documentsByLanguage = byLanguage
        let rows = try c.claims.rows
        claims = rows.count
        claimsByBasis = Dictionary(grouping: rows, by: { $0.claim.basis.rawValue }).mapValues(\.count)
        claimsByStance = Dictionary(grouping: rows, by: { $0.claim.stance.rawValue }).mapValues(\.count)
        terms = c.info.termCount
        let entries = try c.manifest.entries
        files = entries.count
        failedFiles = entries.filter { $0.error != nil }.count
        bytesOnDisk = c.info.bytesOnDisk
        bytesInMemory = c.memoryBytes
        builtAt = c.info.builtAt
        corpus = c.info.corpus
        roots = c.info.roots
        formatVersion = c.info.formatVersion
        analyzer = c.info.analyzer
        segments = c.view.parts.count
    }
}
