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

    /// Collapses runs of white space (including non-breaking and zero-width spaces) to one
    /// space, drops control characters, and trims. Works on UTF-8 bytes: it runs on every
    /// paragraph of every document, and Unicode property look-ups per scalar cost more than
    /// the rest of ingestion.
    public static func clean(_ s: String) -> String {
        var s = s
        return s.withUTF8 { clean(utf8: $0) }
    }

    static func clean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pendingSpace = !out.isEmpty; continue }
                if b < 0x20 || b == 0x7F { continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
                continue
            }
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + width <= n else { break }
            switch spaceOrControl(bytes, at: i, width: width) {
            case .space: pendingSpace = !out.isEmpty
            case .control: break
            case .other:
                if pendingSpace { out.append(0x20); pendingSpace = false }
                for k in 0..<width { out.append(bytes[i + k]) }
            }
            i += width
        }
        return String(decoding: out, as: UTF8.self)
    }

    private enum ScalarClass { case space, control, other }

    /// The non-ASCII white space of Unicode (U+0085, U+00A0, U+1680, U+2000-U+200B,
    /// U+2028-U+2029, U+202F, U+205F, U+3000, U+FEFF) and the C1 controls, by their bytes.
    @inline(__always)
    private static func spaceOrControl(_ p: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> ScalarClass {
        switch width {
        case 2:
            guard p[i] == 0xC2 else { return .other }
            if p[i + 1] == 0xA0 || p[i + 1] == 0x85 { return .space }
            return p[i + 1] < 0xA0 ? .control : .other
        case 3:
            let (a, b, c) = (p[i], p[i + 1], p[i + 2])
            if a == 0xE2, b == 0x80, c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF { return .space }
            if a == 0xE2, b == 0x81, c == 0x9F { return .space }
            if a == 0xE1, b == 0x9A, c == 0x80 { return .space }
            if a == 0xE3, b == 0x80, c == 0x80 { return .space }
            if a == 0xEF, b == 0xBB, c == 0xBF { return .space }
            return .other
        default:
            return .other
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
