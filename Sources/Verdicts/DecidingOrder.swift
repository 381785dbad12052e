import Claims

/// The order claims are listed in: best level first (no level last), primary before cited,
/// claims naming the indication before claims about the intervention as a whole, newest
/// first (unknown year last), then by document and position so output is stable.
public enum DecidingOrder {
    public static func sorted<C: VerdictClaim>(_ claims: [C]) -> [C] {
        claims.sorted(by: precedes)
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
}
