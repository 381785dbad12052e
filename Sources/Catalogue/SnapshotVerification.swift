import TextAnalysis

/// What `preuve verify` found in a sound snapshot (as Lucene's CheckIndex does): every
/// block of every section matched its checksum, and every structure decoded and agreed with
/// the header.
public struct SnapshotVerification: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
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
        // Checksums first, on every core; then the structures, section by section in file order.
        try checkAllSections()
        let strings = try snapshot.strings()
        try strings.verify()
        _ = try manifest
        try documents.verify()
        let index = try self.index
        try index.title.verify()
        try index.text.verify()
        var distinct = index.text.terms.count
        for term in 0..<index.title.terms.count where try index.text.terms.lookup(try index.title.terms.term(term)) == nil {
            distinct += 1
        }
        guard distinct == info.termCount else {
            throw SnapshotError(file: snapshot.file, problem: .corrupt("the fields hold \(distinct) distinct terms, the header says \(info.termCount)"))
        }
        try claims.verify()
        return SnapshotVerification(
            file: snapshot.file, formatVersion: info.formatVersion, bytes: snapshot.bytes.count, documents: info.documentCount,
            claims: info.claimCount, terms: info.termCount, files: info.fileCount,
            sections: snapshot.allSections.map {
                SnapshotVerification.Section(name: $0.name, offset: $0.data.range.lowerBound, length: $0.count, blocks: $0.blockCount)
            })
    }
}
