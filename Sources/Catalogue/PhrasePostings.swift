/// Phrases: documents where the terms stand at consecutive positions, and how often.
/// The terms' postings are walked together, read where they lie: documents are intersected
/// on their ids, and positions decoded only for the documents that hold every term (the
/// others' positions are passed over undecoded).
enum PhrasePostings {
    static func frequencies(_ terms: [Int], in field: SegmentField) throws -> [(Int, Int)] {
        let lists = try terms.map { try field.postings($0) }
        return try withBytes(of: lists.map(\.bytes)) { buffers in
            var cursors = zip(buffers, lists).map { PostingCursor($0, count: $1.count, documentCount: field.documentCount) }
            return intersect(&cursors)
        }
    }

    /// Calls `body` with the bytes of every slice at once.
    static func withBytes<R>(of slices: [FileSlice], _ body: ([UnsafeRawBufferPointer]) throws -> R) throws -> R {
        func nest(_ i: Int, _ held: [UnsafeRawBufferPointer]) throws -> R {
            if i == slices.count { return try body(held) }
            return try slices[i].withUnsafeBytes { try nest(i + 1, held + [$0]) }
        }
        return try nest(0, [])
    }

    /// The documents where the cursors' terms stand one after another, with the count of
    /// such places, in increasing doc id.
    static func intersect(_ cursors: inout [PostingCursor]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        guard !cursors.isEmpty else { return out }
        for k in cursors.indices { guard cursors[k].next() else { return out } }
        var starts: [UInt32] = []
        var next: [UInt32] = []
        var positions: [UInt32] = []
        outer: while true {
            // The largest current document; every list catches up to it.
            var target = cursors[0].doc
            for k in cursors.indices.dropFirst() { target = max(target, cursors[k].doc) }
            var aligned = true
            for k in cursors.indices {
                guard cursors[k].advance(to: target) else { break outer }
                if cursors[k].doc != target { aligned = false }
            }
            guard aligned else { continue }
            // Start positions p of the first term such that term k stands at p + k.
            guard cursors[0].positions(into: &starts) else { break }
            for k in cursors.indices.dropFirst() where !starts.isEmpty {
                guard cursors[k].positions(into: &positions) else { break outer }
                let offset = UInt32(k)
                next.removeAll(keepingCapacity: true)
                var a = 0, b = 0
                while a < starts.count, b < positions.count {
                    let want = starts[a] &+ offset, have = positions[b]
                    if want == have { next.append(starts[a]); a += 1; b += 1 } else if want < have { a += 1 } else { b += 1 }
                }
                swap(&starts, &next)
            }
            if !starts.isEmpty { out.append((target, starts.count)) }
            for k in cursors.indices { guard cursors[k].next() else { break outer } }
        }
        return out
    }
}

/// One term's postings read in sequence where they lie (`varint` doc id delta, `varint`
/// frequency, the positions' varints): the current document and frequency, its positions
/// decoded only when asked for. Stops (as at the end) at the first inconsistent byte.
struct PostingCursor {
    private let buffer: UnsafeRawBufferPointer
    private let documentCount: Int
    private var left: Int
    private var offset = 0
    /// Where the current document's positions start, and whether `offset` still stands there.
    private var positionsAt = 0
    private var atPositions = false
    private(set) var doc = -1
    private(set) var frequency = 0

    init(_ buffer: UnsafeRawBufferPointer, count: Int, documentCount: Int) {
        self.buffer = buffer
        self.documentCount = documentCount
        left = count
    }

    /// Moves to the next document; false at the end.
    mutating func next() -> Bool {
        let end = buffer.count
        if atPositions {
            atPositions = false
            guard Postings.skipVarints(buffer, &offset, count: frequency, end: end) else { left = 0; return false }
        }
        guard left > 0, let delta = Varint.read(buffer, &offset, end: end), let freq = Varint.read(buffer, &offset, end: end),
              freq <= UInt64(end - offset), delta < UInt64(documentCount) else { left = 0; return false }
        let d = max(doc, 0) + Int(delta)
        guard d < documentCount else { left = 0; return false }
        left -= 1
        doc = d
        frequency = Int(freq)
        positionsAt = offset
        atPositions = true
        return true
    }

    /// Moves to the first document at or after `target`; false when there is none.
    mutating func advance(to target: Int) -> Bool {
        while doc < target { guard next() else { return false } }
        return true
    }

    /// The current document's positions, increasing.
    mutating func positions(into out: inout [UInt32]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var o = positionsAt
        var position: UInt32 = 0
        for _ in 0..<frequency {
            guard let step = Varint.read(buffer, &o, end: buffer.count) else { left = 0; return false }
            position &+= UInt32(truncatingIfNeeded: step)
            out.append(position)
        }
        if atPositions { offset = o; atPositions = false }
        return true
    }
}
