import Foundation

/// Okapi BM25 for one field. Idf is the Lucene variant, never negative; a phrase counts
/// its occurrences as a term would, with the idfs of its words summed.
public struct BM25Scorer: Sendable {
    public var k1 = 1.2
    public var b = 0.75

    public init() {}

    public func idf(documentFrequency df: Int, documentCount n: Int) -> Double {
        log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    public func score(frequency tf: Int, length: Int, averageLength: Double, idf: Double) -> Double {
        let tf = Double(tf)
        let norm = averageLength > 0 ? Double(length) / averageLength : 1
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * norm))
    }
}
