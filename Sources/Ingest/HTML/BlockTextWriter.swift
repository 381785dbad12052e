import Documents

/// Lays an HTML subtree out as sections and paragraphs: a heading starts a section;
/// each paragraph, list item, table row, blockquote or other block is one paragraph, so
/// that no sentence runs from one block into the next.
struct BlockTextWriter {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl",
        "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "figure",
        "figcaption", "form", "fieldset", "address", "hr", "center", "details", "summary", "body", "html",
        "h1", "h2", "h3", "h4", "h5", "h6", "legend", "hgroup", "menu", "option", "noscript", "iframe",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let bullets: Set<Character> = ["•", "-", "–", "—", "*", "·", "►", "▪", "✓", "✔", "➜", "→"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", "…", "»", "\u{201D}", "\""]

    var builder: TextBuilder
    let role: SectionRole
    let maxBytes: Int
    var truncated = false
    private var buffer = ""
    private var pendingBreaks = 0

    init(builder: TextBuilder, role: SectionRole, maxBytes: Int) {
        self.builder = builder
        self.role = role
        self.maxBytes = maxBytes
    }

    mutating func write(_ node: HTMLNode) {
        visit(node)
        flush()
    }

    private mutating func visit(_ node: HTMLNode) {
        guard !truncated else { return }
        if node.isText {
            if pendingBreaks > 0, let first = node.text.first(where: { !$0.isWhitespace }) {
                // A line after a break that opens like a list item is a block of its own.
                if Self.bullets.contains(first) { flush() }
                pendingBreaks = 0
            }
            buffer += node.text
            return
        }
        switch node.tag {
        case "br":
            // Two line breaks in a row separate paragraphs, as in many blog editors; so does
            // one after a finished sentence. Otherwise a break is a space (a wrapped line).
            pendingBreaks += 1
            let last = buffer.last { !$0.isWhitespace }
            if pendingBreaks >= 2 || last.map(Self.sentenceEnds.contains) == true {
                flush()
                pendingBreaks = 1
            } else {
                buffer += " "
            }
            return
        case "img":
            return
        case _ where Self.headingTags.contains(node.tag):
            flush()
            let heading = TextBuilder.clean(node.textContent)
            guard !heading.isEmpty else { return }
            guard fits(heading) else { return }
            builder.beginSection(heading: heading, role: role)
            return
        case "td", "th":
            // Cells of one row stay one paragraph, kept apart by a bar.
            if !TextBuilder.clean(buffer).isEmpty { buffer += " | " }
            for child in node.children { visit(child) }
            buffer += " "
            return
        default:
            break
        }
        let isBlock = Self.blockTags.contains(node.tag)
        if isBlock { flush() }
        for child in node.children { visit(child) }
        if isBlock { flush() }
    }

    private mutating func flush() {
        pendingBreaks = 0
        guard !buffer.isEmpty else { return }
        var text = buffer
        buffer = ""
        if text.hasPrefix(" | ") { text.removeFirst(3) }
        guard fits(text) else { return }
        builder.appendParagraph(text)
    }

    /// Starts a new section of the given role for what follows (comments).
    mutating func beginSection(heading: String?) {
        flush()
        if let heading, !fits(heading) { return }
        builder.beginSection(heading: heading, role: role)
    }

    /// False, and writing stops, once the text would pass the limit.
    private mutating func fits(_ text: String) -> Bool {
        if truncated { return false }
        if builder.byteCount + text.utf8.count + 2 > maxBytes { truncated = true }
        return !truncated
    }
}
