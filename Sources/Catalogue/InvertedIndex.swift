/// The searchable fields of the catalogue. Titles are indexed apart from texts so that
/// BM25 can weigh them more and `title:` can target them.
public struct InvertedIndex: Sendable {
    public let title: FieldIndex
    public let text: FieldIndex

    public enum Field: String, Sendable, CaseIterable {
        case title, text
    }

    public func field(_ field: Field) -> FieldIndex {
        switch field {
        case .title: return title
        case .text: return text
        }
    }
}

/// Both fields as an index build holds them.
struct BuiltIndex: Sendable {
    var title: BuiltField
    var text: BuiltField

    /// Distinct terms over both fields (a term in both counts once).
    var termCount: Int {
        var count = text.terms.count
        for i in 0..<title.terms.count where text.terms.lookup(title.terms.term(i)) == nil { count += 1 }
        return count
    }
}
