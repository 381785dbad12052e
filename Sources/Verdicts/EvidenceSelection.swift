import Claims

/// Which claims may decide a verdict (spec/claims.md sections 3 and 4):
/// - claims with a level (1-5) that name the indication;
/// - claims about the intervention as a whole, only when their sentence speaks of the practice
///   as a whole (`Claim.wholePractice`: a report's structured general conclusion does), at level 1-3, and only when no claim naming the indication (primary or cited) is
///   at the same or a better level;
/// - of those, a cited claim counts only when no primary claim among them is at the same
///   or a better level.
/// Testimony and assertion never decide anything.
enum EvidenceSelection {
    static func counting<C: VerdictClaim>(own: [C], general: [C]) -> [C] {
        let ownLeveled = own.filter { $0.level != nil }
        let bestOwn = ownLeveled.compactMap(\.level).min()
        // A general claim decides only when its sentence speaks of the practice as a whole
        // (spec/claims.md §4, §6); one filed as general because nothing nearer was found never does.
        let eligibleGeneral = general.filter { claim in
            guard claim.wholePractice, let level = claim.level, level <= 3 else { return false }
            return bestOwn.map { level < $0 } ?? true
        }
        let candidates = ownLeveled + eligibleGeneral
        let bestPrimary = candidates.filter { !$0.cited }.compactMap(\.level).min()
        return candidates.filter { claim in
            guard claim.cited, let bestPrimary, let level = claim.level else { return true }
            return level < bestPrimary
        }
    }
}
