/// Phrases: documents where the terms stand at consecutive positions, and how often.
/// Each term's postings are decoded once into flat arrays; documents are intersected by
/// walking the lists together, positions by merging sorted arrays.
enum PhrasePostings {
    /// One term's postings, decoded: document i has positions `positions[starts[i]..<starts[i+1]]`.
    struct Decoded {
        var docs: [Int] = []
        var starts: [Int] = [0]
        var positions: [UInt32] = []

        init(_ term: Int, in field: SegmentField) throws {
            docs.reserveCapacity(try field.documentFrequency(term))
            try field.forEachPosting(term, positions: true) { doc, _, ps in
                docs.append(doc)
                positions.append(contentsOf: ps)
                starts.append(positions.count)
            }
        }
    }

    static func frequencies(_ terms: [Int], in field: SegmentField) throws -> [(Int, Int)] {
        let lists = try terms.map { try Decoded($0, in: field) }
        var cursor = [Int](repeating: 0, count: lists.count)
        var out: [(Int, Int)] = []
        var starts: [UInt32] = []
        var next: [UInt32] = []
        outer: while true {
            // The largest current document; every list catches up to it.
            var target = 0
            for (k, list) in lists.enumerated() {
                guard cursor[k] < list.docs.count else { break outer }
                target = max(target, list.docs[cursor[k]])
            }
            var aligned = true
            for (k, list) in lists.enumerated() {
                while cursor[k] < list.docs.count, list.docs[cursor[k]] < target { cursor[k] += 1 }
                guard cursor[k] < list.docs.count else { break outer }
                if list.docs[cursor[k]] != target { aligned = false }
            }
            guard aligned else { continue }
            // Start positions p of the first term such that term k stands at p + k.
            let first = lists[0], i0 = cursor[0]
            starts.removeAll(keepingCapacity: true)
            starts.append(contentsOf: first.positions[first.starts[i0]..<first.starts[i0 + 1]])
            for k in 1..<lists.count where !starts.isEmpty {
                let list = lists[k], i = cursor[k]
                let offset = UInt32(k)
                next.removeAll(keepingCapacity: true)
                var a = 0, b = list.starts[i]
                let end = list.starts[i + 1]
                while a < starts.count, b < end {
                    let want = starts[a] &+ offset, have = list.positions[b]
                    if want == have { next.append(starts[a]); a += 1; b += 1 } else if want < have { a += 1 } else { b += 1 }
                }
                swap(&starts, &next)
            }
            if !starts.isEmpty { out.append((target, starts.count)) }
            for k in cursor.indices { cursor[k] += 1 }
        }
        return out
    }
}
