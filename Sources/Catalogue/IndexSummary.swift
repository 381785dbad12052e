/// What `preuve index` did, with the keys of spec/cli.md.
public struct IndexSummary: Sendable, Hashable, Codable {
    /// A path that failed, and how: kept typed until the command prints it.
    public struct Failure: Sendable, Hashable, Codable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable {
            /// A corpus folder of the index that is gone (an unmounted disk?); its files stay.
            case rootGone(files: Int)
            /// A path named on the command line that does not exist.
            case noSuchPath
            /// A folder or file the walk could not read.
            case unreadable(String)
            /// A file that could not be hashed or parsed: the reason alone (`FileError.message`).
            case failed(String)
        }

        /// The path as shown to users.
        public var path: String
        public var kind: Kind

        public init(path: String, kind: Kind) {
            self.path = path
            self.kind = kind
        }

        /// The reason alone (spec/cli.md's `error` key).
        public var error: String {
            switch kind {
            case .rootGone(let files): "the corpus folder is gone; its \(files) files stay in the index as they were (`preuve index \(path)` removes them)"
            case .noSuchPath: "no such file or folder"
            case .unreadable(let reason), .failed(let reason): reason
            }
        }

        public var description: String { "\(path): \(error)" }

        enum CodingKeys: String, CodingKey { case path, error }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(error, forKey: .error)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(path: try c.decode(String.self, forKey: .path), kind: .failed(try c.decode(String.self, forKey: .error)))
        }
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
