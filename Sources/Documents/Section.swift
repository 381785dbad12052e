/// A half-open range of UTF-8 byte offsets into a document's extracted text.
public struct TextRange: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
}

/// What a section is, for the claim extractor: comments are testimony, abstracts and
/// conclusions are the source's own voice.
public enum SectionRole: String, Sendable, Hashable, Codable, CaseIterable {
    case main, abstract, body, conclusion, comment
}

/// A heading and its paragraphs. Each paragraph is a block (paragraph, list item, table
/// row, heading-like line) that a sentence never crosses.
public struct Section: Sendable, Hashable, Codable {
    public var heading: String?
    public var role: SectionRole
    public var range: TextRange
    public var paragraphs: [TextRange]
    /// Language of the section when it differs from the document's (a French quote in an English page).
    public var language: String?

    public init(heading: String? = nil, role: SectionRole, range: TextRange, paragraphs: [TextRange], language: String? = nil) {
        self.heading = heading
        self.role = role
        self.range = range
        self.paragraphs = paragraphs
        self.language = language
    }
}

/// A per-indication conclusion that a source states in structured form (the report format).
public struct Conclusion: Sendable, Hashable, Codable {
    public var intervention: String
    /// Indication id from the vocabulary, or `general`.
    public var indication: String
    /// `supports`, `refutes` or `uncertain`.
    public var stance: String
    /// Where the conclusion's wording sits in the document text.
    public var range: TextRange
    /// For a `general` conclusion, the part of the intervention's uses it speaks for
    /// (`therapeutic`, `aesthetic`); nil for all.
    public var scope: String?

    public init(intervention: String, indication: String, stance: String, range: TextRange, scope: String? = nil) {
        self.intervention = intervention
        self.indication = indication
        self.stance = stance
        self.range = range
        self.scope = scope
    }
}
