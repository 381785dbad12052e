/// What `preuve index` did, with the keys of spec/cli.md.
public struct IndexSummary: Sendable, Hashable, Codable {
    public struct Failure: Sendable, Hashable, Codable {
        public var path: String
        public var error: String
    }

    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    public var failed: [Failure] = []
    public var documents = 0
    public var claims = 0
    public var terms = 0
    public var seconds = 0.0
    /// Files read and parsed in this run (added, updated and failed ones); not in cli.md, for tests and curious users.
    public var parsed = 0

    public init() {}

    /// Whether anything differs from the previous snapshot.
    var changed: Bool { added + updated + removed > 0 || !failed.isEmpty }
}
