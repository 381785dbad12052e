/// One field (title or text) of the inverted index as an index build holds it: its terms,
/// its postings in one contiguous buffer (term i at `postingStarts[i]..<postingStarts[i+1]`,
/// laid out as `BlockPostings` says), its positions in another (term i at
/// `positionStarts[i]..<positionStarts[i+1]`), each term's document frequency, and each
/// document's length in tokens for BM25.
struct BuiltField: Sendable {
    let terms: SortedTerms
    let postings: [UInt8]
    let postingStarts: [UInt64]
    let positions: [UInt8]
    let positionStarts: [UInt64]
    let docFrequencies: [UInt32]
    let lengths: [UInt32]

    /// The `field.*` section, laid out to be read in place, and the `positions.*` section:
    ///
    ///     u32 N documents, u64 total length, N × u32 lengths (tokens per document)
    ///     u32 T terms, T+1 × u64 term offsets, the terms' UTF-8 (sorted bytewise)
    ///     T × u32 document frequencies, T+1 × u64 postings offsets, T+1 × u64 positions
    ///     offsets (into the positions section), the postings
    func write(to w: inout ByteWriter, positions p: inout ByteWriter) {
        w.u32(UInt32(lengths.count))
        w.u64(lengths.reduce(0) { $0 + UInt64($1) })
        for length in lengths { w.u32(length) }
        w.u32(UInt32(terms.count))
        for start in terms.starts { w.u64(UInt64(start)) }
        w.raw(terms.bytes)
        for frequency in docFrequencies { w.u32(frequency) }
        for start in postingStarts { w.u64(start) }
        for start in positionStarts { w.u64(start) }
        w.raw(postings)
        p.raw(positions)
    }
}

/// Lays out a field's postings term by term, in term order (`BlockPostings`).
struct FieldPostingsBuilder {
    private(set) var postings: [UInt8] = []
    private(set) var postingStarts: [UInt64] = [0]
    private(set) var positions: [UInt8] = []
    private(set) var positionStarts: [UInt64] = [0]
    private(set) var docFrequencies: [UInt32] = []
    let lengths: [UInt32]

    init(lengths: [UInt32]) { self.lengths = lengths }

    /// The next term's documents (increasing), their frequencies, and their positions as
    /// varint deltas, each document's in turn.
    mutating func add(docs: [UInt32], frequencies: [UInt32], positions termPositions: [UInt8]) {
        termPositions.withUnsafeBytes {
            BlockPostings.encode(docs: docs, frequencies: frequencies, positions: $0, lengths: lengths, into: &postings)
        }
        positions.append(contentsOf: termPositions)
        postingStarts.append(UInt64(postings.count))
        positionStarts.append(UInt64(positions.count))
        docFrequencies.append(UInt32(docs.count))
    }

    func finish(terms: SortedTerms) -> BuiltField {
        BuiltField(terms: terms, postings: postings, postingStarts: postingStarts, positions: positions,
                   positionStarts: positionStarts, docFrequencies: docFrequencies, lengths: lengths)
    }
}

enum Postings {
    /// Moves `offset` past `count` varints without decoding them, eight bytes at a time (a
    /// varint ends at each byte below 0x80); false when the bytes run out first.
    @inline(__always)
    static func skipVarints(_ buf: UnsafeRawBufferPointer, _ offset: inout Int, count: Int, end: Int) -> Bool {
        var left = count
        var o = offset
        while left > 0 {
            if o + 8 <= end {
                let word = UInt64(littleEndian: buf.loadUnaligned(fromByteOffset: o, as: UInt64.self))
                var stops = ~word & 0x8080_8080_8080_8080
                let n = stops.nonzeroBitCount
                if n < left {
                    left -= n
                    o += 8
                    continue
                }
                // The left-th last byte of a varint in this word.
                for _ in 1..<left { stops &= stops - 1 }
                o += stops.trailingZeroBitCount / 8 + 1
                left = 0
            } else {
                guard o < end else { return false }
                if buf[o] < 0x80 { left -= 1 }
                o += 1
            }
        }
        offset = o
        return true
    }
}

/// One field (title or text) of one segment, read in place from its `field.*`
/// section: the term dictionary is binary-searched where it lies, a term's postings are
/// checked and decoded when the term is searched for, and documents' lengths are read from
/// the mapped table. Positions are in the `positions.*` section, read by phrases alone.
/// Doc ids are the segment's own.
struct SegmentField: Sendable {
    let section: CheckedSection
    let positionsSection: CheckedSection
    let terms: TermDictionary
    let documentCount: Int
    let totalLength: UInt64
    /// The lengths table, checked once when the field is opened.
    private let lengths: FileSlice
    private let frequenciesStart: Int
    private let postingOffsetsStart: Int
    private let positionOffsetsStart: Int
    private let postingsStart: Int
    private let postingsLength: Int

    init(_ section: CheckedSection, positions: CheckedSection, documentCount expected: Int) throws {
        self.section = section
        positionsSection = positions
        let n = Int(try section.u32(at: 0))
        guard n == expected else { throw section.corrupt("\(n) lengths for \(expected) documents") }
        documentCount = n
        totalLength = try section.u64(at: 4)
        let termsAt = 12 + 4 * n
        lengths = try section.bytes(12..<termsAt)
        let t = Int(try section.u32(at: termsAt))
        let offsetsStart = termsAt + 4
        let bytesStart = offsetsStart + 8 * (t + 1)
        guard bytesStart <= section.count else { throw section.corrupt("\(t) terms do not fit in \(section.count) bytes") }
        let termBytes = try section.offset(at: offsetsStart + 8 * t, within: section.count - bytesStart)
        terms = TermDictionary(section: section, count: t, offsetsStart: offsetsStart, bytesStart: bytesStart, bytesLength: termBytes)
        frequenciesStart = bytesStart + termBytes
        postingOffsetsStart = frequenciesStart + 4 * t
        positionOffsetsStart = postingOffsetsStart + 8 * (t + 1)
        postingsStart = positionOffsetsStart + 8 * (t + 1)
        guard postingsStart <= section.count else { throw section.corrupt("the postings table does not fit") }
        postingsLength = try section.offset(at: postingOffsetsStart + 8 * t, within: section.count - postingsStart)
        guard postingsStart + postingsLength == section.count else {
            throw section.corrupt("postings length mismatch")
        }
        guard try section.offset(at: positionOffsetsStart + 8 * t, within: positions.count) == positions.count else {
            throw section.corrupt("positions length mismatch")
        }
    }

    /// Tokens in the field of `doc` (a doc id below `documentCount`).
    func length(of doc: Int) -> Int { Int(lengths.u32(at: 4 * doc)) }

    func documentFrequency(_ term: Int) throws -> Int {
        guard term >= 0, term < terms.count else { throw section.corrupt("no term \(term)") }
        let frequency = Int(try section.u32(at: frequenciesStart + 4 * term))
        // Callers reserve room by it: a frequency past the documents is damage.
        guard frequency <= documentCount else { throw section.corrupt("term \(term) is in \(frequency) of \(documentCount) documents") }
        return frequency
    }

    /// Term `term`'s postings bytes, relative to the section.
    private func postingsRange(_ term: Int) throws -> Range<Int> {
        let start = try section.offset(at: postingOffsetsStart + 8 * term, within: postingsLength)
        let end = try section.offset(at: postingOffsetsStart + 8 * (term + 1), within: postingsLength)
        guard start <= end else { throw section.corrupt("term \(term) has postings \(start)..<\(end)") }
        return postingsStart + start..<postingsStart + end
    }

    /// Term `term`'s positions bytes, relative to the positions section (read from this
    /// section's table; the positions themselves are not touched).
    func positionsRange(_ term: Int) throws -> Range<Int> {
        let start = try section.offset(at: positionOffsetsStart + 8 * term, within: positionsSection.count)
        let end = try section.offset(at: positionOffsetsStart + 8 * (term + 1), within: positionsSection.count)
        guard start <= end else { throw section.corrupt("term \(term) has positions \(start)..<\(end)") }
        return start..<end
    }

    /// Term `term`'s postings bytes, checked, and how many documents they hold.
    func postings(_ term: Int) throws -> (bytes: FileSlice, count: Int) {
        let count = try documentFrequency(term)
        return (try section.bytes(try postingsRange(term)), count)
    }

    /// Calls `body` with each document containing the term, its frequency, and (when
    /// `positions` is true) its positions; the postings' blocks are checked first, and the
    /// positions' when read.
    func forEachPosting(_ term: Int, positions wantPositions: Bool,
                        _ body: (_ doc: Int, _ frequency: Int, _ positions: [UInt32]) -> Void) throws {
        let (bytes, count) = try postings(term)
        let positionsRange = wantPositions ? try positionsRange(term) : 0..<0
        try bytes.withUnsafeBytes { data in
            try positionsSection.data.withUnsafeBytes { all in
                var cursor = BlockCursor(data, count: count, documentCount: documentCount)
                var reader = TermPositions(section: positionsSection, range: positionsRange, all: all)
                var positions: [UInt32] = []
                while cursor.next() {
                    if wantPositions { try reader.positions(of: &cursor, into: &positions) }
                    body(cursor.doc, cursor.frequency, positions)
                }
            }
        }
    }

    /// Calls `body` with each document containing the term, its frequency and the field's
    /// length in it (read from the mapped table, not through a call per posting).
    func forEachPostingWithLength(_ term: Int, _ body: (_ doc: Int, _ frequency: Int, _ length: Int) -> Void) throws {
        let (bytes, count) = try postings(term)
        bytes.withUnsafeBytes { data in
            lengths.withUnsafeBytes { table in
                var cursor = BlockCursor(data, count: count, documentCount: documentCount)
                // The cursor's documents are below `documentCount`, whose lengths the table holds.
                while cursor.next() {
                    body(cursor.doc, cursor.frequency,
                         Int(UInt32(littleEndian: table.loadUnaligned(fromByteOffset: 4 * cursor.doc, as: UInt32.self))))
                }
            }
        }
    }

    /// Calls `body` with each document containing the term that is in `filter`, its
    /// frequency and the field's length in it: blocks that hold no document of the filter
    /// are passed over undecoded.
    func forEachPosting(_ term: Int, in filter: DocumentBitmap, _ body: (_ doc: Int, _ frequency: Int, _ length: Int) -> Void) throws {
        let (bytes, count) = try postings(term)
        bytes.withUnsafeBytes { data in
            lengths.withUnsafeBytes { table in
                var cursor = BlockCursor(data, count: count, documentCount: documentCount)
                while cursor.nextBlock(where: { filter.containsAny($0, $1) }) {
                    while true {
                        if filter.contains(cursor.doc) {
                            body(cursor.doc, cursor.frequency,
                                 Int(UInt32(littleEndian: table.loadUnaligned(fromByteOffset: 4 * cursor.doc, as: UInt32.self))))
                        }
                        guard cursor.leftInBlock > 0, cursor.next() else { break }
                    }
                }
            }
        }
    }

    /// The whole field, checked and decoded (`preuve verify`): lengths sum to the total, terms
    /// in order, every term's postings and positions decode to its document frequency.
    func verify() throws {
        try section.checkAll()
        try positionsSection.checkAll()
        var sum: UInt64 = 0
        for doc in 0..<documentCount { sum += UInt64(length(of: doc)) }
        guard sum == totalLength else { throw section.corrupt("lengths sum to \(sum), the field says \(totalLength)") }
        try terms.verifyOrder()
        var previousPositionsEnd = 0
        for term in 0..<terms.count {
            let count = try documentFrequency(term)
            guard count > 0, count <= documentCount else { throw section.corrupt("term \(term) has document frequency \(count)") }
            let positions = try positionsRange(term)
            guard positions.lowerBound == previousPositionsEnd else { throw section.corrupt("term \(term)'s positions do not follow the previous term's") }
            previousPositionsEnd = positions.upperBound
            let problem = try section.bytes(try postingsRange(term)).withUnsafeBytes { data in
                positionsSection.data.withUnsafeBytes { all in
                    BlockPostings.verify(data, positions: UnsafeRawBufferPointer(rebasing: all[positions]), count: count,
                                         documentCount: documentCount, length: length(of:))
                }
            }
            if let problem { throw section.corrupt("term \(try terms.term(term)): \(problem)") }
        }
    }
}
