import Documents

/// A parsed search query: groups that must all match (AND), each satisfied by any of its
/// clauses (OR); clauses that must not match; and filters on the document kind.
public struct Query: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable {
        /// Title and text, the title weighed more.
        case any
        case title
    }

    /// One word or phrase, already analysed: a phrase when it has several terms.
    public struct Clause: Sendable, Hashable {
        public var terms: [String]
        public var field: Field
        /// As typed, for messages.
        public var surface: String

        public var isPhrase: Bool { terms.count > 1 }
    }

    public var groups: [[Clause]] = []
    public var excluded: [Clause] = []
    public var kinds: Set<DocumentKind> = []
    public var excludedKinds: Set<DocumentKind> = []
    /// `kind:` values that name no kind; the search matches nothing for them, and says why.
    public var unknownKinds: [String] = []

    public init() {}

    /// The words and phrases a match can show, for snippets.
    public var positiveClauses: [[String]] {
        groups.flatMap { $0.map(\.terms) }
    }

    public var isEmpty: Bool { groups.isEmpty && kinds.isEmpty && unknownKinds.isEmpty }
}
