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
            var docs = try reader(.documents), texts = try reader(.texts)
            let documents = try DocumentStore.read(metadata: &docs, texts: &texts, strings: strings)
            var m = try reader(.manifest)
            let manifest = try Manifest.read(&m, strings: strings, documentCount: documents.count)
            var t = try reader(.titleField), x = try reader(.textField)
            let index = InvertedIndex(title: try FieldIndex.read(&t, documentCount: documents.count),
                                      text: try FieldIndex.read(&x, documentCount: documents.count))
            var c = try reader(.claims)
            let claims = try ClaimTable.read(&c, strings: strings, documentCount: documents.count)
            var info = header.info
            info.bytesOnDisk = bytes.count
            return Catalogue(info: info, documents: documents, index: index, claims: claims, manifest: manifest)
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }

    struct Header {
        var info: SnapshotInfo
        var sections: [String: Range<Int>]
    }

    static func parseHeader(_ bytes: [UInt8], file: String) throws -> Header {
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
            let corpus = try r.string()
            let documents = try r.int(), claims = try r.int(), terms = try r.int(), files = try r.int()
            let total = try r.u64()
            guard total == UInt64(bytes.count) else {
                throw corrupt("file is \(bytes.count) bytes, the header says \(total) (truncated or appended to)")
            }
            let count = try r.int(max: 64)
            var sections: [String: Range<Int>] = [:]
            for _ in 0..<count {
                let name = try r.string()
                let offset = try r.u64(), length = try r.u64(), crc = try r.u32()
                guard offset >= UInt64(headerEnd + 4), offset <= total, length <= total - offset else {
                    throw corrupt("section \(name) lies outside the file")
                }
                let range = Int(offset)..<Int(offset + length)
                let actual = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[range])) }
                guard actual == crc else { throw corrupt("checksum mismatch in section \(name)") }
                sections[name] = range
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
                                    builtAt: Date(timeIntervalSince1970: Double(millis) / 1000), corpus: corpus,
                                    documentCount: documents, claimCount: claims, termCount: terms, fileCount: files,
                                    bytesOnDisk: bytes.count)
            return Header(info: info, sections: sections)
        } catch var error as SnapshotError {
            error.file = file
            throw error
        }
    }
}
