import Documents

/// Sentences to claims. The extraction itself is built in issue 3; this is its API.
public struct ClaimExtractor: Sendable {
    public struct Options: Sendable {
        /// The intervention to resolve "elle", "this treatment" to when the document does not make it clear.
        public var about: String?
        public init(about: String? = nil) { self.about = about }
    }

    public init() {}

    public func claims(in document: Document, options: Options = Options()) -> [Claim] {
        []
    }
}
