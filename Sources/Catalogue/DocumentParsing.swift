import Documents

/// Turns a file into documents. The catalogue does not import ingestion itself: the
/// executable passes `DocumentReader`, tests pass what they like (and can count calls).
public protocol DocumentParsing: Sendable {
    func documents(at path: String) throws -> [Document]
}

/// A parser made of a closure.
public struct ClosureParser: DocumentParsing {
    let body: @Sendable (String) throws -> [Document]
    public init(_ body: @escaping @Sendable (String) throws -> [Document]) { self.body = body }
    public func documents(at path: String) throws -> [Document] { try body(path) }
}
