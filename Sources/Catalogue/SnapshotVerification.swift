import TextAnalysis

/// What `preuve verify` found in a sound snapshot (as Lucene's CheckIndex does): every
/// block of every section matched its checksum, and every structure decoded and agreed with
/// the header.
public struct SnapshotVerification: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        /// The file it is in: the meta file's name or a segment's.
        public var file: String
        public var name: String
        /// Where the section's data starts in the file, its length, and its checked blocks.
        public var offset: Int
        public var length: Int
        public var blocks: Int
    }

    public var file: String
    public var formatVersion: UInt32
    public var bytes: Int
    public var documents: Int
    public var claims: Int
    public var terms: Int
    public var files: Int
    /// The segment files read.
    public var segments: Int
    /// The meta file's sections, then each segment's.
    public var sections: [Section]
}

extension Catalogue {
    /// Opens the snapshot of `store` and checks all of it: every block of every section
    /// against its checksum, then every structure (offsets in order and in bounds, terms in
    /// order, postings that decode to their document frequency, document and claim records
    /// that decode, counts that agree with the header). The first problem is thrown as the
    /// `SnapshotError` a reader would meet, naming the file and the section. Nil when there is
    /// no snapshot.
    public static func verify(store: any SnapshotStore, analyzer: Analyzer = .search) throws -> SnapshotVerification? {
        guard let catalogue = try load(from: store, analyzer: analyzer) else { return nil }
        return try catalogue.verify()
    }

    public func verify() throws -> SnapshotVerification {
        // Checksums first, on every core; then the structures, file by file.
        try checkAllSections()
        var sections: [SnapshotVerification.Section] = []
        if let meta = view.meta {
            try meta.verifyStrings()
            _ = try manifest
            sections += meta.allSections.map {
                SnapshotVerification.Section(file: SnapshotFormat.fileName, name: $0.name, offset: $0.data.range.lowerBound, length: $0.count, blocks: $0.blockCount)
            }
        }
        for part in view.parts {
            try Self.verify(part.segment)
            sections += part.segment.allSections.map {
                SnapshotVerification.Section(file: part.name, name: $0.name, offset: $0.data.range.lowerBound, length: $0.count, blocks: $0.blockCount)
            }
        }
        if view.meta != nil {
            // The meta file's facts against the segments' live documents.
            func corrupt(_ detail: String) -> SnapshotError { SnapshotError(file: view.file, problem: .corrupt(detail)) }
            for part in view.parts where try IndexWriter.dirtyGroups(part) != part.dirtyGroups.values.sorted(by: { $0.group < $1.group }) {
                throw corrupt("section segments: the claim groups with deleted documents of \(part.name) are not those listed")
            }
            let live = try IndexWriter.liveFacts(view)
            guard live.claims == info.claimCount else { throw corrupt("the segments hold \(live.claims) live claims, the header says \(info.claimCount)") }
            guard live.terms == info.termCount else { throw corrupt("the segments hold \(live.terms) distinct live terms, the header says \(info.termCount)") }
            guard live.lengths == view.totalLengths else { throw corrupt("section segments: the fields' total lengths are not those of the live documents") }
            let entries = try manifest.entries
            var next = 0
            for entry in entries.sorted(by: { $0.firstDocument < $1.firstDocument }) where entry.documentCount > 0 {
                guard entry.firstDocument == next else { throw corrupt("section manifest: the files' documents do not tile 0..<\(info.documentCount)") }
                next += entry.documentCount
            }
        }
        return SnapshotVerification(
            file: view.file, formatVersion: info.formatVersion, bytes: info.bytesOnDisk ?? view.parts.first?.segment.bytes.count ?? 0,
            documents: info.documentCount, claims: info.claimCount, terms: info.termCount, files: info.fileCount,
            segments: view.parts.count, sections: sections)
    }

    /// Every structure of one segment, its checksums checked already.
    static func verify(_ segment: OpenedSnapshot) throws {
        let file = segment.file
        do {
            try segment.strings().verify()
            _ = try segment.manifest()
            try DocumentStore.verify(segment)
            let title = try segment.field(.title), text = try segment.field(.text)
            try title.verify()
            try text.verify()
            var distinct = text.terms.count
            for term in 0..<title.terms.count where try text.terms.lookup(try title.terms.term(term)) == nil {
                distinct += 1
            }
            guard distinct == segment.info.termCount else {
                throw SnapshotError(file: file, problem: .corrupt("the fields hold \(distinct) distinct terms, the header says \(segment.info.termCount)"))
            }
            try segment.claims().verify()
        } catch var error as SnapshotError {
            if error.file.isEmpty { error.file = file }
            throw error
        }
    }
}
