/// One field (title or text) of the inverted index: its term dictionary, its postings in
/// one contiguous buffer (term i at `postingStarts[i]..<postingStarts[i+1]`), each term's
/// document frequency, and each document's length in tokens for BM25.
public struct FieldIndex: Sendable {
    public let terms: TermDictionary
    let postings: [UInt8]
    let postingStarts: [UInt64]
    let docFrequencies: [UInt32]
    let lengths: [UInt32]
    public let totalLength: UInt64

    init(terms: TermDictionary, postings: [UInt8], postingStarts: [UInt64], docFrequencies: [UInt32], lengths: [UInt32]) {
        self.terms = terms
        self.postings = postings
        self.postingStarts = postingStarts
        self.docFrequencies = docFrequencies
        self.lengths = lengths
        self.totalLength = lengths.reduce(0) { $0 + UInt64($1) }
    }

    public var documentCount: Int { lengths.count }

    public var averageLength: Double {
        lengths.isEmpty ? 0 : Double(totalLength) / Double(lengths.count)
    }

    func length(of doc: Int) -> Int { Int(lengths[doc]) }

    func documentFrequency(_ term: Int) -> Int { Int(docFrequencies[term]) }

    /// Bytes held, for `preuve stats`.
    var memoryBytes: Int {
        terms.bytes.count + terms.starts.count * 4 + postings.count + postingStarts.count * 8
            + docFrequencies.count * 4 + lengths.count * 4
    }

    /// Calls `body` with each document containing the term, its frequency, and (when
    /// `positions` is true) its positions; skips the positions' bytes otherwise. Stops
    /// quietly at the first inconsistent byte rather than trapping.
    func forEachPosting(_ term: Int, positions wantPositions: Bool, _ body: (_ doc: Int, _ frequency: Int, _ positions: [UInt32]) -> Void) {
        postings.withUnsafeBufferPointer { buf in
            var offset = Int(postingStarts[term])
            let end = Int(postingStarts[term + 1])
            var doc = 0
            var positions: [UInt32] = []
            for _ in 0..<docFrequencies[term] {
                guard let delta = Varint.read(buf, &offset, end: end),
                      let freq = Varint.read(buf, &offset, end: end), freq <= UInt64(end - offset) else { return }
                doc += Int(delta)
                guard doc < lengths.count else { return }
                positions.removeAll(keepingCapacity: true)
                var position: UInt32 = 0
                for _ in 0..<freq {
                    if wantPositions {
                        guard let step = Varint.read(buf, &offset, end: end) else { return }
                        position &+= UInt32(truncatingIfNeeded: step)
                        positions.append(position)
                    } else {
                        // Skip one varint without decoding it.
                        while offset < end, buf[offset] >= 0x80 { offset += 1 }
                        offset += 1
                    }
                }
                body(doc, Int(freq), positions)
            }
        }
    }

    func write(to w: inout ByteWriter) {
        w.varint(lengths.count)
        for length in lengths { w.varint(UInt64(length)) }
        terms.write(to: &w)
        for i in 0..<terms.count {
            w.varint(UInt64(docFrequencies[i]))
            w.varint(postingStarts[i + 1] - postingStarts[i])
        }
        w.varint(postings.count)
        w.raw(postings)
    }

    static func read(_ r: inout ByteReader, documentCount: Int) throws -> FieldIndex {
        let count = try r.int()
        guard count == documentCount else {
            throw SnapshotError.malformed(section: r.section, detail: "\(count) lengths for \(documentCount) documents")
        }
        var lengths: [UInt32] = []
        lengths.reserveCapacity(count)
        for _ in 0..<count { lengths.append(UInt32(try r.int(max: Int(UInt32.max)))) }
        let terms = try TermDictionary.read(&r)
        var docFrequencies: [UInt32] = []
        docFrequencies.reserveCapacity(terms.count)
        var starts: [UInt64] = [0]
        starts.reserveCapacity(terms.count + 1)
        for _ in 0..<terms.count {
            docFrequencies.append(UInt32(try r.int(max: count)))
            starts.append(starts[starts.count - 1] + (try r.varint()))
        }
        let total = try r.int(max: r.end - r.offset)
        guard UInt64(total) == starts[starts.count - 1] else {
            throw SnapshotError.malformed(section: r.section, detail: "postings length mismatch")
        }
        let postings = Array(try r.rawBytes(total))
        return FieldIndex(terms: terms, postings: postings, postingStarts: starts, docFrequencies: docFrequencies, lengths: lengths)
    }
}
