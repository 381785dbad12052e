import Catalogue
import Claims
import Foundation

/// The HTML the server writes itself rather than through a template: every string from a
/// document goes through `escape` here. Templates insert these fragments unescaped
/// (`{{{...}}}`), and nothing else.
enum HTML {
    /// Text for an element's content or a quoted attribute: `& < > " '` escaped.
    static func escape(_ s: some StringProtocol) -> String {
        replacing(s, htmlEscapes)
    }

    private static let htmlEscapes: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    /// JSON to embed in `<script type="application/ld+json">`: `<`, `>` and `&` written as
    /// `\u003c`, `\u003e`, `\u0026` (JSON escapes the same characters), so that no `</script>`
    /// or `<!--` in a document's words can end or open anything; U+2028 and U+2029 escaped too.
    /// Only valid inside JSON strings, which is the only place these characters occur in JSON.
    static func scriptSafeJSON(_ json: String) -> String {
        replacing(json, scriptEscapes)
    }

    private static let scriptEscapes: [Unicode.Scalar: String] = [
        "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]

    /// `s` with each scalar of `replacements` written as its replacement (the one loop behind
    /// both escapes above).
    private static func replacing(_ s: some StringProtocol, _ replacements: [Unicode.Scalar: String]) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            if let replacement = replacements[c] { out += replacement } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// Percent-encodes a document id or a name for a URL path: everything but unreserved
    /// characters, `/` and `:` (so that `Corpus/articles/x.html#pmid:1` reads as it is, with
    /// its `#` encoded).
    static func pathComponent(_ s: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Percent-encodes a query value (form encoding: space as `%20`).
    static func queryValue(_ s: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func documentHref(_ id: String, anchor: String? = nil) -> String {
        "/documents/" + pathComponent(id) + (anchor.map { "#" + $0 } ?? "")
    }

    static func indicationHref(_ id: String, intervention: String? = nil) -> String {
        "/indications/" + pathComponent(id) + (intervention.map { "?intervention=" + queryValue($0) } ?? "")
    }

    /// The anchor of a sentence in its document's page.
    static func sentenceAnchor(start: Int) -> String { "c-\(start)" }

    /// A document's text with each claim's sentence marked: `<mark id="c-START" class="claim
    /// stance-...">` around the sentence and a numbered link to its explanation after it.
    /// Offsets are UTF-8 bytes into `text`; a sentence that overlaps one already marked is
    /// not marked again (its note still lists it). Everything else is escaped text.
    static func highlighted(text: String, claims: [(number: Int, claim: Claim)]) -> String {
        let bytes = Array(text.utf8)
        var bySentence: [Int: [(number: Int, claim: Claim)]] = [:]
        for item in claims where item.claim.start >= 0 && item.claim.end <= bytes.count && item.claim.start < item.claim.end {
            bySentence[item.claim.start, default: []].append(item)
        }
        var out = ""
        var cursor = 0
        for start in bySentence.keys.sorted() where start >= cursor {
            let group = bySentence[start]!
            let end = group.map(\.claim.end).max()!
            out += escape(String(decoding: bytes[cursor..<start], as: UTF8.self))
            let stance = group[0].claim.stance.rawValue
            out += "<mark id=\"\(sentenceAnchor(start: start))\" class=\"claim stance-\(stance)\">"
            out += escape(String(decoding: bytes[start..<end], as: UTF8.self))
            out += "</mark>"
            out += "<sup class=\"claim-ref\">"
            out += group.map { "<a href=\"#note-\($0.number)\">\($0.number)</a>" }.joined(separator: ",")
            out += "</sup>"
            cursor = end
        }
        out += escape(String(decoding: bytes[cursor...], as: UTF8.self))
        return out
    }

    /// A search snippet with its matched words in `<mark>`, the rest escaped.
    static func snippet(_ snippet: Snippet) -> String {
        snippet.marked(open: "\u{0}", close: "\u{1}").split(omittingEmptySubsequences: false) { $0 == "\u{0}" || $0 == "\u{1}" }
            .enumerated().map { i, part in i % 2 == 1 ? "<mark>" + escape(part) + "</mark>" : escape(part) }.joined()
    }

    /// A small chart of claims by level (rows 1 to 5, then "no level") and stance (stacked
    /// bars), as inline SVG. Colours come from classes of the style sheet; labels are ours.
    static func chart(claims: [Claim], levelWord: String, noLevel: String, stanceNames: [Stance: String], title: String) -> String {
        let rows: [Int?] = [1, 2, 3, 4, 5, nil]
        var counts: [String: [Stance: Int]] = [:]
        for claim in claims { counts[claim.level.map(String.init) ?? "-", default: [:]][claim.stance, default: 0] += 1 }
        let shown = rows.filter { counts[$0.map(String.init) ?? "-"] != nil }
        let maxTotal = max(1, counts.values.map { $0.values.reduce(0, +) }.max() ?? 1)
        let labelWidth = 90, barWidth = 300, rowHeight = 22, legendHeight = 26
        let height = max(1, shown.count) * rowHeight + legendHeight + 6
        let width = labelWidth + barWidth + 50
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<title>\(escape(title))</title>"
        for (i, level) in shown.enumerated() {
            let key = level.map(String.init) ?? "-"
            let y = i * rowHeight + 4
            let label = level.map { "\(levelWord) \($0)" } ?? noLevel
            svg += "<text x=\"0\" y=\"\(y + 14)\">\(escape(label))</text>"
            var x = labelWidth
            var total = 0
            for stance in [Stance.supports, .refutes, .uncertain] {
                let n = counts[key]?[stance] ?? 0
                guard n > 0 else { continue }
                total += n
                let w = max(2, n * barWidth / maxTotal)
                svg += "<rect class=\"bar-\(stance.rawValue)\" x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(rowHeight - 6)\"><title>\(escape(label)): \(n) \(escape(stanceNames[stance] ?? stance.rawValue))</title></rect>"
                x += w
            }
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 14)\">\(total)</text>"
        }
        let legendY = shown.count * rowHeight + 10
        var lx = 0
        for stance in [Stance.supports, .refutes, .uncertain] {
            svg += "<rect class=\"legend-\(stance.rawValue)\" x=\"\(lx)\" y=\"\(legendY)\" width=\"12\" height=\"12\"/>"
            let name = escape(stanceNames[stance] ?? stance.rawValue)
            svg += "<text x=\"\(lx + 16)\" y=\"\(legendY + 11)\">\(name)</text>"
            lx += 16 + 8 * (stanceNames[stance] ?? stance.rawValue).count + 14
        }
        svg += "</svg>"
        return svg
    }
}
