/// Builds a field from the postings of the previous snapshot (documents kept, under new
/// doc ids) and those of newly parsed documents, without analysing the kept documents'
/// text again. Both inputs list documents in increasing order, and so does each remap,
/// because doc ids always follow the manifest's path order.
enum PostingsMerger {
    /// - Parameters:
    ///   - old: the previous field; `oldToNew[d]` is the new id of old document d, or -1 when it left.
    ///   - added: a field over the newly parsed documents only; `addedToNew[d]` is the new id of its document d.
    static func merge(old: FieldIndex, oldToNew: [Int], added: BuiltField, addedToNew: [Int], documentCount: Int) throws -> BuiltField {
        var lengths = [UInt32](repeating: 0, count: documentCount)
        for (d, n) in oldToNew.enumerated() where n >= 0 { lengths[n] = UInt32(old.length(of: d)) }
        for (d, n) in addedToNew.enumerated() { lengths[n] = added.lengths[d] }

        var terms: [String] = []
        var postings: [UInt8] = []
        postings.reserveCapacity(old.section.count + added.postings.count)
        var starts: [UInt64] = [0]
        var frequencies: [UInt32] = []

        var i = 0, j = 0
        while i < old.terms.count || j < added.terms.count {
            let oldTerm = i < old.terms.count ? try old.terms.term(i) : nil
            let addedTerm = j < added.terms.count ? added.terms.term(j) : nil
            let order: Int
            if let o = oldTerm, let a = addedTerm {
                order = o == a ? 0 : (SortedTerms.bytewiseLess(o, a) ? -1 : 1)
            } else {
                order = oldTerm != nil ? -1 : 1
            }
            var list: [(doc: Int, positions: [UInt32])] = []
            if order <= 0 {
                try old.forEachPosting(i, positions: true) { doc, _, positions in
                    let n = oldToNew[doc]
                    if n >= 0 { list.append((n, positions)) }
                }
            }
            if order >= 0 {
                var fromAdded: [(doc: Int, positions: [UInt32])] = []
                added.forEachPosting(j, positions: true) { doc, _, positions in fromAdded.append((addedToNew[doc], positions)) }
                list = order == 0 ? mergeSorted(list, fromAdded) : fromAdded
            }
            let term = order <= 0 ? oldTerm! : addedTerm!
            if order <= 0 { i += 1 }
            if order >= 0 { j += 1 }
            guard !list.isEmpty else { continue }  // the term lived only in removed documents
            terms.append(term)
            var previous = 0
            for (doc, positions) in list {
                Varint.append(UInt64(doc - previous), to: &postings)
                previous = doc
                Varint.append(UInt64(positions.count), to: &postings)
                var last: UInt32 = 0
                for p in positions {
                    Varint.append(UInt64(p - last), to: &postings)
                    last = p
                }
            }
            starts.append(UInt64(postings.count))
            frequencies.append(UInt32(list.count))
        }
        return BuiltField(terms: SortedTerms(sortedTerms: terms), postings: postings, postingStarts: starts,
                          docFrequencies: frequencies, lengths: lengths)
    }

    private static func mergeSorted(_ a: [(doc: Int, positions: [UInt32])], _ b: [(doc: Int, positions: [UInt32])]) -> [(doc: Int, positions: [UInt32])] {
        var out: [(doc: Int, positions: [UInt32])] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i].doc < b[j].doc) {
                out.append(a[i]); i += 1
            } else {
                out.append(b[j]); j += 1
            }
        }
        return out
    }
}
