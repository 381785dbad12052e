/// Accumulates the postings of one field while documents are added in doc-id order, then
/// lays them out as one contiguous buffer sorted by term. Per term, per document:
/// varint(doc delta), varint(frequency), then varint position deltas. Only the build
/// holds one growing byte buffer per term; nothing is kept per posting.
struct PostingsWriter {
    private var ids: [String: Int] = [:]
    private var terms: [String] = []
    private var buffers: [[UInt8]] = []
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
                lastDoc.append(0)
                frequencies.append(0)
            }
            Varint.append(UInt64(doc - lastDoc[id]), to: &buffers[id])
            lastDoc[id] = doc
            frequencies[id] += 1
            Varint.append(UInt64(positions.count), to: &buffers[id])
            var previous: UInt32 = 0
            for p in positions {
                Varint.append(UInt64(p - previous), to: &buffers[id])
                previous = p
            }
        }
    }

    /// Sorts the terms and concatenates their postings.
    func finish() -> BuiltField {
        let order = terms.indices.sorted { SortedTerms.bytewiseLess(terms[$0], terms[$1]) }
        var postings: [UInt8] = []
        postings.reserveCapacity(buffers.reduce(0) { $0 + $1.count })
        var starts: [UInt64] = [0]
        starts.reserveCapacity(order.count + 1)
        var docFrequencies: [UInt32] = []
        docFrequencies.reserveCapacity(order.count)
        for id in order {
            postings.append(contentsOf: buffers[id])
            starts.append(UInt64(postings.count))
            docFrequencies.append(frequencies[id])
        }
        return BuiltField(
            terms: SortedTerms(sortedTerms: order.map { terms[$0] }),
            postings: postings, postingStarts: starts, docFrequencies: docFrequencies, lengths: lengths)
    }
}
