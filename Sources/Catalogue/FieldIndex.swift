/// One field (title or text) of the inverted index as an index build holds it: its terms,
/// its postings in one contiguous buffer (term i at `postingStarts[i]..<postingStarts[i+1]`),
/// each term's document frequency, and each document's length in tokens for BM25.
struct BuiltField: Sendable {
    let terms: SortedTerms
    let postings: [UInt8]
    let postingStarts: [UInt64]
    let docFrequencies: [UInt32]
    let lengths: [UInt32]

    func forEachPosting(_ term: Int, positions: Bool, _ body: (_ doc: Int, _ frequency: Int, _ positions: [UInt32]) -> Void) {
        postings.withUnsafeBytes { all in
            Postings.forEach(UnsafeRawBufferPointer(rebasing: all[Int(postingStarts[term])..<Int(postingStarts[term + 1])]),
                             count: Int(docFrequencies[term]), documentCount: lengths.count, positions: positions, body)
        }
    }

    /// The `field.*` section, laid out to be read in place:
    ///
    ///     u32 N documents, u64 total length, N × u32 lengths (tokens per document)
    ///     u32 T terms, T+1 × u64 term offsets, the terms' UTF-8 (sorted bytewise)
    ///     T × u32 document frequencies, T+1 × u64 postings offsets, the postings
    func write(to w: inout ByteWriter) {
        w.u32(UInt32(lengths.count))
        w.u64(lengths.reduce(0) { $0 + UInt64($1) })
        for length in lengths { w.u32(length) }
        w.u32(UInt32(terms.count))
        for start in terms.starts { w.u64(UInt64(start)) }
        w.raw(terms.bytes)
        for frequency in docFrequencies { w.u32(frequency) }
        for start in postingStarts { w.u64(start) }
        w.raw(postings)
    }
}

/// A term's postings, per document in increasing doc id: `varint` doc id delta, `varint`
/// frequency, then `frequency` varint position deltas.
enum Postings {
    /// Calls `body` with each document, its frequency and (when `positions` is true) its
    /// positions; skips the positions' bytes otherwise. Stops quietly at the first
    /// inconsistent byte rather than trapping (`preuve verify` reports them).
    static func forEach(_ buf: UnsafeRawBufferPointer, count: Int, documentCount: Int, positions wantPositions: Bool,
                        _ body: (_ doc: Int, _ frequency: Int, _ positions: [UInt32]) -> Void) {
        var offset = 0
        let end = buf.count
        var doc = 0
        var positions: [UInt32] = []
        for _ in 0..<count {
            guard let delta = Varint.read(buf, &offset, end: end),
                  let freq = Varint.read(buf, &offset, end: end), freq <= UInt64(end - offset) else { return }
            guard delta < UInt64(documentCount) else { return }
            doc += Int(delta)
            guard doc < documentCount else { return }
            positions.removeAll(keepingCapacity: true)
            if wantPositions {
                var position: UInt32 = 0
                for _ in 0..<freq {
                    guard let step = Varint.read(buf, &offset, end: end) else { return }
                    position &+= UInt32(truncatingIfNeeded: step)
                    positions.append(position)
                }
            } else {
                // The positions' varints are passed over without decoding them.
                guard skipVarints(buf, &offset, count: Int(freq), end: end) else { return }
            }
            body(doc, Int(freq), positions)
        }
    }

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

    /// How many documents the postings hold, checking that they decode exactly: ids
    /// increasing and below `documentCount`, every byte used (`preuve verify`).
    static func verify(_ buf: UnsafeRawBufferPointer, count: Int, documentCount: Int) -> String? {
        var offset = 0
        var doc = -1
        for i in 0..<count {
            guard let delta = Varint.read(buf, &offset, end: buf.count), let freq = Varint.read(buf, &offset, end: buf.count) else {
                return "posting \(i) is cut short"
            }
            guard (i == 0 || delta > 0), delta < UInt64(documentCount) else { return "posting \(i) has doc id delta \(delta)" }
            doc = (i == 0 ? 0 : doc) + Int(delta)
            guard doc < documentCount else { return "posting \(i) names document \(doc) of \(documentCount)" }
            guard freq > 0, freq <= UInt64(buf.count - offset) else { return "posting \(i) has frequency \(freq)" }
            for _ in 0..<freq {
                guard Varint.read(buf, &offset, end: buf.count) != nil else { return "posting \(i) has a bad position" }
            }
        }
        return offset == buf.count ? nil : "\(buf.count - offset) bytes after the last posting"
    }
}

/// One field (title or text) of one segment, read in place from its `field.*`
/// section: the term dictionary is binary-searched where it lies, a term's postings are
/// checked and decoded when the term is searched for, and documents' lengths are read from
/// the mapped table. Doc ids are the segment's own.
struct SegmentField: Sendable {
    let section: CheckedSection
    let terms: TermDictionary
    let documentCount: Int
    let totalLength: UInt64
    /// The lengths table, checked once when the field is opened.
    private let lengths: FileSlice
    private let frequenciesStart: Int
    private let postingOffsetsStart: Int
    private let postingsStart: Int
    private let postingsLength: Int

    init(_ section: CheckedSection, documentCount expected: Int) throws {
        self.section = section
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
        postingsStart = postingOffsetsStart + 8 * (t + 1)
        guard postingsStart <= section.count else { throw section.corrupt("the postings table does not fit") }
        postingsLength = try section.offset(at: postingOffsetsStart + 8 * t, within: section.count - postingsStart)
        guard postingsStart + postingsLength == section.count else {
            throw section.corrupt("postings length mismatch")
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

    /// Term `term`'s postings bytes, checked, and how many documents they hold.
    func postings(_ term: Int) throws -> (bytes: FileSlice, count: Int) {
        let count = try documentFrequency(term)
        return (try section.bytes(try postingsRange(term)), count)
    }

    /// Calls `body` with each document containing the term, its frequency, and (when
    /// `positions` is true) its positions; the postings' blocks are checked first.
    func forEachPosting(_ term: Int, positions: Bool, _ body: (_ doc: Int, _ frequency: Int, _ positions: [UInt32]) -> Void) throws {
        let count = try documentFrequency(term)
        let bytes = try section.bytes(try postingsRange(term))
        bytes.withUnsafeBytes { Postings.forEach($0, count: count, documentCount: documentCount, positions: positions, body) }
    }

    /// The whole field, checked and decoded (`preuve verify`): lengths sum to the total, terms
    /// in order, every term's postings decode to its document frequency.
    func verify() throws {
        try section.checkAll()
        var sum: UInt64 = 0
        for doc in 0..<documentCount { sum += UInt64(length(of: doc)) }
        guard sum == totalLength else { throw section.corrupt("lengths sum to \(sum), the field says \(totalLength)") }
        try terms.verifyOrder()
        for term in 0..<terms.count {
            let count = try documentFrequency(term)
            guard count > 0, count <= documentCount else { throw section.corrupt("term \(term) has document frequency \(count)") }
            let problem = try section.bytes(try postingsRange(term)).withUnsafeBytes {
                Postings.verify($0, count: count, documentCount: documentCount)
            }
            if let problem { throw section.corrupt("term \(try terms.term(term)): \(problem)") }
        }
    }
}
