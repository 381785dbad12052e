/// Bounds of the claim extractor, so that one hostile document (a megabyte without a full
/// stop, a page repeating one claim thousands of times) cannot stall an index run. Both are
/// far above what real documents reach: the longest sentence of the corpus and of
/// ../shared/realworld is under 2,000 bytes, and no document has more than a few hundred claims.
public struct ClaimLimits: Sendable, Hashable {
    /// Sentences longer than this (UTF-8 bytes) are skipped: no claim comes from them.
    public var maxSentenceBytes = 5_000
    /// Claims kept per document, the first ones in text order.
    public var maxClaimsPerDocument = 5_000

    public init() {}
}
