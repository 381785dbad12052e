import Foundation
import TextAnalysis

/// Reads a snapshot's bytes back into a catalogue, checking in this order: the magic
/// (foreign file), the header checksum (corrupt), the version (too old, too new), the
/// length and every section's checksum (corrupt), the analyzer, then the structure.
public enum SnapshotReader {
    /// Only the header: cheap, for staleness checks and `stats` before a full load.
    public static func info(_ bytes: [UInt8], file: String) throws -> SnapshotInfo {
        try parseHeader(bytes, file: file).info
    }

    public static func decode(_ bytes: [UInt8], file: String, analyzer: Analyzer = .search) throws -> Catalogue {
        do {
            let header = try parseHeader(bytes, file: file)
            guard header.info.analyzer == analyzer.name else {
                throw SnapshotError(file: file, problem: .analyzerMismatch(found: header.info.analyzer, expected: analyzer.name))
            }
            func reader(_ section: SnapshotFormat.Section) throws -> ByteReader {
                guard let range = header.sections[section.rawValue] else {
                    throw SnapshotError(file: file, problem: .corrupt("section \(section.rawValue) is missing"))
                }
                return ByteReader(bytes, section: section.rawValue, from: range.lowerBound, to: range.upperBound)
            }
            var r = try reader(.strings)
            let strings = try StringTable.read(&r)
            // The document store is most of a load: decode it on another core while this
            // one decodes the postings and claims against the count the header announces.
            // A store that disagrees with the header is decoded again in order, so errors
            // are the same as a sequential load's.
            let expected = header.info.documentCount
            let roots = CorpusRoots(header.info.roots)
            let docs = try reader(.documents), texts = try reader(.texts)
            let t = try reader(.titleField), x = try reader(.textField)
            let m = try reader(.manifest), c = try reader(.claims)
            let store = ParallelMap.map([0, 1]) { part -> Result<Decoded, Error> in
                Result {
                    var docs = docs, texts = texts, t = t, x = x, m = m, c = c
                    if part == 0 { return .documents(try DocumentStore.read(metadata: &docs, texts: &texts, strings: strings)) }
                    return .rest(try Self.decodeRest(strings: strings, documentCount: expected, roots: roots, manifest: &m,
                                                     title: &t, text: &x, claims: &c))
                }
            }
            guard case .documents(let documents) = try store[0].get() else { preconditionFailure("part 0 is the documents") }
            let manifest: Manifest, index: InvertedIndex, claims: ClaimTable
            if documents.count == expected, case .rest(let rest) = try store[1].get() {
                (manifest, index, claims) = rest
            } else {
                var m = m, t = t, x = x, c = c
                (manifest, index, claims) = try Self.decodeRest(strings: strings, documentCount: documents.count, roots: roots, manifest: &m,
                                                                title: &t, text: &x, claims: &c)
            }
            var info = header.info
            info.bytesOnDisk = bytes.count
            return Catalogue(info: info, documents: documents, index: index, claims: claims, manifest: manifest)
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }

    private enum Decoded: Sendable {
        case documents(DocumentStore)
        case rest((Manifest, InvertedIndex, ClaimTable))
    }

    private static func decodeRest(strings: StringTable, documentCount: Int, roots: CorpusRoots, manifest m: inout ByteReader,
                                   title t: inout ByteReader, text x: inout ByteReader,
                                   claims c: inout ByteReader) throws -> (Manifest, InvertedIndex, ClaimTable) {
        let manifest = try Manifest.read(&m, strings: strings, documentCount: documentCount, roots: roots)
        let index = InvertedIndex(title: try FieldIndex.read(&t, documentCount: documentCount),
                                  text: try FieldIndex.read(&x, documentCount: documentCount))
        let claims = try ClaimTable.read(&c, strings: strings, documentCount: documentCount)
        return (manifest, index, claims)
    }

    struct Header {
        var info: SnapshotInfo
        var sections: [String: Range<Int>]
    }

    /// The roots a snapshot was built from, from its header alone (its own checksum checked,
    /// not the sections'): what `preuve index --full` rebuilds even when a section is damaged.
    public static func roots(_ bytes: [UInt8], file: String) throws -> [CorpusRoot] {
        try parseHeader(bytes, file: file, checkSections: false).info.roots
    }

    static func parseHeader(_ bytes: [UInt8], file: String, checkSections: Bool = true) throws -> Header {
        func corrupt(_ detail: String) -> SnapshotError { SnapshotError(file: file, problem: .corrupt(detail)) }
        let magic = SnapshotFormat.magic
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            // A prefix of the magic is a truncated snapshot, anything else another kind of file.
            if !bytes.isEmpty, bytes.count < magic.count, Array(magic[0..<bytes.count]) == bytes { throw corrupt("truncated") }
            if bytes.isEmpty { throw corrupt("empty file") }
            throw SnapshotError(file: file, problem: .foreign)
        }
        var r = ByteReader(bytes, section: "header", from: magic.count)
        guard bytes.count >= SnapshotFormat.prefixLength + 4 else { throw corrupt("truncated header") }
        let version = try r.u32()
        let headerLength = Int(try r.u32())
        let headerEnd = SnapshotFormat.prefixLength + headerLength
        guard headerEnd + 4 <= bytes.count else { throw corrupt("truncated header") }
        var crcReader = ByteReader(bytes, section: "header", from: headerEnd)
        let storedCRC = try crcReader.u32()
        let actualCRC = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<headerEnd])) }
        guard storedCRC == actualCRC else { throw corrupt("header checksum mismatch") }
        if version < SnapshotFormat.oldestReadable {
            throw SnapshotError(file: file, problem: .tooOld(found: version, supported: SnapshotFormat.version))
        }
        if version > SnapshotFormat.version {
            throw SnapshotError(file: file, problem: .tooNew(found: version, supported: SnapshotFormat.version))
        }

        r = ByteReader(bytes, section: "header", from: SnapshotFormat.prefixLength, to: headerEnd)
        do {
            guard try r.string() == SnapshotFormat.name else { throw SnapshotError(file: file, problem: .foreign) }
            let analyzer = try r.string()
            let claimRules = try r.string()
            let millis = Int64(bitPattern: try r.u64())
            let rootCount = try r.int(max: headerEnd)
            var roots: [CorpusRoot] = []
            for _ in 0..<rootCount { roots.append(CorpusRoot(path: try r.string(), label: try r.string())) }
            if let problem = CorpusRoots.problem(in: roots) { throw corrupt("header: \(problem)") }
            let documents = try r.int(), claims = try r.int(), terms = try r.int(), files = try r.int()
            let total = try r.u64()
            guard total == UInt64(bytes.count) else {
                throw corrupt("file is \(bytes.count) bytes, the header says \(total) (truncated or appended to)")
            }
            let count = try r.int(max: 64)
            if !checkSections {
                return Header(info: SnapshotInfo(formatVersion: version, analyzer: analyzer, claimRules: claimRules,
                                                 builtAt: Date(timeIntervalSince1970: Double(millis) / 1000), roots: roots,
                                                 documentCount: documents, claimCount: claims, termCount: terms, fileCount: files,
                                                 bytesOnDisk: bytes.count),
                              sections: [:])
            }
            // Entries are read in order up to the first that lies outside the file; their
            // checksums are computed on every core, then judged in the same order.
            var entries: [(name: String, range: Range<Int>?, crc: UInt32)] = []
            for _ in 0..<count {
                let name = try r.string()
                let offset = try r.u64(), length = try r.u64(), crc = try r.u32()
                guard offset >= UInt64(headerEnd + 4), offset <= total, length <= total - offset else {
                    entries.append((name, nil, crc))
                    break
                }
                entries.append((name, Int(offset)..<Int(offset + length), crc))
            }
            let actual = ParallelMap.map(entries.map { $0.range }) { range -> UInt32? in
                range.map { range in bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[range])) } }
            }
            var sections: [String: Range<Int>] = [:]
            for (entry, actual) in zip(entries, actual) {
                guard let range = entry.range else { throw corrupt("section \(entry.name) lies outside the file") }
                guard actual == entry.crc else { throw corrupt("checksum mismatch in section \(entry.name)") }
                sections[entry.name] = range
            }
            // Sections must tile the rest of the file, so that no byte escapes every checksum.
            var next = headerEnd + 4
            // Empty sections share their offset with the next one: order by end too.
            for range in sections.values.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
                guard range.lowerBound == next else { throw corrupt("sections do not tile the file") }
                next = range.upperBound
            }
            guard next == bytes.count else { throw corrupt("sections do not tile the file") }
            let info = SnapshotInfo(formatVersion: version, analyzer: analyzer, claimRules: claimRules,
                                    builtAt: Date(timeIntervalSince1970: Double(millis) / 1000), roots: roots,
                                    documentCount: documents, claimCount: claims, termCount: terms, fileCount: files,
                                    bytesOnDisk: bytes.count)
            return Header(info: info, sections: sections)
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }
}
