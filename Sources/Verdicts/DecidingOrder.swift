import Claims

/// The order claims are listed in: best level first (no level last), primary before cited,
/// claims naming the indication before claims about the intervention as a whole, newest
/// first (unknown year last), then by document and position so output is stable.
public enum DecidingOrder {
    /// Sorted by `precedes`, stably. The claims' positions are sorted, on a key that holds
    /// everything but the document and position, and the claims gathered once: at a million
    /// records an indication has tens of thousands of claims, and moving them (each a few
    /// strings to retain) through the sort was a quarter of a text query.
    public static func sorted<C: VerdictClaim>(_ claims: [C]) -> [C] {
        let keys = claims.map(Key.init)
        var order = Array(claims.indices)
        order.sort { i, j in
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            let a = claims[i].doc, b = claims[j].doc
            if a != b { return a < b }
            return claims[i].start < claims[j].start
        }
        return order.map { claims[$0] }
    }

    public static func precedes<C: VerdictClaim>(_ a: C, _ b: C) -> Bool {
        let levelA = a.level ?? Int.max, levelB = b.level ?? Int.max
        if levelA != levelB { return levelA < levelB }
        if a.cited != b.cited { return !a.cited }
        let generalA = a.indication == Claim.generalIndication, generalB = b.indication == Claim.generalIndication
        if generalA != generalB { return !generalA }
        let yearA = a.year ?? Int.min, yearB = b.year ?? Int.min
        if yearA != yearB { return yearA > yearB }
        if a.doc != b.doc { return a.doc < b.doc }
        return a.start < b.start
    }

    /// `precedes` up to the document: level (none last), primary first, the indication's own
    /// first, newest first (none last), as two integers compared in turn.
    struct Key: Equatable {
        var rank: UInt64
        var age: UInt64

        init<C: VerdictClaim>(_ claim: C) {
            let level = UInt64(min(claim.level ?? 255, 255))
            rank = level << 2 | (claim.cited ? 2 : 0) | (claim.indication == Claim.generalIndication ? 1 : 0)
            // Newest first and no year last: the year's order reversed, no year as `Int.min`.
            age = ~(UInt64(bitPattern: Int64(claim.year ?? Int.min)) ^ (1 << 63))
        }

        static func < (a: Key, b: Key) -> Bool { a.rank != b.rank ? a.rank < b.rank : a.age < b.age }
    }
}
