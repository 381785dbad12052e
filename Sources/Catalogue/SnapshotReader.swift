import Foundation
import TextAnalysis

/// Opens a snapshot: checks, in this order, the magic (foreign file), the header checksum
/// (corrupt), the version (too old, too new), the length and the section table (corrupt: a
/// section outside the file, missing, or sections that do not tile it), and the analyzer.
/// Sections are checked and decoded later, each when first used (`OpenedSnapshot`).
public enum SnapshotReader {
    /// Only the header: cheap, for staleness checks and `stats` before a full load.
    public static func info(_ bytes: FileSlice, file: String) throws -> SnapshotInfo {
        try parseHeader(bytes, file: file).info
    }

    /// Opens one segment file as a catalogue of its own: every document live, in its own
    /// order, with the manifest the segment was written with (catalogues built in memory,
    /// tests, tools).
    public static func open(_ bytes: FileSlice, file: String, analyzer: Analyzer = .search) throws -> Catalogue {
        Catalogue(IndexView(lone: try openSegment(bytes, file: file, analyzer: analyzer)))
    }

    /// Opens a segment: its header alone is read and checked.
    static func openSegment(_ bytes: FileSlice, file: String, analyzer: Analyzer) throws -> OpenedSnapshot {
        let header = try parseHeader(bytes, file: file)
        let sections = try checkedSections(SnapshotFormat.Section.self, of: header, in: bytes, file: file, analyzer: analyzer)
        return OpenedSnapshot(file: file, bytes: bytes, info: header.info, sections: sections, headerCRC: header.crc)
    }

    /// One entry of the section table: the section's data and its block table, within the file.
    struct SectionEntry {
        var name: String
        var data: Range<Int>
        var table: Range<Int>
        var tableCRC: UInt32
    }

    struct Header {
        var info: SnapshotInfo
        var blockSize: Int
        var sections: [SectionEntry]
        /// The header's own CRC32 (the meta records each segment's, to know it is the one it listed).
        var crc: UInt32 = 0
    }

    /// The roots a snapshot was built from, from its header alone (its own checksum checked,
    /// not the sections'): what `preuve index --full` rebuilds even when a section is damaged.
    public static func roots(_ bytes: FileSlice, file: String) throws -> [CorpusRoot] {
        try parseHeader(bytes, file: file, formatName: SnapshotFormat.metaName, checkLayout: false).info.roots
    }

    /// Every section a file of this kind has (`S`: a segment's or the meta file's), each
    /// checked against its block CRCs when first read; the file must have been written with
    /// `analyzer`, and a section missing from its table is damage.
    static func checkedSections<S: CaseIterable & Hashable & RawRepresentable>(
        _: S.Type, of header: Header, in bytes: FileSlice, file: String, analyzer: Analyzer
    ) throws -> [S: CheckedSection] where S.RawValue == String {
        guard header.info.analyzer == analyzer.name else {
            throw SnapshotError(file: file, problem: .analyzerMismatch(found: header.info.analyzer, expected: analyzer.name))
        }
        var sections: [S: CheckedSection] = [:]
        for section in S.allCases {
            guard let entry = header.sections.first(where: { $0.name == section.rawValue }) else {
                throw SnapshotError(file: file, problem: .corrupt("section \(section.rawValue) is missing"))
            }
            sections[section] = CheckedSection(name: entry.name, data: bytes.slice(entry.data), table: bytes.slice(entry.table),
                                               tableCRC: entry.tableCRC, blockSize: header.blockSize, file: file)
        }
        return sections
    }

    /// `formatName`: a segment's (`preuve-segment`) or the meta file's (`preuve-catalogue`).
    static func parseHeader(_ bytes: FileSlice, file: String, formatName: String = SnapshotFormat.name,
                            checkLayout: Bool = true) throws -> Header {
        func corrupt(_ detail: String) -> SnapshotError { SnapshotError(file: file, problem: .corrupt(detail)) }
        let magic = SnapshotFormat.magic
        let head = bytes.slice(0..<min(bytes.count, magic.count)).copyBytes()
        guard head == magic else {
            // A prefix of the magic is a truncated snapshot, anything else another kind of file.
            if !head.isEmpty, head.count < magic.count, Array(magic[0..<head.count]) == head { throw corrupt("truncated") }
            if head.isEmpty { throw corrupt("empty file") }
            throw SnapshotError(file: file, problem: .foreign)
        }
        guard bytes.count >= SnapshotFormat.prefixLength + 4 else { throw corrupt("truncated header") }
        let version = bytes.u32(at: 8)
        let headerLength = Int(bytes.u32(at: 12))
        let headerEnd = SnapshotFormat.prefixLength + headerLength
        guard headerEnd + 4 <= bytes.count else { throw corrupt("truncated header") }
        guard bytes.u32(at: headerEnd) == bytes.slice(0..<headerEnd).crc32() else { throw corrupt("header checksum mismatch") }
        if version < SnapshotFormat.oldestReadable {
            throw SnapshotError(file: file, problem: .tooOld(found: version, supported: SnapshotFormat.version))
        }
        if version > SnapshotFormat.version {
            throw SnapshotError(file: file, problem: .tooNew(found: version, supported: SnapshotFormat.version))
        }

        var r = ByteReader(bytes, section: "header", from: SnapshotFormat.prefixLength, to: headerEnd)
        do {
            guard try r.string() == formatName else { throw SnapshotError(file: file, problem: .foreign) }
            let analyzer = try r.string()
            let claimRules = try r.string()
            let millis = Int64(bitPattern: try r.u64())
            let rootCount = try r.int(max: headerEnd)
            var roots: [CorpusRoot] = []
            for _ in 0..<rootCount { roots.append(CorpusRoot(path: try r.string(), label: try r.string())) }
            if let problem = CorpusRoots.problem(in: roots) { throw corrupt("header: \(problem)") }
            let documents = try r.int(), claims = try r.int(), terms = try r.int(), files = try r.int()
            let total = try r.u64()
            let info = SnapshotInfo(formatVersion: version, analyzer: analyzer, claimRules: claimRules,
                                    builtAt: Date(timeIntervalSince1970: Double(millis) / 1000), roots: roots,
                                    documentCount: documents, claimCount: claims, termCount: terms, fileCount: files,
                                    bytesOnDisk: bytes.count)
            guard total == UInt64(bytes.count) else {
                throw corrupt("file is \(bytes.count) bytes, the header says \(total) (truncated or appended to)")
            }
            // Each document takes at least 24 bytes of tables (its offsets in `documents` and
            // `texts`, its length in each field), each claim and file at least 8: counts past
            // that are damage, and readers size arrays by them before reading a section.
            // The meta file counts the documents and claims of its segments, not its own: its
            // runs must tile them (checked when its segment list is read).
            let own = formatName == SnapshotFormat.name
            guard !own || documents <= bytes.count / 24, !own || claims <= bytes.count / 8, files <= bytes.count / 8 else {
                throw corrupt("header counts (\(documents) documents, \(claims) claims, \(files) files) exceed what \(bytes.count) bytes can hold")
            }
            let blockSize = Int(try r.u32())
            guard blockSize >= 64, blockSize <= 1 << 30 else { throw corrupt("block size \(blockSize)") }
            let count = try r.int(max: 64)
            let crc = bytes.u32(at: headerEnd)
            if !checkLayout { return Header(info: info, blockSize: blockSize, sections: [], crc: crc) }
            var sections: [SectionEntry] = []
            for _ in 0..<count {
                let name = try r.string()
                let offset = try r.u64(), length = try r.u64(), tableCRC = try r.u32()
                let tableLength = UInt64(SnapshotFormat.blockCount(Int(clamping: length), blockSize: blockSize)) * 4
                guard offset >= UInt64(headerEnd + 4), offset <= total, length <= total - offset,
                      tableLength <= total - offset - length else {
                    throw corrupt("section \(name) lies outside the file")
                }
                let dataEnd = Int(offset + length)
                sections.append(SectionEntry(name: name, data: Int(offset)..<dataEnd, table: dataEnd..<dataEnd + Int(tableLength),
                                             tableCRC: tableCRC))
            }
            // Sections (data and block table) must tile the rest of the file, so that no
            // byte escapes every checksum. Empty sections share their offset with the next
            // one: order by end too.
            var next = headerEnd + 4
            for section in sections.sorted(by: { ($0.data.lowerBound, $0.table.upperBound) < ($1.data.lowerBound, $1.table.upperBound) }) {
                guard section.data.lowerBound == next else { throw corrupt("sections do not tile the file") }
                next = section.table.upperBound
            }
            guard next == bytes.count else { throw corrupt("sections do not tile the file") }
            return Header(info: info, blockSize: blockSize, sections: sections, crc: crc)
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }
}

/// A snapshot opened for reading: the header's facts, and its sections, each checked and
/// decoded when first used, and kept. Shared by the copies of its `Catalogue`.
final class OpenedSnapshot: Sendable {
    let file: String
    let bytes: FileSlice
    let info: SnapshotInfo
    /// The CRC32 of the segment's header.
    let headerCRC: UInt32
    private let sections: [SnapshotFormat.Section: CheckedSection]

    private let stringTable = DecodedOnce<StringTable>()
    private let manifestEntries = DecodedOnce<Manifest>()
    private let titleField = DecodedOnce<SegmentField>()
    private let textField = DecodedOnce<SegmentField>()
    private let claimTable = DecodedOnce<SegmentClaims>()
    private let documentOffsets = DecodedOnce<OffsetTable>()
    private let textOffsets = DecodedOnce<OffsetTable>()

    init(file: String, bytes: FileSlice, info: SnapshotInfo, sections: [SnapshotFormat.Section: CheckedSection], headerCRC: UInt32) {
        self.file = file
        self.headerCRC = headerCRC
        self.bytes = bytes
        self.info = info
        self.sections = sections
    }

    func section(_ name: SnapshotFormat.Section) throws -> CheckedSection {
        // Every section is in the table: `SnapshotReader.open` refuses a snapshot that lacks one.
        guard let section = sections[name] else { throw SnapshotError(file: file, problem: .corrupt("section \(name.rawValue) is missing")) }
        return section
    }

    /// Every section in file order.
    var allSections: [CheckedSection] {
        SnapshotFormat.Section.allCases.compactMap { sections[$0] }.sorted { $0.data.range.lowerBound < $1.data.range.lowerBound }
    }

    func strings() throws -> StringTable {
        try stringTable.get { try StringTable(try section(.strings)) }
    }

    func manifest() throws -> Manifest {
        try manifestEntries.get {
            let section = try section(.manifest)
            var r = ByteReader(try section.bytes(0..<section.count), section: section.name)
            let manifest = try Manifest.read(&r, strings: try strings(), documentCount: info.documentCount, roots: CorpusRoots(info.roots))
            guard r.isAtEnd else { throw section.corrupt("bytes after the last entry") }
            guard manifest.entries.count == info.fileCount else {
                throw section.corrupt("\(manifest.entries.count) files, the header says \(info.fileCount)")
            }
            return manifest
        }
    }

    /// One field of the index: a search on titles alone never reads the text field.
    func field(_ field: InvertedIndex.Field) throws -> SegmentField {
        switch field {
        case .title:
            return try titleField.get {
                try SegmentField(try section(.titleField), positions: try section(.titlePositions), documentCount: info.documentCount)
            }
        case .text:
            return try textField.get {
                try SegmentField(try section(.textField), positions: try section(.textPositions), documentCount: info.documentCount)
            }
        }
    }

    func claims() throws -> SegmentClaims {
        try claimTable.get { try SegmentClaims.read(try section(.claims), snapshot: self, strings: try strings()) }
    }

    /// Approximate bytes of what has been decoded so far.
    var decodedBytes: Int {
        (manifestEntries.current?.entries.count ?? 0) * 128 + (claimTable.current?.decodedBytes ?? 0)
    }

    /// The offset table of the `documents` section.
    func documentTable() throws -> OffsetTable {
        try documentOffsets.get { try OffsetTable(try section(.documents), expectedCount: info.documentCount) }
    }

    /// The offset table of the `texts` section.
    func textTable() throws -> OffsetTable {
        try textOffsets.get { try OffsetTable(try section(.texts), expectedCount: info.documentCount) }
    }
}
