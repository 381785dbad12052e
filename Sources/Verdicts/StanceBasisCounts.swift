import Claims

/// How many claims of each basis take each stance. Encodes as spec/cli.md's `counts`:
/// `{"supports": {"rct": 1, "testimony": 4}, "refutes": {}, "uncertain": {"hta-report": 1}}`,
/// every stance present even when empty, so scripts can index it without checking.
public struct StanceBasisCounts: Sendable, Hashable {
    public private(set) var byStance: [Stance: [Basis: Int]] = [:]

    public init() {}

    public init<S: Sequence>(_ claims: S) where S.Element == Claim {
        for claim in claims { add(claim) }
    }

    public mutating func add(_ claim: Claim) {
        add(stance: claim.stance, basis: claim.basis)
    }

    public mutating func add(stance: Stance, basis: Basis) {
        byStance[stance, default: [:]][basis, default: 0] += 1
    }

    public subscript(stance: Stance, basis: Basis) -> Int {
        byStance[stance]?[basis] ?? 0
    }

    public func total(_ stance: Stance) -> Int {
        byStance[stance]?.values.reduce(0, +) ?? 0
    }

    public var total: Int { Stance.allCases.reduce(0) { $0 + total($1) } }
}

extension StanceBasisCounts: Codable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: StanceKey.self)
        for stance in Stance.allCases {
            var inner = container.nestedContainer(keyedBy: StanceKey.self, forKey: StanceKey(stance.rawValue))
            for (basis, count) in (byStance[stance] ?? [:]) where count > 0 {
                try inner.encode(count, forKey: StanceKey(basis.rawValue))
            }
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: StanceKey.self)
        for stance in Stance.allCases {
            guard let inner = try container.decodeIfPresent([String: Int].self, forKey: StanceKey(stance.rawValue)) else { continue }
            for (name, count) in inner {
                guard let basis = Basis(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: StanceKey(stance.rawValue), in: container,
                                                           debugDescription: "unknown basis \(name)")
                }
                byStance[stance, default: [:]][basis] = count
            }
        }
    }

    /// String keys for a map whose keys are stance and basis names.
    private struct StanceKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
