import Foundation

/// Which member of a class of treatments a condition names (`ClaimExtractor.member`: the
/// shingles vaccine for "la vaccination" in a claim on shingles), remembered for one lexicon
/// (`ClaimLexicon.classMembers`): finding it folds every name of the class's members, and a
/// corpus asks the same few pairs again and again. Shared by the threads that extract claims.
public final class ClassMemberCache: @unchecked Sendable {
    private let lock = NSLock()
    private var members: [String: String?] = [:]
    /// Past this many pairs the cache stops growing.
    package static let limit = 100_000

    public init() {}

    package func member(ofClass id: String, condition: String, surface: String, _ find: () -> String?) -> String? {
        let key = id + "\u{0}" + condition + "\u{0}" + surface
        if let known = lock.withLock({ members[key] }) { return known }
        let found = find()
        lock.withLock { if members.count < Self.limit { members[key] = found } }
        return found
    }
}
