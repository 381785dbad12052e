import Foundation

/// Serialises a catalogue into the bytes of one snapshot file: prefix, header with the
/// section table, header checksum, then the sections, each followed by the table of its
/// blocks' CRC32s (`Index/FORMAT.md`).
public enum SnapshotWriter {
    /// The snapshot of an opened catalogue, written again from what it decodes to (the
    /// same bytes as the file it was opened from: nothing is lost on the way).
    public static func encode(_ catalogue: Catalogue) throws -> [UInt8] {
        encode(try catalogue.contents())
    }

    static func encode(_ contents: CatalogueContents) -> [UInt8] {
        let blockSize = SnapshotFormat.blockSize
        var strings = StringInterner()
        var manifest = ByteWriter(), documents = ByteWriter(), texts = ByteWriter()
        var title = ByteWriter(), text = ByteWriter(), claims = ByteWriter()
        Manifest(contents.manifest).write(to: &manifest, strings: &strings, roots: CorpusRoots(contents.roots))
        DocumentStore.write(contents.documents, metadata: &documents, texts: &texts, strings: &strings)
        contents.index.title.write(to: &title)
        contents.index.text.write(to: &text)
        ClaimTable.write(contents.claims, to: &claims, strings: &strings)
        var stringBytes = ByteWriter()
        strings.write(to: &stringBytes)

        // Each section: its data, then its block table; the header keeps the data's length
        // and the table's CRC.
        var sections: [(name: SnapshotFormat.Section, length: Int, tableCRC: UInt32, bytes: [UInt8])] = []
        func add(_ name: SnapshotFormat.Section, _ writer: inout ByteWriter) {
            let length = writer.count
            let tableCRC = writer.appendBlockTable(blockSize: blockSize)
            sections.append((name, length, tableCRC, writer.bytes))
            writer = ByteWriter()  // the section's bytes now live in `sections` alone
        }
        add(.strings, &stringBytes)
        add(.manifest, &manifest)
        add(.documents, &documents)
        add(.texts, &texts)
        add(.titleField, &title)
        add(.textField, &text)
        add(.claims, &claims)

        // The header holds the section offsets, which depend on the header's own length:
        // write it once with placeholder offsets (fixed-width, so the length is final), then again.
        func header(offsets: [UInt64], total: UInt64) -> [UInt8] {
            var h = ByteWriter()
            h.string(SnapshotFormat.name)
            h.string(contents.analyzer)
            h.string(contents.claimRules)
            h.u64(UInt64(bitPattern: Int64((contents.builtAt.timeIntervalSince1970 * 1000).rounded())))
            h.varint(contents.roots.count)
            for root in contents.roots {
                h.string(root.path)
                h.string(root.label)
            }
            h.varint(contents.documents.count)
            h.varint(contents.claims.count)
            h.varint(contents.termCount)
            h.varint(contents.manifest.count)
            h.u64(total)
            h.u32(UInt32(blockSize))
            h.varint(sections.count)
            for (i, section) in sections.enumerated() {
                h.string(section.name.rawValue)
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
