import Foundation

/// Constants of the snapshot file; `Index/FORMAT.md` describes the layout.
public enum SnapshotFormat {
    /// The first 8 bytes of every snapshot.
    static let magic: [UInt8] = Array("PREUVEIX".utf8)
    public static let name = "preuve-catalogue"
    /// Bump on any change of layout or meaning; readers refuse other versions.
    public static let version: UInt32 = 4
    /// The oldest version this build still reads.
    public static let oldestReadable: UInt32 = 4
    public static let fileName = "catalogue.preuve"
    /// Magic, version, header length.
    static let prefixLength = 16

    enum Section: String, CaseIterable {
        case strings, manifest, documents, texts
        case titleField = "field.title"
        case textField = "field.text"
        case claims
    }
}

/// The header's facts about a snapshot, for `preuve stats` and staleness checks.
public struct SnapshotInfo: Sendable, Hashable {
    public var formatVersion: UInt32
    public var analyzer: String
    /// The claim rules the claims were extracted by (`ClaimRules.fingerprint`).
    public var claimRules: String
    public var builtAt: Date
    /// The corpus folder the index was built from, as given.
    public var corpus: String
    public var documentCount: Int
    public var claimCount: Int
    public var termCount: Int
    public var fileCount: Int
    /// Bytes of the snapshot file; nil for a catalogue not yet written.
    public var bytesOnDisk: Int?

    public init(formatVersion: UInt32 = SnapshotFormat.version, analyzer: String, claimRules: String = "", builtAt: Date, corpus: String,
                documentCount: Int, claimCount: Int, termCount: Int, fileCount: Int, bytesOnDisk: Int? = nil) {
        self.formatVersion = formatVersion
        self.analyzer = analyzer
        self.claimRules = claimRules
        self.builtAt = builtAt
        self.corpus = corpus
        self.documentCount = documentCount
        self.claimCount = claimCount
        self.termCount = termCount
        self.fileCount = fileCount
        self.bytesOnDisk = bytesOnDisk
    }
}
