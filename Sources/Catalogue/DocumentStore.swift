import Documents

/// Every document of the catalogue by doc id (its index). Metadata go to the `documents`
/// section with strings interned; texts go raw, back to back, to the `texts` section.
public struct DocumentStore: Sendable {
    public let documents: [StoredDocument]

    public init(_ documents: [StoredDocument]) { self.documents = documents }

    public var count: Int { documents.count }

    public subscript(doc: Int) -> StoredDocument { documents[doc] }

    var memoryBytes: Int {
        documents.reduce(0) { $0 + 96 + $1.text.utf8.count + $1.title.utf8.count + $1.source.utf8.count }
    }

    func write(metadata w: inout ByteWriter, texts t: inout ByteWriter, strings: inout StringInterner) {
        w.varint(documents.count)
        for d in documents {
            w.varint(strings.intern(d.source))
            strings.writeOptional(d.fragment, to: &w)
            w.varint(strings.intern(d.title))
            w.varint(strings.intern(d.kind.rawValue))
            w.varint(strings.intern(d.format.rawValue))
            w.optionalInt(d.year)
            strings.writeOptional(d.language, to: &w)
            strings.writeOptional(d.identifiers.pmid, to: &w)
            strings.writeOptional(d.identifiers.doi, to: &w)
            strings.writeOptional(d.identifiers.pmc, to: &w)
            strings.writeList(d.publicationTypes, to: &w)
            strings.writeList(d.authors, to: &w)
            w.varint(strings.intern(d.contentHash))
            let textLength = d.text.utf8.count
            w.varint(textLength)
            t.string(d.text)
        }
    }

    static func read(metadata r: inout ByteReader, texts t: inout ByteReader, strings: StringTable) throws -> DocumentStore {
        let count = try r.int(max: r.end - r.offset)
        var documents: [StoredDocument] = []
        documents.reserveCapacity(count)
        for _ in 0..<count {
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
            let textLength = try r.int(max: t.end - t.offset)
            let text = try t.string()
            guard text.utf8.count == textLength else {
                throw SnapshotError.malformed(section: t.section, detail: "text length mismatch")
            }
            var d = StoredDocument(Document(source: source, fragment: fragment, contentHash: contentHash, format: format,
                                            kind: kind, title: title, language: language, year: year, authors: authors,
                                            publicationTypes: publicationTypes, identifiers: ids))
            d.text = text
            documents.append(d)
        }
        return DocumentStore(documents)
    }
}
