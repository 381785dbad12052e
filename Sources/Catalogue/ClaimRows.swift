import Claims

/// A claim as verdicts weigh it, read from the claim table without its title, surface,
/// sentence and cues: what deciding, ordering and counting need, and where the whole claim
/// lies, so that it is decoded (`ClaimTable.claim(_:)`) only when it is written out. A query
/// at a million records weighs tens of thousands of claims; as rows they take a few
/// megabytes, where decoded claims took hundreds.
public struct ClaimRow: Sendable {
    public let indication: String
    public let intervention: String
    /// The catalogue's doc id.
    public let document: Int
    public let doc: String
    public let year: Int?
    public let stance: Stance
    public let basis: Basis
    public let scope: String?
    /// UTF-8 byte offsets of the sentence in the document's extracted text.
    public let start: Int
    public let end: Int
    let flags: UInt8
    /// The confidence in hundredths, as stored.
    let hundredths: UInt8
    /// Where the claim's bytes lie: which part's table, which group, which bytes of the group.
    public let location: Location

    public struct Location: Sendable, Hashable {
        let part: Int
        let group: Int
        let bytes: Range<Int>
    }

    public var cited: Bool { flags & 1 != 0 }
    public var hedged: Bool { flags & 2 != 0 }
    public var wholePractice: Bool { flags & 4 != 0 }
    /// As `Claim.confidence` reads from the table: hundredths over 100.
    public var confidence: Double { Double(hundredths) / 100 }
    public var level: Int? { basis.level }
}

extension SegmentClaims {
    /// The rows of one group, in table order; `globals` maps the segment's doc ids to the
    /// catalogue's (-1 for a deleted document, whose claims are left out), nil when they are
    /// the same.
    func rows(ofGroup index: Int, part: Int, globals: [Int32]?) throws -> [ClaimRow] {
        let group = groups[index]
        let section = try snapshot.section(.claims)
        let strings = try snapshot.strings()
        var r = ByteReader(try section.bytes(group.bytes), section: section.name)
        let documentCount = snapshot.info.documentCount
        var rows: [ClaimRow] = []
        rows.reserveCapacity(group.count)
        // The few stance and basis names, by string id: each is read once.
        var stances: [Int: Stance] = [:], bases: [Int: Basis] = [:]
        for _ in 0..<group.count {
            let offset = r.offset
            let document = try r.int()
            guard document < documentCount else { throw SnapshotError.malformed(section: r.section, detail: "claim of unknown document \(document)") }
            let doc = try strings.string(&r)
            _ = try r.varint() // title
            let year = try r.optionalInt()
            _ = try r.varint() // kind
            _ = try r.varint() // surface
            let stanceID = try r.int(), basisID = try r.int()
            let stance: Stance, basis: Basis
            if let known = stances[stanceID] { stance = known } else {
                guard let named = Stance(rawValue: try strings.string(stanceID, context: r.section)) else {
                    throw SnapshotError.malformed(section: r.section, detail: "unknown kind, stance or basis")
                }
                stance = named
                stances[stanceID] = named
            }
            if let known = bases[basisID] { basis = known } else {
                guard let named = Basis(rawValue: try strings.string(basisID, context: r.section)) else {
                    throw SnapshotError.malformed(section: r.section, detail: "unknown kind, stance or basis")
                }
                basis = named
                bases[basisID] = named
            }
            let flags = try r.u8()
            let confidence = try r.u8()
            guard confidence <= 100 else { throw SnapshotError.malformed(section: r.section, detail: "confidence \(confidence) above 100") }
            _ = try r.optionalInt() // lang
            let scope = try strings.optionalString(&r)
            try r.skipString() // sentence
            let start = try r.int(), end = try r.int()
            let cueCount = try r.int(max: r.end - r.offset)
            for _ in 0..<cueCount * 3 { _ = try r.varint() }
            var global = document
            if let globals {
                guard globals[document] >= 0 else { continue }
                global = Int(globals[document])
            }
            rows.append(ClaimRow(
                indication: group.indication, intervention: group.intervention, document: global, doc: doc, year: year,
                stance: stance, basis: basis, scope: scope, start: start, end: end, flags: flags, hundredths: confidence,
                location: .init(part: part, group: index, bytes: offset..<r.offset)))
        }
        guard r.isAtEnd else { throw section.corrupt("the claims of \(group.indication)/\(group.intervention) are longer than their \(group.count) claims") }
        return rows
    }

    /// The whole claim of a row of this table.
    func claim(at location: ClaimRow.Location) throws -> Claim {
        let group = groups[location.group]
        let section = try snapshot.section(.claims)
        let start = group.bytes.lowerBound + location.bytes.lowerBound
        var r = ByteReader(try section.bytes(start..<start + location.bytes.count), section: section.name)
        return try Self.readClaim(&r, indication: group.indication, intervention: group.intervention,
                                  strings: try snapshot.strings(), documentCount: snapshot.info.documentCount).claim
    }
}

extension ClaimTable {
    /// The rows of the claims about an indication, optionally narrowed to one intervention, in
    /// the order of `claims(indication:intervention:)`: no sentence, title or cue decoded,
    /// nothing kept.
    public func claimRows(indication: String, intervention: String? = nil) throws -> [ClaimRow] {
        var out: [ClaimRow] = []
        if view.single != nil {
            for g in parts[0].groups.indices
            where parts[0].groups[g].indication == indication && (intervention == nil || parts[0].groups[g].intervention == intervention) {
                out += try parts[0].rows(ofGroup: g, part: 0, globals: nil)
            }
            return out
        }
        for k in keys.indices where keys[k].indication == indication && (intervention == nil || keys[k].intervention == intervention) {
            var lists: [[ClaimRow]] = []
            for (p, g) in keys[k].groups.enumerated() {
                guard let g else { continue }
                let part = view.parts[p]
                lists.append(try parts[p].rows(ofGroup: g, part: p, globals: part.isIdentity ? nil : part.globalIDs()))
            }
            out += Self.merge(lists)
        }
        return out
    }

    /// The whole claim a row stands for (decoded each time: nothing is kept).
    public func claim(_ row: ClaimRow) throws -> Claim {
        try parts[row.location.part].claim(at: row.location)
    }

    /// The rows of one (indication, intervention) group of several parts, each sorted by
    /// document and place, merged as `merge(_:)` merges claims.
    static func merge(_ lists: [[ClaimRow]]) -> [ClaimRow] {
        SortedLists.merge(lists) { a, b in
            if a.document != b.document { return a.document < b.document }
            if a.start != b.start { return a.start < b.start }
            return a.end < b.end
        }
    }
}
