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

/// The claims of one segment, sorted by indication, then intervention, then document
/// and place, read in place from the `claims` section: its directory of (indication,
/// intervention) groups is decoded when the table is first used, and a group's claims only
/// when they are asked for, so a query for one indication decodes that indication's claims.
///
/// Section: `u32` G groups, `u64` D, then D bytes of directory (per group: `str` indication,
/// `str` intervention, `varint` claims, `u8` their highest confidence in hundredths, `varint` byte
/// length of its claims), then each
/// group's claims back to back.
struct SegmentClaims: Sendable {
    struct Group: Sendable, Hashable {
        var indication: String
        var intervention: String
        var count: Int
        /// The highest confidence of its claims, in hundredths.
        var highestConfidence: UInt8
        /// The group's claims' bytes in the section.
        var bytes: Range<Int>
    }

    let snapshot: OpenedSnapshot
    let groups: [Group]
    /// Each group's claims, decoded when first asked for.
    private let decoded: [DecodedOnce<[CatalogueClaim]>]

    init(snapshot: OpenedSnapshot, groups: [Group]) {
        self.snapshot = snapshot
        self.groups = groups
        decoded = groups.map { _ in DecodedOnce() }
    }

    var count: Int { groups.reduce(0) { $0 + $1.count } }

    static func precedes(_ a: CatalogueClaim, _ b: CatalogueClaim) -> Bool {
        if a.claim.indication != b.claim.indication { return a.claim.indication < b.claim.indication }
        if a.claim.intervention != b.claim.intervention { return a.claim.intervention < b.claim.intervention }
        if a.document != b.document { return a.document < b.document }
        if a.claim.start != b.claim.start { return a.claim.start < b.claim.start }
        return a.claim.end < b.claim.end
    }

    /// The claims about an indication, optionally narrowed to one intervention.
    func claims(indication: String, intervention: String? = nil) throws -> [CatalogueClaim] {
        let chosen = groups.indices.filter {
            groups[$0].indication == indication && (intervention == nil || groups[$0].intervention == intervention)
        }
        return try chosen.flatMap { try claims(ofGroup: $0) }
    }

    /// The indications that have claims, sorted.
    var indications: [String] {
        var out: [String] = []
        for group in groups where out.last != group.indication { out.append(group.indication) }
        return out
    }

    /// The indications that have claims of at least this confidence, sorted: read from the
    /// directory, no claim decoded.
    func indications(withClaimsAtLeast confidence: Double) -> [String] {
        var out: [String] = []
        for group in groups where out.last != group.indication && Double(group.highestConfidence) / 100 >= confidence {
            out.append(group.indication)
        }
        return out
    }

    /// The interventions with claims naming `indication`, or with any claim when it is nil; sorted.
    func interventions(indication: String?) -> [String] {
        Set(groups.filter { indication == nil || $0.indication == indication }.map(\.intervention)).sorted()
    }

    /// The interventions with claims of at least this confidence naming `indication`, sorted:
    /// read from the directory, no claim decoded.
    func interventions(indication: String, withClaimsAtLeast confidence: Double) -> [String] {
        Set(groups.filter { $0.indication == indication && Double($0.highestConfidence) / 100 >= confidence }.map(\.intervention)).sorted()
    }

    /// Every claim, in table order.
    var rows: [CatalogueClaim] {
        get throws { try groups.indices.flatMap { try claims(ofGroup: $0) } }
    }

    func claims(ofDocument doc: Int) throws -> [CatalogueClaim] {
        try rows.filter { $0.document == doc }
    }

    /// Approximate bytes of the claims decoded so far.
    var decodedBytes: Int {
        decoded.reduce(0) { sum, group in sum + (group.current ?? []).reduce(0) { $0 + 160 + $1.claim.sentence.utf8.count } }
    }

    func claims(ofGroup index: Int) throws -> [CatalogueClaim] {
        try decoded[index].get { try decode(groups[index]) }
    }

    private func decode(_ group: Group) throws -> [CatalogueClaim] {
        let section = try snapshot.section(.claims)
        let strings = try snapshot.strings()
        var r = ByteReader(try section.bytes(group.bytes), section: section.name)
        var rows: [CatalogueClaim] = []
        rows.reserveCapacity(group.count)
        for _ in 0..<group.count {
            rows.append(try Self.readClaim(&r, indication: group.indication, intervention: group.intervention,
                                           strings: strings, documentCount: snapshot.info.documentCount))
        }
        guard r.isAtEnd else { throw section.corrupt("the claims of \(group.indication)/\(group.intervention) are longer than their \(group.count) claims") }
        return rows
    }

    static func read(_ section: CheckedSection, snapshot: OpenedSnapshot, strings: StringTable) throws -> SegmentClaims {
        let count = Int(try section.u32(at: 0))
        let directoryLength = try section.offset(at: 4, within: section.count - 12)
        var r = ByteReader(try section.bytes(12..<12 + directoryLength), section: section.name)
        var groups: [Group] = []
        var start = 12 + directoryLength
        var total = 0
        for _ in 0..<count {
            let indication = try strings.string(&r), intervention = try strings.string(&r)
            let rows = try r.int(), highest = try r.u8(), length = try r.int(max: section.count - start)
            guard highest <= 100 else { throw section.corrupt("confidence \(highest) above 100") }
            guard rows <= length else { throw section.corrupt("\(rows) claims in \(length) bytes") }
            if let last = groups.last, (last.indication, last.intervention) >= (indication, intervention) {
                throw section.corrupt("group \(indication)/\(intervention) is out of order or listed twice")
            }
            groups.append(Group(indication: indication, intervention: intervention, count: rows, highestConfidence: highest,
                                bytes: start..<start + length))
            start += length
            total += rows
        }
        guard r.isAtEnd, start == section.count else { throw section.corrupt("the groups do not span the section") }
        guard total == snapshot.info.claimCount else {
            throw section.corrupt("\(total) claims, the header says \(snapshot.info.claimCount)")
        }
        return SegmentClaims(snapshot: snapshot, groups: groups)
    }

    /// Every claim decodes and lies in order within its group (`preuve verify`).
    func verify() throws {
        try snapshot.section(.claims).checkAll()
        for index in groups.indices {
            let rows = try claims(ofGroup: index)
            let group = groups[index]
            for (a, b) in zip(rows, rows.dropFirst()) where Self.precedes(b, a) {
                throw try snapshot.section(.claims).corrupt("claims out of order in \(group.indication)/\(group.intervention)")
            }
            guard rows.map({ Self.hundredths($0.claim.confidence) }).max() ?? 0 == group.highestConfidence else {
                throw try snapshot.section(.claims).corrupt("the highest confidence of \(group.indication)/\(group.intervention) is not \(group.highestConfidence)")
            }
        }
    }

    /// `claims` sorted by `precedes`.
    static func write(_ claims: [CatalogueClaim], to w: inout ByteWriter, strings: inout StringInterner) {
        var directory = ByteWriter()
        var body = ByteWriter()
        var groupCount = 0
        var index = 0
        while index < claims.count {
            let first = claims[index].claim
            let groupStart = body.count
            var end = index
            var highest: UInt8 = 0
            while end < claims.count, claims[end].claim.indication == first.indication,
                  claims[end].claim.intervention == first.intervention {
                writeClaim(claims[end], to: &body, strings: &strings)
                highest = max(highest, hundredths(claims[end].claim.confidence))
                end += 1
            }
            directory.varint(strings.intern(first.indication))
            directory.varint(strings.intern(first.intervention))
            directory.varint(end - index)
            directory.u8(highest)
            directory.varint(body.count - groupStart)
            groupCount += 1
            index = end
        }
        w.u32(UInt32(groupCount))
        w.u64(UInt64(directory.count))
        w.raw(directory.bytes)
        w.raw(body.bytes)
    }

    private static func writeClaim(_ row: CatalogueClaim, to w: inout ByteWriter, strings: inout StringInterner) {
        let c = row.claim
        w.varint(row.document)
        w.varint(strings.intern(c.doc))
        w.varint(strings.intern(c.title))
        w.optionalInt(c.year)
        w.varint(strings.intern(c.kind.rawValue))
        w.varint(strings.intern(c.surface))
        w.varint(strings.intern(c.stance.rawValue))
        w.varint(strings.intern(c.basis.rawValue))
        w.u8((c.cited ? 1 : 0) | (c.hedged ? 2 : 0) | (c.wholePractice ? 4 : 0))
        w.u8(hundredths(c.confidence))
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

    /// A confidence as stored: hundredths, 0 to 100.
    static func hundredths(_ confidence: Double) -> UInt8 { UInt8(max(0, min(100, (confidence * 100).rounded()))) }

    static func readClaim(_ r: inout ByteReader, indication: String, intervention: String, strings: StringTable,
                                  documentCount: Int) throws -> CatalogueClaim {
        let document = try r.int()
        guard document < documentCount else { throw SnapshotError.malformed(section: r.section, detail: "claim of unknown document \(document)") }
        let doc = try strings.string(&r)
        let title = try strings.string(&r)
        let year = try r.optionalInt()
        let kindName = try strings.string(&r)
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
        cues.reserveCapacity(cueCount)
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
        return CatalogueClaim(document: document, claim: claim)
    }
}
