import Documents

/// Cuts an element's content into paragraphs: text runs inside inline elements join, a
/// block element starts and ends a paragraph, skipped elements (tables, formulas,
/// citation markers) give nothing.
struct BlockText {
    var isBlock: (XElement) -> Bool
    var isSkipped: (XElement) -> Bool
    /// Citation markers: dropped together with the commas, dashes and brackets around them.
    var isCitation: (XElement) -> Bool = { _ in false }

    /// Stands where a citation marker was, until `tidy` removes it with its separators.
    static let marker: Character = "\u{E000}"

    func paragraphs(_ element: XElement) -> [String] {
        var out: [String] = []
        var current = ""
        walk(element, &out, &current)
        flush(&out, &current)
        return out
    }

    private func walk(_ element: XElement, _ out: inout [String], _ current: inout String) {
        for child in element.children {
            switch child {
            case .text(let s):
                current += s
            case .element(let e):
                if isCitation(e) { current.append(BlockText.marker); continue }
                if isSkipped(e) { continue }
                if isBlock(e) {
                    flush(&out, &current)
                    walk(e, &out, &current)
                    flush(&out, &current)
                } else {
                    walk(e, &out, &current)
                }
            }
        }
    }

    private func flush(_ out: inout [String], _ current: inout String) {
        let cleaned = BlockText.tidy(current)
        if !cleaned.isEmpty { out.append(cleaned) }
        current = ""
    }

    /// Collapses white space and removes citation markers with the separators and
    /// brackets around them: "shown [1, 2]." and "shown 1–4 ." become "shown."
    static func tidy(_ raw: String) -> String {
        let s = TextBuilder.clean(raw)
        guard s.contains(marker) else { return s }
        let chars = Array(s)
        let separators: Set<Character> = [marker, ",", ";", "–", "—", "-", " "]
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            guard separators.contains(chars[i]) else { out.append(chars[i]); i += 1; continue }
            var j = i
            var hasMarker = false
            while j < chars.count, separators.contains(chars[j]) {
                if chars[j] == marker { hasMarker = true }
                j += 1
            }
            guard hasMarker else { out.append(contentsOf: chars[i..<j]); i = j; continue }
            // An emptied bracket goes too: "[", markers, "]".
            if let open = out.last, open == "[" || open == "(", j < chars.count, chars[j] == (open == "[" ? "]" : ")") {
                out.removeLast()
                j += 1
            }
            while out.last == " " { out.removeLast() }
            if j < chars.count, !".,;:)]".contains(chars[j]), !out.isEmpty { out.append(" ") }
            i = j
        }
        return TextBuilder.clean(String(out))
    }
}
