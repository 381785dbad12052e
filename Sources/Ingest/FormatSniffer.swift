import Documents

/// Decides which reader a file goes to, from its content first (root element, doctype,
/// markup), then from its extension.
enum FormatSniffer {
    static func sniff(_ head: ArraySlice<UInt8>, pathExtension ext: String) -> DocumentFormat {
        // UTF-16 with a BOM (some exported XML) must be sniffed by its characters too.
        let start = head.prefix(16 * 1024)
        let utf16 = start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF])
        let prefix = utf16 ? TextDecoding.decode(Array(start)) : String(decoding: start, as: UTF8.self)
        if let root = rootElement(prefix) {
            let local = root.split(separator: ":").last.map(String.init)?.lowercased() ?? root.lowercased()
            switch local {
            case "html": return .html
            case "pubmedarticleset", "medlinecitationset", "pubmedbookarticleset": return .pubmed
            case "article":
                // JATS `article` vs other dialects (DocBook, ...): JATS has a JATS/NLM doctype,
                // an article-type or a `front`.
                let lower = prefix.prefix(4096).lowercased()
                let jats = ["jats", "-//nlm//", "article-type=", "<front>", "<front "].contains { lower.contains($0) }
                return jats ? .jats : .xml
            case "tei", "teicorpus": return .tei
            case "report": return .report
            case "rss", "rdf", "feed": return .rss
            default:
                if ["html", "htm", "xhtml"].contains(ext) { return .html }
                return .xml
            }
        }
        if ["html", "htm", "xhtml"].contains(ext) { return .html }
        if ["xml", "nxml"].contains(ext) { return .xml }
        return .text
    }

    /// The name of the first element, skipping the XML declaration, comments, processing
    /// instructions and the doctype. Nil when the text does not start like markup.
    static func rootElement(_ s: String) -> String? {
        var rest = Substring(s)
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?") {
                guard let end = rest.range(of: "?>") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.lowercased().hasPrefix("<!doctype") {
                let decl = rest.prefix(300).lowercased()
                if decl.hasPrefix("<!doctype html") { return "html" }
                guard let end = rest.firstIndex(of: ">") else { return nil }
                // A doctype with an internal subset: skip to "]>" first.
                if let bracket = rest.firstIndex(of: "["), bracket < end, let close = rest.range(of: "]>") {
                    rest = rest[close.upperBound...]
                } else {
                    rest = rest[rest.index(after: end)...]
                }
            } else if rest.hasPrefix("<") {
                let name = rest.dropFirst().prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" })
                return name.isEmpty ? nil : String(name)
            } else {
                return nil
            }
        }
    }
}
