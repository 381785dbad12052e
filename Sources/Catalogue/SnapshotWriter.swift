import Foundation

/// Serialises a catalogue into the bytes of one snapshot file: prefix, header with the
/// section table, header checksum, then the sections, each with its own CRC32.
public enum SnapshotWriter {
    public static func encode(_ catalogue: Catalogue) -> [UInt8] {
        var strings = StringInterner()
        var manifest = ByteWriter(), documents = ByteWriter(), texts = ByteWriter()
        var title = ByteWriter(), text = ByteWriter(), claims = ByteWriter()
        catalogue.manifest.write(to: &manifest, strings: &strings, roots: CorpusRoots(catalogue.info.roots))
        catalogue.documents.write(metadata: &documents, texts: &texts, strings: &strings)
        catalogue.index.title.write(to: &title)
        catalogue.index.text.write(to: &text)
        catalogue.claims.write(to: &claims, strings: &strings)
        var stringBytes = ByteWriter()
        strings.write(to: &stringBytes)

        let sections: [(SnapshotFormat.Section, [UInt8])] = [
            (.strings, stringBytes.bytes), (.manifest, manifest.bytes), (.documents, documents.bytes),
            (.texts, texts.bytes), (.titleField, title.bytes), (.textField, text.bytes), (.claims, claims.bytes),
        ]

        // The header holds the section offsets, which depend on the header's own length:
        // write it once with placeholder offsets (fixed-width, so the length is final), then again.
        func header(offsets: [UInt64], total: UInt64) -> [UInt8] {
            var h = ByteWriter()
            let info = catalogue.info
            h.string(SnapshotFormat.name)
            h.string(info.analyzer)
            h.string(info.claimRules)
            h.u64(UInt64(bitPattern: Int64((info.builtAt.timeIntervalSince1970 * 1000).rounded())))
            h.varint(info.roots.count)
            for root in info.roots {
                h.string(root.path)
                h.string(root.label)
            }
            h.varint(catalogue.documents.count)
            h.varint(catalogue.claims.count)
            h.varint(info.termCount)
            h.varint(catalogue.manifest.entries.count)
            h.u64(total)
            h.varint(sections.count)
            for (i, (section, bytes)) in sections.enumerated() {
                h.string(section.rawValue)
                h.u64(offsets[i])
                h.u64(UInt64(bytes.count))
                h.u32(CRC32.checksum(bytes))
            }
            return h.bytes
        }

        let headerLength = header(offsets: Array(repeating: 0, count: sections.count), total: 0).count
        var offsets: [UInt64] = []
        var position = UInt64(SnapshotFormat.prefixLength + headerLength + 4)
        for (_, bytes) in sections {
            offsets.append(position)
            position += UInt64(bytes.count)
        }
        let body = header(offsets: offsets, total: position)

        var out = ByteWriter(capacity: Int(position))
        out.raw(SnapshotFormat.magic)
        out.u32(SnapshotFormat.version)
        out.u32(UInt32(body.count))
        out.raw(body)
        out.u32(CRC32.checksum(out.bytes))
        for (_, bytes) in sections { out.raw(bytes) }
        return out.bytes
    }
}
