import Claims
import Documents

/// A claim as the catalogue holds it: linked to its document by doc id.
public struct CatalogueClaim: Sendable, Hashable {
    public var document: Int
    public var claim: Claim

    public init(document: Int, claim: Claim) {
        self.document = document
        self.claim = claim
    }
}

/// Every claim of the catalogue, sorted by indication, then intervention, then document
/// and place, so that one indication's (or one pair's) claims are a contiguous range
/// found by binary search.
public struct ClaimTable: Sendable {
    public let rows: [CatalogueClaim]

    public init(_ rows: [CatalogueClaim]) {
        self.rows = rows.sorted(by: Self.precedes)
    }

    public var count: Int { rows.count }

    static func precedes(_ a: CatalogueClaim, _ b: CatalogueClaim) -> Bool {
        if a.claim.indication != b.claim.indication { return a.claim.indication < b.claim.indication }
        if a.claim.intervention != b.claim.intervention { return a.claim.intervention < b.claim.intervention }
        if a.document != b.document { return a.document < b.document }
        if a.claim.start != b.claim.start { return a.claim.start < b.claim.start }
        return a.claim.end < b.claim.end
    }

    /// The claims about an indication, optionally narrowed to one intervention.
    public func claims(indication: String, intervention: String? = nil) -> ArraySlice<CatalogueClaim> {
        let low = firstIndex { ($0.claim.indication, $0.claim.intervention) >= (indication, intervention ?? "") }
        let high: Int
        if let intervention {
            high = firstIndex { ($0.claim.indication, $0.claim.intervention) > (indication, intervention) }
        } else {
            high = firstIndex { $0.claim.indication > indication }
        }
        return rows[low..<max(low, high)]
    }

    /// The indications that have claims, sorted.
    public var indications: [String] {
        var out: [String] = []
        for row in rows where out.last != row.claim.indication { out.append(row.claim.indication) }
        return out
    }

    public func claims(ofDocument doc: Int) -> [CatalogueClaim] {
        rows.filter { $0.document == doc }
    }

    /// The first row for which `isAfter` holds; rows are sorted so it is monotonic.
    private func firstIndex(where isAfter: (CatalogueClaim) -> Bool) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(rows[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    var memoryBytes: Int { rows.reduce(0) { $0 + 160 + $1.claim.sentence.utf8.count } }

    func write(to w: inout ByteWriter, strings: inout StringInterner) {
        w.varint(rows.count)
        for row in rows {
            let c = row.claim
            w.varint(row.document)
            w.varint(strings.intern(c.doc))
            w.varint(strings.intern(c.title))
            w.optionalInt(c.year)
            w.varint(strings.intern(c.kind.rawValue))
            w.varint(strings.intern(c.intervention))
            w.varint(strings.intern(c.indication))
            w.varint(strings.intern(c.surface))
            w.varint(strings.intern(c.stance.rawValue))
            w.varint(strings.intern(c.basis.rawValue))
            w.u8((c.cited ? 1 : 0) | (c.hedged ? 2 : 0) | (c.wholePractice ? 4 : 0))
            w.u8(UInt8(max(0, min(100, (c.confidence * 100).rounded()))))
            strings.writeOptional(c.lang, to: &w)
            strings.writeOptional(c.scope, to: &w)
            w.string(c.sentence)
            w.varint(c.start)
            w.varint(c.end)
            w.varint(c.cues.count)
            for cue in c.cues {
                w.varint(strings.intern(cue.role))
                w.varint(strings.intern(cue.text))
                w.varint(strings.intern(cue.rule))
            }
        }
    }

    static func read(_ r: inout ByteReader, strings: StringTable, documentCount: Int) throws -> ClaimTable {
        let count = try r.int(max: r.end - r.offset)
        var rows: [CatalogueClaim] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            let document = try r.int()
            guard document < documentCount else { throw SnapshotError.malformed(section: r.section, detail: "claim of unknown document \(document)") }
            let doc = try strings.string(&r)
            let title = try strings.string(&r)
            let year = try r.optionalInt()
            let kindName = try strings.string(&r)
            let intervention = try strings.string(&r)
            let indication = try strings.string(&r)
            let surface = try strings.string(&r)
            let stanceName = try strings.string(&r)
            let basisName = try strings.string(&r)
            guard let kind = DocumentKind(rawValue: kindName), let stance = Stance(rawValue: stanceName),
                  let basis = Basis(rawValue: basisName) else {
                throw SnapshotError.malformed(section: r.section, detail: "unknown kind, stance or basis")
            }
            let flags = try r.u8()
            let confidence = try r.u8()
            guard confidence <= 100 else { throw SnapshotError.malformed(section: r.section, detail: "confidence \(confidence) above 100") }
            let lang = try strings.optionalString(&r)
            let scope = try strings.optionalString(&r)
            let sentence = try r.string()
            let start = try r.int(), end = try r.int()
            let cueCount = try r.int(max: r.end - r.offset)
            var cues: [Cue] = []
            for _ in 0..<cueCount {
                cues.append(Cue(role: try strings.string(&r), text: try strings.string(&r), rule: try strings.string(&r)))
            }
            var claim = Claim(
                doc: doc, title: title, year: year, kind: kind, intervention: intervention, indication: indication,
                surface: surface, stance: stance, basis: basis, cited: flags & 1 != 0, hedged: flags & 2 != 0,
                lang: lang, sentence: sentence, start: start, end: end, cues: cues)
            claim.scope = scope
            claim.confidence = Double(confidence) / 100
            claim.wholePractice = flags & 4 != 0
            rows.append(CatalogueClaim(document: document, claim: claim))
        }
        return ClaimTable(rows)
    }
}
