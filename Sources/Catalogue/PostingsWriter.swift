/// Accumulates the postings of one field while documents are added in doc-id order, then
/// lays them out sorted by term, in blocks (`BlockPostings`). While documents come in, each
/// term holds two growing byte buffers: varint(doc delta), varint(frequency) per document,
/// and the positions' varint deltas; nothing is kept per posting.
struct PostingsWriter {
    private var ids: [String: Int] = [:]
    private var terms: [String] = []
    private var buffers: [[UInt8]] = []
    private var positionBuffers: [[UInt8]] = []
    private var lastDoc: [Int] = []
    private var frequencies: [UInt32] = []
    private var lengths: [UInt32] = []

    /// Adds the next document; `doc` must be the number of documents added so far.
    mutating func add(doc: Int, field: AnalyzedField) {
        precondition(doc == lengths.count, "documents must be added in order")
        lengths.append(UInt32(clamping: field.length))
        for (term, positions) in field.postings {
            let id: Int
            if let known = ids[term] {
                id = known
            } else {
                id = terms.count
                ids[term] = id
                terms.append(term)
                buffers.append([])
                positionBuffers.append([])
                lastDoc.append(0)
                frequencies.append(0)
            }
            Varint.append(UInt64(doc - lastDoc[id]), to: &buffers[id])
            lastDoc[id] = doc
            frequencies[id] += 1
            Varint.append(UInt64(positions.count), to: &buffers[id])
            var previous: UInt32 = 0
            for p in positions {
                Varint.append(UInt64(p - previous), to: &positionBuffers[id])
                previous = p
            }
        }
    }

    /// Sorts the terms and lays out their postings.
    func finish() -> BuiltField {
        let order = terms.indices.sorted { SortedTerms.bytewiseLess(terms[$0], terms[$1]) }
        var builder = FieldPostingsBuilder(lengths: lengths)
        var docs: [UInt32] = [], freqs: [UInt32] = []
        for id in order {
            docs.removeAll(keepingCapacity: true)
            freqs.removeAll(keepingCapacity: true)
            buffers[id].withUnsafeBytes { buf in
                var offset = 0
                var doc: UInt64 = 0
                for _ in 0..<frequencies[id] {
                    // Written just above: the varints are whole.
                    doc += Varint.read(buf, &offset, end: buf.count)!
                    docs.append(UInt32(doc))
                    freqs.append(UInt32(Varint.read(buf, &offset, end: buf.count)!))
                }
            }
            builder.add(docs: docs, frequencies: freqs, positions: positionBuffers[id])
        }
        return builder.finish(terms: SortedTerms(sortedTerms: order.map { terms[$0] }))
    }
}
