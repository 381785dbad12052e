/// Phrases: documents where the terms stand at consecutive positions, and how often.
/// The terms' postings are walked together, read where they lie: documents are intersected
/// on their ids, the lists passing over whole blocks by their skip entries, and positions
/// read (from the `positions.*` section) only for the documents that hold every term.
enum PhrasePostings {
    static func frequencies(_ terms: [Int], in field: SegmentField) throws -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        try withCursor(terms, in: field) { cursor in
            while try cursor.advance(to: cursor.doc + 1) { out.append((cursor.doc, cursor.frequency)) }
        }
        return out
    }

    /// Calls `body` with a cursor over the phrase of `terms` in `field`, before its first
    /// document; the cursor is valid inside `body` only.
    static func withCursor<R>(_ terms: [Int], in field: SegmentField, _ body: (inout PhraseCursor) throws -> R) throws -> R {
        let lists = try terms.map { try field.postings($0) }
        let ranges = try terms.map { try field.positionsRange($0) }
        return try withBytes(of: lists.map(\.bytes) + [field.positionsSection.data]) { buffers in
            let all = buffers[buffers.count - 1]
            var cursor = PhraseCursor(
                terms: zip(buffers, lists).map { BlockCursor($0, count: $1.count, documentCount: field.documentCount) },
                positions: ranges.map { TermPositions(section: field.positionsSection, range: $0, all: all) })
            return try body(&cursor)
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
}

/// The documents where a phrase's terms stand one after another, in increasing doc id, with
/// the count of such places. Two phases, as tantivy's phrase scorer: `approach(to:)` moves to
/// the next document that holds every term (the terms' lists intersected, passing over
/// blocks by their skip entries), and `confirm()` reads that document's positions to count
/// the phrase there; so a walk with other words reads positions only for the documents they
/// all hold. With one term: its documents and frequencies, always confirmed, no positions.
struct PhraseCursor {
    private var terms: [BlockCursor]
    private var positions: [TermPositions]
    /// The document the terms stand on (`Int.max` at the end), and the phrase's count there
    /// once confirmed.
    private(set) var doc = -1
    private(set) var frequency = 0
    private var confirmed: Bool?
    private var starts: [UInt32] = []
    private var next: [UInt32] = []
    private var found: [UInt32] = []

    init(terms: [BlockCursor], positions: [TermPositions]) {
        self.terms = terms
        self.positions = positions
    }

    var isPhrase: Bool { terms.count > 1 }

    /// Moves to the first document at or after `target` that holds every term, without
    /// reading positions; false when there is none (then `doc` is `Int.max`).
    mutating func approach(to target: Int) -> Bool {
        if doc >= target { return doc != Int.max }
        confirmed = nil
        if terms.count == 1 {
            guard terms[0].advance(to: target) else { doc = Int.max; return false }
            doc = terms[0].doc
            frequency = terms[0].frequency
            confirmed = true
            return true
        }
        var target = target
        while true {
            // Every list catches up to the target; a list past it moves the target.
            var aligned = true
            for k in terms.indices {
                guard terms[k].advance(to: target) else { doc = Int.max; return false }
                if terms[k].doc != target {
                    target = terms[k].doc
                    aligned = false
                    break
                }
            }
            if aligned {
                doc = target
                return true
            }
        }
    }

    /// Whether the phrase stands in the current document (positions read once per document);
    /// `frequency` is then its count there.
    mutating func confirm() throws -> Bool {
        if let confirmed { return confirmed }
        // Start positions p of the first term such that term k stands at p + k.
        try positions[0].positions(of: &terms[0], into: &starts)
        for k in terms.indices.dropFirst() where !starts.isEmpty {
            try positions[k].positions(of: &terms[k], into: &found)
            let offset = UInt32(k)
            next.removeAll(keepingCapacity: true)
            var a = 0, b = 0
            while a < starts.count, b < found.count {
                let want = starts[a] &+ offset, have = found[b]
                if want == have { next.append(starts[a]); a += 1; b += 1 } else if want < have { a += 1 } else { b += 1 }
            }
            swap(&starts, &next)
        }
        frequency = starts.count
        confirmed = !starts.isEmpty
        return !starts.isEmpty
    }

    /// Moves to the first document at or after `target` that holds the phrase; false when
    /// there is none (then `doc` is `Int.max`).
    mutating func advance(to target: Int) throws -> Bool {
        var target = target
        while approach(to: target) {
            if try confirm() { return true }
            target = doc + 1
        }
        return false
    }
}
