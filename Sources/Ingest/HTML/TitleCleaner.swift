import Foundation
import Documents

/// Turns a `<title>` such as "Mésothérapie : ce qu'il faut savoir | Santé Blog" into the
/// article's title, as readability does: drop the site name after the last separator
/// unless too few words remain; fall back on the single `h1` for odd lengths.
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " · ", " :: "]

    static func clean(_ raw: String, h1s: [String], h2s: [String] = []) -> String {
        let title = TextBuilder.clean(HTMLEntities.decode(raw))
        // A heading that repeats the whole title says it holds no site name to drop.
        if (h1s + h2s).contains(title) { return title }
        var out = title
        var hierarchical = false
        if let cut = lastSeparator(in: title) {
            hierarchical = [" \\ ", " / ", " > ", " » "].contains { title.contains($0) }
            out = String(title[..<cut.lowerBound])
            if wordCount(out) < 3, let first = firstSeparator(in: title) {
                // "Site | A long title": the title comes after the first separator.
                out = String(title[first.upperBound...])
            }
        } else if title.contains(": ") {
            // "Topic: headline" stays whole when a heading repeats it; else the headline.
            if !h1s.contains(title), !h2s.contains(title), let colon = title.range(of: ":", options: .backwards) {
                out = String(title[colon.upperBound...])
                if wordCount(out) < 3, let firstColon = title.firstIndex(of: ":") {
                    out = String(title[title.index(after: firstColon)...])
                } else if let firstColon = title.firstIndex(of: ":"), wordCount(String(title[..<firstColon])) > 5 {
                    out = title
                }
            }
        } else if (title.count > 150 || title.count < 15), h1s.count == 1 {
            out = h1s[0]
        }
        out = TextBuilder.clean(out)
        let words = wordCount(out)
        // Too little left: the site name was probably the title's own words.
        let withoutSeparators = title.split(whereSeparator: { "|-\\/>»–—·".contains($0) }).joined(separator: " ")
        // ...unless a heading on the page says exactly the short title.
        let isHeading = (h1s + h2s).contains { $0.caseInsensitiveCompare(out) == .orderedSame }
        if words <= 4 && !isHeading && (!hierarchical || words != wordCount(withoutSeparators) - 1) { return title }
        return out
    }

    private static func lastSeparator(in s: String) -> Range<String.Index>? {
        separators.compactMap { s.range(of: $0, options: .backwards) }.filter { !closesQuotation($0, in: s) }.max { $0.lowerBound < $1.lowerBound }
    }

    private static func firstSeparator(in s: String) -> Range<String.Index>? {
        separators.compactMap { s.range(of: $0) }.filter { !closesQuotation($0, in: s) }.min { $0.lowerBound < $1.lowerBound }
    }

    /// "« Reconnue par l'Académie » : la mésothérapie…": a "»" after a "«" closes a French
    /// quotation; it separates no site name.
    private static func closesQuotation(_ r: Range<String.Index>, in s: String) -> Bool {
        s[r].contains("»") && s[..<r.lowerBound].contains("«")
    }

    private static func wordCount(_ s: String) -> Int {
        s.split(whereSeparator: \.isWhitespace).count
    }
}
