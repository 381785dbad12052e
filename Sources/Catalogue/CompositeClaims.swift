/// Every claim of the catalogue's live documents, sorted by indication, then
/// intervention, then document and place: the segments' claim tables read together, claims
/// of deleted documents left out, doc ids the catalogue's. A group's claims are decoded
/// when first asked for, in each segment that has the group.
public struct ClaimTable: Sendable {
    let view: IndexView
    let parts: [SegmentClaims]
    /// The (indication, intervention) pairs of every segment, sorted, each with its group in
    /// each part (nil where the part has none).
    let keys: [(indication: String, intervention: String, groups: [Int?])]
    /// Each key's live claims, merged across parts when first asked for.
    private let decoded: [DecodedOnce<[CatalogueClaim]>]

    init(view: IndexView, parts: [SegmentClaims]) throws {
        self.view = view
        self.parts = parts
        var byKey: [String: [String: [Int?]]] = [:]
        for (p, part) in parts.enumerated() {
            for (g, group) in part.groups.enumerated() {
                byKey[group.indication, default: [:]][group.intervention, default: Array(repeating: nil, count: parts.count)][p] = g
            }
        }
        keys = byKey.keys.sorted().flatMap { indication in
            byKey[indication]!.keys.sorted().map { (indication, $0, byKey[indication]![$0]!) }
        }
        decoded = keys.map { _ in DecodedOnce() }
    }

    private var single: SegmentClaims? { view.single != nil ? parts[0] : nil }

    static func precedes(_ a: CatalogueClaim, _ b: CatalogueClaim) -> Bool { SegmentClaims.precedes(a, b) }

    public var count: Int { single?.count ?? view.info.claimCount }

    /// The claims about an indication, optionally narrowed to one intervention.
    public func claims(indication: String, intervention: String? = nil) throws -> [CatalogueClaim] {
        if let single { return try single.claims(indication: indication, intervention: intervention) }
        return try keys.indices.filter { keys[$0].indication == indication && (intervention == nil || keys[$0].intervention == intervention) }
            .flatMap { try claims(ofKey: $0) }
    }

    /// The indications that have claims, sorted.
    public var indications: [String] {
        get throws {
            if let single { return single.indications }
            var out: [String] = []
            for k in keys.indices where out.last != keys[k].indication { if try highest(k) != nil { out.append(keys[k].indication) } }
            return out
        }
    }

    /// The indications that have claims of at least this confidence, sorted: read from the
    /// directories, no claim decoded but those of segments with deleted documents.
    public func indications(withClaimsAtLeast confidence: Double) throws -> [String] {
        if let single { return single.indications(withClaimsAtLeast: confidence) }
        var out: [String] = []
        for k in keys.indices where out.last != keys[k].indication {
            if let highest = try highest(k), Double(highest) / 100 >= confidence { out.append(keys[k].indication) }
        }
        return out
    }

    /// The interventions with claims naming `indication`, or with any claim when it is nil; sorted.
    public func interventions(indication: String?) throws -> [String] {
        if let single { return single.interventions(indication: indication) }
        var out = Set<String>()
        for k in keys.indices where indication == nil || keys[k].indication == indication {
            if try highest(k) != nil { out.insert(keys[k].intervention) }
        }
        return out.sorted()
    }

    /// The interventions with claims of at least this confidence naming `indication`, sorted:
    /// read from the directories (each group's highest live confidence), no claim decoded.
    public func interventions(indication: String, withClaimsAtLeast confidence: Double) throws -> [String] {
        if let single { return single.interventions(indication: indication, withClaimsAtLeast: confidence) }
        var out = Set<String>()
        for k in keys.indices where keys[k].indication == indication {
            if let highest = try highest(k), Double(highest) / 100 >= confidence { out.insert(keys[k].intervention) }
        }
        return out.sorted()
    }

    /// Every claim, in table order.
    public var rows: [CatalogueClaim] {
        get throws {
            if let single { return try single.rows }
            return try keys.indices.flatMap { try claims(ofKey: $0) }
        }
    }

    public func claims(ofDocument doc: Int) throws -> [CatalogueClaim] {
        if let single { return try single.claims(ofDocument: doc) }
        let (part, local) = try view.locate(doc)
        guard let p = view.parts.firstIndex(where: { $0 === part }) else { return [] }
        return try parts[p].claims(ofDocument: local).map { CatalogueClaim(document: doc, claim: $0.claim) }
    }

    var decodedBytes: Int { parts.reduce(0) { $0 + $1.decodedBytes } }

    /// The highest confidence (hundredths) of a group's live claims; nil when it has none.
    private func highest(_ k: Int) throws -> UInt8? {
        var best: UInt8?
        for (p, g) in keys[k].groups.enumerated() {
            guard let g else { continue }
            let group = parts[p].groups[g]
            let part = view.parts[p]
            let value: UInt8?
            if let dirty = part.dirtyGroups[g] {
                value = dirty.live > 0 ? dirty.highest : nil
            } else {
                value = group.highestConfidence
            }
            if let value { best = max(best ?? 0, value) }
        }
        return best
    }

    private func claims(ofKey k: Int) throws -> [CatalogueClaim] {
        try decoded[k].get {
            var lists: [[CatalogueClaim]] = []
            for (p, g) in keys[k].groups.enumerated() {
                guard let g else { continue }
                let part = view.parts[p]
                let rows = try parts[p].claims(ofGroup: g)
                if part.isIdentity { lists.append(rows); continue }
                let globals = part.globalIDs()
                var list: [CatalogueClaim] = []
                list.reserveCapacity(rows.count)
                for row in rows {
                    let global = globals[row.document]
                    if global >= 0 { list.append(CatalogueClaim(document: Int(global), claim: row.claim)) }
                }
                lists.append(list)
            }
            return Self.merge(lists)
        }
    }

    /// Lists each sorted by `precedes` (each segment's claims of a group), merged. Claims
    /// that tie are of one document, so of one list: they keep their order.
    static func merge(_ lists: [[CatalogueClaim]]) -> [CatalogueClaim] {
        SortedLists.merge(lists, by: SegmentClaims.precedes)
    }
}
