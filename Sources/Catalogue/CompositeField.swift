/// One field (title or text) of the catalogue, over the live documents of its segments:
/// statistics (document count, total length, document frequencies) count live documents
/// only, and doc ids are the catalogue's, so scores are those of a catalogue built afresh.
public struct FieldIndex: Sendable {
    let view: IndexView
    let kind: InvertedIndex.Field
    /// Per part of the view.
    let parts: [SegmentField]
    public let documentCount: Int
    public let totalLength: UInt64

    /// A term as the segments hold it: its number in each segment (nil where absent), and
    /// the live documents that contain it.
    public struct Term: Sendable {
        let local: [Int?]
        public let documentFrequency: Int
    }

    public var averageLength: Double {
        documentCount == 0 ? 0 : Double(totalLength) / Double(documentCount)
    }

    /// The term, or nil when no live document contains it.
    public func term(_ text: String) throws -> Term? {
        var local: [Int?] = []
        var frequency = 0
        for (i, field) in parts.enumerated() {
            let id = try field.terms.lookup(text)
            local.append(id)
            guard let id else { continue }
            let part = view.parts[i]
            if part.deletedCount == 0 {
                frequency += try field.documentFrequency(id)
            } else {
                var live = 0
                try field.forEachPosting(id, positions: false) { doc, _, _ in if !part.isDeleted(doc) { live += 1 } }
                frequency += live
            }
        }
        return frequency == 0 ? nil : Term(local: local, documentFrequency: frequency)
    }

    /// Tokens in the field of `doc`.
    func length(of doc: Int) -> Int {
        guard let (part, local) = try? view.locate(doc), let i = view.parts.firstIndex(where: { $0 === part }) else { return 0 }
        return parts[i].length(of: local)
    }

    /// Each live document of part `i` (a segment) that contains the term (or, with several
    /// terms, the phrase), in increasing order: its id in the segment, the frequency, and the
    /// field's length in it.
    func forEachMatch(_ terms: [Term], inPart i: Int, _ body: (_ local: Int, _ frequency: Int, _ length: Int) -> Void) throws {
        let ids = terms.map { $0.local[i] }
        guard ids.allSatisfy({ $0 != nil }) else { return }
        let local = ids.map { $0! }
        let field = parts[i]
        let part = view.parts[i]
        if local.count == 1 {
            if part.deletedCount == 0 {
                try field.forEachPostingWithLength(local[0], body)
            } else {
                try field.forEachPostingWithLength(local[0]) { doc, freq, length in
                    if !part.isDeleted(doc) { body(doc, freq, length) }
                }
            }
        } else {
            for (doc, tf) in try PhrasePostings.frequencies(local, in: field) where !part.isDeleted(doc) {
                body(doc, tf, field.length(of: doc))
            }
        }
    }

    /// Each live document that contains the term (or, with several terms, the phrase), in
    /// no set order: its id, the frequency, and the field's length in it.
    func forEachMatch(_ terms: [Term], _ body: (_ doc: Int, _ frequency: Int, _ length: Int) -> Void) throws {
        for (i, field) in parts.enumerated() {
            let ids = terms.map { $0.local[i] }
            guard ids.allSatisfy({ $0 != nil }) else { continue }
            let local = ids.map { $0! }
            let part = view.parts[i]
            if part.isIdentity {
                if local.count == 1 {
                    try field.forEachPostingWithLength(local[0], body)
                } else {
                    for (doc, tf) in try PhrasePostings.frequencies(local, in: field) { body(doc, tf, field.length(of: doc)) }
                }
                continue
            }
            let globals = part.globalIDs()
            if local.count == 1 {
                try field.forEachPostingWithLength(local[0]) { doc, freq, length in
                    let global = globals[doc]
                    if global >= 0 { body(Int(global), freq, length) }
                }
            } else {
                for (doc, tf) in try PhrasePostings.frequencies(local, in: field) where globals[doc] >= 0 {
                    body(Int(globals[doc]), tf, field.length(of: doc))
                }
            }
        }
    }

    /// The term's live postings in increasing doc id, with positions when asked.
    func forEachPosting(_ term: Term, positions: Bool, _ body: (_ doc: Int, _ frequency: Int, _ positions: [UInt32]) -> Void) throws {
        let holding = parts.indices.filter { term.local[$0] != nil }
        if holding.count == 1, view.parts[holding[0]].isIdentity {
            try parts[holding[0]].forEachPosting(term.local[holding[0]]!, positions: positions, body)
            return
        }
        var all: [(doc: Int, frequency: Int, positions: [UInt32])] = []
        all.reserveCapacity(term.documentFrequency)
        for i in holding {
            let globals = view.parts[i].globalIDs()
            try parts[i].forEachPosting(term.local[i]!, positions: positions) { doc, freq, ps in
                let global = globals[doc]
                if global >= 0 { all.append((Int(global), freq, ps)) }
            }
        }
        // Each segment's postings are in increasing order already; across segments they interleave.
        if holding.count > 1 { all.sort { $0.doc < $1.doc } }
        for posting in all { body(posting.doc, posting.frequency, posting.positions) }
    }

    /// The distinct terms of the live documents, sorted bytewise: the segments'
    /// dictionaries merged, dropping terms whose documents are all deleted. Built when first
    /// asked for (merges, `preuve verify`, tools); searches look terms up instead.
    public var terms: [String] {
        get throws {
            let i = kind == .title ? 0 : 1
            return try view.liveTerms[i].get { try Self.liveTerms(parts, view.parts) }
        }
    }

    static func liveTerms(_ fields: [SegmentField], _ parts: [Part]) throws -> [String] {
        if fields.count == 1, parts[0].deletedCount == 0 {
            return try (0..<fields[0].terms.count).map { try fields[0].terms.term($0) }
        }
        var cursors = [Int](repeating: 0, count: fields.count)
        var heads: [String?] = try fields.map { $0.terms.count > 0 ? try $0.terms.term(0) : nil }
        var out: [String] = []
        while true {
            var smallest: String?
            for head in heads {
                if let head, smallest == nil || SortedTerms.bytewiseLess(head, smallest!) { smallest = head }
            }
            guard let term = smallest else { break }
            var live = false
            for k in fields.indices where heads[k].map({ $0.utf8.elementsEqual(term.utf8) }) ?? false {
                if !live { live = try isLive(cursors[k], in: fields[k], part: parts[k]) }
                cursors[k] += 1
                heads[k] = cursors[k] < fields[k].terms.count ? try fields[k].terms.term(cursors[k]) : nil
            }
            if live { out.append(term) }
        }
        return out
    }

    /// Whether a live document holds the segment's term `id`.
    static func isLive(_ id: Int, in field: SegmentField, part: Part) throws -> Bool {
        if part.deletedCount == 0 { return true }
        // More documents than the segment deleted: one of them is live.
        if try field.documentFrequency(id) > part.deletedCount { return true }
        var live = false
        try field.forEachPosting(id, positions: false) { doc, _, _ in if !part.isDeleted(doc) { live = true } }
        return live
    }
}
