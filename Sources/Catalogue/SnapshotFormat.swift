import Foundation

/// Constants of the snapshot file; `Index/FORMAT.md` describes the layout.
public enum SnapshotFormat {
    /// The first 8 bytes of every snapshot.
    static let magic: [UInt8] = Array("PREUVEIX".utf8)
    /// The format name in a segment's header.
    public static let name = "preuve-segment"
    /// The format name in the meta file's header.
    public static let metaName = "preuve-catalogue"
    /// Bump on any change of layout or meaning; readers refuse other versions.
    /// 4: the corpus roots (real paths) in the header, manifest paths relative to their root.
    /// 5: each claim's confidence and whole-practice flag.
    /// 6: sections checked in blocks, each with a table of its blocks' CRCs; sections laid
    /// out for use in place (offset tables, fixed-width term and postings tables, claims
    /// grouped by indication and intervention), so a mapped file is read where it lies.
    /// 7: immutable segments and a meta file (`catalogue.preuve`) that lists them, maps
    /// each corpus file to its documents, and marks deleted documents in bitsets.
    /// 8: postings in blocks of 128 (doc id deltas and frequencies bit-packed, the tail in
    /// varints) with a skip entry per block, and positions apart in `positions.*` sections.
    public static let version: UInt32 = 8
    /// The oldest version this build still reads. Version 3 recorded paths as they were
    /// typed, relative to a working folder it did not record: they cannot be resolved safely;
    /// version 4 has no claim confidence, which verdicts now filter on; version 5 has one
    /// checksum per section, which a reader could only check by reading the whole section.
    /// version 6 is one file that every update rewrites whole; version 7 interleaves
    /// positions with the postings, which block-wise reading and skipping cannot use.
    public static let oldestReadable: UInt32 = 8
    /// The meta file: the one file replaced (renamed over) at each commit.
    public static let fileName = "catalogue.preuve"

    /// A segment's file name: `segment-000001.preuve`; numbers are never reused in one index.
    public static func segmentFileName(_ number: Int) -> String {
        let digits = String(number)
        return "segment-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".preuve"
    }

    /// The number of a segment file's name, nil for any other name.
    static func segmentNumber(_ name: String) -> Int? {
        guard name.hasPrefix("segment-"), name.hasSuffix(".preuve") else { return nil }
        return Int(name.dropFirst("segment-".count).dropLast(".preuve".count))
    }
    /// Magic, version, header length.
    static let prefixLength = 16

    /// Bytes per checked block: a command that reads a few bytes of a section checks
    /// (and faults in) 64 KiB around them, not the section.
    static let blockSize = 64 * 1024

    static func blockCount(_ length: Int, blockSize: Int) -> Int { (length + blockSize - 1) / blockSize }

    enum Section: String, CaseIterable, Sendable {
        case strings, manifest, documents, texts
        case titleField = "field.title"
        case textField = "field.text"
        case titlePositions = "positions.title"
        case textPositions = "positions.text"
        case claims
    }

    /// The meta file's sections.
    enum MetaSection: String, CaseIterable, Sendable {
        case strings, manifest, segments
    }
}

/// The header's facts about a snapshot, for `preuve stats` and staleness checks.
public struct SnapshotInfo: Sendable, Hashable {
    public var formatVersion: UInt32
    public var analyzer: String
    /// The claim rules the claims were extracted by (`ClaimRules.fingerprint`).
    public var claimRules: String
    public var builtAt: Date
    /// The folders (and single files) the index was built from.
    public var roots: [CorpusRoot]
    public var documentCount: Int
    public var claimCount: Int
    public var termCount: Int
    public var fileCount: Int
    /// Bytes of the snapshot file; nil for a catalogue not yet written.
    public var bytesOnDisk: Int?

    public init(formatVersion: UInt32 = SnapshotFormat.version, analyzer: String, claimRules: String = "", builtAt: Date, roots: [CorpusRoot] = [],
                documentCount: Int, claimCount: Int, termCount: Int, fileCount: Int, bytesOnDisk: Int? = nil) {
        self.formatVersion = formatVersion
        self.analyzer = analyzer
        self.claimRules = claimRules
        self.builtAt = builtAt
        self.roots = roots
        self.documentCount = documentCount
        self.claimCount = claimCount
        self.termCount = termCount
        self.fileCount = fileCount
        self.bytesOnDisk = bytesOnDisk
    }

    /// The roots' real paths, comma-separated: the corpus as `preuve stats` names it.
    public var corpus: String { roots.map(\.path).joined(separator: ", ") }
}
