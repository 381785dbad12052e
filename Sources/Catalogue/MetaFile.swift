import Foundation
import TextAnalysis

/// A run of a segment's live documents: local documents `local..<local+count` are the
/// catalogue's documents `global..<global+count`.
struct SegmentRun: Sendable, Hashable {
    var global: Int
    var local: Int
    var count: Int
}

/// One segment as the meta file lists it: its file, its size, the CRC of its header (so a
/// reader knows the file is the one listed), where its live documents stand in the
/// catalogue, and which of its documents are deleted (one bit each).
struct SegmentEntry: Sendable, Hashable {
    var name: String
    var documentCount: Int
    var headerCRC: UInt32
    var length: UInt64
    /// Sorted by local (and so by global) document.
    var runs: [SegmentRun]
    /// `(documentCount + 7) / 8` bytes; bit `i % 8` of byte `i / 8` set when local document i is deleted.
    var deleted: [UInt8]
    /// The segment's claim groups (by position in its directory) holding a claim of a
    /// deleted document, increasing, each with its live claims' count and highest
    /// confidence: readers take these in place of the directory's, and the other groups'
    /// directory entries as they are, without decoding a claim.
    var dirtyGroups: [DirtyGroup] = []

    var liveCount: Int { runs.reduce(0) { $0 + $1.count } }

    /// The deletion bitset of a segment whose live documents are `runs`.
    static func bitset(documentCount: Int, runs: [SegmentRun]) -> [UInt8] {
        var bits = [UInt8](repeating: 0xFF, count: (documentCount + 7) / 8)
        if documentCount % 8 != 0 { bits[bits.count - 1] = UInt8((1 << (documentCount % 8)) - 1) }
        for run in runs {
            for d in run.local..<run.local + run.count { bits[d / 8] &= ~(1 << UInt8(d % 8)) }
        }
        return bits
    }
}

/// A claim group of a segment that holds claims of deleted documents: its live claims.
struct DirtyGroup: Sendable, Hashable {
    var group: Int
    var live: Int
    /// The highest confidence of its live claims, in hundredths (0 when none).
    var highest: UInt8
}

/// Everything the meta file says: the catalogue's facts (counts over live documents),
/// its manifest (doc ids are the catalogue's, in path order), and its segments.
struct MetaContents: Sendable {
    var analyzer: String
    var claimRules: String
    var builtAt: Date
    var roots: [CorpusRoot]
    var documentCount: Int
    var claimCount: Int
    var termCount: Int
    var manifest: [ManifestEntry]
    /// The number the next segment written will take.
    var nextSegment: Int
    /// Tokens in each field over the live documents (title, text): BM25's average length.
    var totalLengths: [UInt64]
    var segments: [SegmentEntry]

    /// The meta file's bytes: the header of a segment with the format name
    /// `preuve-catalogue`, then the sections `strings`, `manifest`, `segments`.
    func encode() -> [UInt8] {
        var strings = StringInterner()
        var manifestBytes = ByteWriter()
        Manifest(manifest).write(to: &manifestBytes, strings: &strings, roots: CorpusRoots(roots))
        var s = ByteWriter()
        s.varint(nextSegment)
        s.u64(totalLengths[0])
        s.u64(totalLengths[1])
        s.varint(segments.count)
        for segment in segments {
            s.string(segment.name)
            s.varint(segment.documentCount)
            s.u32(segment.headerCRC)
            s.u64(segment.length)
            s.varint(segment.runs.count)
            for run in segment.runs {
                s.varint(run.global)
                s.varint(run.local)
                s.varint(run.count)
            }
            s.raw(segment.deleted)
            s.varint(segment.dirtyGroups.count)
            for dirty in segment.dirtyGroups {
                s.varint(dirty.group)
                s.varint(dirty.live)
                s.u8(dirty.highest)
            }
        }
        var stringBytes = ByteWriter()
        strings.write(to: &stringBytes)
        let header = SnapshotWriter.HeaderFields(formatName: SnapshotFormat.metaName, analyzer: analyzer, claimRules: claimRules,
                                                 builtAt: builtAt, roots: roots, documents: documentCount, claims: claimCount,
                                                 terms: termCount, files: manifest.count)
        return SnapshotWriter.file(header, sections: [
            (SnapshotFormat.MetaSection.strings.rawValue, stringBytes),
            (SnapshotFormat.MetaSection.manifest.rawValue, manifestBytes),
            (SnapshotFormat.MetaSection.segments.rawValue, s),
        ])
    }
}

/// The meta file opened: its header read and checked, its segment list decoded (opening
/// needs it), its manifest decoded when first used.
final class OpenedMeta: Sendable {
    let file: String
    let bytes: FileSlice
    let info: SnapshotInfo
    let nextSegment: Int
    let totalLengths: [UInt64]
    let segments: [SegmentEntry]
    private let sections: [SnapshotFormat.MetaSection: CheckedSection]
    private let stringTable = DecodedOnce<StringTable>()

    var allSections: [CheckedSection] {
        SnapshotFormat.MetaSection.allCases.compactMap { sections[$0] }.sorted { $0.data.range.lowerBound < $1.data.range.lowerBound }
    }

    static func open(_ bytes: FileSlice, file: String, analyzer: Analyzer) throws -> OpenedMeta {
        let header = try SnapshotReader.parseHeader(bytes, file: file, formatName: SnapshotFormat.metaName)
        let sections = try SnapshotReader.checkedSections(SnapshotFormat.MetaSection.self, of: header, in: bytes, file: file, analyzer: analyzer)
        let list = sections[.segments]!
        do {
            var r = ByteReader(try list.bytes(0..<list.count), section: list.name)
            let next = try r.int()
            let totals = [try r.u64(), try r.u64()]
            let count = try r.int(max: list.count)
            var segments: [SegmentEntry] = []
            for _ in 0..<count {
                let name = try r.string()
                guard SnapshotFormat.segmentNumber(name) != nil, !segments.contains(where: { $0.name == name }) else {
                    throw list.corrupt("segment name \(name) is not a segment's or is listed twice")
                }
                let documents = try r.int(max: Int(Int32.max))
                let crc = try r.u32(), length = try r.u64()
                let runCount = try r.int(max: list.count)
                var runs: [SegmentRun] = []
                for _ in 0..<runCount {
                    let run = SegmentRun(global: try r.int(), local: try r.int(), count: try r.int())
                    guard run.count > 0, run.local + run.count <= documents,
                          runs.last.map({ $0.local + $0.count <= run.local && $0.global + $0.count <= run.global }) ?? true else {
                        throw list.corrupt("segment \(name): run \(run.global)/\(run.local)+\(run.count) is out of order or out of range")
                    }
                    runs.append(run)
                }
                let deleted = try r.rawBytes((documents + 7) / 8).copyBytes()
                let dirtyCount = try r.int(max: list.count)
                var dirty: [DirtyGroup] = []
                for _ in 0..<dirtyCount {
                    let group = DirtyGroup(group: try r.int(), live: try r.int(), highest: try r.u8())
                    guard dirty.last.map({ $0.group < group.group }) ?? true, group.highest <= 100 else {
                        throw list.corrupt("segment \(name): claim groups out of order")
                    }
                    dirty.append(group)
                }
                let entry = SegmentEntry(name: name, documentCount: documents, headerCRC: crc, length: length, runs: runs,
                                         deleted: deleted, dirtyGroups: dirty)
                guard entry.deleted == SegmentEntry.bitset(documentCount: documents, runs: runs) else {
                    throw list.corrupt("segment \(name): the deletions do not match its live documents")
                }
                segments.append(entry)
            }
            guard r.isAtEnd else { throw list.corrupt("bytes after the last segment") }
            // The runs of all segments tile the catalogue's documents exactly.
            var next0 = 0
            for run in segments.flatMap(\.runs).sorted(by: { $0.global < $1.global }) {
                guard run.global == next0 else { throw list.corrupt("the segments' documents do not tile 0..<\(header.info.documentCount)") }
                next0 += run.count
            }
            guard next0 == header.info.documentCount else {
                throw list.corrupt("the segments hold \(next0) live documents, the header says \(header.info.documentCount)")
            }
            return OpenedMeta(file: file, bytes: bytes, info: header.info, nextSegment: next, totalLengths: totals,
                              segments: segments, sections: sections)
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }

    private init(file: String, bytes: FileSlice, info: SnapshotInfo, nextSegment: Int, totalLengths: [UInt64],
                 segments: [SegmentEntry], sections: [SnapshotFormat.MetaSection: CheckedSection]) {
        self.file = file
        self.bytes = bytes
        self.info = info
        self.nextSegment = nextSegment
        self.totalLengths = totalLengths
        self.segments = segments
        self.sections = sections
    }

    func manifest() throws -> Manifest {
        do {
            let strings = try stringTable.get { try StringTable(sections[.strings]!) }
            let section = sections[.manifest]!
            var r = ByteReader(try section.bytes(0..<section.count), section: section.name)
            let manifest = try Manifest.read(&r, strings: strings, documentCount: info.documentCount, roots: CorpusRoots(info.roots))
            guard r.isAtEnd else { throw section.corrupt("bytes after the last entry") }
            guard manifest.entries.count == info.fileCount else {
                throw section.corrupt("\(manifest.entries.count) files, the header says \(info.fileCount)")
            }
            return manifest
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }

    func verifyStrings() throws {
        try stringTable.get { try StringTable(sections[.strings]!) }.verify()
    }
}
