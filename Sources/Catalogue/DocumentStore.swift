import Documents

/// Every document of the catalogue by doc id, read in place from the snapshot: a
/// document's metadata and its text are found through offset tables and decoded one
/// document at a time, so a search that shows ten documents decodes ten.
///
/// Sections: `documents` is `u32` N, N+1 `u64` offsets of each document's record (from
/// the end of the table), then the records; `texts` is `u32` N, N+1 `u64` offsets, then the
/// texts' UTF-8 back to back.
public struct DocumentStore: Sendable {
    let view: IndexView

    /// The number of live documents, as the header says (each section is held to it on first use).
    public var count: Int { view.info.documentCount }

    /// The document's metadata and text.
    public subscript(doc: Int) -> StoredDocument {
        get throws {
            var document = try metadata(doc)
            document.text = try text(of: doc)
            return document
        }
    }

    /// Every document, texts included (tests, tools and re-indexing).
    public var documents: [StoredDocument] {
        get throws { try (0..<count).map { try self[$0] } }
    }

    public func text(of doc: Int) throws -> String {
        let (part, local) = try view.locate(doc)
        return try Self.text(of: local, in: part.segment)
    }

    /// The document without its text (left empty): what a result list and `stats` show.
    public func metadata(_ doc: Int) throws -> StoredDocument {
        let (part, local) = try view.locate(doc)
        return try Self.metadata(local, in: part.segment)
    }

    static func text(of doc: Int, in snapshot: OpenedSnapshot) throws -> String {
        let section = try snapshot.section(.texts)
        let table = try snapshot.textTable()
        let slice = try section.bytes(try table.range(of: doc))
        return slice.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    static func metadata(_ doc: Int, in snapshot: OpenedSnapshot) throws -> StoredDocument {
        let section = try snapshot.section(.documents)
        let range = try snapshot.documentTable().range(of: doc)
        var r = ByteReader(try section.bytes(range), section: section.name)
        return try Self.readRecord(&r, strings: try snapshot.strings())
    }

    func kind(of doc: Int) throws -> DocumentKind { try metadata(doc).kind }

    static func write(_ documents: [StoredDocument], metadata w: inout ByteWriter, texts t: inout ByteWriter,
                      strings: inout StringInterner) {
        var records = ByteWriter()
        var recordOffsets: [UInt64] = [0]
        recordOffsets.reserveCapacity(documents.count + 1)
        var textOffset: UInt64 = 0
        t.u32(UInt32(documents.count))
        t.u64(0)
        for d in documents {
            records.varint(strings.intern(d.source))
            strings.writeOptional(d.fragment, to: &records)
            records.varint(strings.intern(d.title))
            records.varint(strings.intern(d.kind.rawValue))
            records.varint(strings.intern(d.format.rawValue))
            records.optionalInt(d.year)
            strings.writeOptional(d.language, to: &records)
            strings.writeOptional(d.identifiers.pmid, to: &records)
            strings.writeOptional(d.identifiers.doi, to: &records)
            strings.writeOptional(d.identifiers.pmc, to: &records)
            strings.writeList(d.publicationTypes, to: &records)
            strings.writeList(d.authors, to: &records)
            records.varint(strings.intern(d.contentHash))
            recordOffsets.append(UInt64(records.count))
            textOffset += UInt64(d.text.utf8.count)
            t.u64(textOffset)
        }
        for d in documents { t.raw(d.text.utf8) }
        w.u32(UInt32(documents.count))
        for offset in recordOffsets { w.u64(offset) }
        w.raw(records.bytes)
    }

    static func readRecord(_ r: inout ByteReader, strings: StringTable) throws -> StoredDocument {
        let source = try strings.string(&r)
        let fragment = try strings.optionalString(&r)
        let title = try strings.string(&r)
        let kindName = try strings.string(&r)
        let formatName = try strings.string(&r)
        guard let kind = DocumentKind(rawValue: kindName), let format = DocumentFormat(rawValue: formatName) else {
            throw SnapshotError.malformed(section: r.section, detail: "unknown kind \(kindName) or format \(formatName)")
        }
        let year = try r.optionalInt()
        let language = try strings.optionalString(&r)
        let ids = Identifiers(pmid: try strings.optionalString(&r), doi: try strings.optionalString(&r), pmc: try strings.optionalString(&r))
        let publicationTypes = try strings.stringList(&r)
        let authors = try strings.stringList(&r)
        let contentHash = try strings.string(&r)
        guard r.isAtEnd else { throw SnapshotError.malformed(section: r.section, detail: "a document record is longer than its fields") }
        return StoredDocument(Document(source: source, fragment: fragment, contentHash: contentHash, format: format,
                                       kind: kind, title: title, language: language, year: year, authors: authors,
                                       publicationTypes: publicationTypes, identifiers: ids))
    }

    /// Every record of a segment decodes and every text lies in order within its section (`preuve verify`).
    static func verify(_ snapshot: OpenedSnapshot) throws {
        let records = try snapshot.documentTable(), texts = try snapshot.textTable()
        try records.verify()
        try texts.verify()
        try snapshot.section(.texts).checkAll()
        for doc in 0..<snapshot.info.documentCount { _ = try metadata(doc, in: snapshot) }
    }
}

/// The `u32` count and `count + 1` `u64` offsets that open the `strings`, `documents` and
/// `texts` sections: item i is the bytes `offsets[i]..<offsets[i+1]` after the table.
struct OffsetTable: Sendable {
    let section: CheckedSection
    let count: Int
    let offsets: FileSlice
    let dataStart: Int
    /// What an item is, for errors ("entry", "string").
    let item: String

    /// `expectedCount`: the number of items the header announces, when it announces one.
    init(_ section: CheckedSection, expectedCount: Int? = nil, item: String = "entry") throws {
        let count = Int(try section.u32(at: 0))
        if let expectedCount, count != expectedCount {
            throw section.corrupt("\(count) entries, the header says \(expectedCount) documents")
        }
        let tableEnd = 4 + 8 * (count + 1)
        guard tableEnd <= section.count else { throw section.corrupt("\(count) \(item) offsets do not fit in \(section.count) bytes") }
        self.count = count
        self.section = section
        self.item = item
        dataStart = tableEnd
        offsets = try section.bytes(4..<tableEnd)
        guard offsets.u64(at: 0) == 0, offsets.u64(at: 8 * count) == UInt64(section.count - tableEnd) else {
            throw section.corrupt("the \(item) offsets do not span the section")
        }
    }

    /// Item `i`'s bytes, relative to the section.
    func range(of i: Int) throws -> Range<Int> {
        guard i >= 0, i < count else { throw section.corrupt("no \(item) \(i) of \(count)") }
        let start = offsets.u64(at: 8 * i), end = offsets.u64(at: 8 * (i + 1))
        guard start <= end, end <= UInt64(section.count - dataStart) else {
            throw section.corrupt("\(item) \(i) has offsets \(start)..<\(end)")
        }
        return dataStart + Int(start)..<dataStart + Int(end)
    }

    /// Every offset in order (`preuve verify`).
    func verify() throws {
        var previous: UInt64 = 0
        for i in 0...count {
            let offset = offsets.u64(at: 8 * i)
            guard offset >= previous else { throw section.corrupt("\(item) offsets out of order at \(i)") }
            previous = offset
        }
    }
}
