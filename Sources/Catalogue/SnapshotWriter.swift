import Foundation

/// Serialises a segment (or the meta file, `MetaFile`) into the bytes of one file: prefix,
/// header with the section table, header checksum, then the sections, each followed by the
/// table of its blocks' CRC32s (`Index/FORMAT.md`).
public enum SnapshotWriter {
    /// One segment holding the whole of an opened catalogue, written again from what it
    /// decodes to (for a catalogue of one segment, the same bytes as that segment).
    public static func encode(_ catalogue: Catalogue) throws -> [UInt8] {
        encode(try catalogue.contents())
    }

    /// A segment file.
    static func encode(_ contents: CatalogueContents) -> [UInt8] {
        var strings = StringInterner()
        var manifest = ByteWriter(), documents = ByteWriter(), texts = ByteWriter()
        var title = ByteWriter(), text = ByteWriter(), claims = ByteWriter()
        var titlePositions = ByteWriter(), textPositions = ByteWriter()
        Manifest(contents.manifest).write(to: &manifest, strings: &strings, roots: CorpusRoots(contents.roots))
        DocumentStore.write(contents.documents, metadata: &documents, texts: &texts, strings: &strings)
        contents.index.title.write(to: &title, positions: &titlePositions)
        contents.index.text.write(to: &text, positions: &textPositions)
        SegmentClaims.write(contents.claims, to: &claims, strings: &strings)
        var stringBytes = ByteWriter()
        strings.write(to: &stringBytes)
        let header = HeaderFields(formatName: SnapshotFormat.name, analyzer: contents.analyzer, claimRules: contents.claimRules,
                                  builtAt: contents.builtAt, roots: contents.roots, documents: contents.documents.count,
                                  claims: contents.claims.count, terms: contents.termCount, files: contents.manifest.count)
        return file(header, sections: [
            (SnapshotFormat.Section.strings.rawValue, stringBytes), (SnapshotFormat.Section.manifest.rawValue, manifest),
            (SnapshotFormat.Section.documents.rawValue, documents), (SnapshotFormat.Section.texts.rawValue, texts),
            (SnapshotFormat.Section.titleField.rawValue, title), (SnapshotFormat.Section.textField.rawValue, text),
            (SnapshotFormat.Section.titlePositions.rawValue, titlePositions),
            (SnapshotFormat.Section.textPositions.rawValue, textPositions),
            (SnapshotFormat.Section.claims.rawValue, claims),
        ])
    }

    /// What a header says besides its section table.
    struct HeaderFields {
        var formatName: String
        var analyzer: String
        var claimRules: String
        var builtAt: Date
        var roots: [CorpusRoot]
        var documents: Int
        var claims: Int
        var terms: Int
        var files: Int
    }

    /// A whole file: each section's data followed by its block table, the header keeping the
    /// data's offset and length and the table's CRC.
    static func file(_ fields: HeaderFields, sections input: [(name: String, data: ByteWriter)]) -> [UInt8] {
        let blockSize = SnapshotFormat.blockSize
        var sections: [(name: String, length: Int, tableCRC: UInt32, bytes: [UInt8])] = []
        for (name, data) in input {
            var writer = data
            let length = writer.count
            let tableCRC = writer.appendBlockTable(blockSize: blockSize)
            sections.append((name, length, tableCRC, writer.bytes))
        }

        // The header holds the section offsets, which depend on the header's own length:
        // write it once with placeholder offsets (fixed-width, so the length is final), then again.
        func header(offsets: [UInt64], total: UInt64) -> [UInt8] {
            var h = ByteWriter()
            h.string(fields.formatName)
            h.string(fields.analyzer)
            h.string(fields.claimRules)
            h.u64(UInt64(bitPattern: Int64((fields.builtAt.timeIntervalSince1970 * 1000).rounded())))
            h.varint(fields.roots.count)
            for root in fields.roots {
                h.string(root.path)
                h.string(root.label)
            }
            h.varint(fields.documents)
            h.varint(fields.claims)
            h.varint(fields.terms)
            h.varint(fields.files)
            h.u64(total)
            h.u32(UInt32(blockSize))
            h.varint(sections.count)
            for (i, section) in sections.enumerated() {
                h.string(section.name)
                h.u64(offsets[i])
                h.u64(UInt64(section.length))
                h.u32(section.tableCRC)
            }
            return h.bytes
        }

        let headerLength = header(offsets: Array(repeating: 0, count: sections.count), total: 0).count
        var offsets: [UInt64] = []
        var position = UInt64(SnapshotFormat.prefixLength + headerLength + 4)
        for section in sections {
            offsets.append(position)
            position += UInt64(section.bytes.count)
        }
        let body = header(offsets: offsets, total: position)

        var out = ByteWriter(capacity: Int(position))
        out.raw(SnapshotFormat.magic)
        out.u32(SnapshotFormat.version)
        out.u32(UInt32(body.count))
        out.raw(body)
        out.u32(CRC32.checksum(out.bytes))
        for section in sections { out.raw(section.bytes) }
        return out.bytes
    }
}
