/// Accumulates sections and paragraphs into one text while recording their byte ranges.
/// Readers use it so that every reader lays text out the same way: paragraphs separated
/// by a blank line, sections in order.
public struct TextBuilder: Sendable {
    public private(set) var text = ""
    public private(set) var sections: [Section] = []
    private var open: (heading: String?, role: SectionRole, paragraphs: [TextRange], language: String?)?

    public init() {}

    public var byteCount: Int { text.utf8.count }

    /// Starts a new section; the previous one is closed.
    public mutating func beginSection(heading: String?, role: SectionRole, language: String? = nil) {
        closeSection()
        open = (heading.flatMap { Self.clean($0).nilIfEmpty }, role, [], language)
        if let heading = open?.heading {
            // The heading is text too: a list or a claim can sit in it.
            appendParagraph(heading)
        }
    }

    /// Appends one block of text (whitespace collapsed) and returns its range, or nil if empty.
    @discardableResult
    public mutating func appendParagraph(_ raw: String) -> TextRange? {
        let cleaned = Self.clean(raw)
        guard !cleaned.isEmpty else { return nil }
        if open == nil { beginSection(heading: nil, role: .main) }
        if !text.isEmpty { text += "\n\n" }
        let start = byteCount
        text += cleaned
        let range = TextRange(start: start, end: byteCount)
        open?.paragraphs.append(range)
        return range
    }

    public mutating func closeSection() {
        guard let current = open else { return }
        open = nil
        guard let first = current.paragraphs.first, let last = current.paragraphs.last else { return }
        sections.append(Section(
            heading: current.heading, role: current.role,
            range: TextRange(start: first.start, end: last.end),
            paragraphs: current.paragraphs, language: current.language))
    }

    /// Closes the open section and returns the text and its sections.
    public mutating func finish() -> (text: String, sections: [Section]) {
        closeSection()
        return (text, sections)
    }

    /// Collapses runs of white space (including non-breaking spaces) to one space and trims.
    public static func clean(_ s: String) -> String {
        var out = String()
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .control { continue }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
