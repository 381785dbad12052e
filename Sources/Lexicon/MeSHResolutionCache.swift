import Foundation

/// What MeSH descriptors resolve to, remembered for one lexicon (`ClaimLexicon.meshResolutions`):
/// a corpus repeats the same few thousand descriptors ("Humans", "Female"), and resolving one
/// folds its name several times. Shared by the threads that extract claims.
public final class MeSHResolutionCache: @unchecked Sendable {
    public struct Condition: Sendable, Hashable {
        package var id: String
        package var label: String
        package var via: String?

        package init(id: String, label: String, via: String?) {
            self.id = id
            self.label = label
            self.via = via
        }
    }

    public struct Resolution: Sendable {
        package var intervention: (id: String, label: String)?
        package var condition: Condition?

        package init(intervention: (id: String, label: String)? = nil, condition: Condition? = nil) {
            self.intervention = intervention
            self.condition = condition
        }
    }

    private let lock = NSLock()
    private var resolutions: [String: Resolution] = [:]
    /// Past this many descriptors the cache stops growing (MeSH has about 30,000).
    package static let limit = 100_000

    public init() {}

    package func resolution(of name: String, ui: String?, chemical: Bool = false, _ make: () -> Resolution) -> Resolution {
        let key = (chemical ? "c\u{0}" : "d\u{0}") + name + "\u{0}" + (ui ?? "")
        if let known = lock.withLock({ resolutions[key] }) { return known }
        let made = make()
        lock.withLock { if resolutions.count < Self.limit { resolutions[key] = made } }
        return made
    }
}
