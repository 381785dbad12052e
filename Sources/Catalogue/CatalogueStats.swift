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

    public init(_ c: Catalogue) {
        documents = c.documents.count
        documentsByKind = Dictionary(grouping: c.documents.documents, by: { $0.kind.rawValue }).mapValues(\.count)
        documentsByLanguage = Dictionary(grouping: c.documents.documents, by: { $0.language ?? "unknown" }).mapValues(\.count)
        claims = c.claims.count
        claimsByBasis = Dictionary(grouping: c.claims.rows, by: { $0.claim.basis.rawValue }).mapValues(\.count)
        claimsByStance = Dictionary(grouping: c.claims.rows, by: { $0.claim.stance.rawValue }).mapValues(\.count)
        terms = c.info.termCount
        files = c.manifest.entries.count
        failedFiles = c.manifest.entries.filter { $0.error != nil }.count
        bytesOnDisk = c.info.bytesOnDisk
        bytesInMemory = c.memoryBytes
        builtAt = c.info.builtAt
        corpus = c.info.corpus
        roots = c.info.roots
        formatVersion = c.info.formatVersion
        analyzer = c.info.analyzer
    }
}
